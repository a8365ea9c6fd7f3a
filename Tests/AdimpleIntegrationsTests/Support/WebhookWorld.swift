import AdimpleCore
import AdimpleIntegrations
import AdimpleStore
import Foundation
import Logging

/// A fresh SQLite store, a pinned clock and id generator, a sender and a dispatcher, with
/// helpers to register endpoints and write events (which land in the outbox).
struct WebhookWorld {
    let store: SQLStore
    let clock: ManualClock
    let ids: TimeOrderedIDGenerator
    let sender: WebhookSender
    let dispatcher: WebhookDispatcher

    static let start = Date(timeIntervalSince1970: 1_772_460_000)  // 2026-03-02T14:00:00Z

    /// Runs `body` with a world; closes the sender and the store afterwards.
    static func with<T: Sendable>(
        allowPrivateTargets: Bool = true,
        configuration: WebhookDispatcherConfiguration = WebhookDispatcherConfiguration(),
        senderConfiguration: WebhookSender.Configuration = WebhookSender.Configuration(timeout: .seconds(10)),
        schedule: WebhookRetrySchedule = .standard,
        systemClock: Bool = false,
        _ body: (WebhookWorld) async throws -> T
    ) async throws -> T {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "adimple-webhooks-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let store = try await StoreFactory.open(directory.appendingPathComponent("test.sqlite").path)
        let clock = ManualClock(systemClock ? Date() : start)
        let wallClock: any WallClock = systemClock ? SystemWallClock() : clock
        let ids = TimeOrderedIDGenerator(clock: wallClock, seed: 42)
        var senderConfiguration = senderConfiguration
        senderConfiguration.allowPrivateTargets = allowPrivateTargets
        let sender = WebhookSender(configuration: senderConfiguration, clock: wallClock, logger: quietLogger)
        let dispatcher = WebhookDispatcher(
            store: store, clock: wallClock, ids: ids, sender: sender,
            targetGuard: WebhookTargetGuard(allowPrivateTargets: allowPrivateTargets, allowInsecureHTTP: true),
            schedule: schedule, configuration: configuration, random: SeededRandomGenerator(seed: 7),
            logger: quietLogger)
        let world = WebhookWorld(store: store, clock: clock, ids: ids, sender: sender, dispatcher: dispatcher)
        do {
            let result = try await body(world)
            try await sender.shutdown()
            try await store.shutdown()
            return result
        } catch {
            try? await sender.shutdown()
            try? await store.shutdown()
            throw error
        }
    }

    static var quietLogger: Logger {
        var logger = Logger(label: "test.webhooks")
        logger.logLevel = .critical
        return logger
    }

    /// Registers an enabled endpoint with a fresh secret.
    @discardableResult
    func endpoint(_ url: String, types: [EventType] = []) async throws -> WebhookEndpoint {
        let endpoint = WebhookEndpoint(
            id: ids.next(.webhookEndpoint), url: url, eventTypes: types, description: nil,
            secret: WebhookSignature.generateSecret(), enabled: true, disabledReason: nil, createdAt: clock.now(),
            updatedAt: clock.now())
        try await store.write { try await $0.webhooks.insertEndpoint(endpoint) }
        return endpoint
    }

    /// Writes an event the way a use case does (which also queues it in the outbox).
    @discardableResult
    func event(_ type: EventType = .chargePaid, payload: String = #"{"id":"chg_1","amount":150000}"#) async throws
        -> DomainEvent
    {
        let event = DomainEvent(
            id: ids.next(.event), type: type, occurredAt: clock.now(), customerID: Customer.ID("cus_1"),
            chargeID: Charge.ID("chg_1"), payload: payload)
        try await store.write { try await $0.events.append(event) }
        return event
    }

    /// Writes many events in one transaction.
    func events(_ count: Int, type: EventType = .chargePaid) async throws {
        let events = (0..<count).map { index in
            DomainEvent(
                id: ids.next(.event), type: type, occurredAt: clock.now(), customerID: nil, chargeID: nil,
                payload: #"{"n":\#(index)}"#)
        }
        for chunk in stride(from: 0, to: events.count, by: 500) {
            let slice = Array(events[chunk..<min(chunk + 500, events.count)])
            try await store.write { session in
                for event in slice { try await session.events.append(event) }
            }
        }
    }

    func deliveries(endpoint: WebhookEndpoint? = nil, status: WebhookDelivery.Status? = nil) async throws
        -> [WebhookDelivery]
    {
        try await store.read {
            try await $0.webhooks.deliveries(
                WebhookDeliveryFilter(endpointID: endpoint?.id, status: status, limit: 1000))
        }
    }

    func attempts(_ delivery: WebhookDelivery) async throws -> [WebhookAttempt] {
        try await store.read { try await $0.webhooks.attempts(deliveryID: delivery.id) }
    }

    func reload(_ endpoint: WebhookEndpoint) async throws -> WebhookEndpoint? {
        try await store.read { try await $0.webhooks.endpoint(endpoint.id) }
    }
}
