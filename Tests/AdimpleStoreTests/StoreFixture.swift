import AdimpleCore
import AdimpleStore
import BrazilKit
import Foundation
import Logging
import PostgresNIO
import Testing

/// Runs a store test on every engine available: SQLite (a fresh file) always, and
/// PostgreSQL (a fresh database) when `ADIMPLE_TEST_POSTGRES_URL` is set.
enum StoreFixture {
    static let postgresURL = ProcessInfo.processInfo.environment["ADIMPLE_TEST_POSTGRES_URL"]

    /// The engines a parameterized test runs on.
    static var engines: [String] { postgresURL == nil ? ["sqlite"] : ["sqlite", "postgres"] }

    static func withStore(_ engine: String, _ body: (SQLStore) async throws -> Void) async throws {
        switch engine {
        case "sqlite":
            let directory = FileManager.default.temporaryDirectory.appendingPathComponent("adimple-test-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: directory) }
            let store = try await StoreFactory.open(directory.appendingPathComponent("test.sqlite").path)
            do {
                try await body(store)
            } catch {
                try? await store.shutdown()
                throw error
            }
            try await store.shutdown()
        case "postgres":
            let url = try #require(postgresURL)
            let name = "adimple_test_\(UUID().uuidString.replacingOccurrences(of: "-", with: "").prefix(16).lowercased())"
            try await PostgresAdmin.run(url: url, "CREATE DATABASE \(name)")
            var components = try #require(URLComponents(string: url))
            components.path = "/\(name)"
            let store = try await StoreFactory.open(try #require(components.string))
            do {
                try await body(store)
            } catch {
                try? await store.shutdown()
                try? await PostgresAdmin.run(url: url, "DROP DATABASE \(name) WITH (FORCE)")
                throw error
            }
            try await store.shutdown()
            try await PostgresAdmin.run(url: url, "DROP DATABASE \(name) WITH (FORCE)")
        default:
            Issue.record("unknown engine \(engine)")
        }
    }
}

/// One-off administrative statements on the server named by the test URL.
enum PostgresAdmin {
    static func run(url: String, _ sql: String) async throws {
        let components = try #require(URLComponents(string: url))
        let configuration = PostgresConnection.Configuration(
            host: components.host ?? "127.0.0.1", port: components.port ?? 5432,
            username: components.user ?? "postgres", password: components.password,
            database: components.path.count > 1 ? String(components.path.dropFirst()) : "postgres", tls: .disable)
        let connection = try await PostgresConnection.connect(
            configuration: configuration, id: 1, logger: Logger(label: "adimple.test.admin"))
        do {
            try await connection.query(PostgresQuery(unsafeSQL: sql), logger: Logger(label: "adimple.test.admin"))
        } catch {
            try? await connection.close()
            throw error
        }
        try await connection.close()
    }
}

/// Builders for test data, with a fixed clock.
struct TestWorld {
    let store: SQLStore
    let clock: ManualClock
    let context: ServiceContext
    var customers: CustomerService { CustomerService(context) }
    var charges: ChargeService { ChargeService(context) }
    static let actor = Actor(kind: .user, id: "ana@empresa.com.br")

    init(store: SQLStore, today: CivilDate = CivilDate(year: 2026, month: 3, day: 2)!) {
        self.store = store
        self.clock = ManualClock(civil: today)
        self.context = ServiceContext(store: store, clock: clock, ids: TimeOrderedIDGenerator(clock: clock, seed: 7))
    }

    func person(
        _ name: String = "Maria da Conceição Souza", document: String? = "529.982.247-25",
        email: String = "maria.souza@example.com.br", phone: String = "(11) 98765-4321", externalID: String? = nil
    ) async throws -> Customer {
        try await customers.register(
            CustomerInput(
                document: document, name: name, emails: [email], phones: [phone],
                address: AddressInput(
                    street: "Rua das Flores", number: "100", district: "Centro", city: "São Paulo", state: "SP",
                    cep: "01310-100"),
                externalID: externalID),
            by: Self.actor)
    }

    func charge(for customer: Customer, amount: String = "1.000,00", due: String = "2026-03-10") async throws -> Charge {
        try await charges.create(
            ChargeInput(customerID: customer.id.rawValue, description: "Mensalidade março", amount: amount, dueDate: due),
            by: Self.actor)
    }
}
