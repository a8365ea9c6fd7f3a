import Synchronization

/// Remembers the SSRF check of each URL for a short while: resolving the same host for
/// every one of hundreds of deliveries a second would put a DNS query in front of each.
/// Reusing an answer for seconds opens no hole: the sender checks the address of every
/// connection it opens anyway.
final class TargetCheckCache: Sendable {
    private struct Entry {
        let expires: ContinuousClock.Instant
        let result: Result<WebhookTarget, WebhookTargetError>
    }

    private static let maximumEntries = 10_000
    private let entries = Mutex<[String: Entry]>([:])
    private let targetGuard: WebhookTargetGuard
    private let duration: Duration

    init(targetGuard: WebhookTargetGuard, duration: Duration) {
        self.targetGuard = targetGuard
        self.duration = duration
    }

    func check(_ url: String) async -> Result<WebhookTarget, WebhookTargetError> {
        let now = ContinuousClock.now
        if let entry = entries.withLock({ $0[url] }), entry.expires > now { return entry.result }
        let result: Result<WebhookTarget, WebhookTargetError>
        do {
            result = .success(try await targetGuard.check(url))
        } catch {
            result = .failure(error)
        }
        entries.withLock { entries in
            if entries.count >= Self.maximumEntries { entries.removeAll() }
            entries[url] = Entry(expires: now + duration, result: result)
        }
        return result
    }
}
