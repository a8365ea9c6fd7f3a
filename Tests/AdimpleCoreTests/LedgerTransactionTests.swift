import AdimpleCore
import BrazilKit
import Foundation
import Testing

/// A ledger transaction cannot exist unbalanced or with amounts that are not positive.
@Suite struct LedgerTransactionTests {
    static let postedAt = Date(timeIntervalSince1970: 1_772_719_200)  // 2026-03-05 11:00 BRT

    static func transaction(_ lines: [LedgerLine]) throws(DomainError) -> LedgerTransaction {
        try LedgerTransaction(
            id: LedgerTransaction.ID("ltx_1"), kind: .adjustment, chargeID: Charge.ID("chg_1"),
            customerID: Customer.ID("cus_1"), lines: lines, postedAt: postedAt, memo: "test")
    }

    @Test func aBalancedTransactionKeepsItsLines() throws {
        let lines: [LedgerLine] = [.debit(.cash, brl(10_000)), .credit(.receivable, brl(10_000))]
        let transaction = try Self.transaction(lines)
        #expect(transaction.lines == lines)
        #expect(transaction.kind == .adjustment)
        #expect(transaction.memo == "test")
    }

    @Test func zeroLinesAreDropped() throws {
        let transaction = try Self.transaction([
            .debit(.cash, brl(10_000)), .debit(.discountsGranted, .zero), .credit(.receivable, brl(10_000)),
        ])
        #expect(transaction.lines.count == 2)
        #expect(!transaction.lines.contains { $0.account == .discountsGranted })
    }

    @Test(arguments: [
        [LedgerLine.debit(.cash, brl(10_000)), .credit(.receivable, brl(9_999))],
        [.debit(.cash, brl(10_000))],
        [.credit(.revenue, brl(1))],
        [.debit(.cash, brl(10_000)), .debit(.bankFees, brl(100)), .credit(.receivable, brl(10_000))],
    ])
    func anUnbalancedTransactionIsRefused(lines: [LedgerLine]) throws {
        let error = try #require(throws: DomainError.self) { try Self.transaction(lines) }
        #expect(error.code == .conflict)
        #expect(error.message(.en).contains("Unbalanced"))
    }

    @Test(arguments: [
        [LedgerLine](),
        [.debit(.cash, .zero), .credit(.receivable, .zero)],
        [.debit(.cash, brl(-100)), .credit(.receivable, brl(-100))],
        [.debit(.cash, brl(100)), .credit(.receivable, brl(200)), .credit(.revenue, brl(-100))],
    ])
    func aTransactionWithoutPositiveAmountsIsRefused(lines: [LedgerLine]) throws {
        let error = try #require(throws: DomainError.self) { try Self.transaction(lines) }
        #expect(error.code == .conflict)
        #expect(error.message(.en).contains("positive"))
    }

    @Test func aSumThatOverflowsIsRefusedNotTrapped() throws {
        let huge = Money(centavos: .max)
        let error = try #require(throws: DomainError.self) {
            try Self.transaction([.debit(.cash, huge), .debit(.cash, huge), .credit(.receivable, huge)])
        }
        #expect(error.code == .conflict)
    }
}
