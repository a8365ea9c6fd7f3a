import AdimpleCore
internal import Foundation
import HTTPTypes
import Hummingbird
import Synchronization

/// Per-key token buckets: each key refills at its `rateLimitPerSecond` and holds twice that,
/// so short bursts pass and a runaway loop gets `429` with `Retry-After`. Buckets live in the
/// process; with several nodes each applies the limit on its own share of the traffic.
package final class RateLimitMiddleware<Context: RequestContext>: RouterMiddleware, Sendable {
    private struct Bucket {
        var tokens: Double
        var updated: Date
    }

    private let clock: any WallClock
    private let buckets = Mutex<[String: Bucket]>([:])

    package init(clock: any WallClock) { self.clock = clock }

    package func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response)
        async throws -> Response
    {
        guard let key = APIPrincipal.current?.key else { return try await next(request, context) }
        let rate = Double(max(1, key.rateLimitPerSecond))
        let capacity = rate * 2
        let now = clock.now()
        let wait = buckets.withLock { buckets -> Double? in
            var bucket = buckets[key.id.rawValue] ?? Bucket(tokens: capacity, updated: now)
            bucket.tokens = min(capacity, bucket.tokens + max(0, now.timeIntervalSince(bucket.updated)) * rate)
            bucket.updated = now
            defer { buckets[key.id.rawValue] = bucket }
            if bucket.tokens >= 1 {
                bucket.tokens -= 1
                return nil
            }
            return (1 - bucket.tokens) / rate
        }
        if let wait {
            let seconds = max(1, Int(wait.rounded(.up)))
            throw APIError(
                .tooManyRequests, type: "rate-limited", title: "Too many requests",
                detail: "This API key may make \(key.rateLimitPerSecond) requests per second; retry in \(seconds) s.",
                headers: [.retryAfter: String(seconds)])
        }
        return try await next(request, context)
    }
}
