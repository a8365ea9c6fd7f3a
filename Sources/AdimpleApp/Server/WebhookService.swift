import AdimpleCore
import AdimpleIntegrations
import AdimpleWeb
import Logging
import ServiceLifecycle

/// Delivers webhooks inside `adimple serve` (and on every node that has
/// `ADIMPLE_WEBHOOKS_DELIVER` on): waits for the store, then runs the dispatcher until the
/// server shuts down. Deliveries are claimed with a lease, so several nodes may run it.
struct WebhookService: Service {
    let holder: StoreHolder
    let clock: any WallClock
    let targetGuard: WebhookTargetGuard
    let allowPrivateTargets: Bool
    let logger: Logger

    func run() async throws {
        // The store arrives when StoreService has opened and migrated it.
        var store = holder.store
        while store == nil {
            do {
                try await cancelWhenGracefulShutdown { try await Task.sleep(for: .milliseconds(200)) }
            } catch {
                return
            }
            if Task.isShuttingDownGracefully || Task.isCancelled { return }
            store = holder.store
        }
        guard let store else { return }
        let sender = WebhookSender(
            configuration: .init(allowPrivateTargets: allowPrivateTargets), clock: clock, logger: logger)
        let dispatcher = WebhookDispatcher(
            store: store, clock: clock, ids: TimeOrderedIDGenerator(clock: clock), sender: sender,
            targetGuard: targetGuard, logger: logger)
        logger.info("webhook delivery running")
        // `run` loops until its task is cancelled, which graceful shutdown does.
        await cancelWhenGracefulShutdown { await dispatcher.run() }
        try? await sender.shutdown()
    }
}
