import AdimpleCore
import Foundation
import Hummingbird
import Prometheus

/// `GET /health`: whether Adimple and its database answer. 200 when both do, 503 otherwise,
/// with the reason, so a load balancer takes a node out and a person sees why.
struct HealthRoutes {
    let dependencies: WebDependencies
    let databaseUp: Gauge

    init(dependencies: WebDependencies) {
        self.dependencies = dependencies
        self.databaseUp = dependencies.registry.makeGauge(
            descriptor: MetricNameDescriptor(
                namespace: "adimple", metricName: "database", unitName: "up",
                helpText: "1 when the last health check reached the database"))
    }

    struct Body: ResponseEncodable {
        struct Database: Codable {
            let engine: String?
            let ok: Bool
            let latencyMs: Double?
            let detail: String
        }

        let status: String
        let version: String
        let uptimeSeconds: Int
        let database: Database
    }

    func register(on router: Router<AppRequestContext>) {
        router.get("/health") { _, _ -> EditedResponse<Body> in
            let uptime = Int(Date().timeIntervalSince(dependencies.startedAt))
            guard let store = dependencies.store.store else {
                databaseUp.set(Int64(0))
                let detail = dependencies.store.startupError ?? "database not ready"
                return EditedResponse(
                    status: .serviceUnavailable,
                    response: Body(
                        status: "unavailable", version: dependencies.version, uptimeSeconds: uptime,
                        database: .init(engine: nil, ok: false, latencyMs: nil, detail: detail)))
            }
            let health = await store.checkHealth()
            databaseUp.set(Int64(health.ok ? 1 : 0))
            return EditedResponse(
                status: health.ok ? .ok : .serviceUnavailable,
                response: Body(
                    status: health.ok ? "ok" : "unavailable", version: dependencies.version, uptimeSeconds: uptime,
                    database: .init(
                        engine: health.engine, ok: health.ok, latencyMs: (health.latencyMilliseconds * 100).rounded() / 100,
                        detail: health.detail)))
        }
    }
}
