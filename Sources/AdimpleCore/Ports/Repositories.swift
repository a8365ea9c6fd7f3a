import BrazilKit
import Foundation

public protocol CustomerRepository: Sendable {
    /// - Throws: `DomainError(.duplicate)` when the document or external id is taken.
    func insert(_ customer: Customer) async throws
    /// - Throws: `DomainError(.notFound)` when nothing was updated.
    func update(_ customer: Customer) async throws
    func get(_ id: Customer.ID) async throws -> Customer?
    func find(document: TaxID) async throws -> Customer?
    func find(externalID: String) async throws -> Customer?
    /// Finds customers by any word of the name (accent- and case-insensitive prefix), by
    /// CPF/CNPJ (with or without punctuation, prefix), e-mail, phone or external id.
    func search(_ query: String, limit: Int) async throws -> [Customer]
    /// Customers in id order, after the given id (cursor pagination).
    func list(after: Customer.ID?, limit: Int) async throws -> [Customer]
    /// Customers matching the filter, in id order after `filter.after`.
    func list(_ filter: CustomerFilter) async throws -> [Customer]
    func count() async throws -> Int
    /// Whether any charge, payment or ledger line names this customer.
    func isReferenced(_ id: Customer.ID) async throws -> Bool
    /// Deletes the customer and its search terms.
    /// - Throws: `DomainError(.notFound)`.
    func delete(_ id: Customer.ID) async throws
}

/// Filters for listing customers; nil means any.
public struct CustomerFilter: Sendable, Hashable {
    public var statuses: [CustomerStatus]
    public var kind: Customer.Kind?
    public var segment: String?
    public var externalID: String?
    public var createdFrom: Date?
    public var createdTo: Date?
    public var after: Customer.ID?
    public var limit: Int

    public init(
        statuses: [CustomerStatus] = [], kind: Customer.Kind? = nil, segment: String? = nil, externalID: String? = nil,
        createdFrom: Date? = nil, createdTo: Date? = nil, after: Customer.ID? = nil, limit: Int = 50
    ) {
        self.statuses = statuses
        self.kind = kind
        self.segment = segment
        self.externalID = externalID
        self.createdFrom = createdFrom
        self.createdTo = createdTo
        self.after = after
        self.limit = limit
    }
}

/// Filters for listing payments; nil means any.
public struct PaymentFilter: Sendable, Hashable {
    public var chargeID: Charge.ID?
    public var customerID: Customer.ID?
    public var paidFrom: CivilDate?
    public var paidTo: CivilDate?
    public var after: Payment.ID?
    public var limit: Int

    public init(
        chargeID: Charge.ID? = nil, customerID: Customer.ID? = nil, paidFrom: CivilDate? = nil,
        paidTo: CivilDate? = nil, after: Payment.ID? = nil, limit: Int = 50
    ) {
        self.chargeID = chargeID
        self.customerID = customerID
        self.paidFrom = paidFrom
        self.paidTo = paidTo
        self.after = after
        self.limit = limit
    }
}

/// Filters for listing events; nil means any.
public struct EventFilter: Sendable, Hashable {
    public var types: [EventType]
    public var customerID: Customer.ID?
    public var chargeID: Charge.ID?
    public var after: DomainEvent.ID?
    public var limit: Int

    public init(
        types: [EventType] = [], customerID: Customer.ID? = nil, chargeID: Charge.ID? = nil,
        after: DomainEvent.ID? = nil, limit: Int = 50
    ) {
        self.types = types
        self.customerID = customerID
        self.chargeID = chargeID
        self.after = after
        self.limit = limit
    }
}

/// Filters for listing charges; nil means any.
public struct ChargeFilter: Sendable, Hashable {
    public var statuses: [ChargeStatus]
    public var methods: [PaymentMethod]
    public var customerID: Customer.ID?
    public var dueFrom: CivilDate?
    public var dueTo: CivilDate?
    public var after: Charge.ID?
    public var limit: Int

    public init(
        statuses: [ChargeStatus] = [], methods: [PaymentMethod] = [], customerID: Customer.ID? = nil,
        dueFrom: CivilDate? = nil, dueTo: CivilDate? = nil, after: Charge.ID? = nil, limit: Int = 50
    ) {
        self.statuses = statuses
        self.methods = methods
        self.customerID = customerID
        self.dueFrom = dueFrom
        self.dueTo = dueTo
        self.after = after
        self.limit = limit
    }
}

public protocol ChargeRepository: Sendable {
    /// - Throws: `DomainError(.duplicate)` when the external id is taken.
    func insert(_ charge: Charge) async throws
    /// Saves `charge` if the stored version is `charge.version - 1`.
    /// - Throws: `DomainError(.conflict)` when another change got there first.
    func update(_ charge: Charge) async throws
    func get(_ id: Charge.ID) async throws -> Charge?
    func find(externalID: String) async throws -> Charge?
    func list(_ filter: ChargeFilter) async throws -> [Charge]
    func count(status: ChargeStatus?) async throws -> Int
}

public protocol PaymentRepository: Sendable {
    /// Inserts unless the natural key exists; returns the stored payment and whether it is new.
    func insertIfAbsent(_ payment: Payment) async throws -> (payment: Payment, inserted: Bool)
    func list(chargeID: Charge.ID) async throws -> [Payment]
    func list(customerID: Customer.ID, limit: Int) async throws -> [Payment]
    func get(_ id: Payment.ID) async throws -> Payment?
    /// Payments matching the filter, in id order after `filter.after`.
    func list(_ filter: PaymentFilter) async throws -> [Payment]
}

public protocol LedgerRepository: Sendable {
    func post(_ transaction: LedgerTransaction) async throws
    /// Debit-normal balance (debits − credits) of an account, optionally for one charge.
    func balance(_ account: LedgerAccount, chargeID: Charge.ID?) async throws -> Money
    func transactions(chargeID: Charge.ID) async throws -> [LedgerTransaction]
}

public protocol AuditRepository: Sendable {
    func append(_ entry: AuditEntry) async throws
    func entries(entityType: String, entityID: String) async throws -> [AuditEntry]
}

public protocol EventRepository: Sendable {
    func append(_ event: DomainEvent) async throws
    func list(customerID: Customer.ID, limit: Int) async throws -> [DomainEvent]
    func get(_ id: DomainEvent.ID) async throws -> DomainEvent?
    /// Events matching the filter, in id (time) order after `filter.after`.
    func list(_ filter: EventFilter) async throws -> [DomainEvent]
}
