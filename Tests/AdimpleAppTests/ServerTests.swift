import AdimpleApp
import AdimpleCore
import AdimpleStore
import Foundation
import Hummingbird
import HummingbirdTesting
import Logging
import Testing

@Suite struct ServerTests {
    private static func temporaryDatabase() throws -> (URL, String) {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("adimple-app-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        return (directory, directory.appendingPathComponent("app.sqlite").path)
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
        let (directory, path) = try Self.temporaryDatabase()
        defer { try? FileManager.default.removeItem(at: directory) }
        let store = try await StoreFactory.open(path)
        let app = buildApplication(
            configuration: AppConfiguration(port: 0, database: path), store: store, logger: Logger(label: "test"))
        try await app.test(.router) { client in
            try await client.execute(uri: "/health", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType]?.hasPrefix("application/json") == true)
                let health = try JSONDecoder().decode(Health.self, from: Data(String(buffer: response.body).utf8))
                #expect(health.status == "ok")
                #expect(health.database.engine == "sqlite")
                #expect(health.database.ok)
            }
        }
        try await store.shutdown()
    }

    @Test func healthIs503AndSaysWhyWhenTheDatabaseFileIsGone() async throws {
        let (directory, path) = try Self.temporaryDatabase()
        defer { try? FileManager.default.removeItem(at: directory) }
        let store = try await StoreFactory.open(path)
        let app = buildApplication(
            configuration: AppConfiguration(port: 0, database: path), store: store, logger: Logger(label: "test"))
        try FileManager.default.removeItem(atPath: path)
        try await app.test(.router) { client in
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
        try await store.shutdown()
    }

    @Test func metricsAreInPrometheusTextFormat() async throws {
        let (directory, path) = try Self.temporaryDatabase()
        defer { try? FileManager.default.removeItem(at: directory) }
        let store = try await StoreFactory.open(path)
        let app = buildApplication(
            configuration: AppConfiguration(port: 0, database: path), store: store, logger: Logger(label: "test"))
        try await app.test(.router) { client in
            _ = try await client.execute(uri: "/health", method: .get)
            try await client.execute(uri: "/metrics", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType]?.hasPrefix("text/plain; version=0.0.4") == true)
                let text = String(buffer: response.body)
                #expect(text.contains("# TYPE adimple_database_up gauge"))
                #expect(text.contains("adimple_database_up 1"))
            }
        }
        try await store.shutdown()
    }

    @Test func aServerStartedWithoutItsDatabaseAnswers503AndRecoversWhenItAppears() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("adimple-late-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        // The folder does not exist yet: SQLite cannot create the file.
        let path = directory.appendingPathComponent("late.sqlite").path
        let app = buildApplication(
            configuration: AppConfiguration(port: 0, database: path), logger: Logger(label: "test"))
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
        let (directory, path) = try Self.temporaryDatabase()
        defer { try? FileManager.default.removeItem(at: directory) }
        let store = try await StoreFactory.open(path)
        let app = buildApplication(
            configuration: AppConfiguration(port: 0, database: path), store: store, logger: Logger(label: "test"))
        try await app.test(.router) { client in
            try await client.execute(uri: "/nothing-here", method: .get) { response in
                #expect(response.status == .notFound)
            }
        }
        try await store.shutdown()
    }
}
