import AdimpleCore
import AdimpleStore
import Foundation
import Testing

@Suite struct WebhookStoreTests {
    static let t0 = Date(timeIntervalSince1970: 1_772_000_000)

    static func endpoint(_ n: Int, enabled: Bool = true, types: [EventType] = []) -> WebhookEndpoint {
        WebhookEndpoint(
            id: WebhookEndpoint.ID("whe_\(n)"), url: "https://erp.example.com.br/hooks/\(n)", eventTypes: types,
            description: n.isMultiple(of: 2) ? nil : "ERP \(n)", secret: "whsec_c2VjcmV0\(n)", enabled: enabled,
            disabledReason: enabled ? nil : "410 Gone", createdAt: t0, updatedAt: t0)
    }

    static func event(_ n: Int, type: EventType = .chargeCreated) -> DomainEvent {
        DomainEvent(
            id: DomainEvent.ID("evt_\(n)"), type: type, occurredAt: t0.addingTimeInterval(TimeInterval(n)),
            customerID: Customer.ID("cus_1"), chargeID: Charge.ID("chg_\(n)"), payload: #"{"n":\#(n)}"#)
    }

    static func delivery(
        _ id: String, endpoint: Int, event: Int, status: WebhookDelivery.Status = .pending, next: Date? = t0
    ) -> WebhookDelivery {
        WebhookDelivery(
            id: WebhookDelivery.ID(id), endpointID: WebhookEndpoint.ID("whe_\(endpoint)"),
            eventID: DomainEvent.ID("evt_\(event)"),
            eventType: .chargeCreated, status: status, attempts: 0, nextAttemptAt: next, lastStatusCode: nil,
            lastError: nil,
            createdAt: t0, deliveredAt: nil)
    }

    /// Endpoints 1 and 2, events 1…n (their outbox rows emptied).
    static func seed(_ store: SQLStore, events: Int) async throws {
        try await store.write { session in
            try await session.webhooks.insertEndpoint(endpoint(1))
            try await session.webhooks.insertEndpoint(endpoint(2))
            for n in 1...events { try await session.events.append(event(n)) }
            try await session.webhooks.removeFromOutbox((1...events).map { DomainEvent.ID("evt_\($0)") })
        }
    }

    @Test(arguments: StoreFixture.engines)
    func endpointsAreCreatedReadUpdatedListedAndDeleted(engine: String) async throws {
        try await StoreFixture.withStore(engine) { store in
            let one = Self.endpoint(1, types: [.chargePaid, .paymentCreated])
            let two = Self.endpoint(2)
            let three = Self.endpoint(3, enabled: false)
            try await store.write { session in
                for endpoint in [three, one, two] { try await session.webhooks.insertEndpoint(endpoint) }
            }
            #expect(try await store.read { try await $0.webhooks.endpoint(one.id) } == one)
            #expect(try await store.read { try await $0.webhooks.endpoint(three.id) } == three)
            #expect(try await store.read { try await $0.webhooks.endpoint(WebhookEndpoint.ID("whe_x")) } == nil)

            let page1 = try await store.read { try await $0.webhooks.endpoints(after: nil, limit: 2) }
            let page2 = try await store.read { try await $0.webhooks.endpoints(after: page1.last?.id, limit: 2) }
            #expect(page1.map(\.id) == [one.id, two.id])
            #expect(page2.map(\.id) == [three.id])
            #expect(try await store.read { try await $0.webhooks.enabledEndpoints() }.map(\.id) == [one.id, two.id])

            var changed = one
            changed.url = "https://novo.example.com.br/h"
            changed.eventTypes = [.chargeCanceled]
            changed.description = nil
            changed.enabled = false
            changed.disabledReason = "desativado por ana"
            changed.updatedAt = Self.t0.addingTimeInterval(90)
            let updated = changed
            try await store.write { try await $0.webhooks.updateEndpoint(updated) }
            #expect(try await store.read { try await $0.webhooks.endpoint(one.id) } == updated)
            #expect(try await store.read { try await $0.webhooks.enabledEndpoints() }.map(\.id) == [two.id])
            var ghost = Self.endpoint(9)
            ghost.url = "https://x"
            let missing = ghost
            await #expect {
                try await store.write { try await $0.webhooks.updateEndpoint(missing) }
            } throws: { ($0 as? DomainError)?.code == .notFound }

            // Deleting removes the endpoint only: its delivery log stays as history.
            try await store.write { session in
                try await session.events.append(Self.event(1))
                try await session.webhooks.insertDelivery(Self.delivery("whd_1", endpoint: 1, event: 1))
                try await session.webhooks.appendAttempt(
                    WebhookAttempt(
                        id: WebhookAttempt.ID("wha_1"), deliveryID: WebhookDelivery.ID("whd_1"), at: Self.t0,
                        statusCode: 500, responseBody: "oops", error: nil, durationMilliseconds: 12))
            }
            try await store.write { try await $0.webhooks.deleteEndpoint(one.id) }
            try await store.write { try await $0.webhooks.deleteEndpoint(WebhookEndpoint.ID("whe_missing")) }
            #expect(try await store.read { try await $0.webhooks.endpoint(one.id) } == nil)
            #expect(
                try await store.read { try await $0.webhooks.delivery(WebhookDelivery.ID("whd_1")) }?.endpointID
                    == one.id)
            let log = try await store.read { try await $0.webhooks.attempts(deliveryID: WebhookDelivery.ID("whd_1")) }
            #expect(log.map(\.id.rawValue) == ["wha_1"])
            #expect(
                try await store.read { try await $0.webhooks.endpoints(after: nil, limit: 10) }.map(\.id) == [
                    two.id, three.id,
                ])
        }
    }

    @Test(arguments: StoreFixture.engines)
    func appendingAnEventFillsTheOutboxAndRemovingEmptiesIt(engine: String) async throws {
        try await StoreFixture.withStore(engine) { store in
            #expect(try await store.read { try await $0.webhooks.pendingOutbox(limit: 10) }.isEmpty)
            let world = TestWorld(store: store)
            let customer = try await world.person()
            let charge = try await world.charge(for: customer)
            let pending = try await store.read { try await $0.webhooks.pendingOutbox(limit: 10) }
            #expect(pending.map(\.type) == [.customerCreated, .chargeCreated])
            try #require(pending.count == 2)
            #expect(pending.map(\.id) == pending.map(\.id).sorted())
            #expect(pending[1].chargeID == charge.id)
            #expect(pending[1].customerID == customer.id)
            #expect(pending[1] == (try await store.read { try await $0.events.get(pending[1].id) }))
            #expect(try await store.read { try await $0.webhooks.pendingOutbox(limit: 1) }.map(\.id) == [pending[0].id])

            try await store.write { try await $0.webhooks.removeFromOutbox([pending[0].id]) }
            #expect(
                try await store.read { try await $0.webhooks.pendingOutbox(limit: 10) }.map(\.id) == [pending[1].id])
            try await store.write { try await $0.webhooks.removeFromOutbox([pending[1].id]) }
            #expect(try await store.read { try await $0.webhooks.pendingOutbox(limit: 10) }.isEmpty)
            try await store.write { try await $0.webhooks.removeFromOutbox([]) }

            // The outbox row is part of the event's transaction: a rolled-back write leaves neither.
            struct Boom: Error {}
            await #expect(throws: Boom.self) {
                try await store.write { session in
                    try await session.events.append(Self.event(77))
                    throw Boom()
                }
            }
            #expect(try await store.read { try await $0.webhooks.pendingOutbox(limit: 10) }.isEmpty)
            #expect(try await store.read { try await $0.events.get(DomainEvent.ID("evt_77")) } == nil)
        }
    }

    @Test(arguments: StoreFixture.engines)
    func aDeliveryIsInsertedOncePerEndpointAndEvent(engine: String) async throws {
        try await StoreFixture.withStore(engine) { store in
            try await Self.seed(store, events: 2)
            let first = Self.delivery("whd_a", endpoint: 1, event: 1)
            try await store.write { try await $0.webhooks.insertDelivery(first) }
            // Another node fanning out the same event: a different id, the same pair.
            try await store.write {
                try await $0.webhooks.insertDelivery(Self.delivery("whd_b", endpoint: 1, event: 1))
            }
            try await store.write {
                try await $0.webhooks.insertDelivery(Self.delivery("whd_c", endpoint: 2, event: 1))
            }
            let forOne = try await store.read {
                try await $0.webhooks.deliveries(WebhookDeliveryFilter(endpointID: WebhookEndpoint.ID("whe_1")))
            }
            #expect(forOne == [first])
            let forEvent = try await store.read {
                try await $0.webhooks.deliveries(WebhookDeliveryFilter(eventID: DomainEvent.ID("evt_1")))
            }
            #expect(forEvent.map(\.id.rawValue) == ["whd_a", "whd_c"])
            #expect(try await store.read { try await $0.webhooks.delivery(WebhookDelivery.ID("whd_b")) } == nil)
        }
    }

    @Test(arguments: StoreFixture.engines)
    func dueDeliveriesAreThePendingOnesWhoseTimeHasCome(engine: String) async throws {
        try await StoreFixture.withStore(engine) { store in
            try await Self.seed(store, events: 5)
            let now = Self.t0.addingTimeInterval(100)
            try await store.write { session in
                try await session.webhooks.insertDelivery(Self.delivery("whd_1", endpoint: 1, event: 1, next: now))
                try await session.webhooks.insertDelivery(
                    Self.delivery("whd_2", endpoint: 1, event: 2, next: now.addingTimeInterval(-50)))
                try await session.webhooks.insertDelivery(
                    Self.delivery("whd_3", endpoint: 1, event: 3, next: now.addingTimeInterval(1)))
                try await session.webhooks.insertDelivery(
                    Self.delivery("whd_4", endpoint: 1, event: 4, status: .delivered, next: now.addingTimeInterval(-60))
                )
                try await session.webhooks.insertDelivery(
                    Self.delivery("whd_5", endpoint: 1, event: 5, status: .failed, next: nil))
                try await session.webhooks.insertDelivery(Self.delivery("whd_0", endpoint: 2, event: 1, next: now))
            }
            func dueIDs(at instant: Date, limit: Int = 10) async throws -> [String] {
                try await store.write { try await $0.webhooks.dueDeliveries(now: instant, limit: limit) }.map(
                    \.id.rawValue)
            }
            func listIDs(_ filter: WebhookDeliveryFilter) async throws -> [String] {
                try await store.read { try await $0.webhooks.deliveries(filter) }.map(\.id.rawValue)
            }
            let due = try await store.write { try await $0.webhooks.dueDeliveries(now: now, limit: 10) }
            #expect(due.map(\.id.rawValue) == ["whd_2", "whd_0", "whd_1"])
            #expect(try await dueIDs(at: now, limit: 2) == ["whd_2", "whd_0"])
            #expect(try await dueIDs(at: Self.t0).isEmpty)

            // Delivered: saved and no longer due.
            var sent = try #require(due.first)
            sent.status = .delivered
            sent.attempts = 1
            sent.nextAttemptAt = nil
            sent.lastStatusCode = 204
            sent.lastError = nil
            sent.deliveredAt = now
            let saved = sent
            try await store.write { try await $0.webhooks.updateDelivery(saved) }
            #expect(try await store.read { try await $0.webhooks.delivery(saved.id) } == saved)
            // Retried later: due again only when its new time comes.
            var retry = try #require(due.last)
            retry.attempts = 1
            retry.lastStatusCode = 503
            retry.lastError = "HTTP 503"
            retry.nextAttemptAt = now.addingTimeInterval(30)
            let again = retry
            try await store.write { try await $0.webhooks.updateDelivery(again) }
            #expect(try await store.read { try await $0.webhooks.delivery(again.id) } == again)
            #expect(try await dueIDs(at: now) == ["whd_0"])
            #expect(try await dueIDs(at: now.addingTimeInterval(30)) == ["whd_0", "whd_3", "whd_1"])

            #expect(try await listIDs(WebhookDeliveryFilter(status: .pending)) == ["whd_0", "whd_1", "whd_3"])
            let afterCursor = try await listIDs(WebhookDeliveryFilter(after: WebhookDelivery.ID("whd_2"), limit: 2))
            #expect(afterCursor == ["whd_3", "whd_4"])
        }
    }

    /// Two nodes polling at once: the rows one transaction took are skipped by the other
    /// (`FOR UPDATE SKIP LOCKED`), for due deliveries and for the outbox. PostgreSQL only:
    /// SQLite has one writer, so the question does not arise there.
    @Test(.enabled(if: StoreFixture.postgresURL != nil))
    func concurrentPollersOnPostgresNeverTakeTheSameRows() async throws {
        try await StoreFixture.withStore("postgres") { store in
            try await Self.seed(store, events: 3)
            try await store.write { session in
                for n in 1...3 {
                    try await session.webhooks.insertDelivery(Self.delivery("whd_\(n)", endpoint: 1, event: n))
                }
                for n in 4...6 { try await session.events.append(Self.event(n)) }
            }
            let (taken, takenSignal) = AsyncStream.makeStream(of: [String].self)
            let (release, releaseSignal) = AsyncStream.makeStream(of: Void.self)
            // The first node takes two rows of each and holds its transaction open.
            let holder = Task {
                try await store.write { session in
                    let due = try await session.webhooks.dueDeliveries(now: Self.t0, limit: 2).map(\.id.rawValue)
                    let outbox = try await session.webhooks.pendingOutbox(limit: 2).map(\.id.rawValue)
                    takenSignal.yield(due + outbox)
                    for await _ in release { break }
                }
            }
            var takenByFirst: [String]?
            for await ids in taken {
                takenByFirst = ids
                break
            }
            let due = try await store.write { try await $0.webhooks.dueDeliveries(now: Self.t0, limit: 10) }
            let outbox = try await store.write { try await $0.webhooks.pendingOutbox(limit: 10) }
            releaseSignal.yield()
            releaseSignal.finish()
            try await holder.value
            #expect(takenByFirst == ["whd_1", "whd_2", "evt_4", "evt_5"])
            #expect(due.map(\.id.rawValue) == ["whd_3"])
            #expect(outbox.map(\.id.rawValue) == ["evt_6"])
            // Once the first node's transaction ends, everything is visible again.
            #expect(try await store.write { try await $0.webhooks.dueDeliveries(now: Self.t0, limit: 10) }.count == 3)
        }
    }

    @Test(arguments: StoreFixture.engines)
    func attemptsAreLoggedInTimeOrder(engine: String) async throws {
        try await StoreFixture.withStore(engine) { store in
            try await Self.seed(store, events: 1)
            let delivery = Self.delivery("whd_1", endpoint: 1, event: 1)
            let attempts = [
                WebhookAttempt(
                    id: WebhookAttempt.ID("wha_3"), deliveryID: delivery.id, at: Self.t0.addingTimeInterval(300),
                    statusCode: 200,
                    responseBody: "ok", error: nil, durationMilliseconds: 85),
                WebhookAttempt(
                    id: WebhookAttempt.ID("wha_1"), deliveryID: delivery.id, at: Self.t0, statusCode: nil,
                    responseBody: nil,
                    error: "connection refused", durationMilliseconds: 3),
                WebhookAttempt(
                    id: WebhookAttempt.ID("wha_2"), deliveryID: delivery.id, at: Self.t0.addingTimeInterval(60),
                    statusCode: 500,
                    responseBody: "erro interno ção", error: nil, durationMilliseconds: 1_200),
            ]
            try await store.write { session in
                try await session.webhooks.insertDelivery(delivery)
                for attempt in attempts { try await session.webhooks.appendAttempt(attempt) }
            }
            let logged = try await store.read { try await $0.webhooks.attempts(deliveryID: delivery.id) }
            #expect(logged == [attempts[1], attempts[2], attempts[0]])
            #expect(
                try await store.read { try await $0.webhooks.attempts(deliveryID: WebhookDelivery.ID("whd_x")) }.isEmpty
            )
        }
    }

    @Test(arguments: StoreFixture.engines)
    func disablingAnEndpointFailsOnlyItsPendingDeliveries(engine: String) async throws {
        try await StoreFixture.withStore(engine) { store in
            try await Self.seed(store, events: 3)
            try await store.write { session in
                try await session.webhooks.insertDelivery(Self.delivery("whd_1", endpoint: 1, event: 1))
                try await session.webhooks.insertDelivery(Self.delivery("whd_2", endpoint: 1, event: 2))
                try await session.webhooks.insertDelivery(
                    Self.delivery("whd_3", endpoint: 1, event: 3, status: .delivered, next: nil))
                try await session.webhooks.insertDelivery(Self.delivery("whd_4", endpoint: 2, event: 1))
            }
            let failed = try await store.write {
                try await $0.webhooks.failPendingDeliveries(
                    endpointID: WebhookEndpoint.ID("whe_1"), reason: "endpoint disabled")
            }
            #expect(failed == 2)
            for id in ["whd_1", "whd_2"] {
                let delivery = try #require(
                    try await store.read { try await $0.webhooks.delivery(WebhookDelivery.ID(id)) })
                #expect(delivery.status == .failed)
                #expect(delivery.nextAttemptAt == nil)
                #expect(delivery.lastError == "endpoint disabled")
            }
            #expect(
                try await store.read { try await $0.webhooks.delivery(WebhookDelivery.ID("whd_3")) }?.status
                    == .delivered)
            #expect(
                try await store.read { try await $0.webhooks.delivery(WebhookDelivery.ID("whd_4")) }?.status == .pending
            )
            #expect(
                try await store.write { try await $0.webhooks.dueDeliveries(now: Self.t0, limit: 10) }.map(
                    \.id.rawValue) == ["whd_4"])
            #expect(
                try await store.write {
                    try await $0.webhooks.failPendingDeliveries(
                        endpointID: WebhookEndpoint.ID("whe_1"), reason: "again")
                } == 0)
        }
    }
}
