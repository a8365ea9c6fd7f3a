import AdimpleCore
import BrazilKit
import Foundation
import Testing

/// Every accounting rule posts balanced lines and moves the receivable as the open amount moves.
@Suite struct PostingsTests {
    static let calculator = LateChargeCalculator(calendar: .national)

    static func allocation(received: Money, lateBy days: Int) throws -> PaymentAllocation {
        let due = civil(2026, 3, 10)
        let amount = try calculator.amountDue(
            openAmount: brl(100_000), dueDate: due, rules: .standard, isConsumer: true, on: due.adding(days: days))
        return try PaymentAllocation.allocate(received: received, due: amount)
    }

    static func discounted(received: Money) throws -> PaymentAllocation {
        let due = civil(2026, 3, 10)
        let rules = LateChargeRules(discount: EarlyPaymentDiscount(.basisPoints(500), until: due))
        let amount = try calculator.amountDue(
            openAmount: brl(100_000), dueDate: due, rules: rules, isConsumer: true, on: due)
        return try PaymentAllocation.allocate(received: received, due: amount)
    }

    static func payment(_ allocation: PaymentAllocation, _ received: Money) -> [LedgerLine] {
        Postings.payment(allocation, received: received)
    }

    static func everyPosting() throws -> [(name: String, lines: [LedgerLine])] {
        [
            ("issue", Postings.issue(brl(100_000))),
            ("payment on time", payment(try allocation(received: brl(100_000), lateBy: 0), brl(100_000))),
            ("partial payment", payment(try allocation(received: brl(40_000), lateBy: 0), brl(40_000))),
            ("late payment", payment(try allocation(received: brl(102_500), lateBy: 15), brl(102_500))),
            ("overpayment", payment(try allocation(received: brl(110_000), lateBy: 15), brl(110_000))),
            ("discounted payment", payment(try discounted(received: brl(95_000)), brl(95_000))),
            ("fee", Postings.fee(brl(350))),
            ("cancellation", Postings.cancellation(brl(60_000))),
            ("write-off", Postings.writeOff(brl(60_000))),
            ("renegotiation", Postings.renegotiation(brl(60_000))),
            ("amount up", Postings.amountChange(from: brl(100_000), to: brl(120_000))),
            ("amount down", Postings.amountChange(from: brl(100_000), to: brl(80_000))),
        ]
    }

    @Test func everyPostingBalancesAndMakesAValidTransaction() throws {
        for (name, lines) in try Self.everyPosting() {
            let (debits, credits) = try totals(lines)
            #expect(debits == credits, "\(name)")
            #expect(debits.isPositive, "\(name)")
            let transaction = try LedgerTransaction(
                id: .init("ltx_\(name)"), kind: .adjustment, chargeID: nil, customerID: nil, lines: lines,
                postedAt: Date(timeIntervalSince1970: 0), memo: name)
            #expect(!transaction.lines.isEmpty)
        }
    }

    @Test func issuingDebitsTheReceivableAndCreditsRevenue() throws {
        let lines = Postings.issue(brl(100_000))
        #expect(try amount(lines, .debit, .receivable) == brl(100_000))
        #expect(try amount(lines, .credit, .revenue) == brl(100_000))
    }

    @Test func aLatePaymentSplitsPrincipalAndLateChargeIncome() throws {
        let lines = Postings.payment(try Self.allocation(received: brl(102_500), lateBy: 15), received: brl(102_500))
        #expect(try amount(lines, .debit, .cash) == brl(102_500))
        #expect(try amount(lines, .credit, .receivable) == brl(100_000))
        #expect(try amount(lines, .credit, .lateChargeIncome) == brl(2_500))
        #expect(try amount(lines, .credit, .customerCredit) == .zero)
    }

    @Test func anOverpaymentCreditsTheCustomerCredit() throws {
        let lines = Postings.payment(try Self.allocation(received: brl(110_000), lateBy: 15), received: brl(110_000))
        #expect(try amount(lines, .credit, .customerCredit) == brl(7_500))
        #expect(try amount(lines, .credit, .receivable) == brl(100_000))
        #expect(try amount(lines, .debit, .cash) == brl(110_000))
    }

    @Test func aDiscountLeavesTheReceivableThroughDiscountsGranted() throws {
        let lines = Postings.payment(try Self.discounted(received: brl(95_000)), received: brl(95_000))
        #expect(try amount(lines, .debit, .cash) == brl(95_000))
        #expect(try amount(lines, .debit, .discountsGranted) == brl(5_000))
        #expect(try amount(lines, .credit, .receivable) == brl(100_000))
    }

    @Test func aFeeMovesCashToBankFees() throws {
        let lines = Postings.fee(brl(350))
        #expect(try amount(lines, .debit, .bankFees) == brl(350))
        #expect(try amount(lines, .credit, .cash) == brl(350))
    }

    @Test(arguments: [
        (Postings.cancellation(brl(60_000)), LedgerAccount.revenue),
        (Postings.writeOff(brl(60_000)), .badDebt),
        (Postings.renegotiation(brl(60_000)), .renegotiated),
    ])
    func closingAChargeTakesTheOpenAmountOutOfTheReceivable(lines: [LedgerLine], debited: LedgerAccount) throws {
        #expect(try amount(lines, .credit, .receivable) == brl(60_000))
        #expect(try amount(lines, .debit, debited) == brl(60_000))
        #expect(lines.count == 2)
    }

    @Test func raisingAnAmountAddsTheDifferenceToReceivableAndRevenue() throws {
        let lines = Postings.amountChange(from: brl(100_000), to: brl(120_000))
        #expect(lines == [.debit(.receivable, brl(20_000)), .credit(.revenue, brl(20_000))])
    }

    @Test func loweringAnAmountTakesTheDifferenceBack() throws {
        let lines = Postings.amountChange(from: brl(100_000), to: brl(80_000))
        #expect(lines == [.debit(.revenue, brl(20_000)), .credit(.receivable, brl(20_000))])
    }

    @Test func anUnchangedAmountPostsNothing() throws {
        let lines = Postings.amountChange(from: brl(100_000), to: brl(100_000))
        #expect(lines.allSatisfy { $0.amount.isZero })
    }
}
