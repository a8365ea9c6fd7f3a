import AdimpleCore
import BrazilKit
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
/// `runOnce` does the three steps once and waits for every send (tests, a CLI pass); `run`
/// is the service loop, which keeps claiming while sends are in flight so a slow endpoint
/// never holds up a whole batch.
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
    ///   - targetGuard: the SSRF policy; give the sender the same one.
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
    }

    // MARK: Fan-out

    /// Turns up to `batchSize` outbox events into deliveries, one per enabled endpoint that
    /// wants the event's type, and removes them from the outbox, in one transaction.
    /// - Returns: how many events left the outbox.
    @discardableResult
    public func fanOut() async throws -> Int {
        let now = clock.now()
        let limit = configuration.batchSize
        let ids = self.ids
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
                            eventType: event.type, status: .pending, attempts: 0, nextAttemptAt: now,
                            lastStatusCode: nil, lastError: nil, createdAt: now, deliveredAt: nil))
                }
            }
            try await webhooks.removeFromOutbox(fannedOut)
            return fannedOut.count
        }
    }

    // MARK: Claiming

    /// Leases up to `batchSize` due deliveries (as room in the endpoints' lanes allows) and
    /// returns them ready to send. Deliveries of a disabled or deleted endpoint are failed.
    public func claimDue() async throws -> [WebhookDeliveryJob] {
        try await claimRound().jobs
    }

    struct ClaimRound: Sendable {
        var jobs: [WebhookDeliveryJob] = []
        /// The repository returned a full batch: more may be due.
        var windowFull = false
        /// Deliveries moved on without a request: failed, or logged for a paused endpoint.
        var report = WebhookDispatchReport()
        var postponed = 0

        /// Whether the claim changed anything, so looking again at once may find more.
        var madeProgress: Bool { !jobs.isEmpty || postponed > 0 || report != WebhookDispatchReport() }
    }

    func claimRound() async throws -> ClaimRound {
        let now = clock.now()
        let leaseUntil = now.addingTimeInterval(lease.timeInterval)
        let room = lanes.room(now: now)
        let limit = configuration.batchSize
        let ids = self.ids
        return try await store.write { session in
            let webhooks = session.webhooks
            let due = try await webhooks.dueDeliveries(now: now, limit: limit)
            var round = ClaimRound(windowFull: due.count >= limit)
            var endpoints: [WebhookEndpoint.ID: WebhookEndpoint?] = [:]
            var events: [DomainEvent.ID: DomainEvent?] = [:]
            var taken: [WebhookEndpoint.ID: Int] = [:]

            for var delivery in due {
                let endpoint: WebhookEndpoint?
                if let known = endpoints[delivery.endpointID] {
                    endpoint = known
                } else {
                    endpoint = try await webhooks.endpoint(delivery.endpointID)
                    endpoints[delivery.endpointID] = .some(endpoint)
                }
                guard let endpoint, endpoint.enabled else {
                    // Nothing will ever send it: say so rather than leave it due forever.
                    let reason = endpoint?.disabledReason.map { ": \($0)" } ?? ""
                    try await Self.fail(&delivery, endpoint == nil ? "endpoint deleted" : "endpoint disabled\(reason)", webhooks)
                    round.report.failed += 1
                    continue
                }

                let id = endpoint.id
                if let reason = room.pauseReason(for: id) {
                    // The endpoint is paused: log the attempt that is not made and move the
                    // delivery along its schedule, right here. Cheaper than claiming it and
                    // letting a worker find out, which matters when a dead endpoint's share
                    // of the traffic keeps coming.
                    let outcome = WebhookSendOutcome(statusCode: nil, responseBody: nil, error: reason, durationMilliseconds: 0)
                    try await webhooks.appendAttempt(
                        WebhookAttempt(
                            id: ids.next(.webhookAttempt), deliveryID: delivery.id, at: now, statusCode: nil,
                            responseBody: nil, error: reason, durationMilliseconds: 0))
                    round.report.attempted += 1
                    round.report.count(self.advance(&delivery, after: outcome, at: now, now: now))
                    try await webhooks.updateDelivery(delivery)
                    continue
                }
                guard round.jobs.count < room.total, taken[id, default: 0] < room.room(for: id) else {
                    // No room. A fast endpoint's lane empties in moments, so the delivery is
                    // left due; a slow endpoint's is postponed by the time its lane needs, so
                    // its backlog does not fill every claim window (oldest first) and starve
                    // the other endpoints.
                    if let wait = room.postponement(for: id) {
                        delivery.nextAttemptAt = now.addingTimeInterval(wait.timeInterval)
                        try await webhooks.updateDelivery(delivery)
                        round.postponed += 1
                    }
                    continue
                }

                let event: DomainEvent?
                if let known = events[delivery.eventID] {
                    event = known
                } else {
                    event = try await session.events.get(delivery.eventID)
                    events[delivery.eventID] = .some(event)
                }
                guard let event else {
                    try await Self.fail(&delivery, "event not found", webhooks)
                    round.report.failed += 1
                    continue
                }
                delivery.nextAttemptAt = leaseUntil
                try await webhooks.updateDelivery(delivery)
                round.jobs.append(
                    WebhookDeliveryJob(
                        delivery: delivery, endpoint: endpoint, message: WebhookMessage(event: event),
                        leaseUntil: leaseUntil))
                taken[id, default: 0] += 1
            }
            return round
        }
    }

    private static func fail(
        _ delivery: inout WebhookDelivery, _ reason: String, _ webhooks: any WebhookRepository
    ) async throws {
        delivery.status = .failed
        delivery.nextAttemptAt = nil
        delivery.lastError = reason
        try await webhooks.updateDelivery(delivery)
    }

    // MARK: Delivering

    /// Sends the jobs concurrently (within the global and per-endpoint limits), then logs
    /// every attempt and moves every delivery on, in one transaction.
    public func deliver(_ jobs: [WebhookDeliveryJob]) async throws -> WebhookDispatchReport {
        guard !jobs.isEmpty else { return WebhookDispatchReport() }
        let workers = lanes.enqueue(jobs)
        let results = await withTaskGroup(of: [WebhookJobResult].self) { group in
            for _ in 0..<workers {
                group.addTask {
                    var mine: [WebhookJobResult] = []
                    await self.work { mine.append($0) }
                    return mine
                }
            }
            return await group.reduce(into: []) { $0 += $1 }
        }
        return try await record(results)
    }

    /// Fans out, claims and delivers once, waiting for every send.
    public func runOnce() async throws -> WebhookDispatchReport {
        var report = WebhookDispatchReport()
        report.fannedOut = try await fanOut()
        let round = try await claimRound()
        return report + round.report + (try await deliver(round.jobs))
    }

    /// A worker: takes ready jobs from the lanes until none is ready, hands each result on.
    func work(_ handle: (WebhookJobResult) async -> Void) async {
        while true {
            if Task.isCancelled {
                lanes.retire()
                return
            }
            guard let next = lanes.next(now: clock.now()) else { return }
            switch next {
            case .drop(let job):
                if lanes.release(job) { wake.signal() }
            case .pause(let job, let reason):
                if lanes.release(job) { wake.signal() }
                let outcome = WebhookSendOutcome(statusCode: nil, responseBody: nil, error: reason, durationMilliseconds: 0)
                await handle(WebhookJobResult(job: job, at: clock.now(), outcome: outcome))
            case .send(let job):
                let at = clock.now()
                guard let outcome = await attempt(job) else {
                    lanes.abandon(job)  // cancelled: the lease brings it back
                    continue
                }
                if lanes.finish(job, outcome: outcome, now: clock.now()) { wake.signal() }
                await handle(WebhookJobResult(job: job, at: at, outcome: outcome))
            }
        }
    }

    /// One attempt: the SSRF check, then the request. Nil when the task was cancelled.
    private func attempt(_ job: WebhookDeliveryJob) async -> WebhookSendOutcome? {
        let start = ContinuousClock.now
        func failure(_ reason: String) -> WebhookSendOutcome {
            let elapsed = ContinuousClock.now - start
            return WebhookSendOutcome(
                statusCode: nil, responseBody: nil, error: reason,
                durationMilliseconds: Int(elapsed.timeInterval * 1000))
        }
        let target: WebhookTarget
        switch await targets.check(job.endpoint.url) {
        case .success(let checked): target = checked
        case .failure(let refusal): return failure(refusal.message(.en))
        }
        let signature: WebhookSignature
        do {
            signature = try WebhookSignature(secret: job.endpoint.secret)
        } catch {
            return failure(error.message(.en))
        }
        do {
            return try await sender.send(job.message, to: target.url, signature: signature)
        } catch {
            return nil
        }
    }

    // MARK: Recording

    /// Logs the attempts and moves each delivery on, in one transaction.
    func record(_ results: [WebhookJobResult]) async throws -> WebhookDispatchReport {
        guard !results.isEmpty else { return WebhookDispatchReport() }
        let now = clock.now()
        let ids = self.ids
        return try await store.write { session in
            let webhooks = session.webhooks
            var report = WebhookDispatchReport()
            var disabled = Set<WebhookEndpoint.ID>()
            for result in results {
                let outcome = result.outcome
                try await webhooks.appendAttempt(
                    WebhookAttempt(
                        id: ids.next(.webhookAttempt), deliveryID: result.job.delivery.id, at: result.at,
                        statusCode: outcome.statusCode, responseBody: outcome.responseBody, error: outcome.error,
                        durationMilliseconds: outcome.durationMilliseconds))
                report.attempted += 1

                // Read again: while we were sending, a replay, another node (after our lease
                // ran out) or a 410 of the same endpoint may have moved it on.
                guard var delivery = try await webhooks.delivery(result.job.delivery.id), delivery.status == .pending
                else { continue }
                let stillOurs = delivery.nextAttemptAt.map { abs($0.timeIntervalSince(result.job.leaseUntil)) < 0.002 } ?? false
                guard outcome.isSuccess || outcome.isGone || stillOurs else { continue }

                let step = self.advance(&delivery, after: outcome, at: result.at, now: now)
                report.count(step)
                try await webhooks.updateDelivery(delivery)

                if outcome.isGone && disabled.insert(delivery.endpointID).inserted {
                    report.failed += try await Self.disable(delivery.endpointID, at: result.at, webhooks)
                }
            }
            return report
        }
    }

    /// Where a delivery goes after an attempt.
    enum Step {
        case delivered, rescheduled, failed
    }

    /// Moves a pending delivery on after an attempt: delivered on 2xx; failed on 410 (the
    /// endpoint is disabled by the caller) or when the schedule has no more retries; else
    /// due again after the schedule's next (jittered) gap.
    func advance(_ delivery: inout WebhookDelivery, after outcome: WebhookSendOutcome, at: Date, now: Date) -> Step {
        delivery.attempts += 1
        delivery.lastStatusCode = outcome.statusCode
        delivery.lastError = outcome.error
        if outcome.isSuccess {
            delivery.status = .delivered
            delivery.deliveredAt = at
            delivery.nextAttemptAt = nil
            return .delivered
        }
        if outcome.isGone {
            delivery.status = .failed
            delivery.nextAttemptAt = nil
            delivery.lastError = "the endpoint answered 410 Gone and was disabled"
            return .failed
        }
        let attempts = delivery.attempts
        if let delay = random.withLock({ schedule.delay(afterAttempt: attempts, using: &$0) }) {
            delivery.nextAttemptAt = now.addingTimeInterval(delay.timeInterval)
            return .rescheduled
        }
        delivery.status = .failed
        delivery.nextAttemptAt = nil
        return .failed
    }

    /// 410 Gone: the receiver says this URL will never take messages again. Stop sending
    /// (a person can enable it again) and fail what waits for it.
    private static func disable(
        _ id: WebhookEndpoint.ID, at: Date, _ webhooks: any WebhookRepository
    ) async throws -> Int {
        guard var endpoint = try await webhooks.endpoint(id), endpoint.enabled else { return 0 }
        let when = at.formatted(Date.ISO8601FormatStyle(timeZone: .gmt))
        endpoint.enabled = false
        endpoint.disabledReason = "answered 410 Gone at \(when)"
        endpoint.updatedAt = at
        try await webhooks.updateEndpoint(endpoint)
        return try await webhooks.failPendingDeliveries(endpointID: id, reason: "endpoint disabled: answered 410 Gone")
    }

    // MARK: Replay

    /// Sends a delivery again as soon as possible, whatever its state: it becomes pending,
    /// due now, with its attempt count back to zero so it gets the whole retry window again.
    /// The attempt log keeps every earlier attempt.
    /// - Throws: `DomainError(.notFound)`; `DomainError(.conflict)` when its endpoint is disabled.
    @discardableResult
    public func replay(deliveryID: WebhookDelivery.ID) async throws -> WebhookDelivery {
        let now = clock.now()
        let delivery = try await store.write { session in
            let webhooks = session.webhooks
            guard var delivery = try await webhooks.delivery(deliveryID) else {
                throw DomainError(
                    .notFound, pt: "Entrega de webhook \(deliveryID) não encontrada",
                    en: "Webhook delivery \(deliveryID) not found")
            }
            guard let endpoint = try await webhooks.endpoint(delivery.endpointID), endpoint.enabled else {
                throw DomainError(
                    .conflict, pt: "O endpoint da entrega \(deliveryID) está desativado; ative-o antes de reenviar",
                    en: "The endpoint of delivery \(deliveryID) is disabled; enable it before replaying")
            }
            delivery.status = .pending
            delivery.attempts = 0
            delivery.nextAttemptAt = now
            delivery.deliveredAt = nil
            try await webhooks.updateDelivery(delivery)
            return delivery
        }
        wake.signal()
        return delivery
    }
}
