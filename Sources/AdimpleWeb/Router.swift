import Hummingbird

/// Builds the router with every route of this build: health and metrics now; the API and
/// the back office add theirs here.
public func buildRouter(_ dependencies: WebDependencies) -> Router<AppRequestContext> {
    let router = Router(context: AppRequestContext.self)
    router.add(middleware: ProblemMiddleware())
    router.add(middleware: MetricsMiddleware())
    HealthRoutes(dependencies: dependencies).register(on: router)
    MetricsRoutes(registry: dependencies.registry, store: dependencies.store).register(on: router)
    return router
}
