import AdimpleCore
import BrazilKit
import Testing

/// How money received splits: late charges first, then principal; excess is kept visible.
@Suite struct PaymentAllocationTests {
    static let calculator = LateChargeCalculator(calendar: .national)
    static let dueDate = civil(2026, 3, 10)

    /// R$ 1.000,00 paid 15 days late: multa R$ 20,00, juros R$ 5,00, total R$ 1.025,00.
    static func lateDue() throws -> AmountDue {
        try calculator.amountDue(
            openAmount: brl(100_000), dueDate: dueDate, rules: .standard, isConsumer: true, on: civil(2026, 3, 25))
    }

    /// R$ 1.000,00 paid early with R$ 50,00 off: total R$ 950,00.
    static func discountedDue() throws -> AmountDue {
        let rules = LateChargeRules(discount: EarlyPaymentDiscount(.amount(brl(5_000)), until: dueDate))
        return try calculator.amountDue(
            openAmount: brl(100_000), dueDate: dueDate, rules: rules, isConsumer: true, on: civil(2026, 3, 5))
    }

    @Test func theFineIsPaidBeforeAnythingElse() throws {
        let allocation = try PaymentAllocation.allocate(received: brl(1_500), due: try Self.lateDue())
        #expect(allocation.fine == brl(1_500))
        #expect(allocation.interest == .zero)
        #expect(allocation.principal == .zero)
        #expect(allocation.overpaid == .zero)
    }

    @Test func theInterestIsPaidAfterTheFineAndBeforeThePrincipal() throws {
        let allocation = try PaymentAllocation.allocate(received: brl(2_300), due: try Self.lateDue())
        #expect(allocation.fine == brl(2_000))
        #expect(allocation.interest == brl(300))
        #expect(allocation.principal == .zero)
    }

    @Test func anUnderpaymentLeavesPartOfThePrincipalOpen() throws {
        let due = try Self.lateDue()
        let allocation = try PaymentAllocation.allocate(received: brl(52_500), due: due)
        #expect(allocation.fine == brl(2_000))
        #expect(allocation.interest == brl(500))
        #expect(allocation.principal == brl(50_000))
        #expect(allocation.overpaid == .zero)
        #expect(try due.principal - allocation.principal == brl(50_000))
    }

    @Test func paymentOfTheTotalSettlesEverything() throws {
        let allocation = try PaymentAllocation.allocate(received: brl(102_500), due: try Self.lateDue())
        #expect(allocation.principal == brl(100_000))
        #expect(allocation.fine == brl(2_000))
        #expect(allocation.interest == brl(500))
        #expect(allocation.overpaid == .zero)
    }

    @Test func anOverpaymentIsKeptAsOverpaid() throws {
        let allocation = try PaymentAllocation.allocate(received: brl(103_000), due: try Self.lateDue())
        #expect(allocation.principal == brl(100_000))
        #expect(allocation.overpaid == brl(500))
    }

    @Test func theDiscountCountsWhenThePaymentCoversTheDiscountedTotal() throws {
        let allocation = try PaymentAllocation.allocate(received: brl(95_000), due: try Self.discountedDue())
        #expect(allocation.discount == brl(5_000))
        #expect(allocation.principal == brl(95_000))
        #expect(allocation.overpaid == .zero)
    }

    @Test func theDiscountIsLostWhenThePaymentFallsShortOfTheDiscountedTotal() throws {
        let allocation = try PaymentAllocation.allocate(received: brl(94_999), due: try Self.discountedDue())
        #expect(allocation.discount == .zero)
        #expect(allocation.principal == brl(94_999))
        #expect(allocation.overpaid == .zero)
    }

    @Test func payingTheFullPriceWhenDiscountedLeavesTheDifferenceOverpaid() throws {
        let allocation = try PaymentAllocation.allocate(received: brl(100_000), due: try Self.discountedDue())
        #expect(allocation.discount == brl(5_000))
        #expect(allocation.principal == brl(95_000))
        #expect(allocation.overpaid == brl(5_000))
    }

    @Test(arguments: [Int64(1), 1_999, 2_000, 2_501, 50_000, 102_499, 102_500, 150_000])
    func everyCentavoReceivedIsAccountedFor(received: Int64) throws {
        let allocation = try PaymentAllocation.allocate(received: brl(received), due: try Self.lateDue())
        let sum = try allocation.fine + allocation.interest + allocation.principal + allocation.overpaid
        #expect(sum == brl(received))
    }
}
