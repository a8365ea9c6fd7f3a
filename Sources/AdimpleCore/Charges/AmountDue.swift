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

    /// The amount due for a stored charge, counting what earlier payments already covered.
    public func amountDue(for charge: Charge, isConsumer: Bool, on date: CivilDate) throws(MoneyError) -> AmountDue {
        try amountDue(
            openAmount: charge.openAmount, dueDate: charge.dueDate, rules: charge.lateCharges, isConsumer: isConsumer,
            on: date, history: charge.lateChargeHistory)
    }

    public func amountDue(
        openAmount: Money, dueDate: CivilDate, rules: LateChargeRules, isConsumer: Bool, on date: CivilDate,
        history: LateChargeHistory = .none
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
        // The multa is charged once: what earlier payments covered is deducted.
        let fullFine = try openAmount.percentage(basisPoints: rules.effectiveFineBasisPoints(isConsumer: isConsumer))
        let fine = max(.zero, try fullFine - history.fineReceived)
        // Juros run from the original due date, or from the last day earlier payments covered.
        let interestStart = max(dueDate, history.interestSettledThrough ?? dueDate)
        let interestDays = max(0, date.days(since: interestStart))
        // open × bp/10000 × days/daysPerMonth, as one fraction so it is rounded only once.
        let accrued = try Money.roundedHalfUp(
            numerator: Int128(openAmount.centavos) * Int128(rules.monthlyInterestBasisPoints) * Int128(interestDays),
            denominator: 10_000 * Int128(rules.daysPerMonth))
        let interest = max(.zero, try accrued - history.interestCredit)
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

/// What earlier payments of a late charge covered.
public struct LateChargeHistory: Hashable, Sendable, Codable {
    /// Multa received so far.
    public var fineReceived: Money
    /// Juros received so far (for reports).
    public var interestReceived: Money
    /// Juros are fully paid up to this day.
    public var interestSettledThrough: CivilDate?
    /// Juros received after `interestSettledThrough` that did not cover a whole period yet.
    public var interestCredit: Money

    public init(
        fineReceived: Money = .zero, interestReceived: Money = .zero, interestSettledThrough: CivilDate? = nil,
        interestCredit: Money = .zero
    ) {
        self.fineReceived = fineReceived
        self.interestReceived = interestReceived
        self.interestSettledThrough = interestSettledThrough
        self.interestCredit = interestCredit
    }

    public static let none = LateChargeHistory()

    /// The history after a payment that covered `allocation` of what was `due` on `day`.
    public func recording(_ allocation: PaymentAllocation, of due: AmountDue, on day: CivilDate) throws(MoneyError)
        -> LateChargeHistory
    {
        var next = self
        next.fineReceived = try fineReceived + allocation.fine
        next.interestReceived = try interestReceived + allocation.interest
        if allocation.interest >= due.interest {
            next.interestSettledThrough = day
            next.interestCredit = .zero
        } else {
            next.interestCredit = try interestCredit + allocation.interest
        }
        return next
    }
}
