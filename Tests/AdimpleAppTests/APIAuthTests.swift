import AdimpleAPI
import AdimpleCore
import AdimpleStore
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@Suite struct APIAuthTests {
    @Test func aRequestWithoutAKeyIs401WithWWWAuthenticate() async throws {
        try await withAPI { t in
            let anonymous = t.api.anonymous
            let response = try await anonymous.get("/v1/customers")
            try response.expectProblem(.unauthorized, "unauthorized")
            #expect(response.headers[.wwwAuthenticate]?.hasPrefix("Bearer") == true)

            try await anonymous.post("/v1/customers", #"{"name":"Ana"}"#).expectProblem(.unauthorized, "unauthorized")
            #expect(try await t.customerCount() == 0)
        }
    }

    @Test func aMalformedAuthorizationHeaderIs401() async throws {
        try await withAPI { t in
            for header in [
                "Basic \(Data("user:pass".utf8).base64EncodedString())", "Bearer", "Bearer ", "bearer sk_live_abc",
                t.key.secret, "Token \(t.key.secret)",
            ] {
                let response = try await t.api.with(authorization: header).get("/v1/customers")
                try response.expectProblem(.unauthorized, "unauthorized")
                #expect(response.headers[.wwwAuthenticate] != nil, "\(header)")
            }
            // The scheme is case-insensitive.
            #expect(try await t.api.with(authorization: "bearer \(t.key.secret)").get("/v1/customers").status == .ok)
        }
    }

    @Test func anUnknownKeyIs401() async throws {
        try await withAPI { t in
            let made = APIKeyMint.make(name: "never stored", scopes: [.read, .write], rateLimitPerSecond: 10, id: APIKey.ID("key_ghost"), at: t.clock.now())
            try await t.api.with(authorization: "Bearer \(made.secret)").get("/v1/customers")
                .expectProblem(.unauthorized, "unauthorized")
            // A stored key with one character changed is unknown too.
            var tampered = Array(t.key.secret)
            tampered[tampered.count - 1] = tampered.last == "a" ? "b" : "a"
            try await t.api.with(authorization: "Bearer \(String(tampered))").post("/v1/customers", #"{"name":"Ana"}"#)
                .expectProblem(.unauthorized, "unauthorized")
            #expect(try await t.customerCount() == 0)
        }
    }

    @Test func aRevokedKeyIs401() async throws {
        try await withAPI { t in
            let revoked = try await t.makeKey("revoked")
            try await t.store.write { try await $0.apiKeys.revoke(revoked.id, at: t.clock.now()) }
            let response = try await t.api.with(revoked).post("/v1/customers", #"{"name":"Ana"}"#)
            let problem = try response.expectProblem(.unauthorized, "unauthorized")
            #expect(problem["detail"]?.string?.contains("revoked") == true)
            #expect(try await t.customerCount() == 0)

            // A key revoked while in use stops working once the short cache expires.
            let used = try await t.makeKey("used")
            #expect(try await t.api.with(used).get("/v1/customers").status == .ok)
            try await t.store.write { try await $0.apiKeys.revoke(used.id, at: t.clock.now()) }
            t.clock.advance(by: 6)
            try await t.api.with(used).get("/v1/customers").expectProblem(.unauthorized, "unauthorized")
        }
    }

    @Test func aReadOnlyKeyReadsButCannotWrite() async throws {
        try await withAPI { t in
            let customer = try await t.api.createCustomer(named: "Ana")
            let reader = t.api.with(try await t.makeKey("reader", scopes: [.read]))

            #expect(try await reader.get("/v1/customers").status == .ok)
            #expect(try await reader.get("/v1/customers/\(customer)").status == .ok)
            try await reader.post("/v1/customers", #"{"name":"Bia"}"#).expectProblem(.forbidden, "insufficient-scope")
            try await reader.patch("/v1/customers/\(customer)", #"{"name":"Ana Maria"}"#)
                .expectProblem(.forbidden, "insufficient-scope")
            try await reader.delete("/v1/customers/\(customer)").expectProblem(.forbidden, "insufficient-scope")
            #expect(try await t.customerCount() == 1)
            #expect(try await t.customer(customer)?.name == "Ana")

            // A write-only key cannot read.
            let writer = t.api.with(try await t.makeKey("writer", scopes: [.write]))
            try await writer.get("/v1/customers").expectProblem(.forbidden, "insufficient-scope")
            #expect(try await writer.post("/v1/customers", #"{"name":"Bia"}"#).status == .created)
        }
    }

    @Test func theLastUseIsRecorded() async throws {
        try await withAPI { t in
            let key = try await t.makeKey("tracked")
            #expect(try await t.store.read { try await $0.apiKeys.get(key.id) }?.lastUsedAt == nil)
            #expect(try await t.api.with(key).get("/v1/customers").status == .ok)
            let first = try await t.store.read { try await $0.apiKeys.get(key.id) }?.lastUsedAt
            #expect(first == t.clock.now())

            // Written at most once a minute...
            t.clock.advance(by: 30)
            _ = try await t.api.with(key).get("/v1/customers")
            #expect(try await t.store.read { try await $0.apiKeys.get(key.id) }?.lastUsedAt == first)
            // ...then again.
            t.clock.advance(by: 31)
            _ = try await t.api.with(key).get("/v1/customers")
            #expect(try await t.store.read { try await $0.apiKeys.get(key.id) }?.lastUsedAt == t.clock.now())
        }
    }

    @Test func theContractAndDocsNeedNoKey() async throws {
        try await withAPI { t in
            let contract = try await t.api.anonymous.get("/openapi.yaml")
            #expect(contract.status == .ok)
            let docs = try await t.api.anonymous.get("/docs")
            #expect(docs.status == .ok)
        }
    }

    @Test func aKeyOverItsRateLimitGets429WithRetryAfterUntilTheBucketRefills() async throws {
        try await withAPI { t in
            let slow = t.api.with(try await t.makeKey("slow", rateLimitPerSecond: 2))
            // The bucket holds twice the rate: four requests pass with the clock frozen.
            for _ in 0..<4 {
                #expect(try await slow.get("/v1/customers").status == .ok)
            }
            let limited = try await slow.get("/v1/customers")
            try limited.expectProblem(.tooManyRequests, "rate-limited")
            #expect(limited.headers[.retryAfter] == "1")
            try await slow.post("/v1/customers", #"{"name":"Ana"}"#).expectProblem(.tooManyRequests, "rate-limited")
            #expect(try await t.customerCount() == 0)

            // Other keys are not affected.
            #expect(try await t.api.get("/v1/customers").status == .ok)

            // A second later two more requests pass.
            t.clock.advance(by: 1)
            #expect(try await slow.get("/v1/customers").status == .ok)
            #expect(try await slow.post("/v1/customers", #"{"name":"Ana"}"#).status == .created)
            try await slow.get("/v1/customers").expectProblem(.tooManyRequests, "rate-limited")
            #expect(try await t.customerCount() == 1)
        }
    }
}
