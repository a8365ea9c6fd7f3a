import BrazilKit
import Foundation

/// The accounts of the double-entry ledger. Receivables are kept per charge (a sub-ledger),
/// so a charge's open amount can be proven against its receivable balance.
public enum LedgerAccount: String, Sendable, Codable, CaseIterable {
    /// Contas a receber (asset).
    case receivable
    /// Receita de vendas e serviços (income).
    case revenue
    /// Multa and juros received (income).
    case lateChargeIncome = "late_charge_income"
    /// Descontos concedidos (contra-income).
    case discountsGranted = "discounts_granted"
    /// Money received, before bank reconciliation (asset).
    case cash
    /// Tarifas bancárias (expense).
    case bankFees = "bank_fees"
    /// Perdas com créditos incobráveis (expense).
    case badDebt = "bad_debt"
    /// Amounts moved into agreements (acordos).
    case renegotiated
    /// Received beyond what was owed, to be refunded or applied by a person (liability).
    case customerCredit = "customer_credit"

    /// Debit-normal accounts grow with debits.
    public var isDebitNormal: Bool {
        switch self {
        case .receivable, .discountsGranted, .cash, .bankFees, .badDebt, .renegotiated: true
        case .revenue, .lateChargeIncome, .customerCredit: false
        }
    }
}

/// One line of a ledger transaction: an account, debit or credit, an amount.
public struct LedgerLine: Hashable, Sendable {
    public enum Side: String, Sendable, Codable { case debit, credit }

    public let account: LedgerAccount
    public let side: Side
    public let amount: Money

    public init(account: LedgerAccount, side: Side, amount: Money) {
        self.account = account
        self.side = side
        self.amount = amount
    }

    public static func debit(_ account: LedgerAccount, _ amount: Money) -> LedgerLine {
        LedgerLine(account: account, side: .debit, amount: amount)
    }

    public static func credit(_ account: LedgerAccount, _ amount: Money) -> LedgerLine {
        LedgerLine(account: account, side: .credit, amount: amount)
    }
}

/// A balanced set of lines, posted atomically. It cannot be built unbalanced.
public struct LedgerTransaction: Hashable, Sendable, Identifiable {
    public typealias ID = EntityID<LedgerTransaction>

    public enum Kind: String, Sendable, Codable, CaseIterable {
        case issue, payment, fee, cancellation, writeOff = "write_off", renegotiation, adjustment
    }

    public let id: ID
    public let kind: Kind
    public let chargeID: Charge.ID?
    public let customerID: Customer.ID?
    public let paymentID: Payment.ID?
    public let lines: [LedgerLine]
    public let postedAt: Date
    public let memo: String

    /// - Throws: `DomainError` when debits and credits differ or a line is not positive.
    public init(
        id: ID, kind: Kind, chargeID: Charge.ID?, customerID: Customer.ID?, paymentID: Payment.ID? = nil,
        lines: [LedgerLine], postedAt: Date, memo: String
    ) throws(DomainError) {
        let kept = lines.filter { !$0.amount.isZero }
        guard !kept.isEmpty, kept.allSatisfy({ $0.amount.isPositive }) else {
            throw DomainError(.conflict, pt: "Lançamento sem valores positivos", en: "A posting needs positive amounts")
        }
        let debits = (try? Money.sum(kept.filter { $0.side == .debit }.map(\.amount))) ?? Money(centavos: -1)
        let credits = (try? Money.sum(kept.filter { $0.side == .credit }.map(\.amount))) ?? Money(centavos: -2)
        guard debits == credits else {
            throw DomainError(
                .conflict, pt: "Lançamento desbalanceado: débitos \(debits) ≠ créditos \(credits)",
                en: "Unbalanced posting: debits \(debits) ≠ credits \(credits)")
        }
        self.id = id
        self.kind = kind
        self.chargeID = chargeID
        self.customerID = customerID
        self.paymentID = paymentID
        self.lines = kept
        self.postedAt = postedAt
        self.memo = memo
    }
}
