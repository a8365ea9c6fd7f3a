import BrazilKit
import Foundation

public protocol APIKeyRepository: Sendable {
    func insert(_ key: APIKey) async throws
    func find(hash: String) async throws -> APIKey?
    func get(_ id: APIKey.ID) async throws -> APIKey?
    /// Every key, newest first, revoked ones included.
    func list() async throws -> [APIKey]
    /// - Throws: `DomainError(.notFound)`.
    func revoke(_ id: APIKey.ID, at: Date) async throws
    func recordUse(_ id: APIKey.ID, at: Date) async throws
}

public protocol IdempotencyRepository: Sendable {
    /// Takes the key for a new request unless a finished record exists or another request
    /// holds it (and its lock has not expired: an expired claim is taken over). Callers run it
    /// in a transaction of its own, so other nodes see the claim at once.
    func claim(_ record: IdempotencyRecord, now: Date) async throws -> IdempotencyClaim
    /// The record of a key, finished or not (a replay is answered from a read, without a write).
    func get(apiKeyID: APIKey.ID, key: String) async throws -> IdempotencyRecord?
    /// Stores the response and frees the lock.
    func complete(apiKeyID: APIKey.ID, key: String, response: StoredResponse) async throws
    /// Forgets a claim whose request failed before changing anything (so a retry may run).
    func release(apiKeyID: APIKey.ID, key: String) async throws
    /// Deletes records created before `cutoff`; returns how many.
    func purge(createdBefore cutoff: Date) async throws -> Int
}

/// Filters for the delivery log.
public struct WebhookDeliveryFilter: Sendable, Hashable {
    public var endpointID: WebhookEndpoint.ID?
    public var eventID: DomainEvent.ID?
    public var status: WebhookDelivery.Status?
    public var after: WebhookDelivery.ID?
    public var limit: Int

    public init(
        endpointID: WebhookEndpoint.ID? = nil, eventID: DomainEvent.ID? = nil, status: WebhookDelivery.Status? = nil,
        after: WebhookDelivery.ID? = nil, limit: Int = 50
    ) {
        self.endpointID = endpointID
        self.eventID = eventID
        self.status = status
        self.after = after
        self.limit = limit
    }
}

public protocol WebhookRepository: Sendable {
    func insertEndpoint(_ endpoint: WebhookEndpoint) async throws
    /// - Throws: `DomainError(.notFound)`.
    func updateEndpoint(_ endpoint: WebhookEndpoint) async throws
    func deleteEndpoint(_ id: WebhookEndpoint.ID) async throws
    func endpoint(_ id: WebhookEndpoint.ID) async throws -> WebhookEndpoint?
    /// In id order after the cursor.
    func endpoints(after: WebhookEndpoint.ID?, limit: Int) async throws -> [WebhookEndpoint]
    func enabledEndpoints() async throws -> [WebhookEndpoint]

    /// Events written since the last fan-out (the outbox), oldest first.
    func pendingOutbox(limit: Int) async throws -> [DomainEvent]
    /// Removes fanned-out events from the outbox.
    func removeFromOutbox(_ ids: [DomainEvent.ID]) async throws
    /// Inserts a delivery unless one exists for the same endpoint and event.
    func insertDelivery(_ delivery: WebhookDelivery) async throws
    /// Pending deliveries whose next attempt is due, oldest first. On PostgreSQL the rows are
    /// locked (`FOR UPDATE SKIP LOCKED`) so two nodes never send the same one at once.
    func dueDeliveries(now: Date, limit: Int) async throws -> [WebhookDelivery]
    func delivery(_ id: WebhookDelivery.ID) async throws -> WebhookDelivery?
    func updateDelivery(_ delivery: WebhookDelivery) async throws
    func deliveries(_ filter: WebhookDeliveryFilter) async throws -> [WebhookDelivery]
    func appendAttempt(_ attempt: WebhookAttempt) async throws
    func attempts(deliveryID: WebhookDelivery.ID) async throws -> [WebhookAttempt]
    /// Marks every pending delivery of an endpoint failed (the endpoint was disabled).
    func failPendingDeliveries(endpointID: WebhookEndpoint.ID, reason: String) async throws -> Int
}
