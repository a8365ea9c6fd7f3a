import AdimpleCore
import AdimpleStore
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@Suite struct APIWebhookEndpointTests {
    /// A public address literal: no DNS needed, not in any private range.
    private let publicURL = "https://8.8.8.8/adimple/hooks"

    @Test func createAnswersTheSecretOnceAndNeverAgain() async throws {
        try await withAPI { t in
            let response = try await t.api.post(
                "/v1/webhook_endpoints",
                #"{"url":"\#(publicURL)","events":["charge.paid","payment.created","charge.paid"],"description":"ERP"}"#)
            #expect(response.status == .created, "\(response.text)")
            let body = try response.json()
            let id = try #require(body["id"]?.string)
            #expect(id.hasPrefix("whe_"))
            #expect(body["object"]?.string == "webhook_endpoint")
            #expect(body["url"]?.string == publicURL)
            #expect(body["events"] == .array([.string("charge.paid"), .string("payment.created")]))
            #expect(body["description"]?.string == "ERP")
            #expect(body["enabled"]?.bool == true)
            let secret = try #require(body["secret"]?.string)
            #expect(secret.hasPrefix("whsec_"))
            #expect(Data(base64Encoded: String(secret.dropFirst("whsec_".count)))?.count == 32)

            let stored = try #require(try await t.webhookEndpoints().first)
            #expect(stored.secret == secret)
            #expect(stored.eventTypes == [.chargePaid, .paymentCreated])
            let audit = try await t.audit("webhook_endpoint", id)
            #expect(audit.map(\.action) == ["webhook_endpoint.created"])
            #expect(audit.allSatisfy { $0.after?.contains(secret) != true })

            let fetched = try await t.api.get("/v1/webhook_endpoints/\(id)").json()
            #expect(fetched["secret"] == nil)
            #expect(fetched["url"]?.string == publicURL)
            let list = try await t.api.get("/v1/webhook_endpoints").json()
            #expect(list["data"]?.array?.count == 1)
            #expect(list["data"]?[0]?["secret"] == nil)
            #expect(!(try await t.api.get("/v1/webhook_endpoints").text.contains(secret)))

            // Two endpoints get two different secrets.
            let other = try await t.api.post("/v1/webhook_endpoints", #"{"url":"https://8.8.4.4/x"}"#).json()
            #expect(other["secret"]?.string != secret)
            #expect(other["events"] == .array([]))
        }
    }

    @Test func privateAndLoopbackTargetsAreRefusedByDefault() async throws {
        try await withAPI { t in
            for url in [
                "http://127.0.0.1:9/x", "https://127.0.0.1/x", "https://10.0.0.5/x", "https://169.254.169.254/latest",
                "https://localhost/x", "https://[::1]/x", "http://8.8.8.8/x", "ftp://8.8.8.8/x", "not a url",
                "https://user:pass@8.8.8.8/x",
            ] {
                let body = try await t.api.post("/v1/webhook_endpoints", #"{"url":"\#(url)"}"#)
                    .expectProblem(.unprocessableContent, "validation-error", field: "url")
                #expect(!(body.description.contains("pass@")), "credentials echoed: \(body)")
            }
            try await t.api.post("/v1/webhook_endpoints", #"{"url":""}"#)
                .expectProblem(.unprocessableContent, "validation-error", field: "url")
            #expect(try await t.webhookEndpoints().isEmpty)

            // Nor may an existing endpoint be pointed at one.
            let id = try await t.api.post("/v1/webhook_endpoints", #"{"url":"\#(publicURL)"}"#).id()
            try await t.api.patch("/v1/webhook_endpoints/\(id)", #"{"url":"http://127.0.0.1:9/x"}"#)
                .expectProblem(.unprocessableContent, "validation-error", field: "url")
            #expect(try await t.webhookEndpoints().first?.url == publicURL)
        }
    }

    @Test func loopbackTargetsAreAcceptedWhenTheConfigurationAllowsThem() async throws {
        try await withAPI(allowPrivateWebhookTargets: true) { t in
            let response = try await t.api.post("/v1/webhook_endpoints", #"{"url":"http://127.0.0.1:9/x"}"#)
            #expect(response.status == .created, "\(response.text)")
            #expect(try response.json()["url"]?.string == "http://127.0.0.1:9/x")
            #expect(try await t.webhookEndpoints().count == 1)
        }
    }

    @Test func patchChangesWhatItSendsAndIsAudited() async throws {
        try await withAPI { t in
            let created = try await t.api.post(
                "/v1/webhook_endpoints", #"{"url":"\#(publicURL)","events":["charge.paid"],"description":"ERP"}"#
            ).json()
            let id = try #require(created["id"]?.string)
            t.clock.advance(by: 60)

            let changed = try await t.api.patch("/v1/webhook_endpoints/\(id)", #"{"events":["charge.canceled"],"enabled":false}"#)
            #expect(changed.status == .ok, "\(changed.text)")
            let body = try changed.json()
            #expect(body["events"] == .array([.string("charge.canceled")]))
            #expect(body["enabled"]?.bool == false)
            #expect(body["disabled_reason"]?.string?.isEmpty == false)
            #expect(body["url"]?.string == publicURL)
            #expect(body["description"]?.string == "ERP")
            #expect(body["secret"] == nil)
            #expect(body["updated_at"]?.string == "2026-03-02T15:01:00Z")

            let stored = try #require(try await t.webhookEndpoints().first)
            #expect(!stored.enabled)
            #expect(stored.secret == created["secret"]?.string)  // the secret stays
            #expect(try await t.audit("webhook_endpoint", id).map(\.action) == ["webhook_endpoint.created", "webhook_endpoint.updated"])

            let enabled = try await t.api.patch("/v1/webhook_endpoints/\(id)", #"{"enabled":true,"url":"https://8.8.4.4/new"}"#).json()
            #expect(enabled["enabled"]?.bool == true)
            #expect(enabled["disabled_reason"] == nil)
            #expect(enabled["url"]?.string == "https://8.8.4.4/new")
            try await t.api.patch("/v1/webhook_endpoints/whe_nothing", #"{"enabled":true}"#).expectProblem(.notFound, "not-found")
        }
    }

    @Test func deleteRemovesTheEndpointAndStopsItsDeliveries() async throws {
        try await withAPI { t in
            let id = try await t.api.post("/v1/webhook_endpoints", #"{"url":"\#(publicURL)"}"#).id()
            let deliveryID = try await insertDelivery(t, "whd_1", endpoint: id, status: .pending)

            let response = try await t.api.delete("/v1/webhook_endpoints/\(id)")
            #expect(response.status == .ok, "\(response.text)")
            #expect(try response.json()["deleted"]?.bool == true)
            #expect(try response.json()["id"]?.string == id)
            #expect(try await t.webhookEndpoints().isEmpty)
            // Its pending delivery will not be sent: gone, or kept in the log as failed.
            let left = try await t.store.read { try await $0.webhooks.delivery(WebhookDelivery.ID(deliveryID)) }
            #expect(left == nil || left?.status == .failed, "\(String(describing: left))")
            try await t.api.get("/v1/webhook_endpoints/\(id)").expectProblem(.notFound, "not-found")
            try await t.api.delete("/v1/webhook_endpoints/\(id)").expectProblem(.notFound, "not-found")
            #expect(try await t.audit("webhook_endpoint", id).map(\.action).last == "webhook_endpoint.deleted")
        }
    }

    @Test func listPagesWithACursor() async throws {
        try await withAPI { t in
            var ids: [String] = []
            for index in 1...3 {
                ids.append(try await t.api.post("/v1/webhook_endpoints", #"{"url":"https://8.8.8.8/\#(index)"}"#).id())
            }
            let first = try await t.api.get("/v1/webhook_endpoints?limit=2").json()
            #expect(first["data"]?.array?.compactMap { $0["id"]?.string } == Array(ids[0..<2]))
            #expect(first["has_more"]?.bool == true)
            let cursor = try #require(first["next_cursor"]?.string)
            let second = try await t.api.get("/v1/webhook_endpoints?limit=2&starting_after=\(cursor)").json()
            #expect(second["data"]?.array?.compactMap { $0["id"]?.string } == [ids[2]])
            #expect(second["has_more"]?.bool == false)
        }
    }

    @Test func deliveriesAreListedReadWithTheirAttemptsAndReplayed() async throws {
        try await withAPI { t in
            let endpoint = try await t.api.post("/v1/webhook_endpoints", #"{"url":"\#(publicURL)"}"#).id()
            let failed = try await insertDelivery(t, "whd_1", endpoint: endpoint, status: .failed, attempts: 2)
            t.clock.advance(by: 1)
            let delivered = try await insertDelivery(t, "whd_2", endpoint: endpoint, status: .delivered, attempts: 1)
            let otherEndpoint = try await t.api.post("/v1/webhook_endpoints", #"{"url":"https://8.8.4.4/x"}"#).id()
            _ = try await insertDelivery(t, "whd_3", endpoint: otherEndpoint, status: .pending)

            let list = try await t.api.get("/v1/webhook_endpoints/\(endpoint)/deliveries")
            #expect(list.status == .ok, "\(list.text)")
            #expect(try list.listIDs() == [failed, delivered])
            #expect(try await t.api.get("/v1/webhook_endpoints/\(endpoint)/deliveries?status=failed").listIDs() == [failed])
            let paged = try await t.api.get("/v1/webhook_endpoints/\(endpoint)/deliveries?limit=1").json()
            #expect(paged["has_more"]?.bool == true)
            #expect(paged["next_cursor"]?.string == failed)

            let one = try await t.api.get("/v1/webhook_deliveries/\(failed)")
            #expect(one.status == .ok, "\(one.text)")
            let body = try one.json()
            #expect(body["object"]?.string == "webhook_delivery")
            #expect(body["endpoint_id"]?.string == endpoint)
            #expect(body["status"]?.string == "failed")
            #expect(body["attempts"]?.int == 2)
            #expect(body["event_type"]?.string == "customer.created")
            let log = try #require(body["attempt_log"]?.array)
            #expect(log.count == 2)
            #expect(log.compactMap { $0["status_code"]?.int } == [500, 500])
            #expect(log.first?["response_body"]?.string == "oops")
            #expect(log.first?["duration_ms"]?.int == 120)

            t.clock.advance(by: 60)
            let replay = try await t.api.post("/v1/webhook_deliveries/\(failed)/replay")
            #expect(replay.status == .accepted, "\(replay.text)")
            let replayed = try replay.json()
            #expect(replayed["status"]?.string == "pending")
            // A fresh start: with its old attempt count a delivery that used up its retries
            // would fail for good after a single try.
            #expect(replayed["attempts"]?.int == 0)
            let stored = try #require(try await t.store.read { try await $0.webhooks.delivery(WebhookDelivery.ID(failed)) })
            #expect(stored.status == .pending)
            #expect(stored.attempts == 0)
            #expect(stored.nextAttemptAt == t.clock.now())
            #expect(try await t.audit("webhook_delivery", failed).map(\.action) == ["webhook_delivery.replayed"])
            // The log of earlier attempts stays.
            #expect(try await t.api.get("/v1/webhook_deliveries/\(failed)").json()["attempt_log"]?.array?.count == 2)

            // A delivered one may be sent again too; it is no longer "delivered".
            let again = try await t.api.post("/v1/webhook_deliveries/\(delivered)/replay").json()
            #expect(again["status"]?.string == "pending")
            #expect(again["delivered_at"] == nil)
            #expect(try await t.store.read { try await $0.webhooks.delivery(WebhookDelivery.ID(delivered)) }?.deliveredAt == nil)
            try await t.store.write { session in
                guard var delivery = try await session.webhooks.delivery(WebhookDelivery.ID(delivered)) else { return }
                delivery.status = .delivered
                delivery.deliveredAt = t.clock.now()
                try await session.webhooks.updateDelivery(delivery)
            }

            // A disabled endpoint's delivery is not replayed.
            #expect(try await t.api.patch("/v1/webhook_endpoints/\(endpoint)", #"{"enabled":false}"#).status == .ok)
            try await t.api.post("/v1/webhook_deliveries/\(delivered)/replay").expectProblem(.conflict, "endpoint-disabled")
            #expect(try await t.store.read { try await $0.webhooks.delivery(WebhookDelivery.ID(delivered)) }?.status == .delivered)
        }
    }

    /// Stores a delivery of a fresh `customer.created` event to `endpoint`, with `attempts`
    /// failed attempts in its log, as the sender would have left it.
    private func insertDelivery(
        _ t: APITestContext, _ id: String, endpoint: String, status: WebhookDelivery.Status, attempts: Int = 0
    ) async throws -> String {
        let customer = try await t.api.createCustomer(named: "Cliente \(UUID().uuidString.prefix(4))")
        let event = try #require(
            try await t.store.read { try await $0.events.list(EventFilter(customerID: Customer.ID(customer))) }.first)
        let now = t.clock.now()
        let delivery = WebhookDelivery(
            id: WebhookDelivery.ID(id), endpointID: WebhookEndpoint.ID(endpoint), eventID: event.id, eventType: event.type,
            status: status, attempts: attempts, nextAttemptAt: status == .pending ? now : nil,
            lastStatusCode: attempts > 0 ? 500 : nil, lastError: nil, createdAt: now,
            deliveredAt: status == .delivered ? now : nil)
        try await t.store.write { session in
            try await session.webhooks.insertDelivery(delivery)
            for index in 0..<attempts {
                try await session.webhooks.appendAttempt(
                    WebhookAttempt(
                        id: WebhookAttempt.ID("wha_\(id)_\(index)"), deliveryID: delivery.id,
                        at: now.addingTimeInterval(TimeInterval(index)), statusCode: 500, responseBody: "oops", error: nil,
                        durationMilliseconds: 120))
            }
        }
        return id
    }
}
