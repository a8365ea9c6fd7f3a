import AdimpleCore
import BrazilKit

/// A civil date from a literal the test knows to be valid.
func civil(_ year: Int, _ month: Int, _ day: Int) -> CivilDate {
    guard let date = CivilDate(year: year, month: month, day: day) else {
        preconditionFailure("not a date: \(year)-\(month)-\(day)")
    }
    return date
}

/// An amount written as centavos, so R$ 1.000,00 reads `brl(100_000)`.
func brl(_ centavos: Int64) -> Money { Money(centavos: centavos) }

/// The fields of a validation error, in the order they were reported.
extension ValidationError {
    var fields: [String] { issues.map(\.field) }

    func issue(_ field: String) -> FieldIssue? { issues.first { $0.field == field } }
}

/// Debits and credits of a set of lines, to prove a posting balances.
func totals(_ lines: [LedgerLine]) throws -> (debits: Money, credits: Money) {
    let debits = try Money.sum(lines.filter { $0.side == .debit }.map(\.amount))
    let credits = try Money.sum(lines.filter { $0.side == .credit }.map(\.amount))
    return (debits, credits)
}

/// The amount a line list moves on one account and side (zero when absent).
func amount(_ lines: [LedgerLine], _ side: LedgerLine.Side, _ account: LedgerAccount) throws -> Money {
    try Money.sum(lines.filter { $0.side == side && $0.account == account }.map(\.amount))
}
