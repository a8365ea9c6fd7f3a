import AdimpleCore
import Foundation
import Logging
import PostgresKit
import PostgresNIO
import SQLKit
import Synchronization

/// PostgreSQL through PostgresClient's pool. Several `adimple serve` nodes may share it.
final class PostgresBackend: SQLBackend {
    let engine = Engine.postgres
    private let client: PostgresClient
    private let runTask: Task<Void, Never>
    private let logger: Logger

    /// Opens a pool for a `postgres://user:password@host:port/database` URL.
    static func open(url: String, logger: Logger) throws -> PostgresBackend {
        guard let components = URLComponents(string: url), let host = components.host else {
            throw StoreUnavailableError("not a PostgreSQL URL: \(redacted(url))")
        }
        let database = components.path.hasPrefix("/") ? String(components.path.dropFirst()) : components.path
        let tls: PostgresClient.Configuration.TLS
        switch components.queryItems?.first(where: { $0.name == "sslmode" })?.value {
        case "require", "verify-full", "verify-ca": tls = .require(.makeClientConfiguration())
        case "prefer": tls = .prefer(.makeClientConfiguration())
        default: tls = .disable
        }
        var configuration = PostgresClient.Configuration(
            host: host, port: components.port ?? 5432, username: components.user ?? "postgres",
            password: components.password, database: database.isEmpty ? nil : database, tls: tls)
        configuration.options.maximumConnections = 16
        configuration.options.connectionIdleTimeout = .seconds(60)
        // The pool logs every failed reconnect at info; one line per failure is enough for us.
        var poolLogger = logger
        poolLogger.logLevel = max(logger.logLevel, .warning)
        let client = PostgresClient(configuration: configuration, backgroundLogger: poolLogger)
        return PostgresBackend(client: client, logger: logger)
    }

    private init(client: PostgresClient, logger: Logger) {
        self.client = client
        self.logger = logger
        self.runTask = Task { await client.run() }
    }

    /// The URL without its password, for messages and logs.
    static func redacted(_ url: String) -> String {
        guard var components = URLComponents(string: url) else { return "postgres://…" }
        if components.password != nil { components.password = "***" }
        return components.string ?? "postgres://…"
    }

    func withWriteTransaction<T: Sendable>(_ body: @Sendable (any SQLDatabase) async throws -> T) async throws -> T {
        try await leased(transaction: true, body)
    }

    func withReadTransaction<T: Sendable>(_ body: @Sendable (any SQLDatabase) async throws -> T) async throws -> T {
        try await leased(transaction: false, body)
    }

    /// How long a request waits for a connection before the database counts as unavailable.
    /// The pool keeps reconnecting in the background; callers get a prompt 503 meanwhile.
    static let acquireTimeout: Duration = .seconds(5)

    /// Leases a connection (failing after `acquireTimeout` when none comes) and runs `body`
    /// on it, inside a transaction when asked. Only the wait is bounded, never the work.
    private func leased<T: Sendable>(transaction: Bool, _ body: @Sendable (any SQLDatabase) async throws -> T)
        async throws -> T
    {
        let acquired = Flag()
        let client = self.client
        let logger = self.logger
        return try await withoutActuallyEscaping(body) { body in
            try await withThrowingTaskGroup(of: T?.self) { group in
                group.addTask {
                    try await client.withConnection { connection in
                        acquired.set()
                        if transaction {
                            do {
                                return try await connection.withTransaction(logger: logger) { connection in
                                    try await body(connection.sql(queryLogLevel: nil))
                                }
                            } catch let error as PostgresTransactionError {
                                // Callers want the error their work threw (a duplicate, a
                                // refused transition), not the transaction's wrapper.
                                throw error.closureError ?? error.commitError ?? error.beginError ?? error
                            }
                        }
                        return try await body(connection.sql(queryLogLevel: nil))
                    }
                }
                group.addTask {
                    try await Task.sleep(for: Self.acquireTimeout)
                    if !acquired.isSet {
                        throw StoreUnavailableError("no PostgreSQL connection within \(Self.acquireTimeout)")
                    }
                    return nil
                }
                while let result = try await group.next() {
                    if let value = result {
                        group.cancelAll()
                        return value
                    }
                }
                throw StoreUnavailableError("PostgreSQL request ended without a result")
            }
        }
    }

    func ping() async throws {
        try await withTimeout(seconds: 2) { [self] in
            try await withReadTransaction { db in
                _ = try await db.raw("SELECT COUNT(*) AS n FROM schema_migrations").first()
            }
        }
    }

    /// Multi-row INSERTs of 1,000 rows (under PostgreSQL's 65,535 bind limit) in one transaction.
    func bulkInsertCustomers(_ rows: [CustomerRow], terms: [(String, String)]) async throws {
        try await withWriteTransaction { db in
            for chunk in rows.chunked(1000) {
                try await db.insert(into: "customers").columns([customerColumnList.expression]).rows(chunk.map { $0.binds.map { SQLBind($0) as any SQLExpression } }).run()
            }
            for chunk in terms.chunked(5000) {
                try await db.insert(into: "customer_search_terms").columns("term", "customer_id")
                    .rows(chunk.map { [SQLBind($0.0), SQLBind($0.1)] as [any SQLExpression] }).ignoringConflicts().run()
            }
            if rows.count >= 10_000 {
                // Fresh statistics, so the planner uses the term index for prefix ranges
                // at once instead of after autovacuum comes by.
                try await db.raw("ANALYZE customers").run()
                try await db.raw("ANALYZE customer_search_terms").run()
            }
        }
    }

    func shutdown() async throws {
        runTask.cancel()
        _ = await runTask.value
    }
}

/// Fails with `StoreUnavailableError` when `body` takes longer than the limit, so a hung
/// database makes `/health` answer "down" instead of hanging.
func withTimeout<T: Sendable>(seconds: Int, _ body: @escaping @Sendable () async throws -> T) async throws -> T {
    try await withThrowingTaskGroup(of: T.self) { group in
        group.addTask { try await body() }
        group.addTask {
            try await Task.sleep(for: .seconds(seconds))
            throw StoreUnavailableError("no answer within \(seconds) s")
        }
        defer { group.cancelAll() }
        return try await group.next()!
    }
}

/// A one-way flag shared between tasks.
final class Flag: Sendable {
    private let value = Mutex(false)
    func set() { value.withLock { $0 = true } }
    var isSet: Bool { value.withLock { $0 } }
}
