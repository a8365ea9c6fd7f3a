import BrazilKit

/// The accounting rules: which lines each business event posts. One place, so the
/// receivable of a charge always moves exactly with its open amount.
public enum Postings {
    /// Issuing a charge: the customer now owes it.
    public static func issue(_ amount: Money) -> [LedgerLine] {
        [.debit(.receivable, amount), .credit(.revenue, amount)]
    }

    /// A payment: cash in; the principal and discount leave the receivable; late charges are
    /// income; anything paid beyond what was owed is held as the customer's credit.
    public static func payment(_ allocation: PaymentAllocation, received: Money) -> [LedgerLine] {
        let lateCharges = (try? allocation.fine + allocation.interest) ?? .zero
        let principalAndDiscount = (try? allocation.principal + allocation.discount) ?? .zero
        return [
            .debit(.cash, received),
            .debit(.discountsGranted, allocation.discount),
            .credit(.receivable, principalAndDiscount),
            .credit(.lateChargeIncome, lateCharges),
            .credit(.customerCredit, allocation.overpaid),
        ]
    }

    /// A bank or PSP fee kept from a payment.
    public static func fee(_ amount: Money) -> [LedgerLine] {
        [.debit(.bankFees, amount), .credit(.cash, amount)]
    }

    /// Canceling reverses the revenue of what was still open.
    public static func cancellation(_ open: Money) -> [LedgerLine] {
        [.debit(.revenue, open), .credit(.receivable, open)]
    }

    public static func writeOff(_ open: Money) -> [LedgerLine] {
        [.debit(.badDebt, open), .credit(.receivable, open)]
    }

    public static func renegotiation(_ open: Money) -> [LedgerLine] {
        [.debit(.renegotiated, open), .credit(.receivable, open)]
    }

    /// A change of a charge's amount: the receivable and revenue follow the difference.
    public static func amountChange(from old: Money, to new: Money) -> [LedgerLine] {
        if new > old {
            let delta = (try? new - old) ?? .zero
            return [.debit(.receivable, delta), .credit(.revenue, delta)]
        }
        let delta = (try? old - new) ?? .zero
        return [.debit(.revenue, delta), .credit(.receivable, delta)]
    }
}
