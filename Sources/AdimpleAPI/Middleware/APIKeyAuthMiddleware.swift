import AdimpleCore
import AdimpleWeb
package import Foundation
import HTTPTypes
import Hummingbird
import Synchronization

/// Authenticates `Authorization: Bearer adm_live_…`, enforces the key's scope (GET reads,
/// everything else writes) and records when the key was last used.
///
/// Keys are looked up by the SHA-256 of what the caller sent and cached for a few seconds so
/// a hot path does not hit the database on every request; a revoked key stops working within
/// that time on every node. The last-use time is written at most once a minute per key.
package final class APIKeyAuthMiddleware<Context: RequestContext>: RouterMiddleware, Sendable {
    private struct Cached {
        let key: APIKey?
        let fetched: Date
    }

    private let environment: APIEnvironment
    private let cache = Mutex<[String: Cached]>([:])
    private let lastRecorded = Mutex<[String: Date]>([:])
    let cacheTTL: TimeInterval
    let useRecordInterval: TimeInterval = 60

    package init(environment: APIEnvironment, cacheTTL: TimeInterval = 5) {
        self.environment = environment
        self.cacheTTL = cacheTTL
    }

    package func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response)
        async throws -> Response
    {
        guard let header = request.headers[.authorization] else {
            throw APIError.unauthorized("Send an API key: Authorization: Bearer adm_live_…")
        }
        let parts = header.split(separator: " ", maxSplits: 1)
        guard parts.count == 2, parts[0].lowercased() == "bearer", parts[1].hasPrefix(APIKeyMint.keyPrefix) else {
            throw APIError.unauthorized("The Authorization header must be `Bearer adm_live_…`.")
        }
        let hash = APIKeyMint.hash(String(parts[1]))
        let now = environment.clock.now()
        guard let key = try await lookUp(hash: hash, now: now) else {
            throw APIError.unauthorized("This API key does not exist.")
        }
        if key.isRevoked {
            throw APIError.unauthorized("This API key was revoked.")
        }
        let needed: APIScope = request.method == .get || request.method == .head ? .read : .write
        guard key.scopes.contains(needed) else {
            throw APIError(
                .forbidden, type: "insufficient-scope", title: "Insufficient scope",
                detail: "This API key lacks the `\(needed.rawValue)` scope this request needs.")
        }
        try await recordUse(of: key, now: now)
        return try await APIPrincipal.$current.withValue(APIPrincipal(key: key)) {
            try await next(request, context)
        }
    }

    private func lookUp(hash: String, now: Date) async throws -> APIKey? {
        if let cached = cache.withLock({ $0[hash] }), now.timeIntervalSince(cached.fetched) < cacheTTL {
            return cached.key
        }
        let store = try environment.store.require()
        let key = try await store.read { try await $0.apiKeys.find(hash: hash) }
        cache.withLock { cache in
            if cache.count > 10_000 { cache.removeAll() }  // unknown keys must not grow it forever
            cache[hash] = Cached(key: key, fetched: now)
        }
        return key
    }

    private func recordUse(of key: APIKey, now: Date) async throws {
        let due = lastRecorded.withLock { recorded -> Bool in
            if let last = recorded[key.id.rawValue], now.timeIntervalSince(last) < useRecordInterval { return false }
            recorded[key.id.rawValue] = now
            return true
        }
        guard due else { return }
        let store = try environment.store.require()
        try await store.write { try await $0.apiKeys.recordUse(key.id, at: now) }
    }
}
