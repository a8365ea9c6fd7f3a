import AdimpleCore
import AdimpleWeb
import Foundation
import Logging
import ServiceLifecycle

/// Housekeeping inside `adimple serve`: forgets Idempotency-Keys past their retention (the
/// contract promises at least 24 hours; they are kept 48) once at start and then every hour.
struct MaintenanceService: Service {
    let holder: StoreHolder
    let clock: any WallClock
    var idempotencyRetention: TimeInterval = 48 * 3600
    var interval: Duration = .seconds(3600)
    let logger: Logger

    func run() async throws {
        while !Task.isShuttingDownGracefully && !Task.isCancelled {
            if let store = holder.store {
                do {
                    let cutoff = clock.now().addingTimeInterval(-idempotencyRetention)
                    let purged = try await store.write { try await $0.idempotency.purge(createdBefore: cutoff) }
                    if purged > 0 { logger.info("idempotency keys purged", metadata: ["count": "\(purged)"]) }
                } catch {
                    logger.warning("idempotency purge failed", metadata: ["error": "\(error)"])
                }
            }
            do {
                // Until the store is there, look again soon; after a purge, wait the interval.
                try await cancelWhenGracefulShutdown {
                    try await Task.sleep(for: holder.store == nil ? .seconds(1) : interval)
                }
            } catch {
                return
            }
        }
    }
}
