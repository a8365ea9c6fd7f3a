import AdimpleCore
import AdimpleIntegrations
import AdimpleStore
import Foundation
import Testing

@Suite(.serialized) struct WebhookDispatcherTests {
    @Test func anEventIsDeliveredSignedAndLogged() async throws {
        try await TestReceiver.with { receiver in
            try await WebhookWorld.with { world in
                let endpoint = try await world.endpoint(receiver.url("ok"))
                let event = try await world.event(.chargePaid)

                let report = try await world.dispatcher.runOnce()
                #expect(report == WebhookDispatchReport(fannedOut: 1, attempted: 1, delivered: 1))

                let request = try #require(receiver.received("ok").first)
                #expect(request.headers["webhook-id"] == event.id.rawValue)
                let verifier = try WebhookSignature(secret: endpoint.secret)
                try verifier.verify(
                    messageID: event.id.rawValue, timestamp: try #require(request.headers["webhook-timestamp"]),
                    body: request.body, signatures: try #require(request.headers["webhook-signature"]),
                    now: world.clock.now())
                let body = try #require(try JSONSerialization.jsonObject(with: request.body) as? [String: Any])
                #expect(body["type"] as? String == "charge.paid")
                #expect(body["created_at"] as? String == "2026-03-02T14:00:00Z")
                #expect((body["data"] as? [String: Any])?["amount"] as? Int == 150_000)

                let delivery = try #require(try await world.deliveries().first)
                #expect(delivery.status == .delivered)
                #expect(delivery.attempts == 1)
                #expect(delivery.lastStatusCode == 200)
                #expect(delivery.deliveredAt == world.clock.now())
                #expect(delivery.nextAttemptAt == nil)
                let attempts = try await world.attempts(delivery)
                #expect(attempts.count == 1)
                #expect(attempts.first?.statusCode == 200)
                #expect(attempts.first?.responseBody == "answer 200 for ok")
                #expect(attempts.first?.error == nil)

                // Nothing left: the outbox is empty and the delivery is done.
                #expect(try await world.dispatcher.runOnce() == WebhookDispatchReport())
                #expect(receiver.received.count == 1)
            }
        }
    }

    @Test func onlyEnabledEndpointsThatWantTheTypeGetIt() async throws {
        try await TestReceiver.with { receiver in
            try await WebhookWorld.with { world in
                try await world.endpoint(receiver.url("all"))
                try await world.endpoint(receiver.url("paid"), types: [.chargePaid])
                try await world.endpoint(receiver.url("customers"), types: [.customerCreated])
                var disabled = try await world.endpoint(receiver.url("off"))
                disabled.enabled = false
                try await world.store.write { [disabled] in try await $0.webhooks.updateEndpoint(disabled) }
                try await world.event(.chargePaid)

                let report = try await world.dispatcher.runOnce()
                #expect(report.delivered == 2)
                #expect(Set(receiver.received.map(\.name)) == ["all", "paid"])
            }
        }
    }

    @Test func aFailureIsRetriedAfterTheScheduledDelayThenSucceeds() async throws {
        try await TestReceiver.with { receiver in
            try await WebhookWorld.with { world in
                receiver.set("flaky", .sequence([500, 200]))
                try await world.endpoint(receiver.url("flaky"))
                try await world.event()

                let first = try await world.dispatcher.runOnce()
                #expect(first == WebhookDispatchReport(fannedOut: 1, attempted: 1, rescheduled: 1))
                var delivery = try #require(try await world.deliveries().first)
                #expect(delivery.status == .pending)
                #expect(delivery.attempts == 1)
                #expect(delivery.lastStatusCode == 500)
                let next = try #require(delivery.nextAttemptAt)
                let wait = next.timeIntervalSince(world.clock.now())
                #expect(wait >= 4 && wait <= 6)  // 5 s ± 20 %

                // Not due yet.
                world.clock.advance(by: wait - 1)
                #expect(try await world.dispatcher.runOnce().attempted == 0)
                #expect(receiver.received("flaky").count == 1)

                world.clock.set(next)
                let second = try await world.dispatcher.runOnce()
                #expect(second == WebhookDispatchReport(attempted: 1, delivered: 1))
                delivery = try #require(try await world.deliveries().first)
                #expect(delivery.status == .delivered)
                #expect(delivery.attempts == 2)
                let attempts = try await world.attempts(delivery)
                #expect(attempts.map(\.statusCode) == [500, 200])
                #expect(attempts.first?.responseBody == "answer 500 for flaky")
                // Same message id on the retry: the receiver can drop duplicates.
                let ids = receiver.received("flaky").map { $0.headers["webhook-id"] }
                #expect(ids.count == 2 && ids[0] == ids[1])
            }
        }
    }

