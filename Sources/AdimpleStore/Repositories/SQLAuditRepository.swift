import AdimpleCore
import SQLKit

struct SQLAuditRepository: AuditRepository {
    let db: any SQLDatabase

    private struct Row: Codable {
        var id: String
        var at: Int64
        var actor: String
        var action: String
        var entity_type: String
        var entity_id: String
        var before_state: String?
        var after_state: String?
    }

    func append(_ entry: AuditEntry) async throws {
        try await db.insert(into: "audit_log")
            .columns("id", "at", "actor", "action", "entity_type", "entity_id", "before_state", "after_state")
            .values(
                SQLBind(entry.id.rawValue), SQLBind(Column.millis(entry.at)), SQLBind(entry.actor.description),
                SQLBind(entry.action), SQLBind(entry.entityType), SQLBind(entry.entityID), SQLBind(entry.before),
                SQLBind(entry.after)
            ).run()
    }

    func entries(entityType: String, entityID: String) async throws -> [AuditEntry] {
        try await db.select()
            .columns("id", "at", "actor", "action", "entity_type", "entity_id", "before_state", "after_state")
            .from("audit_log").where("entity_type", .equal, entityType).where("entity_id", .equal, entityID)
            .orderBy("at").orderBy("id")
            .all(decoding: Row.self)
            .map {
                AuditEntry(
                    id: AuditEntry.ID($0.id), at: Column.date($0.at), actor: Actor(stored: $0.actor) ?? .system,
                    action: $0.action, entityType: $0.entity_type, entityID: $0.entity_id, before: $0.before_state,
                    after: $0.after_state)
            }
    }
}

struct SQLEventRepository: EventRepository {
    let db: any SQLDatabase

    private struct Row: Codable {
        var id: String
        var type: String
        var occurred_at: Int64
        var customer_id: String?
        var charge_id: String?
        var payload: String
    }

    func append(_ event: DomainEvent) async throws {
        try await db.insert(into: "events").columns("id", "type", "occurred_at", "customer_id", "charge_id", "payload")
            .values(
                SQLBind(event.id.rawValue), SQLBind(event.type.rawValue), SQLBind(Column.millis(event.occurredAt)),
                SQLBind(event.customerID?.rawValue), SQLBind(event.chargeID?.rawValue), SQLBind(event.payload)
            ).run()
    }

    func list(customerID: Customer.ID, limit: Int) async throws -> [DomainEvent] {
        try await db.select().columns("id", "type", "occurred_at", "customer_id", "charge_id", "payload")
            .from("events").where("customer_id", .equal, customerID.rawValue)
            .orderBy("occurred_at").orderBy("id").limit(limit)
            .all(decoding: Row.self)
            .compactMap { row in
                guard let type = EventType(rawValue: row.type) else { return nil }
                return DomainEvent(
                    id: DomainEvent.ID(row.id), type: type, occurredAt: Column.date(row.occurred_at),
                    customerID: row.customer_id.map { Customer.ID($0) }, chargeID: row.charge_id.map { Charge.ID($0) },
                    payload: row.payload)
            }
    }
}

/// The repositories of one transaction, all on the same connection.
struct SQLSession: StoreSession {
    let db: any SQLDatabase

    var customers: any CustomerRepository { SQLCustomerRepository(db: db) }
    var charges: any ChargeRepository { SQLChargeRepository(db: db) }
    var payments: any PaymentRepository { SQLPaymentRepository(db: db) }
    var ledger: any LedgerRepository { SQLLedgerRepository(db: db) }
    var audit: any AuditRepository { SQLAuditRepository(db: db) }
    var events: any EventRepository { SQLEventRepository(db: db) }
}
