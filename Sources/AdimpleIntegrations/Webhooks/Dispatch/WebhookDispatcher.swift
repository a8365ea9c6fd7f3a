import AdimpleCore
import Foundation
import Logging
import Synchronization

/// Delivers the events of the outbox to the webhook endpoints, at least once.
///
/// The work goes in three steps, each its own transaction, so a crash anywhere loses nothing:
/// 1. `fanOut`: outbox events become one pending delivery per endpoint that wants them;
/// 2. `claimDue`: due deliveries are leased (their next attempt pushed `lease` ahead), so
///    another node, or this one after a restart, does not send them meanwhile;
/// 3. `deliver`: each is sent (SSRF check first), its attempt logged and the delivery moved
///    on: delivered, rescheduled by the retry schedule, or failed; a 410 disables the endpoint.
///
/// A delivery whose send crashed halfway is simply claimed again when its lease ends, so a
/// receiver may see a message twice; `webhook-id` lets it tell.
///
/// Endpoints cannot hurt each other: each has its own lane (see `EndpointLanes`) with a
/// small concurrency limit, and one that keeps failing is paused (circuit breaker), its
/// deliveries logged as failed attempts without a request until a probe succeeds.
///
/// `runOnce` does the three steps once and waits for every send (tests, a CLI pass); `run`
/// is the service loop, which keeps claiming while sends are in flight so a slow endpoint
/// never holds up a whole batch. Use one or the other on a dispatcher, not both at once;
/// several nodes may each run their own.
public final class WebhookDispatcher: Sendable {
    public let configuration: WebhookDispatcherConfiguration
    let store: any Store
    let clock: any WallClock
    let ids: any IDGenerating
    let sender: WebhookSender
    let targets: TargetCheckCache
    let schedule: WebhookRetrySchedule
    let random: Mutex<any RandomNumberGenerator & Sendable>
    let logger: Logger
    let lanes: EndpointLanes
    let wake = WakeSignal()
    /// The configured lease, raised when needed to outlast a send.
    let lease: Duration

    /// - Parameters:
    ///   - targetGuard: the SSRF policy, checked before each request; the sender checks
    ///     every connection again with its own `allowPrivateTargets`, which should agree.
    ///   - random: where the retry jitter comes from (a seeded generator in tests).
    public init(
        store: any Store, clock: any WallClock, ids: any IDGenerating, sender: WebhookSender,
        targetGuard: WebhookTargetGuard, schedule: WebhookRetrySchedule = .standard,
        configuration: WebhookDispatcherConfiguration = WebhookDispatcherConfiguration(),
        random: any RandomNumberGenerator & Sendable = SystemRandomNumberGenerator(),
        logger: Logger = Logger(label: "adimple.webhooks")
    ) {
        self.configuration = configuration
        self.store = store
        self.clock = clock
        self.ids = ids
        self.sender = sender
        self.targets = TargetCheckCache(targetGuard: targetGuard, duration: configuration.targetCheckCacheDuration)
        self.schedule = schedule
        self.random = Mutex(random)
        self.logger = logger
        self.lanes = EndpointLanes(configuration: configuration, sendTimeout: sender.configuration.timeout)
        // A lease shorter than a send would let another claim take the delivery mid-request.
        let minimumLease = sender.configuration.timeout * 2 + .seconds(5)
        if configuration.lease < minimumLease {
            logger.warning(
                "webhook lease raised to outlast a send",
                metadata: ["configured": "\(configuration.lease)", "used": "\(minimumLease)"])
        }
        self.lease = max(configuration.lease, minimumLease)
        if targetGuard.allowPrivateTargets != sender.configuration.allowPrivateTargets {
            logger.warning(
                "webhook target guard and sender disagree on private targets",
                metadata: [
                    "guard": "\(targetGuard.allowPrivateTargets)",
                    "sender": "\(sender.configuration.allowPrivateTargets)",
                ])
        }
    }

    // MARK: Fan-out

    /// Turns up to `batchSize` outbox events into deliveries, one per enabled endpoint that
    /// wants the event's type, and removes them from the outbox, in one transaction. A
    /// delivery is due at once, unless its endpoint is paused or slow right now (see
    /// `EndpointLanes`): then it is due when the endpoint is expected to take it.
    /// - Returns: how many events left the outbox.
    @discardableResult
    public func fanOut() async throws -> Int {
        let now = clock.now()
        let limit = configuration.batchSize
        let ids = self.ids
        let room = lanes.room(now: now)
        return try await store.write { session in
            let webhooks = session.webhooks
            let events = try await webhooks.pendingOutbox(limit: limit)
            guard !events.isEmpty else { return 0 }
            let endpoints = try await webhooks.enabledEndpoints()
            var fannedOut: [DomainEvent.ID] = []
            var seen = Set<DomainEvent.ID>()
            for event in events where seen.insert(event.id).inserted {
                fannedOut.append(event.id)
                for endpoint in endpoints where endpoint.wants(event.type) {
                    // The repository skips a second delivery of the same event to the same
                    // endpoint, so an event fanned out twice is still sent once.
                    try await webhooks.insertDelivery(
                        WebhookDelivery(
                            id: ids.next(.webhookDelivery), endpointID: endpoint.id, eventID: event.id,
                            eventType: event.type, status: .pending, attempts: 0,
                            nextAttemptAt: room.firstAttempt(for: endpoint.id, now: now),
                            lastStatusCode: nil, lastError: nil, createdAt: now, deliveredAt: nil))
                }
            }
            try await webhooks.removeFromOutbox(fannedOut)
            return fannedOut.count
        }
    }

    // MARK: Replay

    /// Sends a delivery again as soon as possible, whatever its state: it becomes pending,
    /// due now, with its attempt count back to zero so it gets the whole retry window again.
    /// The attempt log keeps every earlier attempt.
    /// - Throws: `DomainError(.notFound)`; `DomainError(.conflict)` when its endpoint is disabled.
    @discardableResult
    public func replay(deliveryID: WebhookDelivery.ID) async throws -> WebhookDelivery {
        let now = clock.now()
        let delivery = try await store.write { try await WebhookDelivery.replay(deliveryID, at: now, in: $0) }
        wake.signal()
        return delivery
    }
}
