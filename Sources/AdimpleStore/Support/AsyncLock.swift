import Synchronization

/// A fair asynchronous mutex: one holder at a time, waiters resumed in arrival order.
/// SQLite allows one writer; this keeps our writers queued in the process instead of
/// spinning on SQLITE_BUSY.
final class AsyncLock: Sendable {
    private struct State {
        var locked = false
        var waiters: [CheckedContinuation<Void, Never>] = []
    }

    private let state = Mutex(State())

    func lock() async {
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            let acquired = state.withLock { state -> Bool in
                if state.locked {
                    state.waiters.append(continuation)
                    return false
                }
                state.locked = true
                return true
            }
            if acquired { continuation.resume() }
        }
    }

    func unlock() {
        let next = state.withLock { state -> CheckedContinuation<Void, Never>? in
            if state.waiters.isEmpty {
                state.locked = false
                return nil
            }
            return state.waiters.removeFirst()
        }
        next?.resume()  // ownership passes straight to the next waiter
    }

    /// Whether someone is queued for the lock (the holder may leave work for them).
    var hasWaiters: Bool { state.withLock { !$0.waiters.isEmpty } }

    func withLock<T: Sendable>(_ body: () async throws -> T) async rethrows -> T {
        await lock()
        defer { unlock() }
        return try await body()
    }
}
