import AdimpleCore
import Foundation

/// A store whose outbox hands out some events again, every time, as an at-least-once outbox
/// may: everything else goes to the real store.
struct DuplicatingOutboxStore: Store {
    let base: any Store
    let repeats: [DomainEvent]

    var engine: String { base.engine }

    func read<T: Sendable>(_ body: @Sendable (any StoreSession) async throws -> T) async throws -> T {
        try await base.read { try await body(Session(base: $0, repeats: repeats)) }
    }

    func write<T: Sendable>(_ body: @Sendable (any StoreSession) async throws -> T) async throws -> T {
        try await base.write { try await body(Session(base: $0, repeats: repeats)) }
    }

    func checkHealth() async -> StoreHealth { await base.checkHealth() }
    func bulkInsertCustomers(_ customers: [Customer]) async throws { try await base.bulkInsertCustomers(customers) }
    func shutdown() async throws { try await base.shutdown() }

    struct Session: StoreSession {
        let base: any StoreSession
        let repeats: [DomainEvent]

        var customers: any CustomerRepository { base.customers }
        var charges: any ChargeRepository { base.charges }
        var payments: any PaymentRepository { base.payments }
        var ledger: any LedgerRepository { base.ledger }
        var audit: any AuditRepository { base.audit }
        var events: any EventRepository { base.events }
        var apiKeys: any APIKeyRepository { base.apiKeys }
        var idempotency: any IdempotencyRepository { base.idempotency }
        var webhooks: any WebhookRepository { Webhooks(base: base.webhooks, repeats: repeats) }
        var boletos: any BoletoRepository { base.boletos }
        var bankFiles: any BankFileRepository { base.bankFiles }
    }

    struct Webhooks: WebhookRepository {
        let base: any WebhookRepository
        let repeats: [DomainEvent]

        /// The real outbox, each event twice, then the repeated ones once more.
        func pendingOutbox(limit: Int) async throws -> [DomainEvent] {
            let real = try await base.pendingOutbox(limit: limit)
            return real.flatMap { [$0, $0] } + repeats
        }

        func insertEndpoint(_ endpoint: WebhookEndpoint) async throws { try await base.insertEndpoint(endpoint) }
        func updateEndpoint(_ endpoint: WebhookEndpoint) async throws { try await base.updateEndpoint(endpoint) }
        func deleteEndpoint(_ id: WebhookEndpoint.ID) async throws { try await base.deleteEndpoint(id) }
        func endpoint(_ id: WebhookEndpoint.ID) async throws -> WebhookEndpoint? { try await base.endpoint(id) }
        func endpoints(after: WebhookEndpoint.ID?, limit: Int) async throws -> [WebhookEndpoint] {
            try await base.endpoints(after: after, limit: limit)
        }
        func enabledEndpoints() async throws -> [WebhookEndpoint] { try await base.enabledEndpoints() }
        func removeFromOutbox(_ ids: [DomainEvent.ID]) async throws { try await base.removeFromOutbox(ids) }
        func insertDelivery(_ delivery: WebhookDelivery) async throws { try await base.insertDelivery(delivery) }
        func dueDeliveries(now: Date, limit: Int) async throws -> [WebhookDelivery] {
            try await base.dueDeliveries(now: now, limit: limit)
        }
        func delivery(_ id: WebhookDelivery.ID) async throws -> WebhookDelivery? { try await base.delivery(id) }
        func updateDelivery(_ delivery: WebhookDelivery) async throws { try await base.updateDelivery(delivery) }
        func deliveries(_ filter: WebhookDeliveryFilter) async throws -> [WebhookDelivery] {
            try await base.deliveries(filter)
        }
        func appendAttempt(_ attempt: WebhookAttempt) async throws { try await base.appendAttempt(attempt) }
        func attempts(deliveryID: WebhookDelivery.ID) async throws -> [WebhookAttempt] {
            try await base.attempts(deliveryID: deliveryID)
        }
        func failPendingDeliveries(endpointID: WebhookEndpoint.ID, reason: String) async throws -> Int {
            try await base.failPendingDeliveries(endpointID: endpointID, reason: reason)
        }
    }
}
