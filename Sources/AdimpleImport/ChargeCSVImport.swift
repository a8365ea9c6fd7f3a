import AdimpleCore
import BrazilKit
import Foundation

/// Imports charges from CSV: amounts with decimal comma ("1.234,56"), due dates `dd/mm/aaaa`,
/// the customer by its external id or CPF/CNPJ. Charges already in Adimple (same external id,
/// or the charge id an export wrote) are left as they are when identical and reported when not,
/// so re-running a file changes nothing and never silently alters a charge. Charges already
/// late may be imported: they arrive open and the overdue sweep takes them from there.
public struct ChargeCSVImport: Sendable {
    static let columns: [String: String] = [
        "codigo": "external_id", "codigocobranca": "external_id", "externalid": "external_id", "id": "external_id",
        "cliente": "customer", "codigocliente": "customer", "customer": "customer", "customerid": "customer",
        "cpfcnpj": "document", "cpfcnpjcliente": "document", "documento": "document", "document": "document",
        "descricao": "description", "description": "description", "historico": "description",
        "valor": "amount", "amount": "amount", "vencimento": "due_date", "duedate": "due_date",
        "forma": "method", "formadepagamento": "method", "method": "method",
        "multa": "fine", "fine": "fine", "juros": "interest", "jurosaomes": "interest", "interest": "interest",
        // Written by the export for people to read; ignored on the way in.
        "situacao": "ignored", "status": "ignored", "emaberto": "ignored", "parcela": "ignored", "nomecliente": "ignored",
    ]

    public let context: ServiceContext

    public init(_ context: ServiceContext) { self.context = context }

    public func run(data: Data, dryRun: Bool, by actor: Actor) async throws -> CSVImportReport {
        let opened = CSVImportReport.open(data, dryRun: dryRun)
        var report = opened.report
        guard let table = opened.table else { return report }
        var headerMap = CSVHeader(
            table.header, columns: Self.columns,
            required: ["amount": ("valor", "amount"), "due_date": ("vencimento", "due date"), "description": ("descrição", "description")])
        if headerMap.columnOfField["customer"] == nil && headerMap.columnOfField["document"] == nil {
            headerMap.errors.append(CSVLineError(
                line: 1, column: nil, value: nil, reasonPT: "falta a coluna cliente ou cpf_cnpj",
                reasonEN: "the customer or cpf_cnpj column is missing"))
        }
        let header = headerMap
        if !header.errors.isEmpty {
            report.errors = header.errors
            report.refused = true
            report.rejected = table.records.count
            return report
        }
        let today = context.clock.today()
        let service = ChargeService(context)
        var seen: [String: Int] = [:]

        // Lines are checked and written in transactions of 500; a bad line never stops the others.
        for batch in table.records.chunked(500) {
            let seenBefore = seen
            let outcome = try await context.store.write { session -> (Int, Int, [CSVLineError], [String: Int]) in
                var seen = seenBefore
                var (created, unchanged) = (0, 0)
                var errors: [CSVLineError] = []
                for (line, values) in batch {
                    var cell: [String: String] = [:]
                    for (index, value) in values.enumerated() where !value.isEmpty {
                        if let field = header.fieldOfColumn[index] { cell[field] = value }
                    }
                    func fail(_ field: String?, _ value: String?, _ pt: String, _ en: String) {
                        errors.append(CSVLineError(
                            line: line, column: field.flatMap { header.columnOfField[$0] }, value: value, reasonPT: pt, reasonEN: en))
                    }
                    // The customer, by external id or document.
                    var customer: Customer?
                    if let reference = cell["customer"] {
                        customer = try await session.customers.find(externalID: reference)
                        if customer == nil { customer = try await session.customers.get(Customer.ID(reference)) }
                        if customer == nil { fail("customer", reference, "cliente não encontrado", "no such customer") }
                    } else if let text = cell["document"] {
                        if let document = try? TaxID(text) {
                            customer = try await session.customers.find(document: document)
                            if customer == nil { fail("document", text, "nenhum cliente com esse documento", "no customer with that document") }
                        } else {
                            fail("document", text, "CPF/CNPJ inválido", "invalid CPF/CNPJ")
                        }
                    } else {
                        fail("customer", nil, "cliente não informado", "no customer given")
                    }
                    var input = ChargeInput(
                        customerID: customer?.id.rawValue ?? "?", description: cell["description"], amount: cell["amount"],
                        dueDate: cell["due_date"], method: cell["method"], externalID: cell["external_id"])
                    for (field, pt, en) in [("fine", "multa", "fine"), ("interest", "juros", "interest")] {
                        guard let text = cell[field] else { continue }
                        if let basisPoints = try? Percentage.basisPoints(parsing: text), basisPoints >= 0 {
                            if field == "fine" { input.fineBasisPoints = basisPoints } else { input.interestBasisPoints = basisPoints }
                        } else {
                            fail(field, text, "\(pt) deve ser um percentual como 2 ou 2,5", "\(en) must be a percentage like 2 or 2.5")
                        }
                    }
                    var fields: ValidChargeFields?
                    do {
                        fields = try input.validated(today: today, allowPastDueDate: true)
                    } catch let error as ValidationError {
                        for issue in error.issues where issue.field != "customer_id" {
                            fail(Self.field(issue.field), issue.value, issue.reasonPT, issue.reasonEN)
                        }
                    }
                    if let external = cell["external_id"] {
                        if let first = seen[external] {
                            fail("external_id", external, "código repetido (já na linha \(first))", "repeated id (already on line \(first))")
                        }
                        seen[external] = seen[external] ?? line
                    }
                    let lineFailed = errors.contains { $0.line == line }
                    guard !lineFailed, let fields, let customer else { continue }
                    do {
                        try fields.lateCharges.validate(isConsumer: customer.isConsumer)
                    } catch let error as ValidationError {
                        for issue in error.issues { fail(Self.field(issue.field), issue.value, issue.reasonPT, issue.reasonEN) }
                        continue
                    }
                    if let external = fields.externalID {
                        var existing = try await session.charges.find(externalID: external)
                        if existing == nil { existing = try await session.charges.get(Charge.ID(external)) }
                        if let existing {
                            if existing.customerID == customer.id, existing.amount == fields.amount,
                                existing.dueDate == fields.dueDate, existing.description == fields.description
                            {
                                unchanged += 1
                            } else {
                                fail(
                                    "external_id", external, "cobrança já existe com outros dados; altere-a pela cobrança",
                                    "the charge exists with other data; change it on the charge")
                            }
                            continue
                        }
                    }
                    if dryRun {
                        created += 1
                        continue
                    }
                    var checked = fields
                    checked.customerID = customer.id
                    _ = try await service.create(checked, by: actor, in: session)
                    created += 1
                }
                return (created, unchanged, errors, seen)
            }
            seen = outcome.3
            report.created += outcome.0  // in a dry run: what would be created
            report.unchanged += outcome.1
            report.errors += outcome.2
            report.rejected += Set(outcome.2.map(\CSVLineError.line)).count
        }
        return report
    }

    /// The import column behind a validation field.
    static func field(_ validationField: String) -> String {
        switch validationField {
        case "due_date": "due_date"
        case "fine_basis_points": "fine"
        case "interest_basis_points": "interest"
        default: validationField
        }
    }
}
