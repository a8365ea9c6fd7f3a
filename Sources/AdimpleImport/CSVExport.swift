import AdimpleCore
import BrazilKit
import CSV
import Foundation

/// Exports customers and charges as finance teams open them in Excel: UTF-8 with BOM, `;`,
/// decimal comma, `dd/mm/aaaa`, CRLF. The columns are the ones the imports read, so an export
/// imported again changes nothing.
public enum CSVExport {
    static let customerHeader = [
        "codigo", "nome", "nome_fantasia", "cpf_cnpj", "tipo", "email", "telefone", "logradouro", "numero",
        "complemento", "bairro", "cidade", "uf", "cep", "segmento", "tags", "observacoes", "situacao",
    ]

    static let chargeHeader = [
        "codigo", "cliente", "cpf_cnpj", "nome_cliente", "descricao", "valor", "vencimento", "forma", "multa", "juros",
        "situacao", "em_aberto", "parcela",
    ]

    /// Every customer (optionally only some statuses), in id order.
    public static func customers(from store: any Store, statuses: Set<CustomerStatus> = []) async throws -> Data {
        try await write(header: customerHeader) { emit in
            var after: Customer.ID?
            while true {
                let page = try await store.read { [after] in try await $0.customers.list(after: after, limit: 1000) }
                guard let last = page.last else { break }
                after = last.id
                for customer in page where statuses.isEmpty || statuses.contains(customer.status) {
                    let address = customer.address
                    try emit([
                        customer.externalID ?? customer.id.rawValue, customer.name, customer.tradeName ?? "",
                        customer.document?.formatted ?? "", customer.kind == .person ? "PF" : "PJ",
                        customer.emails.joined(separator: "|"), customer.phones.map(\.formatted).joined(separator: "|"),
                        address?.street ?? "", address?.number ?? "", address?.complement ?? "", address?.district ?? "",
                        address?.city ?? "", address?.state ?? "", address?.cep.formatted ?? "", customer.segment ?? "",
                        customer.tags.joined(separator: "|"), customer.notes ?? "", customer.status.rawValue,
                    ])
                }
            }
        }
    }

    /// The charges a filter selects (its `limit` is the page size; every page is exported).
    public static func charges(from store: any Store, filter: ChargeFilter) async throws -> Data {
        try await write(header: chargeHeader) { emit in
            var page = filter
            page.limit = 1000
            var customers: [Customer.ID: Customer] = [:]
            while true {
                let charges = try await store.read { [page] in try await $0.charges.list(page) }
                guard let last = charges.last else { break }
                page.after = last.id
                for charge in charges {
                    if customers[charge.customerID] == nil {
                        customers[charge.customerID] = try await store.read { try await $0.customers.get(charge.customerID) }
                    }
                    let customer = customers[charge.customerID]
                    try emit([
                        charge.externalID ?? charge.id.rawValue, customer?.externalID ?? charge.customerID.rawValue,
                        customer?.document?.formatted ?? "", customer?.displayName ?? "", charge.description,
                        decimalComma(charge.amount), charge.dueDate.brazilian, charge.method.rawValue,
                        Percentage.text(basisPoints: charge.lateCharges.fineBasisPoints),
                        Percentage.text(basisPoints: charge.lateCharges.monthlyInterestBasisPoints),
                        charge.status.rawValue, decimalComma(charge.openAmount), charge.installment?.label ?? "",
                    ])
                }
            }
        }
    }

    /// "1234,56": no thousands separator, so spreadsheets read it as a number.
    static func decimalComma(_ money: Money) -> String {
        money.decimalString.replacingOccurrences(of: ".", with: ",")
    }

    private static func write(header: [String], rows: (_ emit: ([String]) throws -> Void) async throws -> Void)
        async throws -> Data
    {
        let stream = OutputStream(toMemory: ())
        stream.open()
        let writer = try CSVWriter(stream: stream, delimiter: ";", newline: .crlf)
        try writer.write(row: header)
        try await rows { try writer.write(row: $0) }
        stream.close()
        let body = stream.property(forKey: .dataWrittenToMemoryStreamKey) as? Data ?? Data()
        return Data([0xEF, 0xBB, 0xBF]) + body + Data("\r\n".utf8)
    }
}
