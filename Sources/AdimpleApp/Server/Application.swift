import AdimpleAPI
import AdimpleCore
import AdimpleIntegrations
import AdimpleStore
import BrazilKit
import AdimpleWeb
import Foundation
import Hummingbird
import Logging
import Prometheus
import ServiceLifecycle

/// The version this build reports.
public let adimpleVersion = "0.1.0"

/// Builds the HTTP application with its services, in dependency order: the store first,
/// then the server.
///
/// - Parameters:
///   - configuration: host, port, database and the rest.
///   - registry: where metrics go (`/metrics` shows it).
///   - store: an already open store (tests); when nil the store service opens the
///     configured one and `onStoreReady` runs once it is migrated.
public func buildApplication(
    configuration: AppConfiguration,
    registry: PrometheusCollectorRegistry = PrometheusCollectorRegistry(),
    store: (any Store)? = nil,
    logger: Logger,
    clock: any WallClock = SystemWallClock(),
    onStoreReady: @escaping @Sendable (SQLStore) async throws -> Void = { _ in },
    onServerRunning: @escaping @Sendable (Int) async -> Void = { _ in }
) -> some ApplicationProtocol {
    let holder = StoreHolder(store)
    let dependencies = WebDependencies(
        store: holder, registry: registry, version: adimpleVersion, startedAt: Date())
    let router = buildRouter(dependencies)
    let targetGuard = WebhookTargetGuard(
        allowPrivateTargets: configuration.allowPrivateWebhookTargets,
        allowInsecureHTTP: configuration.allowPrivateWebhookTargets)
    let environment = APIEnvironment(
        store: holder, clock: clock, ids: TimeOrderedIDGenerator(clock: clock), calendar: configuration.calendar,
        checkWebhookURL: { url in
            do throws(WebhookTargetError) {
                _ = try await targetGuard.check(url)
            } catch {
                throw APIError.invalid("url", error.message(.en), value: error.url)  // redacted: no user:password
            }
        })
    registerAPI(on: router, environment: environment)
    var services: [any Service] = []
    if store == nil {
        services.append(
            StoreService(holder: holder, location: configuration.database, logger: logger, onReady: onStoreReady))
    }
    services.append(MaintenanceService(holder: holder, clock: clock, logger: Logger(label: "adimple.maintenance")))
    if configuration.deliverWebhooks {
        services.append(
            WebhookService(
                holder: holder, clock: clock, targetGuard: targetGuard,
                allowPrivateTargets: configuration.allowPrivateWebhookTargets,
                logger: Logger(label: "adimple.webhooks")))
    }
    return Application(
        router: router,
        configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: "Adimple"),
        services: services,
        onServerRunning: { channel in await onServerRunning(channel.localAddress?.port ?? configuration.port) },
        logger: logger
    )
}

/// The services every use case needs, over one store.
public func makeServiceContext(store: any Store, configuration: AppConfiguration, clock: any WallClock = SystemWallClock())
    -> ServiceContext
{
    ServiceContext(
        store: store, clock: clock, ids: TimeOrderedIDGenerator(clock: clock), calendar: configuration.calendar)
}
