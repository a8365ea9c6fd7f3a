import BrazilKit
import Foundation

/// A charge (cobrança / título): an amount a customer owes by a due date.
public struct Charge: Hashable, Sendable, Identifiable {
    public typealias ID = EntityID<Charge>

    public var id: ID
    public var customerID: Customer.ID
    public var description: String
    /// The principal as issued.
    public var amount: Money
    /// Principal settled so far by payments.
    public var paidPrincipal: Money
    /// Discounts granted on payments so far.
    public var discountGranted: Money
    /// What earlier late payments already covered, so multa is never charged twice and
    /// juros never accrue twice on the same days.
    public var lateChargeHistory: LateChargeHistory
    public var dueDate: CivilDate
    public var method: PaymentMethod
    public var status: ChargeStatus
    public var lateCharges: LateChargeRules
    /// The company's own key for this charge (ERP invoice number, for example).
    public var externalID: String?
    /// "3 of 10" for installments of a sale.
    public var installment: Installment?
    public var issuedAt: Date?
    public var paidAt: Date?
    public var canceledAt: Date?
    public var createdAt: Date
    public var updatedAt: Date
    public var createdBy: Actor
    public var updatedBy: Actor
    /// Optimistic concurrency: every stored change bumps it, and an update that finds another
    /// version touched nothing and fails.
    public var version: Int

    public init(
        id: ID, customerID: Customer.ID, description: String, amount: Money, dueDate: CivilDate,
        method: PaymentMethod, status: ChargeStatus = .draft, lateCharges: LateChargeRules = .standard,
        externalID: String? = nil, installment: Installment? = nil, paidPrincipal: Money = .zero,
        discountGranted: Money = .zero, lateChargeHistory: LateChargeHistory = .none, issuedAt: Date? = nil,
        paidAt: Date? = nil, canceledAt: Date? = nil, createdAt: Date, updatedAt: Date? = nil,
        createdBy: Actor, updatedBy: Actor? = nil, version: Int = 1
    ) {
        self.id = id
        self.customerID = customerID
        self.description = description
        self.amount = amount
        self.paidPrincipal = paidPrincipal
        self.discountGranted = discountGranted
        self.lateChargeHistory = lateChargeHistory
        self.dueDate = dueDate
        self.method = method
        self.status = status
        self.lateCharges = lateCharges
        self.externalID = externalID
        self.installment = installment
        self.issuedAt = issuedAt
        self.paidAt = paidAt
        self.canceledAt = canceledAt
        self.createdAt = createdAt
        self.updatedAt = updatedAt ?? createdAt
        self.createdBy = createdBy
        self.updatedBy = updatedBy ?? createdBy
        self.version = version
    }

    /// What is still owed of the principal. Equals the charge's receivable balance in the
    /// ledger while the charge is receivable.
    /// A draft is not owed yet, so its open amount is zero until it is issued.
    public var openAmount: Money {
        guard status.isReceivable else { return .zero }
        return (try? amount - paidPrincipal - discountGranted) ?? .zero
    }

    public var stateMachine: ChargeStateMachine {
        // Issuing a draft posts its whole amount; later events work on what is still open.
        ChargeStateMachine(status: status, openAmount: status == .draft ? amount : openAmount)
    }
}

/// The position of a charge in a series of installments.
public struct Installment: Hashable, Sendable, Codable {
    public let number: Int
    public let count: Int

    public init(number: Int, count: Int) {
        self.number = number
        self.count = count
    }

    public var label: String { "\(number)/\(count)" }
}
