import AdimpleCore
import AdimpleIntegrations
import AdimpleStore
import BrazilKit
import Foundation
import Hummingbird
import Logging
import Synchronization

/// Webhook delivery against a local receiver (Hummingbird on 127.0.0.1), with the real
/// dispatcher, sender (AsyncHTTPClient), signing and a durable SQLite store:
///
/// 1. `events` events to four healthy endpoints: deliveries per second;
/// 2. the same again with a fifth endpoint that accepts connections and never answers: the
///    healthy endpoints' deliveries per second, and how much slower that is.
struct WebhookScenario {
    let directory: URL
    var events = 2_000

    func run() async throws -> [ScenarioResult] {
        let received = Counter()
        let router = Router()
        router.post("hook/:n") { _, _ in
            received.increment()
            return Response(status: .ok)
        }
        router.post("dead") { _, _ -> Response in
            try await Task.sleep(for: .seconds(3600))  // accepts, never answers
            return Response(status: .ok)
        }
        let port = Int(20_000 + getpid() % 1000)
        let app = Application(
            router: router, configuration: .init(address: .hostname("127.0.0.1", port: port)),
            logger: Logger(label: "bench.receiver"))
        let server = Task { try await app.runService() }
        defer { server.cancel() }
        while httpStatus(port: port, path: "/health") == nil { try await Task.sleep(for: .milliseconds(20)) }

        let alone = try await measure(port: port, dead: false, received: received, name: "alone")
        let withDead = try await measure(port: port, dead: true, received: received, name: "with-dead")
        let slowdown = alone.perSecond > 0 ? (1 - withDead.perSecond / alone.perSecond) * 100 : 0
        return [
            ScenarioResult(
                "webhooks-deliver",
                ["deliveries": .int(alone.count), "seconds": .double(alone.seconds), "deliveries_per_second": .double(alone.perSecond)]),
            ScenarioResult(
                "webhooks-deliver-with-dead-endpoint",
                [
                    "deliveries": .int(withDead.count), "seconds": .double(withDead.seconds),
                    "deliveries_per_second": .double(withDead.perSecond), "slowdown_percent": .double(slowdown),
                ]),
        ]
    }

    private func measure(port: Int, dead: Bool, received: Counter, name: String) async throws
        -> (count: Int, seconds: Double, perSecond: Double)
    {
        let path = directory.appendingPathComponent("webhooks-\(name).sqlite").path
        let store = try await StoreFactory.open(path)
        let clock = SystemWallClock()
        let ids = TimeOrderedIDGenerator(clock: clock)
        let healthy = 4
        var urls = (0..<healthy).map { "http://127.0.0.1:\(port)/hook/\($0)" }
        if dead { urls.append("http://127.0.0.1:\(port)/dead") }
        for url in urls {
            let now = clock.now()
            try await store.write { session in
                try await session.webhooks.insertEndpoint(
                    WebhookEndpoint(
                        id: ids.next(.webhookEndpoint), url: url, eventTypes: [], description: nil,
                        secret: WebhookSignature.generateSecret(), enabled: true, disabledReason: nil, createdAt: now,
                        updatedAt: now))
            }
        }
        let payload = #"{"id":"chg_bench","amount":12345,"status":"open"}"#
        for start in stride(from: 0, to: events, by: 500) {
            try await store.write { session in
                for _ in start..<min(start + 500, events) {
                    try await session.events.append(
                        DomainEvent(
                            id: ids.next(.event), type: .chargeCreated, occurredAt: clock.now(), customerID: nil,
                            chargeID: nil, payload: payload))
                }
            }
        }
        let target = events * healthy
        received.reset()
        var logger = Logger(label: "bench.webhooks")
        logger.logLevel = .error
        let sender = WebhookSender(
            configuration: .init(timeout: .seconds(10), allowPrivateTargets: true), clock: clock, logger: logger)
        let dispatcher = WebhookDispatcher(
            store: store, clock: clock, ids: ids, sender: sender,
            targetGuard: WebhookTargetGuard(allowPrivateTargets: true, allowInsecureHTTP: true), logger: logger)
        let started = ContinuousClock.now
        let running = Task { await dispatcher.run() }
        while received.value < target, ContinuousClock.now - started < .seconds(300) {
            try await Task.sleep(for: .milliseconds(10))
        }
        let elapsed = seconds(ContinuousClock.now - started)
        running.cancel()
        _ = await running.value
        try? await sender.shutdown()
        try await store.shutdown()
        let count = received.value
        guard count >= target else { throw BenchError("only \(count) of \(target) webhooks arrived") }
        return (target, elapsed, Double(target) / elapsed)
    }
}

/// Requests the receiver answered, shared with its handlers.
final class Counter: Sendable {
    private let count = Atomic<Int>(0)
    func increment() { count.add(1, ordering: .relaxed) }
    func reset() { count.store(0, ordering: .relaxed) }
    var value: Int { count.load(ordering: .relaxed) }
}
