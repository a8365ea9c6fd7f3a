import AdimpleCore
import Foundation
import Testing

@testable import AdimpleIntegrations

@Suite struct EndpointLanesTests {
    let now = Date(timeIntervalSince1970: 1_772_460_000)

    private func lanes(concurrency: Int = 2, prefetch: Int = 8, failures: Int = 3) -> EndpointLanes {
        EndpointLanes(
            configuration: WebhookDispatcherConfiguration(
                globalConcurrency: 8, perEndpointConcurrency: concurrency, perEndpointPrefetch: prefetch,
                failuresBeforePause: failures, pauseDuration: .seconds(30)),
            sendTimeout: .seconds(10))
    }

    private func job(_ endpoint: String, _ number: Int, leaseFor seconds: TimeInterval = 60) -> WebhookDeliveryJob {
        let endpoint = WebhookEndpoint(
            id: WebhookEndpoint.ID(endpoint), url: "https://\(endpoint).example.com/", eventTypes: [], description: nil,
            secret: "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", enabled: true, disabledReason: nil, createdAt: now,
            updatedAt: now)
        let delivery = WebhookDelivery(
            id: WebhookDelivery.ID("whd_\(endpoint.id)_\(number)"), endpointID: endpoint.id,
            eventID: DomainEvent.ID("evt_\(number)"), eventType: .chargePaid, status: .pending, attempts: 0,
            nextAttemptAt: now, lastStatusCode: nil, lastError: nil, createdAt: now, deliveredAt: nil)
        let message = WebhookMessage(
            id: "evt_\(number)", type: "charge.paid", createdAt: now, customerID: nil, chargeID: nil, data: "{}")
        return WebhookDeliveryJob(
            delivery: delivery, endpoint: endpoint, message: message, leaseUntil: now.addingTimeInterval(seconds))
    }

    private func sent(_ next: EndpointLanes.Next?) -> String? {
        if case .send(let job) = next { return job.delivery.id.rawValue }
        return nil
    }

    private func isNone(_ next: EndpointLanes.Next?) -> Bool {
        if case .none = next { return true }
        return false
    }

    private let failure = WebhookSendOutcome(statusCode: 500, responseBody: nil, error: nil, durationMilliseconds: 5)
    private let success = WebhookSendOutcome(statusCode: 200, responseBody: nil, error: nil, durationMilliseconds: 5)

    @Test func workersTakeTurnsBetweenEndpointsWithinTheirLimit() {
        let lanes = lanes(concurrency: 1)
        #expect(lanes.enqueue([job("a", 1), job("a", 2), job("a", 3), job("b", 1)]) == 4)
        #expect(sent(lanes.next(now: now)) == "whd_a_1")
        #expect(sent(lanes.next(now: now)) == "whd_b_1")  // b is not kept waiting behind a
        #expect(isNone(lanes.next(now: now)))  // a is at its limit: this worker retires
        #expect(lanes.finish(job("a", 1), outcome: success, now: now) == false)
        #expect(sent(lanes.next(now: now)) == "whd_a_2")
    }

    @Test func aDeliveryWhoseLeaseIsEndingIsNotStarted() {
        let lanes = lanes()
        _ = lanes.enqueue([job("a", 1, leaseFor: 5)])
        guard case .drop = lanes.next(now: now) else {
            Issue.record("expected a drop")
            return
        }
    }

    @Test func repeatedFailuresPauseTheEndpointThenOneProbeDecides() {
        let lanes = lanes(concurrency: 2, failures: 3)
        _ = lanes.enqueue((1...6).map { job("a", $0) })
        for number in 1...3 {
            #expect(sent(lanes.next(now: now)) == "whd_a_\(number)")
            _ = lanes.finish(job("a", number), outcome: failure, now: now)
        }
        #expect(lanes.isPaused(WebhookEndpoint.ID("a"), now: now))
        #expect(lanes.room(now: now).pauseReason(for: WebhookEndpoint.ID("a"))?.contains("3 times") == true)
        guard case .pause(let paused, let reason) = lanes.next(now: now) else {
            Issue.record("expected a pause")
            return
        }
        #expect(paused.delivery.id.rawValue == "whd_a_4")
        #expect(
            reason.hasPrefix("not sent: the endpoint failed 3 times in a row and is paused until 2026-03-02T14:00:30Z"))
        _ = lanes.release(paused)

        // After the pause: one probe; the rest waits for its answer.
        let later = now.addingTimeInterval(31)
        #expect(lanes.room(now: later).pauseReason(for: WebhookEndpoint.ID("a")) == nil)
        #expect(sent(lanes.next(now: later)) == "whd_a_5")
        #expect(isNone(lanes.next(now: later)))
        _ = lanes.finish(job("a", 5), outcome: success, now: later)
        #expect(!lanes.isPaused(WebhookEndpoint.ID("a"), now: later))
        #expect(sent(lanes.next(now: later)) == "whd_a_6")
    }

    @Test func aFailedProbePausesAgain() {
        let lanes = lanes(concurrency: 1, failures: 1)
        _ = lanes.enqueue([job("a", 1), job("a", 2, leaseFor: 120)])
        _ = lanes.next(now: now)
        _ = lanes.finish(job("a", 1), outcome: failure, now: now)
        let later = now.addingTimeInterval(31)
        #expect(sent(lanes.next(now: later)) == "whd_a_2")
        _ = lanes.finish(job("a", 2), outcome: failure, now: later)
        #expect(lanes.isPaused(WebhookEndpoint.ID("a"), now: later.addingTimeInterval(29)))
    }

    @Test func aHangingEndpointIsSlowSoItsSurplusIsPostponed() {
        let lanes = lanes(concurrency: 2, prefetch: 8)
        _ = lanes.enqueue((1...8).map { job("a", $0) } + [job("b", 1)])
        let start = ContinuousClock.now
        #expect(sent(lanes.next(now: now, instant: start)) == "whd_a_1")
        #expect(sent(lanes.next(now: now, instant: start)) == "whd_b_1")
        #expect(sent(lanes.next(now: now, instant: start)) == "whd_a_2")
        _ = lanes.finish(job("b", 1), outcome: success, now: now)
        let room = lanes.room(now: now, instant: start + .seconds(2))
        #expect(room.room(for: WebhookEndpoint.ID("a")) == 0)
        #expect(room.room(for: WebhookEndpoint.ID("c")) == 8)  // a new endpoint gets the full prefetch
        // 8 held, 2 at a time, the oldest already 2 s old: about 8 s to drain.
        #expect(room.postponement(for: WebhookEndpoint.ID("a")) == .seconds(8))
        // A fast endpoint is never postponed.
        #expect(room.postponement(for: WebhookEndpoint.ID("b")) == nil)
    }

    @Test func a410EmptiesTheLane() {
        let lanes = lanes(concurrency: 1)
        _ = lanes.enqueue([job("a", 1), job("a", 2)])
        _ = lanes.next(now: now)
        let gone = WebhookSendOutcome(statusCode: 410, responseBody: nil, error: nil, durationMilliseconds: 5)
        _ = lanes.finish(job("a", 1), outcome: gone, now: now)
        #expect(isNone(lanes.next(now: now)))
        #expect(lanes.room(now: now).room(for: WebhookEndpoint.ID("a")) == 8)  // forgotten, rebuilt if enabled again
    }
}