    @Test func aDeliveryFailsWhenTheScheduleRunsOut() async throws {
        try await TestReceiver.with { receiver in
            let schedule = WebhookRetrySchedule(delays: [.seconds(5), .seconds(60)], jitter: .none)
            try await WebhookWorld.with(schedule: schedule) { world in
                receiver.set("down", .status(503))
                try await world.endpoint(receiver.url("down"))
                try await world.event()

                #expect(try await world.dispatcher.runOnce().rescheduled == 1)
                world.clock.advance(by: 5)
                #expect(try await world.dispatcher.runOnce().rescheduled == 1)
                world.clock.advance(by: 60)
                let last = try await world.dispatcher.runOnce()
                #expect(last == WebhookDispatchReport(attempted: 1, failed: 1))
                let delivery = try #require(try await world.deliveries().first)
                #expect(delivery.status == .failed)
                #expect(delivery.attempts == 3)
                #expect(delivery.nextAttemptAt == nil)
                world.clock.advance(days: 10)
                #expect(try await world.dispatcher.runOnce().attempted == 0)
            }
        }
    }

    @Test func anEndpointAnswering410IsDisabledAndItsPendingDeliveriesFail() async throws {
        try await TestReceiver.with { receiver in
            try await WebhookWorld.with(configuration: WebhookDispatcherConfiguration(batchSize: 1)) { world in
                receiver.set("gone", .status(410))
                let endpoint = try await world.endpoint(receiver.url("gone"))
                let other = try await world.endpoint(receiver.url("ok"))
                try await world.event()
                try await world.event()
                // Fan out both events first, then deliver one at a time.
                try await world.dispatcher.fanOut()
                try await world.dispatcher.fanOut()
                #expect(try await world.deliveries(endpoint: endpoint).count == 2)

                var report = WebhookDispatchReport()
                for _ in 0..<6 { report = report + (try await world.dispatcher.runOnce()) }
                #expect(receiver.received("gone").count == 1)  // never called again
                #expect(receiver.received("ok").count == 2)

                let reloaded = try #require(try await world.reload(endpoint))
                #expect(!reloaded.enabled)
                #expect(reloaded.disabledReason?.contains("410") == true)
                #expect(try await world.reload(other)?.enabled == true)
                let deliveries = try await world.deliveries(endpoint: endpoint)
                #expect(deliveries.allSatisfy { $0.status == .failed })
                #expect(deliveries.contains { $0.lastStatusCode == 410 })

                // A new event no longer goes to it.
                try await world.event()
                _ = try await world.dispatcher.runOnce()
                #expect(try await world.deliveries(endpoint: endpoint).count == 2)
            }
        }
    }

    @Test func aLoopbackTargetIsRefusedUnlessAllowed() async throws {
        try await TestReceiver.with { receiver in
            try await WebhookWorld.with(allowPrivateTargets: false) { world in
                try await world.endpoint(receiver.url("internal"))
                try await world.event()
                let report = try await world.dispatcher.runOnce()
                #expect(report == WebhookDispatchReport(fannedOut: 1, attempted: 1, rescheduled: 1))
                #expect(receiver.received.isEmpty)
                let delivery = try #require(try await world.deliveries().first)
                let attempt = try #require(try await world.attempts(delivery).first)
                #expect(attempt.statusCode == nil)
                #expect(attempt.error?.contains("refused (host): 127.0.0.1 is in the loopback range") == true)
                #expect(delivery.lastError == attempt.error)
            }
            try await WebhookWorld.with(allowPrivateTargets: true) { world in
                try await world.endpoint(receiver.url("internal"))
                try await world.event()
                #expect(try await world.dispatcher.runOnce().delivered == 1)
                #expect(receiver.received("internal").count == 1)
            }
        }
    }

