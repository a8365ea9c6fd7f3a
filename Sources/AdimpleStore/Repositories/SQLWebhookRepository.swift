import AdimpleCore
import Foundation
import SQLKit

private let endpointColumns = [
    "id", "url", "event_types", "description", "secret", "enabled", "disabled_reason", "created_at", "updated_at",
]

/// A `webhook_endpoints` row as stored; `enabled` is 0 or 1.
private struct EndpointRow: Codable {
    var id: String
    var url: String
    var event_types: String
    var description: String?
    var secret: String
    var enabled: Int64
    var disabled_reason: String?
    var created_at: Int64
    var updated_at: Int64

    init(_ endpoint: WebhookEndpoint) {
        id = endpoint.id.rawValue
        url = endpoint.url
        event_types = Column.json(endpoint.eventTypes.map(\.rawValue))
        description = endpoint.description
        secret = endpoint.secret
        enabled = endpoint.enabled ? 1 : 0
        disabled_reason = endpoint.disabledReason
        created_at = Column.millis(endpoint.createdAt)
        updated_at = Column.millis(endpoint.updatedAt)
    }

    var binds: [any Encodable & Sendable] {
        [id, url, event_types, description, secret, enabled, disabled_reason, created_at, updated_at]
    }

    func endpoint() throws -> WebhookEndpoint {
        var types: [EventType] = []
        for word in Column.list(event_types) {
            guard let type = EventType(rawValue: word) else {
                throw CorruptRowError(table: "webhook_endpoints", id: id, detail: "event type \(word)")
            }
            types.append(type)
        }
        return WebhookEndpoint(
            id: WebhookEndpoint.ID(id), url: url, eventTypes: types, description: description, secret: secret,
            enabled: enabled != 0, disabledReason: disabled_reason, createdAt: Column.date(created_at),
            updatedAt: Column.date(updated_at))
    }
}

private let deliveryColumns = [
    "id", "endpoint_id", "event_id", "event_type", "status", "attempts", "next_attempt_at", "last_status_code",
    "last_error", "created_at", "delivered_at",
]

/// A `webhook_deliveries` row as stored.
private struct DeliveryRow: Codable {
    var id: String
    var endpoint_id: String
    var event_id: String
    var event_type: String
    var status: String
    var attempts: Int64
    var next_attempt_at: Int64?
    var last_status_code: Int64?
    var last_error: String?
    var created_at: Int64
    var delivered_at: Int64?

    init(_ delivery: WebhookDelivery) {
        id = delivery.id.rawValue
        endpoint_id = delivery.endpointID.rawValue
        event_id = delivery.eventID.rawValue
        event_type = delivery.eventType.rawValue
        status = delivery.status.rawValue
        attempts = Int64(delivery.attempts)
        next_attempt_at = Column.millis(delivery.nextAttemptAt)
        last_status_code = delivery.lastStatusCode.map(Int64.init)
        last_error = delivery.lastError
        created_at = Column.millis(delivery.createdAt)
        delivered_at = Column.millis(delivery.deliveredAt)
    }

    var binds: [any Encodable & Sendable] {
        [
            id, endpoint_id, event_id, event_type, status, attempts, next_attempt_at, last_status_code, last_error,
            created_at, delivered_at,
        ]
    }

    func delivery() throws -> WebhookDelivery {
        guard let type = EventType(rawValue: event_type), let status = WebhookDelivery.Status(rawValue: status) else {
            throw CorruptRowError(table: "webhook_deliveries", id: id, detail: "type \(event_type) / status \(status)")
        }
        return WebhookDelivery(
            id: WebhookDelivery.ID(id), endpointID: WebhookEndpoint.ID(endpoint_id), eventID: DomainEvent.ID(event_id),
            eventType: type, status: status, attempts: Int(attempts), nextAttemptAt: Column.date(next_attempt_at),
            lastStatusCode: last_status_code.map { Int($0) }, lastError: last_error, createdAt: Column.date(created_at),
            deliveredAt: Column.date(delivered_at))
    }
}

private let attemptColumns = ["id", "delivery_id", "at", "status_code", "response_body", "error", "duration_ms"]

/// A `webhook_attempts` row as stored.
private struct AttemptRow: Codable {
    var id: String
    var delivery_id: String
    var at: Int64
    var status_code: Int64?
    var response_body: String?
    var error: String?
    var duration_ms: Int64

