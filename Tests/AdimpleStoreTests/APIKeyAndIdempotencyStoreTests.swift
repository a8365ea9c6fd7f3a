import AdimpleCore
import AdimpleStore
import Foundation
import Testing

@Suite struct APIKeyStoreTests {
    static let t0 = Date(timeIntervalSince1970: 1_772_000_000.125)

    static func key(_ n: Int, createdAt: Date, scopes: Set<APIScope> = [.read, .write]) -> APIKey {
        APIKey(
            id: APIKey.ID("key_\(n)"), name: "ERP \(n)", prefix: "adm_live_Ab\(n)",
            hash: String(repeating: "\(n)", count: 64),
            scopes: scopes, rateLimitPerSecond: 10 * n, createdAt: createdAt)
    }

    @Test(arguments: StoreFixture.engines)
    func keysAreFoundByHashListedNewestFirstRevokedAndUsed(engine: String) async throws {
        try await StoreFixture.withStore(engine) { store in
            let first = Self.key(1, createdAt: Self.t0, scopes: [.read])
            let second = Self.key(2, createdAt: Self.t0.addingTimeInterval(60))
            try await store.write { try await $0.apiKeys.insert(first) }
            try await store.write { try await $0.apiKeys.insert(second) }

            #expect(try await store.read { try await $0.apiKeys.find(hash: first.hash) } == first)
            #expect(try await store.read { try await $0.apiKeys.find(hash: String(repeating: "9", count: 64)) } == nil)
            #expect(try await store.read { try await $0.apiKeys.get(second.id) } == second)
            #expect(try await store.read { try await $0.apiKeys.get(APIKey.ID("key_missing")) } == nil)
            #expect(try await store.read { try await $0.apiKeys.list() }.map(\.id) == [second.id, first.id])

            let revokedAt = Self.t0.addingTimeInterval(3600)
            try await store.write { try await $0.apiKeys.revoke(first.id, at: revokedAt) }
            // A second revoke keeps the first instant.
            try await store.write { try await $0.apiKeys.revoke(first.id, at: revokedAt.addingTimeInterval(10)) }
            let revoked = try #require(try await store.read { try await $0.apiKeys.get(first.id) })
            #expect(revoked.revokedAt == revokedAt)
            #expect(revoked.isRevoked)
            #expect(try await store.read { try await $0.apiKeys.get(second.id) }?.isRevoked == false)
            await #expect {
                try await store.write { try await $0.apiKeys.revoke(APIKey.ID("key_missing"), at: revokedAt) }
            } throws: { ($0 as? DomainError)?.code == .notFound }

            let used = Self.t0.addingTimeInterval(120)
            try await store.write { try await $0.apiKeys.recordUse(second.id, at: used) }
            // An older use recorded late does not move the instant back.
            try await store.write { try await $0.apiKeys.recordUse(second.id, at: used.addingTimeInterval(-30)) }
            let afterUse = try #require(try await store.read { try await $0.apiKeys.get(second.id) })
            #expect(afterUse.lastUsedAt == used)
            #expect(afterUse.scopes == [.read, .write])
            #expect(afterUse.rateLimitPerSecond == 20)
            #expect(try await store.read { try await $0.apiKeys.get(first.id) }?.lastUsedAt == nil)
        }
    }

    @Test(arguments: StoreFixture.engines)
    func aSecondKeyWithTheSameHashIsADuplicate(engine: String) async throws {
        try await StoreFixture.withStore(engine) { store in
            try await store.write { try await $0.apiKeys.insert(Self.key(1, createdAt: Self.t0)) }
            let clash = APIKey(
                id: APIKey.ID("key_other"), name: "Other", prefix: "adm_live_Zz",
                hash: Self.key(1, createdAt: Self.t0).hash,
                scopes: [.read], rateLimitPerSecond: 5, createdAt: Self.t0)
            await #expect {
                try await store.write { try await $0.apiKeys.insert(clash) }
            } throws: { ($0 as? DomainError)?.code == .duplicate }
            #expect(try await store.read { try await $0.apiKeys.list() }.count == 1)
        }
    }
}

@Suite struct IdempotencyStoreTests {
    static let now = Date(timeIntervalSince1970: 1_772_000_000)
    static let keyID = APIKey.ID("key_1")

    static func record(
        _ key: String = "idem-1", fingerprint: String = "aaaa", at: Date = now, lockedFor seconds: TimeInterval = 60,
        apiKeyID: APIKey.ID = keyID
    ) -> IdempotencyRecord {
        IdempotencyRecord(
            apiKeyID: apiKeyID, key: key, method: "POST", path: "/v1/charges", fingerprint: fingerprint, createdAt: at,
            lockedUntil: at.addingTimeInterval(seconds), response: nil)
    }

    static func claim(_ store: SQLStore, _ record: IdempotencyRecord, now: Date) async throws -> IdempotencyClaim {
        try await store.write { try await $0.idempotency.claim(record, now: now) }
    }

