import AdimpleCore
import BrazilKit
import Hummingbird
import Logging
import Prometheus

/// `GET /metrics`: Prometheus text exposition of everything registered, with the business
/// gauges (customers, charges by status, open receivables) refreshed at each scrape.
struct MetricsRoutes {
    let registry: PrometheusCollectorRegistry
    let store: StoreHolder

    func register(on router: Router<AppRequestContext>) {
        let customers = registry.makeGauge(
            descriptor: MetricNameDescriptor(
                namespace: "adimple", metricName: "customers", unitName: "total", helpText: "Customers registered"))
        let receivable = registry.makeGauge(
            descriptor: MetricNameDescriptor(
                namespace: "adimple", metricName: "receivable_open", unitName: "centavos",
                helpText: "Principal still owed on issued charges (ledger receivable balance)"))
        let charges = ChargeStatus.allCases.map { status in
            (
                status,
                registry.makeGauge(
                    descriptor: MetricNameDescriptor(
                        namespace: "adimple", metricName: "charges", unitName: "total", helpText: "Charges by status"),
                    labels: [("status", status.rawValue)])
            )
        }
        router.get("/metrics") { _, context -> Response in
            if let store = store.store {
                do {
                    let (customerCount, counts, open) = try await store.read { session in
                        var counts: [ChargeStatus: Int] = [:]
                        for status in ChargeStatus.allCases { counts[status] = try await session.charges.count(status: status) }
                        return (
                            try await session.customers.count(), counts,
                            try await session.ledger.balance(.receivable, chargeID: nil)
                        )
                    }
                    customers.set(Int64(customerCount))
                    receivable.set(open.centavos)
                    for (status, gauge) in charges { gauge.set(Int64(counts[status] ?? 0)) }
                } catch {
                    // The scrape still answers with what it has; /health tells about the database.
                    context.logger.warning("business metrics unavailable", metadata: ["error": "\(type(of: error))"])
                }
            }
            var bytes: [UInt8] = []
            bytes.reserveCapacity(4096)
            registry.emit(into: &bytes)
            return Response(
                status: .ok, headers: [.contentType: "text/plain; version=0.0.4; charset=utf-8"],
                body: .init(byteBuffer: ByteBuffer(bytes: bytes)))
        }
    }
}
