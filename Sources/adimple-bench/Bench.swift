import ArgumentParser
import Foundation

/// `adimple-bench`: seeded scenarios, one JSON object per scenario on standard output.
/// Run in a release build: `swift run -c release adimple-bench all`.
@main
struct Bench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "adimple-bench",
        abstract: "Adimple benchmarks (release build). Prints one JSON object per scenario.",
        subcommands: [
            All.self, CustomersInsert.self, CustomersSearch.self, SQLiteRawInsert.self, ServeStartup.self, API.self,
            Webhooks.self, Boletos.self, CNABParse.self,
        ],
        defaultSubcommand: All.self)
}

struct BenchOptions: ParsableArguments {
    @Option(help: "How many customers.") var count: Int = 1_000_000
    @Option(help: "Seed of the synthetic data.") var seed: UInt64 = 2026
    @Option(help: "Folder for the benchmark databases (default: a new temporary folder).") var directory: String?
    @Option(help: "Search queries per kind.") var queries: Int = 2_000
    @Option(help: "Customers per bulk-insert transaction.") var batch: Int = 100_000
    @Option(help: "customers-insert / customers-search only: an EMPTY PostgreSQL database (postgres://…) instead of SQLite.")
    var postgres: String?

    func workDirectory() throws -> URL {
        let url = directory.map { URL(fileURLWithPath: $0) }
            ?? FileManager.default.temporaryDirectory.appendingPathComponent("adimple-bench-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}

/// Runs the scenarios the foundation targets speak of, in one process so they compare.
struct All: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "sqlite-raw-insert, customers-insert, customers-search and serve-startup in one run.")
    @OptionGroup var options: BenchOptions

    func run() async throws {
        let directory = try options.workDirectory()
        defer { if options.directory == nil { try? FileManager.default.removeItem(at: directory) } }
        let data = try SyntheticData.make(count: options.count, seed: options.seed)
        let raw = try await RawInsertScenario(data: data, directory: directory).run()
        print(raw.json)
        var insert = try await StoreInsertScenario(data: data, directory: directory, batch: options.batch).run()
        insert.fields["ratio_to_raw"] = .double((insert.number("rows_per_second") / raw.number("rows_per_second") * 1000).rounded() / 1000)
        print(insert.json)
        let search = try await SearchScenario(data: data, location: StoreInsertScenario.path(directory), queries: options.queries, seed: options.seed).run()
        print(search.json)
        let serve = try await ServeStartupScenario(databasePath: StoreInsertScenario.path(directory)).run()
        print(serve.json)
    }
}

struct CustomersInsert: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "customers-insert", abstract: "Bulk-inserts customers through the store.")
    @OptionGroup var options: BenchOptions

    func run() async throws {
        let directory = try options.workDirectory()
        let data = try SyntheticData.make(count: options.count, seed: options.seed)
        print(
            try await StoreInsertScenario(data: data, directory: directory, batch: options.batch, postgres: options.postgres)
                .run().json)
        if options.directory == nil { try? FileManager.default.removeItem(at: directory) }
    }
}

struct CustomersSearch: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "customers-search", abstract: "Loads customers, then measures search latency by kind.")
    @OptionGroup var options: BenchOptions

    func run() async throws {
        let directory = try options.workDirectory()
        let data = try SyntheticData.make(count: options.count, seed: options.seed)
        let insert = StoreInsertScenario(data: data, directory: directory, batch: options.batch, postgres: options.postgres)
        _ = try await insert.run()
        print(try await SearchScenario(data: data, location: insert.location, queries: options.queries, seed: options.seed).run().json)
        if options.directory == nil { try? FileManager.default.removeItem(at: directory) }
    }
}

struct SQLiteRawInsert: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sqlite-raw-insert", abstract: "The same rows through plain prepared INSERTs: the reference limit.")
    @OptionGroup var options: BenchOptions

    func run() async throws {
        let directory = try options.workDirectory()
        let data = try SyntheticData.make(count: options.count, seed: options.seed)
        print(try await RawInsertScenario(data: data, directory: directory).run().json)
        if options.directory == nil { try? FileManager.default.removeItem(at: directory) }
    }
}

struct ServeStartup: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve-startup", abstract: "Starts `adimple serve` on an existing database: time to healthy and idle RSS.")
    @Option(help: "An existing database (default: a new one with 10,000 customers).") var database: String?
    @OptionGroup var options: BenchOptions

    func run() async throws {
        if let database {
            print(try await ServeStartupScenario(databasePath: database).run().json)
            return
        }
        let directory = try options.workDirectory()
        let data = try SyntheticData.make(count: min(options.count, 10_000), seed: options.seed)
        _ = try await StoreInsertScenario(data: data, directory: directory, batch: options.batch).run()
        print(try await ServeStartupScenario(databasePath: StoreInsertScenario.path(directory)).run().json)
        if options.directory == nil { try? FileManager.default.removeItem(at: directory) }
    }
}

struct API: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "api",
        abstract: "GET /v1/customers/{id}, POST /v1/charges and Idempotency-Key replays under wrk, 64 connections.")
    @Option(help: "Seconds per wrk run.") var seconds = 10
    @Option(help: "wrk connections.") var connections = 64
    @OptionGroup var options: BenchOptions

    func run() async throws {
        let directory = try options.workDirectory()
        defer { if options.directory == nil { try? FileManager.default.removeItem(at: directory) } }
        let data = try SyntheticData.make(count: min(options.count, 100_000), seed: options.seed)
        let results = try await APIScenario(data: data, directory: directory, connections: connections, duration: seconds).run()
        for result in results { print(result.json) }
    }
}

struct Webhooks: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "webhooks",
        abstract: "Webhook deliveries per second to a local receiver, alone and beside a dead endpoint.")
    @Option(help: "Events per run (each goes to four endpoints).") var events = 2_000
    @OptionGroup var options: BenchOptions

    func run() async throws {
        let directory = try options.workDirectory()
        defer { if options.directory == nil { try? FileManager.default.removeItem(at: directory) } }
        for result in try await WebhookScenario(directory: directory, events: events).run() { print(result.json) }
    }
}

struct Boletos: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "boletos",
        abstract: "Barcode + linha digitável, BR Code QR (level M), boleto híbrido PDF and a 12-installment carnê, one core.")

    func run() async throws {
        for result in try BoletoScenario().run() { print(result.json) }
    }
}

struct CNABParse: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cnab-parse",
        abstract: "A generated CNAB 240 retorno (1,000,000 títulos ≈ 484 MB) parsed and validated from a file, streaming.")
    @Option(help: "Títulos in the file.") var titulos = 1_000_000
    @OptionGroup var options: BenchOptions

    func run() async throws {
        let directory = try options.workDirectory()
        defer { if options.directory == nil { try? FileManager.default.removeItem(at: directory) } }
        print(try CNABParseScenario(count: titulos, directory: directory).run().json)
    }
}
