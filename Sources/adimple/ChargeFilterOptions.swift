import AdimpleApp
import AdimpleCore
import ArgumentParser
import BrazilKit
import Foundation

/// The filters `charge list` and `export charges` share.
struct ChargeFilterOptions: ParsableArguments {
    @Option(help: "Status (repeat or comma-separate): open, overdue, paid, …") var status: [String] = []
    @Option(help: "Method (repeat or comma-separate): boleto, pix, card, direct_debit, manual.") var method: [String] = []
    @Option(help: "Customer id, CPF/CNPJ or external id.") var customer: String?
    @Option(help: "Due on or after (2026-12-01 or 01/12/2026).") var dueFrom: String?
    @Option(help: "Due on or before.") var dueTo: String?

    /// The filter from the options, naming every unknown value at once.
    func filter(limit: Int, context: ServiceContext, _ language: Language) async throws -> ChargeFilter {
        var issues = IssueCollector()
        let statuses: [ChargeStatus] = Self.parse(status, field: "--status", pt: "situação", en: "status", into: &issues)
        let methods: [PaymentMethod] = Self.parse(method, field: "--method", pt: "forma", en: "method", into: &issues)
        func date(_ text: String?, _ field: String) -> CivilDate? {
            guard let text else { return nil }
            return issues.attempt(field: field, value: text) { () throws(CivilDateError) in
                text.contains("/") ? try CivilDate(brazilian: text) : try CivilDate(iso: text)
            }
        }
        let from = date(dueFrom, "--due-from")
        let to = date(dueTo, "--due-to")
        if !(1...1000).contains(limit) {
            issues.add(field: "--limit", value: String(limit), pt: "deve estar entre 1 e 1000", en: "must be between 1 and 1000")
        }
        try issues.throwIfAny()
        var filter = ChargeFilter(statuses: statuses, methods: methods, dueFrom: from, dueTo: to, limit: limit)
        if let reference = customer {
            guard let found = try await CustomerService(context).resolve(reference) else {
                throw DomainError.notFound(language == .ptBR ? "Cliente" : "Customer", reference)
            }
            filter.customerID = found.id
        }
        return filter
    }

    /// Values given repeated or comma-separated, each checked against the enum's cases.
    static func parse<T: RawRepresentable & CaseIterable>(
        _ values: [String], field: String, pt: String, en: String, into issues: inout IssueCollector
    ) -> [T] where T.RawValue == String {
        let all = T.allCases.map(\.rawValue).joined(separator: ", ")
        return values.flatMap { $0.split(separator: ",") }.compactMap { part in
            let text = part.trimmingCharacters(in: .whitespaces)
            guard let value = T(rawValue: text.lowercased()) else {
                issues.add(field: field, value: text, pt: "\(pt) desconhecida (use: \(all))", en: "unknown \(en) (use: \(all))")
                return nil
            }
            return value
        }
    }
}
