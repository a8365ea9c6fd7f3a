import AdimpleAPI
import AdimpleApp
import AdimpleCore
import AdimpleStore
import Foundation
import Hummingbird
import HummingbirdTesting
import HTTPTypes
import Logging
import ServiceLifecycle
import Synchronization
import Testing

/// `adimple serve` delivers webhooks by itself: an endpoint registered through the API gets
/// the signed event of a customer created through the API, on a real receiver on 127.0.0.1.
@Suite struct WebhookServiceTests {
    final class Inbox: Sendable {
        let bodies = Mutex<[(id: String?, signature: String?, body: String)]>([])
    }

    @Test func theServerDeliversTheEventsOfAChangeToARegisteredEndpoint() async throws {
        let inbox = Inbox()
        let router = Router()
        router.post("hook") { request, _ -> Response in
            let body = try await request.body.collect(upTo: 1 << 20)
            let id = request.headers[HTTPField.Name("webhook-id")!]
            let signature = request.headers[HTTPField.Name("webhook-signature")!]
            inbox.bodies.withLock { $0.append((id, signature, String(buffer: body))) }
            return Response(status: .ok)
        }
        let receivedPort = Mutex<Int?>(nil)
        let receiver = Application(
            router: router, configuration: .init(address: .hostname("127.0.0.1", port: 0)),
            onServerRunning: { channel in receivedPort.withLock { $0 = channel.localAddress?.port } },
            logger: Logger(label: "receiver"))
        // Stopped gracefully, not by cancelling the serving task (which can trap on a
        // connection NIO accepted but had not handed over yet: swift-nio#2637).
        let group = ServiceGroup(
            configuration: .init(services: [receiver], gracefulShutdownSignals: [], logger: Logger(label: "receiver")))
        let receiving = Task { try await group.run() }
        var port: Int?
        for _ in 0..<200 where port == nil {
            port = receivedPort.withLock { $0 }
            if port == nil { try await Task.sleep(for: .milliseconds(10)) }
        }
        let receiverPort = try #require(port)

        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("adimple-wh-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("wh.sqlite").path
        let store = try await StoreFactory.open(path)
        let key = try await APITestContext.makeKey(
            in: store, name: "wh", scopes: [.read, .write], rateLimitPerSecond: 1000, at: Date())
        var configuration = AppConfiguration(port: 0, database: path)
        configuration.allowPrivateWebhookTargets = true
        configuration.deliverWebhooks = true
        let app = buildApplication(configuration: configuration, store: store, logger: Logger(label: "wh-test"))
        try await app.test(.router) { client in
            let api = APIClient(client: client, authorization: key.bearer)
            let endpoint = try await api.post(
                "/v1/webhook_endpoints", #"{"url":"http://127.0.0.1:\#(receiverPort)/hook","events":["customer.created"]}"#)
            #expect(endpoint.status == .created, "\(endpoint.text)")
            let secret = try #require(try endpoint.json()["secret"]?.string)
            let customer = try await api.post("/v1/customers", #"{"name":"Joana Webhook"}"#)
            #expect(customer.status == .created)
            let customerID = try customer.id()

            var delivered: [(id: String?, signature: String?, body: String)] = []
            for _ in 0..<500 where delivered.isEmpty {
                try await Task.sleep(for: .milliseconds(20))
                delivered = inbox.bodies.withLock { $0 }
            }
            let message = try #require(delivered.first, "no webhook arrived within 10 s")
            #expect(message.body.contains(#""type":"customer.created""#))
            #expect(message.body.contains(customerID))
            #expect(message.id?.hasPrefix("evt_") == true)
            #expect(message.signature?.hasPrefix("v1,") == true)
            #expect(secret.hasPrefix("whsec_"))
        }
        try await store.shutdown()
        await group.triggerGracefulShutdown()
        _ = await receiving.result
    }
}