    init(_ attempt: WebhookAttempt) {
        id = attempt.id.rawValue
        delivery_id = attempt.deliveryID.rawValue
        at = Column.millis(attempt.at)
        status_code = attempt.statusCode.map(Int64.init)
        response_body = attempt.responseBody
        error = attempt.error
        duration_ms = Int64(attempt.durationMilliseconds)
    }

    var binds: [any Encodable & Sendable] { [id, delivery_id, at, status_code, response_body, error, duration_ms] }

    var attempt: WebhookAttempt {
        WebhookAttempt(
            id: WebhookAttempt.ID(id), deliveryID: WebhookDelivery.ID(delivery_id), at: Column.date(at),
            statusCode: status_code.map { Int($0) }, responseBody: response_body, error: error,
            durationMilliseconds: Int(duration_ms))
    }
}

/// The outbox joined with its events.
private struct OutboxEventRow: Codable {
    var id: String
    var type: String
    var occurred_at: Int64
    var customer_id: String?
    var charge_id: String?
    var payload: String
}

struct SQLWebhookRepository: WebhookRepository {
    let db: any SQLDatabase
    let engine: Engine

    // MARK: Endpoints

    func insertEndpoint(_ endpoint: WebhookEndpoint) async throws {
        try await db.insert(into: "webhook_endpoints").columns(endpointColumns)
            .values(EndpointRow(endpoint).binds.map { SQLBind($0) }).run()
    }

    /// Everything but the id, the secret and the creation instant.
    func updateEndpoint(_ endpoint: WebhookEndpoint) async throws {
        let row = EndpointRow(endpoint)
        let touched = try await db.update("webhook_endpoints")
            .set("url", to: row.url)
            .set("event_types", to: row.event_types)
            .set("description", to: row.description)
            .set("enabled", to: row.enabled)
            .set("disabled_reason", to: row.disabled_reason)
            .set("updated_at", to: row.updated_at)
            .where("id", .equal, row.id)
            .returning("id").all()
        guard touched.count == 1 else { throw DomainError.notFound("Webhook", endpoint.id.rawValue) }
    }

    /// Deletes the endpoint; nothing when it is missing. Its deliveries and their attempts stay
    /// as history (callers fail the pending ones first; the dispatcher fails any it meets).
    func deleteEndpoint(_ id: WebhookEndpoint.ID) async throws {
        try await db.delete(from: "webhook_endpoints").where("id", .equal, id.rawValue).run()
    }

    func endpoint(_ id: WebhookEndpoint.ID) async throws -> WebhookEndpoint? {
        try await selectEndpoints().where("id", .equal, id.rawValue).limit(1).first(decoding: EndpointRow.self)?
            .endpoint()
    }

    func endpoints(after: WebhookEndpoint.ID?, limit: Int) async throws -> [WebhookEndpoint] {
        var query = selectEndpoints()
        if let after { query = query.where("id", .greaterThan, after.rawValue) }
        return try await query.orderBy("id").limit(max(1, min(limit, 1000)))
            .all(decoding: EndpointRow.self).map { try $0.endpoint() }
    }

    func enabledEndpoints() async throws -> [WebhookEndpoint] {
        try await selectEndpoints().where("enabled", .equal, Int64(1)).orderBy("id")
            .all(decoding: EndpointRow.self).map { try $0.endpoint() }
    }

    // MARK: Outbox

    /// On PostgreSQL the outbox rows are locked (`SKIP LOCKED`) so two nodes fanning out at
    /// once take different events; the unique (endpoint, event) keeps it safe regardless.
    func pendingOutbox(limit: Int) async throws -> [DomainEvent] {
        var sql: SQLQueryString = """
            SELECT e.id, e.type, e.occurred_at, e.customer_id, e.charge_id, e.payload \
            FROM event_outbox o JOIN events e ON e.id = o.event_id \
            ORDER BY o.event_id LIMIT \(bind: max(1, min(limit, 1000)))
            """
        if engine == .postgres { sql = sql + " FOR UPDATE OF o SKIP LOCKED" }
        return try await db.raw(sql).all(decoding: OutboxEventRow.self).compactMap { row in
            guard let type = EventType(rawValue: row.type) else { return nil }
            return DomainEvent(
                id: DomainEvent.ID(row.id), type: type, occurredAt: Column.date(row.occurred_at),
                customerID: row.customer_id.map { Customer.ID($0) }, chargeID: row.charge_id.map { Charge.ID($0) },
                payload: row.payload)
        }
    }

