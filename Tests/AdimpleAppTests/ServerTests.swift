import AdimpleApp
import AdimpleCore
import AdimpleStore
import Foundation
import Hummingbird
import HummingbirdTesting
import Logging
import Testing

@Suite struct ServerTests {
    /// No webhook delivery in these tests: they are about the server and the store.
    static func configuration(_ path: String) -> AppConfiguration {
        var configuration = AppConfiguration(port: 0, database: path)
        configuration.deliverWebhooks = false
        return configuration
    }

    /// An application over a fresh SQLite store; `prepare` runs before the requests.
    private func withApp(
        prepare: (String) throws -> Void = { _ in }, _ test: @escaping @Sendable (any TestClientProtocol) async throws -> Void
    ) async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("adimple-app-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("app.sqlite").path
        let store = try await StoreFactory.open(path)
        let app = buildApplication(
            configuration: Self.configuration(path), store: store, logger: Logger(label: "test"))
        try prepare(path)
        do {
            try await app.test(.router, test)
        } catch {
            try? await store.shutdown()
            throw error
        }
        try await store.shutdown()
    }

    private struct Health: Decodable {
        struct Database: Decodable {
            let engine: String?
            let ok: Bool
            let detail: String
        }

        let status: String
        let database: Database
    }

    @Test func healthAnswersOKWithTheEngineWhenTheDatabaseAnswers() async throws {
        try await withApp { client in
            try await client.execute(uri: "/health", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType]?.hasPrefix("application/json") == true)
                let health = try JSONDecoder().decode(Health.self, from: Data(String(buffer: response.body).utf8))
                #expect(health.status == "ok")
                #expect(health.database.engine == "sqlite")
                #expect(health.database.ok)
            }
        }
    }

    @Test func healthIs503AndSaysWhyWhenTheDatabaseFileIsGone() async throws {
        try await withApp(prepare: { try FileManager.default.removeItem(atPath: $0) }) { client in
            try await client.execute(uri: "/health", method: .get) { response in
                #expect(response.status == .serviceUnavailable)
                let health = try JSONDecoder().decode(Health.self, from: Data(String(buffer: response.body).utf8))
                #expect(health.status == "unavailable")
                #expect(!health.database.ok)
                #expect(health.database.detail.contains("missing"))
            }
            // The server itself keeps answering.
            try await client.execute(uri: "/metrics", method: .get) { response in
                #expect(response.status == .ok)
            }
        }
    }

    @Test func metricsAreInPrometheusTextFormat() async throws {
        try await withApp { client in
            _ = try await client.execute(uri: "/health", method: .get)
            try await client.execute(uri: "/metrics", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType]?.hasPrefix("text/plain; version=0.0.4") == true)
                let text = String(buffer: response.body)
                #expect(text.contains("# TYPE adimple_database_up gauge"))
                #expect(text.contains("adimple_database_up 1"))
                #expect(text.contains("adimple_customers_total 0"))
                #expect(text.contains("adimple_charges_total{status=\"open\"} 0"))
                #expect(text.contains("adimple_receivable_open_centavos 0"))
            }
        }
    }

    @Test func aServerStartedWithoutItsDatabaseAnswers503AndRecoversWhenItAppears() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("adimple-late-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        // The folder does not exist yet: SQLite cannot create the file.
        let path = directory.appendingPathComponent("late.sqlite").path
        let app = buildApplication(
            configuration: Self.configuration(path), logger: Logger(label: "test"))
        try await app.test(.live) { client in
            try await client.execute(uri: "/health", method: .get) { response in
                #expect(response.status == .serviceUnavailable)
            }
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            var status = HTTPResponse.Status.serviceUnavailable
            for _ in 0..<100 where status != .ok {
                try await Task.sleep(for: .milliseconds(100))
                status = try await client.execute(uri: "/health", method: .get).status
            }
            #expect(status == .ok)
        }
    }

    @Test func unknownRoutesAre404NotACrash() async throws {
        try await withApp { client in
            try await client.execute(uri: "/nothing-here", method: .get) { response in
                #expect(response.status == .notFound)
            }
        }
    }
}
