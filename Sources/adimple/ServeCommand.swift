import AdimpleApp
import AdimpleCore
import AdimpleStore
import ArgumentParser
import BrazilKit
import Foundation
import Hummingbird
import Logging
import Metrics
import Prometheus

struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve", abstract: "Runs the HTTP server (GET /health, GET /metrics).")

    @Option(name: .long, help: "Address to listen on (ADIMPLE_HOST; default 127.0.0.1).")
    var host: String?

    @Option(name: .long, help: "Port (ADIMPLE_PORT; default 8080; 0 picks a free one).")
    var port: Int?

    @Flag(name: .long, help: "Load the demo company first when the database is empty.")
    var demo = false

    @Option(name: .long, help: "Seed of the demo data.")
    var seed: UInt64 = 42

    @OptionGroup var common: CommonOptions

    func run() async throws {
        var extra: [String: String] = [:]
        if let host { extra["adimple.host"] = host }
        if let port { extra["adimple.port"] = String(port) }
        let configuration = try common.configuration(extra: extra)
        var logger = Logger(label: "adimple")
        logger.logLevel = configuration.logLevel

        let registry = PrometheusCollectorRegistry()
        MetricsSystem.bootstrap(PrometheusMetricsFactory(registry: registry))

        let demo = self.demo
        let seed = self.seed
        let language = configuration.language
        let app = buildApplication(
            configuration: configuration, registry: registry, logger: logger,
            onStoreReady: { store in
                guard demo else { return }
                let existing = try await store.read { try await $0.customers.count() }
                guard existing == 0 else {
                    say(language == .ptBR ? "Banco já tem dados; demonstração não recarregada." : "Database has data; demo not reloaded.")
                    return
                }
                say(language == .ptBR ? "Carregando a empresa de demonstração…" : "Loading the demo company…")
                let summary = try await DemoCompany(seed: seed, today: SystemWallClock().today(), calendar: configuration.calendar)
                    .load(into: store)
                say(DemoReport.text(summary, language, address: "\(configuration.host):\(configuration.port)"))
            },
            onServerRunning: { port in
                say(
                    language == .ptBR
                        ? "Adimple no ar em http://\(configuration.host):\(port) — saúde em /health, métricas em /metrics"
                        : "Adimple is up at http://\(configuration.host):\(port) — health at /health, metrics at /metrics")
            })
        try await app.runService()
    }
}

struct MigrateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "migrate", abstract: "Applies pending schema migrations.")

    @OptionGroup var common: CommonOptions

    func run() async throws {
        let configuration = try common.configuration()
        var logger = Logger(label: "adimple.migrate")
        logger.logLevel = .warning
        do {
            let store = try await StoreFactory.open(configuration.database, migrate: false, logger: logger)
            defer { Task { try? await store.shutdown() } }
            let applied = try await StoreFactory.migrate(store)
            let version = try await StoreFactory.schemaVersion(store)
            try await store.shutdown()
            let pt = configuration.language == .ptBR
            if applied.isEmpty {
                print(pt ? "Esquema já atualizado (versão \(version))." : "Schema already current (version \(version)).")
            } else {
                let list = applied.map(String.init).joined(separator: ", ")
                print(pt ? "Migrações aplicadas: \(list). Versão atual: \(version)." : "Applied migrations: \(list). Now at version \(version).")
            }
        } catch {
            throw CLIError(message: describe(error, configuration.language))
        }
    }
}

struct DemoCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo", abstract: "Loads the seeded demo company into an empty database.")

    @Option(name: .long, help: "Seed: the same seed gives the same company.")
    var seed: UInt64 = 42

    @Option(name: .long, help: "How many customers.")
    var customers: Int = 1000

    @OptionGroup var common: CommonOptions

    func validate() throws {
        guard (1...200_000).contains(customers) else {
            throw ArgumentParser.ValidationError("--customers must be between 1 and 200000")
        }
    }

    func run() async throws {
        let seed = self.seed
        let count = customers
        try await withStore(common) { store, configuration in
            let existing = try await store.read { try await $0.customers.count() }
            let pt = configuration.language == .ptBR
            guard existing == 0 else {
                throw CLIError(
                    message: pt
                        ? "o banco já tem \(existing) clientes; use um banco vazio (--database outro.sqlite)"
                        : "the database already has \(existing) customers; use an empty one (--database other.sqlite)")
            }
            let summary = try await DemoCompany(
                seed: seed, customers: count, today: SystemWallClock().today(), calendar: configuration.calendar
            ).load(into: store)
            print(DemoReport.text(summary, configuration.language))
        }
    }
}
