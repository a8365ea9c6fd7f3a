import Foundation

/// One line of the append-only audit log: who did what to which record, when, with the
/// record's state before and after (as JSON).
public struct AuditEntry: Hashable, Sendable, Identifiable {
    public typealias ID = EntityID<AuditEntry>

    public let id: ID
    public let at: Date
    public let actor: Actor
    /// `customer.created`, `charge.canceled`, …
    public let action: String
    public let entityType: String
    public let entityID: String
    public let before: String?
    public let after: String?

    public init(
        id: ID, at: Date, actor: Actor, action: String, entityType: String, entityID: String,
        before: String?, after: String?
    ) {
        self.id = id
        self.at = at
        self.actor = actor
        self.action = action
        self.entityType = entityType
        self.entityID = entityID
        self.before = before
        self.after = after
    }
}

/// A domain event, stored in the same transaction as the change it describes; the customer's
/// history reads it and the webhook outbox delivers it.
public struct DomainEvent: Hashable, Sendable, Identifiable {
    public typealias ID = EntityID<DomainEvent>

    public let id: ID
    public let type: EventType
    public let occurredAt: Date
    public let customerID: Customer.ID?
    public let chargeID: Charge.ID?
    /// The resource after the change, as JSON.
    public let payload: String

    public init(
        id: ID, type: EventType, occurredAt: Date, customerID: Customer.ID?, chargeID: Charge.ID?, payload: String
    ) {
        self.id = id
        self.type = type
        self.occurredAt = occurredAt
        self.customerID = customerID
        self.chargeID = chargeID
        self.payload = payload
    }
}
