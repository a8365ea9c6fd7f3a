import BrazilKit

/// What a customer must pay on a given day, item by item.
public struct AmountDue: Hashable, Sendable, Codable {
    /// The open principal.
    public let principal: Money
    public let discount: Money
    public let fine: Money
    public let interest: Money
    /// Calendar days since the original due date; 0 when not late.
    public let daysLate: Int
    public let total: Money
}

/// Computes the amount due on any date from the open amount, the due date and the terms.
///
/// Rules (shared/reference/rails.md §5, DESIGN.md "Money and time"):
/// - a due date on a weekend or bank holiday rolls to the next business day, and paying then
///   costs nothing extra;
/// - after that, the multa is charged once and juros de mora accrue pro rata die, simple
///   interest, counted in calendar days from the original due date;
/// - the discount applies on or before its date, never together with late charges;
/// - each item is rounded once, half-up, in `Money.roundedHalfUp`.
public struct LateChargeCalculator: Sendable {
    public let calendar: BankCalendar

    public init(calendar: BankCalendar) { self.calendar = calendar }

    /// The first day on which paying costs late charges is the day after this one.
    public func effectiveDueDate(_ dueDate: CivilDate) -> CivilDate {
        calendar.nextBusinessDay(onOrAfter: dueDate)
    }

    public func amountDue(
        openAmount: Money, dueDate: CivilDate, rules: LateChargeRules, isConsumer: Bool, on date: CivilDate
    ) throws(MoneyError) -> AmountDue {
        guard openAmount.isPositive else {
            return AmountDue(principal: openAmount, discount: .zero, fine: .zero, interest: .zero, daysLate: 0, total: openAmount)
        }
        if date <= effectiveDueDate(dueDate) {
            let discount = try discountAmount(openAmount: openAmount, rules: rules, on: date)
            return AmountDue(
                principal: openAmount, discount: discount, fine: .zero, interest: .zero, daysLate: 0,
                total: try openAmount - discount)
        }
        let daysLate = date.days(since: dueDate)
        let fine = try openAmount.percentage(basisPoints: rules.effectiveFineBasisPoints(isConsumer: isConsumer))
        // open × bp/10000 × days/daysPerMonth, as one fraction so it is rounded only once.
        let interest = try Money.roundedHalfUp(
            numerator: Int128(openAmount.centavos) * Int128(rules.monthlyInterestBasisPoints) * Int128(daysLate),
            denominator: 10_000 * Int128(rules.daysPerMonth))
        let total = try openAmount + fine + interest
        return AmountDue(
            principal: openAmount, discount: .zero, fine: fine, interest: interest, daysLate: daysLate, total: total)
    }

    private func discountAmount(openAmount: Money, rules: LateChargeRules, on date: CivilDate) throws(MoneyError) -> Money {
        guard let discount = rules.discount, date <= discount.until else { return .zero }
        switch discount.value {
        case .amount(let amount): return min(amount, openAmount)
        case .basisPoints(let bp): return try openAmount.percentage(basisPoints: bp)
        }
    }
}