    @Test func anEventFannedOutTwiceIsDeliveredOnce() async throws {
        try await TestReceiver.with { receiver in
            try await WebhookWorld.with { world in
                let endpoint = try await world.endpoint(receiver.url("once"))
                let event = try await world.event()
                // The outbox hands the same event twice in one batch, and again in a later one
                // (as after a crash between the fan-out and its commit on another node).
                let duplicating = DuplicatingOutboxStore(base: world.store, repeats: [event])
                let dispatcher = WebhookDispatcher(
                    store: duplicating, clock: world.clock, ids: world.ids, sender: world.sender,
                    targetGuard: WebhookTargetGuard(allowPrivateTargets: true, allowInsecureHTTP: true),
                    logger: WebhookWorld.quietLogger)
                #expect(try await dispatcher.fanOut() == 1)
                #expect(try await dispatcher.fanOut() == 1)
                #expect(try await world.deliveries(endpoint: endpoint).count == 1)

                let report = try await dispatcher.runOnce()
                #expect(report.delivered == 1)
                #expect(receiver.received("once").count == 1)
            }
        }
    }

    @Test func replaySendsADeliveredMessageAgain() async throws {
        try await TestReceiver.with { receiver in
            try await WebhookWorld.with { world in
                try await world.endpoint(receiver.url("again"))
                try await world.event()
                #expect(try await world.dispatcher.runOnce().delivered == 1)
                let delivered = try #require(try await world.deliveries().first)

                world.clock.advance(by: 3600)
                let replayed = try await world.dispatcher.replay(deliveryID: delivered.id)
                #expect(replayed.status == .pending)
                #expect(replayed.attempts == 0)
                #expect(replayed.nextAttemptAt == world.clock.now())

                #expect(try await world.dispatcher.runOnce().delivered == 1)
                let requests = receiver.received("again")
                #expect(requests.count == 2)
                #expect(requests[0].headers["webhook-id"] == requests[1].headers["webhook-id"])
                #expect(requests[0].body == requests[1].body)
                // A fresh signature with the new timestamp.
                #expect(
                    requests[1].headers["webhook-timestamp"] == String(Int(world.clock.now().timeIntervalSince1970)))
                let delivery = try #require(try await world.deliveries().first)
                #expect(delivery.status == .delivered)
                #expect(try await world.attempts(delivery).count == 2)
            }
        }
    }

    @Test func replayRefusesUnknownDeliveriesAndDisabledEndpoints() async throws {
        try await TestReceiver.with { receiver in
            try await WebhookWorld.with { world in
                await #expect {
                    try await world.dispatcher.replay(deliveryID: WebhookDelivery.ID("whd_missing"))
                } throws: { ($0 as? DomainError)?.code == .notFound }

                receiver.set("gone", .status(410))
                try await world.endpoint(receiver.url("gone"))
                try await world.event()
                _ = try await world.dispatcher.runOnce()
                let failed = try #require(try await world.deliveries().first)
                await #expect {
                    try await world.dispatcher.replay(deliveryID: failed.id)
                } throws: { ($0 as? DomainError)?.code == .conflict }
            }
        }
    }

    @Test func aClaimedDeliveryIsInvisibleToAnotherClaimUntilItsLeaseEnds() async throws {
        try await TestReceiver.with { receiver in
            try await WebhookWorld.with { world in
                try await world.endpoint(receiver.url("ok"))
                try await world.event()
                try await world.dispatcher.fanOut()
                let claimed = try await world.dispatcher.claimDue()
                #expect(claimed.count == 1)
                // Another node (or this one after a crash) finds nothing due...
                #expect(try await world.dispatcher.claimDue().isEmpty)
                // ...until the lease runs out: the delivery is not lost.
                world.clock.advance(by: 61)
                #expect(try await world.dispatcher.claimDue().count == 1)
            }
        }
    }

    @Test func perEndpointConcurrencyIsRespected() async throws {
        try await TestReceiver.with { receiver in
            receiver.set("slow", .slow(.milliseconds(150)))
            let configuration = WebhookDispatcherConfiguration(
                batchSize: 100, globalConcurrency: 16, perEndpointConcurrency: 3, perEndpointPrefetch: 30)
            try await WebhookWorld.with(configuration: configuration) { world in
                try await world.endpoint(receiver.url("slow"))
                try await world.endpoint(receiver.url("fast"))
                try await world.events(20)
                let report = try await world.dispatcher.runOnce()
                #expect(report.delivered == 40)
                #expect(receiver.maximumInFlight("slow") <= 3)
                #expect(receiver.maximumInFlight("slow") >= 2)
            }
        }
    }

    @Test func anEndpointFailingRepeatedlyIsPausedThenProbed() async throws {
        try await TestReceiver.with { receiver in
            receiver.set("down", .status(500))
            let configuration = WebhookDispatcherConfiguration(
                batchSize: 10, perEndpointConcurrency: 1, failuresBeforePause: 3, pauseDuration: .seconds(30))
            try await WebhookWorld.with(configuration: configuration) { world in
                try await world.endpoint(receiver.url("down"))
                try await world.events(8)
                let report = try await world.dispatcher.runOnce()
                // Three real requests, then the endpoint is paused: the other five are logged
                // as failed attempts without a request, and follow their schedule.
                #expect(receiver.received("down").count == 3)
                #expect(report.attempted == 8)
                #expect(report.rescheduled == 8)
                let deliveries = try await world.deliveries()
                var paused = 0
                for delivery in deliveries {
                    let attempt = try #require(try await world.attempts(delivery).first)
                    if attempt.error?.hasPrefix("not sent: the endpoint failed 3 times in a row") == true {
                        paused += 1
                    }
                }
                #expect(paused == 5)

                // New events while it is paused wait for the end of the pause.
                try await world.events(2)
                let paused2 = try await world.dispatcher.runOnce()
                #expect(paused2 == WebhookDispatchReport(fannedOut: 2))
                #expect(receiver.received("down").count == 3)
                let waiting = try await world.deliveries().filter { $0.attempts == 0 }
                #expect(waiting.count == 2)
                #expect(waiting.allSatisfy { $0.nextAttemptAt == world.clock.now().addingTimeInterval(30) })

                // After the pause one probe goes out; it succeeds, and the endpoint gets the
                // rest at once.
                receiver.set("down", .status(200))
                world.clock.advance(by: 31)
                let after = try await world.dispatcher.runOnce()
                #expect(after.delivered == 10)
                #expect(receiver.received("down").count == 13)
                #expect(try await world.deliveries(status: .delivered).count == 10)
            }
        }
    }

    @Test func deliveriesOfADeletedOrDisabledEndpointFailInsteadOfStayingDue() async throws {
        try await TestReceiver.with { receiver in
            try await WebhookWorld.with { world in
                var endpoint = try await world.endpoint(receiver.url("later-off"))
                try await world.event()
                try await world.dispatcher.fanOut()
                endpoint.enabled = false
                endpoint.disabledReason = "turned off by ana@empresa.com.br"
                try await world.store.write { [endpoint] in try await $0.webhooks.updateEndpoint(endpoint) }

                let report = try await world.dispatcher.runOnce()
                #expect(report.failed == 1)
                #expect(receiver.received.isEmpty)
                let delivery = try #require(try await world.deliveries().first)
                #expect(delivery.status == .failed)
                #expect(delivery.lastError == "endpoint disabled: turned off by ana@empresa.com.br")
            }
        }
    }
}
