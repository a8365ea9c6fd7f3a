import AdimpleCore
import Foundation

extension WebhookDispatcher {
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

        /// Due deliveries the claim took or moved out of the way.
        var handled: Int { jobs.count + postponed + report.attempted + report.failed }
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
                    try await Self.fail(
                        &delivery, endpoint == nil ? "endpoint deleted" : "endpoint disabled\(reason)", webhooks)
                    round.report.failed += 1
                    continue
                }

                let id = endpoint.id
                if let reason = room.pauseReason(for: id) {
                    // The endpoint is paused: log the attempt that is not made and move the
                    // delivery along its schedule, right here. Cheaper than claiming it and
                    // letting a worker find out, which matters when a dead endpoint's share
                    // of the traffic keeps coming.
                    let outcome = WebhookSendOutcome(
                        statusCode: nil, responseBody: nil, error: reason, durationMilliseconds: 0)
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
                    // left due; so is any when the window was not full (nothing hides behind
                    // it). A slow endpoint's, in a full window, is postponed by the time its
                    // lane needs, so its backlog does not fill every claim window (oldest
                    // first) and starve the other endpoints.
                    if round.windowFull, let wait = room.postponement(for: id) {
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
}
