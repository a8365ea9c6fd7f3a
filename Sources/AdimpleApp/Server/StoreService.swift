import AdimpleCore
import AdimpleStore
import AdimpleWeb
import Logging
import ServiceLifecycle

/// Opens the store (and migrates it) as a lifecycle service, keeps it for the routes, and
/// closes it on shutdown.
///
/// When the database cannot be opened — a PostgreSQL that is down, an SQLite file that is
/// locked or whose folder is missing — the server still runs: `/health` reports the reason,
/// requests get 503, and the open is retried until it works.
struct StoreService: Service {
    let holder: StoreHolder
    let location: String
    let logger: Logger
    /// Runs once the store is open and serving (the demo load, for example); its failure is
    /// logged and does not stop the server.
    let onReady: @Sendable (SQLStore) async throws -> Void
    var retryDelay: Duration = .seconds(2)

    func run() async throws {
        var opened: SQLStore?
        while opened == nil {
            do {
                let store = try await StoreFactory.open(location, logger: logger)
                holder.set(store)
                opened = store
                logger.info("database ready", metadata: ["engine": "\(store.engine)", "location": "\(StoreFactory.redacted(location))"])
                // The server answers while this runs (the demo company loads in a few seconds).
                do {
                    try await onReady(store)
                } catch {
                    logger.error("start-up task failed", metadata: ["error": "\(error)"])
                }
            } catch {
                holder.fail("\(error)")
                logger.error(
                    "database not available; retrying", metadata: ["location": "\(StoreFactory.redacted(location))", "error": "\(error)"])
                do {
                    try await cancelWhenGracefulShutdown { try await Task.sleep(for: retryDelay) }
                } catch {
                    return
                }
                if Task.isShuttingDownGracefully || Task.isCancelled { return }
            }
        }
        try? await gracefulShutdown()
        try await opened?.shutdown()
    }
}
