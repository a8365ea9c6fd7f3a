import AdimpleCore
import AdimpleStore
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@Suite struct APIIdempotencyTests {
    private let ana = #"{"name":"Ana Lima","emails":["ana@example.com"]}"#

    @Test func theSameKeyAndBodyReplaysTheFirstAnswerByteForByte() async throws {
        try await withAPI { t in
            let first = try await t.api.post("/v1/customers", ana, idempotencyKey: "create-ana-1")
            #expect(first.status == .created)
            #expect(first.headers[APIHeaders.replayed] == nil)
            t.clock.advance(by: 5)  // a replay later must not show a new timestamp

            let second = try await t.api.post("/v1/customers", ana, idempotencyKey: "create-ana-1")
            #expect(second.status == .created)
            #expect(second.headers[APIHeaders.replayed] == "true")
            #expect(second.bytes == first.bytes)
            #expect(second.contentType == first.contentType)

            let third = try await t.api.post("/v1/customers", ana, idempotencyKey: "create-ana-1")
            #expect(third.bytes == first.bytes)
            #expect(try await t.customerCount() == 1)
            #expect(try await t.api.get("/v1/customers").listIDs() == [try first.id()])

            // Without a key, each POST is a new customer.
            #expect(try await t.api.post("/v1/customers", ana).status == .created)
            #expect(try await t.customerCount() == 2)
        }
    }

    @Test func aRefusalIsReplayedToo() async throws {
        try await withAPI { t in
            let bad = #"{"name":"Ana","document":"529.982.247-24"}"#
            let first = try await t.api.post("/v1/customers", bad, idempotencyKey: "bad-1")
            try first.expectProblem(.unprocessableContent, "validation-error", field: "document")
            let second = try await t.api.post("/v1/customers", bad, idempotencyKey: "bad-1")
            #expect(second.status == .unprocessableContent)
            #expect(second.headers[APIHeaders.replayed] == "true")
            #expect(second.bytes == first.bytes)
            #expect(try await t.customerCount() == 0)
        }
    }

    @Test func theSameKeyWithAnotherBodyIs422AndWritesNothing() async throws {
        try await withAPI { t in
            let first = try await t.api.post("/v1/customers", ana, idempotencyKey: "k-1")
            #expect(first.status == .created)
            let other = try await t.api.post("/v1/customers", #"{"name":"Bia Souza"}"#, idempotencyKey: "k-1")
            let problem = try other.expectProblem(.unprocessableContent, "idempotency-key-reused", field: "Idempotency-Key")
            #expect(problem["detail"]?.string?.contains("another body") == true)
            #expect(other.headers[APIHeaders.replayed] == nil)
            #expect(try await t.customerCount() == 1)
            #expect(try await t.store.read { try await $0.customers.search("Bia", limit: 5) }.isEmpty)
        }
    }

    @Test func theSameKeyOnAnotherPathIs422() async throws {
        try await withAPI { t in
            let customer = try await t.api.createCustomer(named: "Ana")
            let charge = try #require(try await t.api.createCharge(customer: customer, amount: 1000)["id"]?.string)
            let first = try await t.api.post("/v1/charges/\(charge)/cancel", nil, idempotencyKey: "k-2")
            #expect(first.status == .ok)

            let other = try #require(try await t.api.createCharge(customer: customer, amount: 2000)["id"]?.string)
            let problem = try await t.api.post("/v1/charges/\(other)/cancel", nil, idempotencyKey: "k-2")
                .expectProblem(.unprocessableContent, "idempotency-key-reused")
            #expect(problem["detail"]?.string?.contains("path") == true)
            #expect(try await t.charge(other)?.status == .open)

            // Another operation: also refused, and nothing is written.
            try await t.api.post("/v1/customers", #"{"name":"Bia"}"#, idempotencyKey: "k-2")
                .expectProblem(.unprocessableContent, "idempotency-key-reused")
            #expect(try await t.customerCount() == 1)
        }
    }

    @Test func aKeyHeldByARunningRequestIs409UntilItsLockExpires() async throws {
        try await withAPI { t in
            let now = t.clock.now()
            let claim = IdempotencyRecord(
                apiKeyID: t.key.id, key: "busy", method: "POST", path: "/v1/customers", fingerprint: "other-node",
                createdAt: now, lockedUntil: now.addingTimeInterval(30), response: nil)
            let claimed = try await t.store.write { try await $0.idempotency.claim(claim, now: now) }
            #expect(claimed == .claimed)

            let busy = try await t.api.post("/v1/customers", ana, idempotencyKey: "busy")
            try busy.expectProblem(.conflict, "idempotency-key-in-use")
            #expect(busy.headers[.retryAfter] != nil)
            #expect(try await t.customerCount() == 0)

            t.clock.advance(by: 29)
            try await t.api.post("/v1/customers", ana, idempotencyKey: "busy").expectProblem(.conflict, "idempotency-key-in-use")
            #expect(try await t.customerCount() == 0)

            // The holder died: once its lock passes, the request runs, and is then replayed.
            t.clock.advance(by: 2)
            let ran = try await t.api.post("/v1/customers", ana, idempotencyKey: "busy")
            #expect(ran.status == .created, "\(ran.text)")
            #expect(try await t.customerCount() == 1)
            let replay = try await t.api.post("/v1/customers", ana, idempotencyKey: "busy")
            #expect(replay.headers[APIHeaders.replayed] == "true")
            #expect(replay.bytes == ran.bytes)
            #expect(try await t.customerCount() == 1)
        }
    }

    @Test func aKeyLongerThan255CharactersIs400() async throws {
        try await withAPI { t in
            let long = String(repeating: "k", count: 256)
            try await t.api.post("/v1/customers", ana, idempotencyKey: long)
                .expectProblem(.badRequest, "invalid-parameter", field: "Idempotency-Key")
            #expect(try await t.customerCount() == 0)
            // 255 is fine.
            let fine = try await t.api.post("/v1/customers", ana, idempotencyKey: String(repeating: "k", count: 255))
            #expect(fine.status == .created)
            // Control characters or spaces are not.
            try await t.api.post("/v1/customers", ana, idempotencyKey: "has space")
                .expectProblem(.badRequest, "invalid-parameter", field: "Idempotency-Key")
            #expect(try await t.customerCount() == 1)
        }
    }

    @Test func keysArePerAPIKey() async throws {
        try await withAPI { t in
            let other = try await t.makeKey("other")
            let first = try await t.api.post("/v1/customers", ana, idempotencyKey: "shared")
            #expect(first.status == .created)
            let second = try await t.api.with(other).post("/v1/customers", ana, idempotencyKey: "shared")
            #expect(second.status == .created)
            #expect(second.headers[APIHeaders.replayed] == nil)
            #expect(try second.id() != first.id())
            #expect(try await t.customerCount() == 2)
            // And another key's different body under the same string is no conflict either.
            let third = try await t.api.with(try await t.makeKey("third")).post(
                "/v1/customers", #"{"name":"Bia"}"#, idempotencyKey: "shared")
            #expect(third.status == .created)
            #expect(try await t.customerCount() == 3)
        }
    }

    @Test func theHeaderIsIgnoredOnReads() async throws {
        try await withAPI { t in
            _ = try await t.api.createCustomer(named: "Ana")
            var headers = HTTPFields()
            headers[APIHeaders.idempotencyKey] = String(repeating: "x", count: 300)
            let response = try await t.api.get("/v1/customers", headers: headers)
            #expect(response.status == .ok)
            #expect(response.headers[APIHeaders.replayed] == nil)
        }
    }

    @Test func concurrentRetriesWithOneKeyCreateOneCustomer() async throws {
        try await withAPI { t in
            let responses = try await withThrowingTaskGroup(of: APIResponse.self) { group in
                for _ in 0..<8 {
                    group.addTask { try await t.api.post("/v1/customers", ana, idempotencyKey: "racing") }
                }
                var all: [APIResponse] = []
                for try await response in group { all.append(response) }
                return all
            }
            #expect(try await t.customerCount() == 1)
            let created = responses.filter { $0.status == .created }
            let busy = responses.filter { $0.status == .conflict }
            #expect(created.count + busy.count == responses.count, "\(responses.map(\.status.code))")
            #expect(created.filter { $0.headers[APIHeaders.replayed] == nil }.count == 1)
            #expect(Set(created.map(\.bytes)).count == 1)
            for response in busy { try response.expectProblem(.conflict, "idempotency-key-in-use") }
        }
    }
}