    @Test(arguments: StoreFixture.engines)
    func aClaimIsInFlightForOthersThenReplaysTheSameBytes(engine: String) async throws {
        try await StoreFixture.withStore(engine) { store in
            let mine = Self.record(fingerprint: "f1")
            #expect(try await Self.claim(store, mine, now: Self.now) == .claimed)

            let other = Self.record(fingerprint: "f2", at: Self.now.addingTimeInterval(1))
            guard case .inFlight(let held) = try await Self.claim(store, other, now: Self.now.addingTimeInterval(1))
            else {
                Issue.record("a second claimer must see the key in flight")
                return
            }
            #expect(held.fingerprint == "f1")
            #expect(held.lockedUntil == Self.now.addingTimeInterval(60))
            #expect(held.response == nil)

            // Not valid UTF-8 on purpose: the body is kept as bytes.
            let body: [UInt8] = [0x7B, 0x00, 0xFF, 0xC3, 0x28, 0x7D]
            let response = StoredResponse(
                status: 201,
                headers: [["Content-Type", "application/json"], ["Location", "/v1/charges/chg_1"], ["X-Q", "a\"b"]],
                body: body)
            try await store.write {
                try await $0.idempotency.complete(apiKeyID: Self.keyID, key: "idem-1", response: response)
            }
            // Releasing a finished record changes nothing.
            try await store.write { try await $0.idempotency.release(apiKeyID: Self.keyID, key: "idem-1") }

            // Even after the original lock would have expired, a finished record replays.
            guard case .existing(let done) = try await Self.claim(store, other, now: Self.now.addingTimeInterval(600))
            else {
                Issue.record("a finished key must replay")
                return
            }
            #expect(done.response == response)
            #expect(done.response?.body == body)
            #expect(done.lockedUntil == nil)
            #expect(done.fingerprint == "f1")
            #expect(done.method == "POST")
            #expect(done.path == "/v1/charges")
            #expect(done.createdAt == Self.now)

            // The same key under another API key is another record.
            let otherKey = Self.record(apiKeyID: APIKey.ID("key_2"))
            #expect(try await Self.claim(store, otherKey, now: Self.now) == .claimed)
        }
    }

    @Test(arguments: StoreFixture.engines)
    func anExpiredClaimIsTakenOverByTheNextRequest(engine: String) async throws {
        try await StoreFixture.withStore(engine) { store in
            #expect(
                try await Self.claim(store, Self.record(fingerprint: "dead", lockedFor: 30), now: Self.now) == .claimed)
            let later = Self.now.addingTimeInterval(30)  // locked_until == now: expired
            let next = Self.record(fingerprint: "alive", at: later, lockedFor: 60)
            #expect(try await Self.claim(store, next, now: later) == .claimed)
            let third = Self.record(fingerprint: "third", at: later.addingTimeInterval(1))
            guard case .inFlight(let held) = try await Self.claim(store, third, now: later.addingTimeInterval(1)) else {
                Issue.record("the taken-over claim must be in flight")
                return
            }
            #expect(held.fingerprint == "alive")
            #expect(held.createdAt == later)
            #expect(held.lockedUntil == later.addingTimeInterval(60))
        }
    }

    @Test(arguments: StoreFixture.engines)
    func releaseFreesTheKeyForARetry(engine: String) async throws {
        try await StoreFixture.withStore(engine) { store in
            #expect(try await Self.claim(store, Self.record(), now: Self.now) == .claimed)
            try await store.write { try await $0.idempotency.release(apiKeyID: Self.keyID, key: "idem-1") }
            #expect(try await Self.claim(store, Self.record(fingerprint: "retry"), now: Self.now) == .claimed)
            #expect(try await Self.claim(store, Self.record(), now: Self.now) != .claimed)
        }
    }

    @Test(arguments: StoreFixture.engines)
    func purgeDeletesRecordsCreatedBeforeTheCutoff(engine: String) async throws {
        try await StoreFixture.withStore(engine) { store in
            let old = Self.record("old", at: Self.now)
            let recent = Self.record("recent", at: Self.now.addingTimeInterval(86_400))
            #expect(try await Self.claim(store, old, now: Self.now) == .claimed)
            #expect(try await Self.claim(store, recent, now: Self.now) == .claimed)
            try await store.write {
                try await $0.idempotency.complete(
                    apiKeyID: Self.keyID, key: "old", response: StoredResponse(status: 200, headers: [], body: []))
            }
            // An empty body replays as empty bytes.
            guard case .existing(let finished) = try await Self.claim(store, old, now: Self.now) else {
                Issue.record("a finished key must replay")
                return
            }
            #expect(finished.response == StoredResponse(status: 200, headers: [], body: []))
            let purged = try await store.write {
                try await $0.idempotency.purge(createdBefore: Self.now.addingTimeInterval(3600))
            }
            #expect(purged == 1)
            // The old key is free again; the recent one is still held.
            #expect(try await Self.claim(store, old, now: Self.now) == .claimed)
            #expect(try await Self.claim(store, recent, now: Self.now) != .claimed)
            #expect(try await store.write { try await $0.idempotency.purge(createdBefore: Self.now) } == 0)
        }
    }

    @Test(arguments: StoreFixture.engines)
    func concurrentClaimersGetTheKeyExactlyOnce(engine: String) async throws {
        try await StoreFixture.withStore(engine) { store in
            func race(_ record: @escaping @Sendable (Int) -> IdempotencyRecord, now: Date) async throws
                -> [IdempotencyClaim]
            {
                try await withThrowingTaskGroup(of: IdempotencyClaim.self) { group in
                    for n in 0..<8 {
                        group.addTask { try await Self.claim(store, record(n), now: now) }
                    }
                    return try await group.reduce(into: []) { $0.append($1) }
                }
            }
            let fresh = try await race({ Self.record("race", fingerprint: "f\($0)") }, now: Self.now)
            #expect(fresh.filter { $0 == .claimed }.count == 1)
            #expect(fresh.count == 8)

            // Once the lock has expired, exactly one of many takes it over.
            let later = Self.now.addingTimeInterval(120)
            let takeover = try await race({ Self.record("race", fingerprint: "g\($0)", at: later) }, now: later)
            #expect(takeover.filter { $0 == .claimed }.count == 1)
        }
    }
}
