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

        /// Nil for a type this version does not know.
        func event() -> DomainEvent? {
            guard let type = EventType(rawValue: type) else { return nil }
            return DomainEvent(
                id: DomainEvent.ID(id), type: type, occurredAt: Column.date(occurred_at),
                customerID: customer_id.map { Customer.ID($0) }, chargeID: charge_id.map { Charge.ID($0) },
                payload: payload)
        }
    }

    /// Also queues the event in `event_outbox`, in the same transaction, for the webhooks.
    func append(_ event: DomainEvent) async throws {
        try await db.insert(into: "events").columns("id", "type", "occurred_at", "customer_id", "charge_id", "payload")
            .values(
                SQLBind(event.id.rawValue), SQLBind(event.type.rawValue), SQLBind(Column.millis(event.occurredAt)),
                SQLBind(event.customerID?.rawValue), SQLBind(event.chargeID?.rawValue), SQLBind(event.payload)
            ).run()
        try await db.insert(into: "event_outbox").columns("event_id").values(SQLBind(event.id.rawValue)).run()
    }

    func list(customerID: Customer.ID, limit: Int) async throws -> [DomainEvent] {
        try await select().where("customer_id", .equal, customerID.rawValue)
            .orderBy("occurred_at").orderBy("id").limit(limit)
            .all(decoding: Row.self)
            .compactMap { $0.event() }
    }

    func get(_ id: DomainEvent.ID) async throws -> DomainEvent? {
        try await select().where("id", .equal, id.rawValue).limit(1).first(decoding: Row.self)?.event()
    }

    func list(_ filter: EventFilter) async throws -> [DomainEvent] {
        var query = select()
        if !filter.types.isEmpty { query = query.where("type", .in, filter.types.map(\.rawValue)) }
        if let customer = filter.customerID { query = query.where("customer_id", .equal, customer.rawValue) }
        if let charge = filter.chargeID { query = query.where("charge_id", .equal, charge.rawValue) }
        if let after = filter.after { query = query.where("id", .greaterThan, after.rawValue) }
        return try await query.orderBy("id").limit(max(1, min(filter.limit, 1000)))
            .all(decoding: Row.self).compactMap { $0.event() }
    }

    private func select() -> SQLSelectBuilder {
        db.select().columns("id", "type", "occurred_at", "customer_id", "charge_id", "payload").from("events")
    }
}

/// The repositories of one transaction, all on the same connection.
struct SQLSession: StoreSession {
    let db: any SQLDatabase
    /// For the few statements that differ (row locks on PostgreSQL).
    let engine: Engine

    var customers: any CustomerRepository { SQLCustomerRepository(db: db) }
    var charges: any ChargeRepository { SQLChargeRepository(db: db) }
    var payments: any PaymentRepository { SQLPaymentRepository(db: db) }
    var ledger: any LedgerRepository { SQLLedgerRepository(db: db) }
    var audit: any AuditRepository { SQLAuditRepository(db: db) }
    var events: any EventRepository { SQLEventRepository(db: db) }
    var apiKeys: any APIKeyRepository { SQLAPIKeyRepository(db: db) }
    var idempotency: any IdempotencyRepository { SQLIdempotencyRepository(db: db) }
    var webhooks: any WebhookRepository { SQLWebhookRepository(db: db, engine: engine) }
    var boletos: any BoletoRepository { SQLBoletoRepository(db: db) }
    var bankFiles: any BankFileRepository { SQLBankFileRepository(db: db) }
}
