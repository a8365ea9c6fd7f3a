import AdimpleCore
import BrazilKit
import Testing

/// Desconto de pontualidade: on or before its date only, never together with late charges.
@Suite struct EarlyPaymentDiscountTests {
    let calculator = LateChargeCalculator(calendar: .national)
    let open = brl(100_000)
    let dueDate = civil(2026, 3, 10)

    func rules(_ value: EarlyPaymentDiscount.Value, until: CivilDate) -> LateChargeRules {
        LateChargeRules(discount: EarlyPaymentDiscount(value, until: until))
    }

    func due(_ rules: LateChargeRules, on date: CivilDate) throws -> AmountDue {
        try calculator.amountDue(openAmount: open, dueDate: dueDate, rules: rules, isConsumer: true, on: date)
    }

    @Test(arguments: [EarlyPaymentDiscount.Value.amount(brl(5_000)), .basisPoints(500)])
    func theDiscountAppliesUpToAndIncludingItsDate(value: EarlyPaymentDiscount.Value) throws {
        let terms = rules(value, until: civil(2026, 3, 5))
        for day in [civil(2026, 3, 1), civil(2026, 3, 5)] {
            let amount = try due(terms, on: day)
            #expect(amount.discount == brl(5_000))
            #expect(amount.total == brl(95_000))
            #expect(amount.principal == open)
        }
    }

    @Test(arguments: [EarlyPaymentDiscount.Value.amount(brl(5_000)), .basisPoints(500)])
    func theDiscountEndsTheDayAfterItsDate(value: EarlyPaymentDiscount.Value) throws {
        let amount = try due(rules(value, until: civil(2026, 3, 5)), on: civil(2026, 3, 6))
        #expect(amount.discount == .zero)
        #expect(amount.total == open)
    }

    @Test func aLatePaymentNeverGetsTheDiscountEvenWithinItsDate() throws {
        // A discount date after the due date does not survive into the late period.
        let amount = try due(rules(.amount(brl(5_000)), until: civil(2026, 3, 31)), on: civil(2026, 3, 25))
        #expect(amount.discount == .zero)
        #expect(amount.fine == brl(2_000))
        #expect(amount.interest == brl(500))
        #expect(amount.total == brl(102_500))
    }

    @Test func aFixedDiscountLargerThanTheOpenAmountStopsAtZero() throws {
        let amount = try calculator.amountDue(
            openAmount: brl(3_000), dueDate: dueDate, rules: rules(.amount(brl(5_000)), until: dueDate),
            isConsumer: true, on: dueDate)
        #expect(amount.discount == brl(3_000))
        #expect(amount.total == .zero)
    }

    @Test func aPercentageDiscountIsRoundedHalfUp() throws {
        // R$ 333,33 × 1,5% = 499,995 centavos.
        let amount = try calculator.amountDue(
            openAmount: brl(33_333), dueDate: dueDate, rules: rules(.basisPoints(150), until: dueDate),
            isConsumer: true, on: dueDate)
        #expect(amount.discount == brl(500))
        #expect(amount.total == brl(32_833))
    }
}
