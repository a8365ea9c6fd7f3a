import Synchronization
import AdimpleCore
import Foundation
import Hummingbird
import Prometheus

/// The request context every route uses.
public typealias AppRequestContext = BasicRequestContext

/// What the routes need from the application, given by the composition root.
public struct WebDependencies: Sendable {
    /// The store, once it is open and migrated; nil while the database is unreachable at start.
    public let store: StoreHolder
    public let registry: PrometheusCollectorRegistry
    public let version: String
    public let startedAt: Date

    public init(store: StoreHolder, registry: PrometheusCollectorRegistry, version: String, startedAt: Date) {
        self.store = store
        self.registry = registry
        self.version = version
        self.startedAt = startedAt
    }
}

/// Holds the store, which may arrive after the server starts (a PostgreSQL that was down at
/// start is retried in the background while the server answers 503).
public final class StoreHolder: Sendable {
    private let current: Mutex<(any Store)?>
    private let lastError: Mutex<String?>

    public init(_ store: (any Store)? = nil) {
        current = Mutex(store)
        lastError = Mutex(nil)
    }

    public var store: (any Store)? { current.withLock { $0 } }
    public var startupError: String? { lastError.withLock { $0 } }

    public func set(_ store: any Store) {
        current.withLock { $0 = store }
        lastError.withLock { $0 = nil }
    }

    public func fail(_ message: String) { lastError.withLock { $0 = message } }

    /// The store, or the 503 that says it is not there.
    public func require() throws -> any Store {
        guard let store else { throw StoreUnavailableError(startupError ?? "database not ready") }
        return store
    }
}