    func removeFromOutbox(_ ids: [DomainEvent.ID]) async throws {
        for chunk in ids.chunked(500) {
            try await db.delete(from: "event_outbox").where("event_id", .in, chunk.map(\.rawValue)).run()
        }
    }

    // MARK: Deliveries

    func insertDelivery(_ delivery: WebhookDelivery) async throws {
        try await db.insert(into: "webhook_deliveries").columns(deliveryColumns)
            .values(DeliveryRow(delivery).binds.map { SQLBind($0) })
            .ignoringConflicts(with: ["endpoint_id", "event_id"])
            .run()
    }

    func dueDeliveries(now: Date, limit: Int) async throws -> [WebhookDelivery] {
        var query = selectDeliveries()
            .where("status", .equal, WebhookDelivery.Status.pending.rawValue)
            .where("next_attempt_at", .lessThanOrEqual, Column.millis(now))
            .orderBy("next_attempt_at").orderBy("id").limit(max(1, min(limit, 1000)))
        if engine == .postgres { query = query.lockingClause(SQLRaw("FOR UPDATE SKIP LOCKED")) }
        return try await query.all(decoding: DeliveryRow.self).map { try $0.delivery() }
    }

    func delivery(_ id: WebhookDelivery.ID) async throws -> WebhookDelivery? {
        try await selectDeliveries().where("id", .equal, id.rawValue).limit(1).first(decoding: DeliveryRow.self)?
            .delivery()
    }

    /// Saves the outcome fields (status, attempts, next attempt, last status and error,
    /// delivered instant); nothing when there is no such delivery.
    func updateDelivery(_ delivery: WebhookDelivery) async throws {
        let row = DeliveryRow(delivery)
        try await db.update("webhook_deliveries")
            .set("status", to: row.status)
            .set("attempts", to: row.attempts)
            .set("next_attempt_at", to: row.next_attempt_at)
            .set("last_status_code", to: row.last_status_code)
            .set("last_error", to: row.last_error)
            .set("delivered_at", to: row.delivered_at)
            .where("id", .equal, row.id)
            .run()
    }

    func deliveries(_ filter: WebhookDeliveryFilter) async throws -> [WebhookDelivery] {
        var query = selectDeliveries()
        if let endpoint = filter.endpointID { query = query.where("endpoint_id", .equal, endpoint.rawValue) }
        if let event = filter.eventID { query = query.where("event_id", .equal, event.rawValue) }
        if let status = filter.status { query = query.where("status", .equal, status.rawValue) }
        if let after = filter.after { query = query.where("id", .greaterThan, after.rawValue) }
        return try await query.orderBy("id").limit(max(1, min(filter.limit, 1000)))
            .all(decoding: DeliveryRow.self).map { try $0.delivery() }
    }

    func failPendingDeliveries(endpointID: WebhookEndpoint.ID, reason: String) async throws -> Int {
        try await db.update("webhook_deliveries")
            .set("status", to: WebhookDelivery.Status.failed.rawValue)
            .set("next_attempt_at", to: SQLLiteral.null)
            .set("last_error", to: reason)
            .where("endpoint_id", .equal, endpointID.rawValue)
            .where("status", .equal, WebhookDelivery.Status.pending.rawValue)
            .returning("id").all().count
    }

    // MARK: Attempts

    func appendAttempt(_ attempt: WebhookAttempt) async throws {
        try await db.insert(into: "webhook_attempts").columns(attemptColumns)
            .values(AttemptRow(attempt).binds.map { SQLBind($0) }).run()
    }

    func attempts(deliveryID: WebhookDelivery.ID) async throws -> [WebhookAttempt] {
        try await db.select().columns(attemptColumns).from("webhook_attempts")
            .where("delivery_id", .equal, deliveryID.rawValue)
            .orderBy("at").orderBy("id")
            .all(decoding: AttemptRow.self).map(\.attempt)
    }

    private func selectEndpoints() -> SQLSelectBuilder {
        db.select().columns(endpointColumns).from("webhook_endpoints")
    }

    private func selectDeliveries() -> SQLSelectBuilder {
        db.select().columns(deliveryColumns).from("webhook_deliveries")
    }
}
