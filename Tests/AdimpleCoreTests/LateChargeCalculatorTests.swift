import AdimpleCore
import BrazilKit
import Testing

/// Multa once, juros de mora pro rata die, each rounded once half-up.
@Suite struct LateChargeCalculatorTests {
    let calculator = LateChargeCalculator(calendar: .national)
    /// A Tuesday, a business day, so the due date does not roll.
    let dueDate = civil(2026, 3, 10)

    func due(
        _ open: Money, rules: LateChargeRules = .standard, isConsumer: Bool = true, daysLate: Int
    ) throws -> AmountDue {
        try calculator.amountDue(
            openAmount: open, dueDate: dueDate, rules: rules, isConsumer: isConsumer,
            on: dueDate.adding(days: daysLate))
    }

    @Test func fifteenDaysAtOnePercentAMonthOnAThousandReaisIsFiveReais() throws {
        let amount = try due(brl(100_000), daysLate: 15)
        #expect(amount.daysLate == 15)
        #expect(amount.interest == brl(500))
        #expect(amount.fine == brl(2_000))
        #expect(amount.total == brl(102_500))
        #expect(amount.principal == brl(100_000))
        #expect(amount.discount == .zero)
    }

    @Test(arguments: [1, 15, 30, 90, 365])
    func theMultaIsChargedOnceWhateverTheDelay(daysLate: Int) throws {
        let amount = try due(brl(100_000), daysLate: daysLate)
        #expect(amount.fine == brl(2_000))
        // Juros grow with the days, simple interest: R$ 1.000,00 × 1% / 30 = 33⅓ centavos a day.
        #expect(amount.interest == (try Money.roundedHalfUp(numerator: Int128(1_000 * daysLate), denominator: 30)))
    }

    @Test(arguments: [(true, Money(centavos: 2_000)), (false, Money(centavos: 10_000))])
    func aConsumerMultaIsCappedAtTwoPercentButACompanysIsNot(isConsumer: Bool, fine: Money) throws {
        let rules = LateChargeRules(fineBasisPoints: 1_000, monthlyInterestBasisPoints: 100)
        let amount = try due(brl(100_000), rules: rules, isConsumer: isConsumer, daysLate: 1)
        #expect(amount.fine == fine)
    }

    @Test func aMultaBelowTheCapIsNotRaisedForAConsumer() throws {
        let rules = LateChargeRules(fineBasisPoints: 100, monthlyInterestBasisPoints: 100)
        #expect(try due(brl(100_000), rules: rules, isConsumer: true, daysLate: 1).fine == brl(1_000))
    }

    @Test(arguments: [
        // open, days late, juros rounded once, juros if each day were rounded on its own
        (Int64(100), 15, Int64(1), Int64(0)),  // 0,5 centavo rounds up to 1
        (Int64(100), 75, Int64(3), Int64(0)),  // 2,5 → 3 (half-even would give 2)
        (Int64(100_001), 15, Int64(500), Int64(495)),  // 500,005 → 500; daily 33 × 15 = 495
    ])
    func jurosAreRoundedOnceHalfUpNotDayByDay(open: Int64, daysLate: Int, once: Int64, daily: Int64) throws {
        let amount = try due(brl(open), daysLate: daysLate)
        #expect(amount.interest == brl(once))
        // The case is only meaningful if rounding every day would have given something else.
        let oneDay = try Money.roundedHalfUp(numerator: Int128(open) * 100, denominator: 10_000 * 30)
        #expect(try oneDay.multiplied(by: Int64(daysLate)) == brl(daily))
        #expect(brl(daily) != brl(once))
    }

    @Test func aMultaOfHalfACentavoRoundsUp() throws {
        // R$ 0,25 × 2% = 0,5 centavo.
        #expect(try due(brl(25), daysLate: 1).fine == brl(1))
    }

    @Test func theDayBasisComesFromTheRules() throws {
        let rules = LateChargeRules(fineBasisPoints: 0, monthlyInterestBasisPoints: 100, daysPerMonth: 31)
        // R$ 1.000,00 × 1% × 15/31 = 483,87 centavos.
        #expect(try due(brl(100_000), rules: rules, daysLate: 15).interest == brl(484))
    }

    @Test func noTermsMeansNoLateCharges() throws {
        let amount = try due(brl(100_000), rules: .none, daysLate: 40)
        #expect(amount.total == brl(100_000))
        #expect(amount.daysLate == 40)
    }

    @Test(arguments: [-5, 0, 1, 30])
    func nothingOpenMeansNothingDue(daysFromDueDate: Int) throws {
        let amount = try due(.zero, daysLate: daysFromDueDate)
        #expect(amount.total == .zero)
        #expect(amount.fine == .zero)
        #expect(amount.interest == .zero)
        #expect(amount.discount == .zero)
        #expect(amount.daysLate == 0)
    }
}
