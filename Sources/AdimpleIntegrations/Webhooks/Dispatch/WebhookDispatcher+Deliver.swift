import AdimpleCore
import BrazilKit
import Foundation
import Synchronization

extension WebhookDispatcher {
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
                let outcome = WebhookSendOutcome(
                    statusCode: nil, responseBody: nil, error: reason, durationMilliseconds: 0)
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
                let stillOurs =
                    delivery.nextAttemptAt.map { abs($0.timeIntervalSince(result.job.leaseUntil)) < 0.002 } ?? false
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
}
