import BrazilKit
import Foundation

/// Money received for a charge, with how it divides into principal, late charges and
/// discount. Every payment has a natural key so the same evidence is never applied twice.
public struct Payment: Hashable, Sendable, Identifiable {
    public typealias ID = EntityID<Payment>

    public enum Source: String, Sendable, Codable, CaseIterable {
        case manual, cnab, pix, card, ofx, directDebit = "direct_debit"
    }

    public var id: ID
    public var chargeID: Charge.ID
    public var customerID: Customer.ID
    /// What the payer paid in total.
    public var amount: Money
    /// The part that reduces the charge's principal.
    public var principal: Money
    public var fine: Money
    public var interest: Money
    public var discount: Money
    /// What the bank or PSP kept (tarifa).
    public var fee: Money
    public var method: PaymentMethod
    public var source: Source
    /// The day the payer paid.
    public var paidOn: CivilDate
    /// The day the money reached the company's account, when known.
    public var creditedOn: CivilDate?
    /// Identifies the evidence: `manual:<key>`, `cnab:<bank>:<nosso número>:<occurrence>:<date>`…
    public var naturalKey: String
    public var createdAt: Date
    public var createdBy: Actor

    public init(
        id: ID, chargeID: Charge.ID, customerID: Customer.ID, amount: Money, principal: Money,
        fine: Money = .zero, interest: Money = .zero, discount: Money = .zero, fee: Money = .zero,
        method: PaymentMethod, source: Source, paidOn: CivilDate, creditedOn: CivilDate? = nil,
        naturalKey: String, createdAt: Date, createdBy: Actor
    ) {
        self.id = id
        self.chargeID = chargeID
        self.customerID = customerID
        self.amount = amount
        self.principal = principal
        self.fine = fine
        self.interest = interest
        self.discount = discount
        self.fee = fee
        self.method = method
        self.source = source
        self.paidOn = paidOn
        self.creditedOn = creditedOn
        self.naturalKey = naturalKey
        self.createdAt = createdAt
        self.createdBy = createdBy
    }
}

/// How a received amount is split against what is due: late charges first, then principal.
///
/// Paying less than the late charges leaves the principal untouched; paying more than what is
/// due is recorded as received, with the excess kept visible as `overpaid` so a person decides
/// (CDC art. 42: nobody keeps money that is not owed).
public struct PaymentAllocation: Hashable, Sendable {
    public let principal: Money
    public let fine: Money
    public let interest: Money
    public let discount: Money
    public let overpaid: Money

    public static func allocate(received: Money, due: AmountDue) throws(MoneyError) -> PaymentAllocation {
        var rest = received
        let fine = min(rest, due.fine)
        rest = try rest - fine
        let interest = min(rest, due.interest)
        rest = try rest - interest
        // The discount counts only when the payment covers the discounted total.
        let discountedPrincipal = try due.principal - due.discount
        let discount = rest >= discountedPrincipal ? due.discount : .zero
        let principalOwed = try due.principal - discount
        let principal = min(rest, principalOwed)
        rest = try rest - principal
        return PaymentAllocation(principal: principal, fine: fine, interest: interest, discount: discount, overpaid: rest)
    }
}
