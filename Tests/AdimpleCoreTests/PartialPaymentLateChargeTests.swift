import AdimpleCore
import BrazilKit
import Testing

/// A late charge paid in two parts, computed the way `ChargeService.registerPayment` does it:
/// the amount due from the open principal and the charge's late-charge history, then the
/// allocation, and the history updated with what the payment covered.
@Suite struct PartialPaymentLateChargeTests {
    let calculator = LateChargeCalculator(calendar: .national)
    let dueDate = civil(2026, 3, 10)

    func pay(_ received: Money, open: Money, on date: CivilDate, history: LateChargeHistory = .none) throws
        -> (PaymentAllocation, LateChargeHistory)
    {
        let due = try calculator.amountDue(
            openAmount: open, dueDate: dueDate, rules: .standard, isConsumer: true, on: date, history: history)
        let allocation = try PaymentAllocation.allocate(received: received, due: due)
        return (allocation, try history.recording(allocation, of: due, on: date))
    }

    @Test func theFirstPartialPaymentSettlesTheWholeMulta() throws {
        // R$ 1.000,00, 15 days late: multa R$ 20,00 (2% of the prestação) and juros R$ 5,00 come first.
        let (first, _) = try pay(brl(52_500), open: brl(100_000), on: civil(2026, 3, 25))
        #expect(first.fine == brl(2_000))
        #expect(first.interest == brl(500))
        #expect(first.principal == brl(50_000))
    }

    @Test func aSecondPaymentIsNotFinedAgainAndPaysJurosOnlyForTheNewDays() throws {
        let (first, history) = try pay(brl(52_500), open: brl(100_000), on: civil(2026, 3, 25))
        #expect(history.interestSettledThrough == civil(2026, 3, 25))
        let rest = try brl(100_000) - first.principal
        let (second, _) = try pay(brl(60_000), open: rest, on: civil(2026, 3, 26), history: history)
        #expect(second.fine == .zero)
        // One more day on R$ 500,00 at 1% a.m.: R$ 0,1666… → R$ 0,17.
        #expect(second.interest == brl(17))
        #expect(second.principal == rest)
        #expect(try first.fine + second.fine == brl(2_000))
    }

    @Test func aPaymentSmallerThanTheMultaLeavesTheRestOfTheMultaAndAllJurosDue() throws {
        let (first, history) = try pay(brl(1_000), open: brl(100_000), on: civil(2026, 3, 25))
        #expect(first.fine == brl(1_000))
        #expect(first.principal == .zero)
        #expect(history.interestSettledThrough == nil)
        let due = try calculator.amountDue(
            openAmount: brl(100_000), dueDate: dueDate, rules: .standard, isConsumer: true, on: civil(2026, 3, 26),
            history: history)
        #expect(due.fine == brl(1_000))
        #expect(due.interest == brl(533))  // 16 days from the original due date
    }

    @Test func jurosPartlyPaidAreDeductedNextTime() throws {
        // Covers the multa (R$ 20,00) and R$ 2,00 of the R$ 5,00 juros.
        let (_, history) = try pay(brl(2_200), open: brl(100_000), on: civil(2026, 3, 25))
        #expect(history.interestCredit == brl(200))
        let due = try calculator.amountDue(
            openAmount: brl(100_000), dueDate: dueDate, rules: .standard, isConsumer: true, on: civil(2026, 3, 26),
            history: history)
        #expect(due.fine == .zero)
        #expect(due.interest == brl(333))  // R$ 5,33 accrued − R$ 2,00 already paid
    }
}
