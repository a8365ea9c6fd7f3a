import AdimpleCore
import BoletoKit
import BrazilKit
import DocumentKit
import Foundation

/// Reads what a boleto page or a carnê needs from the store and renders the PDF.
public struct BoletoDocuments: Sendable {
    public let store: any Store

    public init(store: any Store) { self.store = store }

    /// The PDF of a charge's active boleto.
    /// - Throws: `DomainError(.notFound)` for an unknown charge or one without a boleto.
    public func boletoPDF(chargeID: Charge.ID, at now: Date) async throws -> [UInt8] {
        let parts = try await store.read { session in try await Self.parts(chargeID, in: session) }
        return BoletoDocument.render(BoletoSheetBuilder.sheet(parts), info: info("Boleto \(parts.boleto.nossoNumero.formatted)", now))
    }

    /// A carnê of several charges (three per page), in the order given.
    /// - Throws: `DomainError(.notFound)` when a charge is unknown or has no boleto.
    public func carnePDF(chargeIDs: [Charge.ID], at now: Date) async throws -> [UInt8] {
        let sheets = try await store.read { session in
            var sheets: [BoletoSheet] = []
            for id in chargeIDs { sheets.append(BoletoSheetBuilder.sheet(try await Self.parts(id, in: session))) }
            return sheets
        }
        return CarneDocument.render(sheets, info: info("Carnê", now))
    }

    /// The customer's open or overdue charges that have a boleto, by due date: the default carnê.
    public func openBoletoCharges(of customerID: Customer.ID) async throws -> [Charge.ID] {
        try await store.read { session in
            guard try await session.customers.get(customerID) != nil else {
                throw DomainError.notFound("Cliente", customerID.rawValue)
            }
            let charges = try await session.charges.list(
                ChargeFilter(statuses: [.open, .overdue, .partiallyPaid], methods: [.boleto], customerID: customerID, limit: 1000))
            var ids: [Charge.ID] = []
            for charge in charges.sorted(by: { ($0.dueDate, $0.id.rawValue) < ($1.dueDate, $1.id.rawValue) }) {
                if try await !session.boletos.list(chargeID: charge.id).isEmpty { ids.append(charge.id) }
            }
            return ids
        }
    }

    static func parts(_ chargeID: Charge.ID, in session: any StoreSession) async throws -> BoletoSheetBuilder.Parts {
        guard let charge = try await session.charges.get(chargeID) else {
            throw DomainError.notFound("Cobrança", chargeID.rawValue)
        }
        let boletos = try await session.boletos.list(chargeID: chargeID)
        guard let boleto = boletos.last(where: { $0.status == .active }) ?? boletos.last else {
            throw DomainError(
                .notFound, pt: "Cobrança \(chargeID.rawValue) não tem boleto", en: "Charge \(chargeID.rawValue) has no boleto")
        }
        guard let customer = try await session.customers.get(charge.customerID),
            let company = try await session.boletos.company(),
            let account = try await session.boletos.account(boleto.bankAccountID)
        else {
            throw DomainError(
                .conflict, pt: "Dados do boleto incompletos (cliente, empresa ou conta)",
                en: "The boleto's data is incomplete (customer, company or account)")
        }
        return BoletoSheetBuilder.Parts(boleto: boleto, charge: charge, customer: customer, company: company, account: account)
    }

    func info(_ title: String, _ now: Date) -> PDFInfo {
        let day = CivilDate.today(at: now, in: .saoPaulo)
        return PDFInfo(title: title, producer: "Adimple", creationDate: PDFDate(year: day.year, month: day.month, day: day.day))
    }
}
