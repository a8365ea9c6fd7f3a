import Foundation

/// A URL of the company's systems that receives our events, signed with its own secret.
public struct WebhookEndpoint: Sendable, Hashable, Identifiable {
    public typealias ID = EntityID<WebhookEndpoint>

    public let id: ID
    public var url: String
    /// The event types it wants; empty means every type.
    public var eventTypes: [EventType]
    public var description: String?
    /// `whsec_` followed by base64 of 32 random bytes (the Standard Webhooks format).
    public let secret: String
    public var enabled: Bool
    /// Why delivery stopped (an endpoint answering 410, or a person's choice).
    public var disabledReason: String?
    public let createdAt: Date
    public var updatedAt: Date

    public init(
        id: ID, url: String, eventTypes: [EventType], description: String?, secret: String, enabled: Bool,
        disabledReason: String?, createdAt: Date, updatedAt: Date
    ) {
        self.id = id
        self.url = url
        self.eventTypes = eventTypes
        self.description = description
        self.secret = secret
        self.enabled = enabled
        self.disabledReason = disabledReason
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }

    public func wants(_ type: EventType) -> Bool { eventTypes.isEmpty || eventTypes.contains(type) }
}

/// One event to one endpoint, tried until it is accepted or the retry window closes.
public struct WebhookDelivery: Sendable, Hashable, Identifiable {
    public typealias ID = EntityID<WebhookDelivery>

    public enum Status: String, Sendable, Codable, CaseIterable {
        /// Waiting for its next attempt.
        case pending
        /// The endpoint answered 2xx.
        case delivered
        /// Every attempt failed within the retry window, or the endpoint was disabled.
        case failed
    }

    public let id: ID
    public let endpointID: WebhookEndpoint.ID
    public let eventID: DomainEvent.ID
    public let eventType: EventType
    public var status: Status
    public var attempts: Int
    public var nextAttemptAt: Date?
    public var lastStatusCode: Int?
    public var lastError: String?
    public let createdAt: Date
    public var deliveredAt: Date?

    public init(
        id: ID, endpointID: WebhookEndpoint.ID, eventID: DomainEvent.ID, eventType: EventType, status: Status,
        attempts: Int, nextAttemptAt: Date?, lastStatusCode: Int?, lastError: String?, createdAt: Date,
        deliveredAt: Date?
    ) {
        self.id = id
        self.endpointID = endpointID
        self.eventID = eventID
        self.eventType = eventType
        self.status = status
        self.attempts = attempts
        self.nextAttemptAt = nextAttemptAt
        self.lastStatusCode = lastStatusCode
        self.lastError = lastError
        self.createdAt = createdAt
        self.deliveredAt = deliveredAt
    }
}

/// One HTTP attempt of a delivery, for the delivery log.
public struct WebhookAttempt: Sendable, Hashable, Identifiable {
    public typealias ID = EntityID<WebhookAttempt>

    public let id: ID
    public let deliveryID: WebhookDelivery.ID
    public let at: Date
    public let statusCode: Int?
    /// The first 2 KiB of what the endpoint answered.
    public let responseBody: String?
    /// Connection refused, timeout, address refused by the SSRF guard, …
    public let error: String?
    public let durationMilliseconds: Int

    public init(
        id: ID, deliveryID: WebhookDelivery.ID, at: Date, statusCode: Int?, responseBody: String?, error: String?,
        durationMilliseconds: Int
    ) {
        self.id = id
        self.deliveryID = deliveryID
        self.at = at
        self.statusCode = statusCode
        self.responseBody = responseBody
        self.error = error
        self.durationMilliseconds = durationMilliseconds
    }
}

extension WebhookEndpoint {
    /// A new signing secret: `whsec_` and 32 random bytes in base64 (the Standard Webhooks form).
    public static func newSecret() -> String {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<32).map { _ in UInt8.random(in: 0...255, using: &generator) }
        return "whsec_" + Data(bytes).base64EncodedString()
    }
}

extension WebhookDelivery {
    /// Puts a delivery back in the queue inside the caller's transaction: due now, with a fresh
    /// retry schedule (its attempt log stays). The manual replay of the API and the dispatcher.
    /// - Throws: `DomainError(.notFound)`; `DomainError(.conflict)` when its endpoint is
    ///   disabled or gone.
    public static func replay(_ id: ID, at now: Date, in session: any StoreSession) async throws -> WebhookDelivery {
        guard var delivery = try await session.webhooks.delivery(id) else {
            throw DomainError(
                .notFound, pt: "Entrega de webhook \(id) não encontrada", en: "Webhook delivery \(id) not found")
        }
        guard let endpoint = try await session.webhooks.endpoint(delivery.endpointID), endpoint.enabled else {
            throw DomainError(
                .conflict, pt: "O endpoint da entrega \(id) está desativado; ative-o antes de reenviar",
                en: "The endpoint of delivery \(id) is disabled or gone; enable it before replaying")
        }
        delivery.status = .pending
        delivery.attempts = 0
        delivery.nextAttemptAt = now
        delivery.deliveredAt = nil
        try await session.webhooks.updateDelivery(delivery)
        return delivery
    }
}
