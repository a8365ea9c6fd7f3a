import BrazilKit
import Foundation

/// What every use case needs: the store and the injected clock, ids and calendar.
public struct ServiceContext: Sendable {
    public let store: any Store
    public let clock: any WallClock
    public let ids: any IDGenerating
    public let calendar: BankCalendar

    public init(store: any Store, clock: any WallClock, ids: any IDGenerating, calendar: BankCalendar = .national) {
        self.store = store
        self.clock = clock
        self.ids = ids
        self.calendar = calendar
    }

    /// Writes the audit line and the domain event of a change, inside the caller's transaction.
    func record(
        in session: any StoreSession, at now: Date, actor: Actor, action: EventType, entityType: String,
        entityID: String, before: String?, after: String, customerID: Customer.ID?, chargeID: Charge.ID?
    ) async throws {
        try await session.audit.append(
            AuditEntry(
                id: ids.next(.audit), at: now, actor: actor, action: action.rawValue, entityType: entityType,
                entityID: entityID, before: before, after: after))
        try await session.events.append(
            DomainEvent(
                id: ids.next(.event), type: action, occurredAt: now, customerID: customerID, chargeID: chargeID,
                payload: after))
    }
}
