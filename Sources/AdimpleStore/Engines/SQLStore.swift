import AdimpleCore
import Foundation
import SQLKit

/// The `Store` of both engines: repositories on SQLKit, transactions from the backend, and
/// the translation of engine errors into domain ones (duplicate, unavailable).
public final class SQLStore: Store {
    let backend: any SQLBackend

    init(backend: any SQLBackend) { self.backend = backend }

    public var engine: String { backend.engine.rawValue }

    public func read<T: Sendable>(_ body: @Sendable (any StoreSession) async throws -> T) async throws -> T {
        let sqlEngine = backend.engine
        return try await translatingErrors {
            try await backend.withReadTransaction { try await body(SQLSession(db: $0, engine: sqlEngine)) }
        }
    }

    public func write<T: Sendable>(_ body: @Sendable (any StoreSession) async throws -> T) async throws -> T {
        let sqlEngine = backend.engine
        return try await translatingErrors {
            try await backend.withWriteTransaction { try await body(SQLSession(db: $0, engine: sqlEngine)) }
        }
    }

    public func checkHealth() async -> StoreHealth {
        let start = ContinuousClock.now
        do {
            try await backend.ping()
            return StoreHealth(ok: true, engine: engine, detail: "ok", latencyMilliseconds: Self.millis(since: start))
        } catch {
            return StoreHealth(ok: false, engine: engine, detail: "\(error)", latencyMilliseconds: Self.millis(since: start))
        }
    }

    public func bulkInsertCustomers(_ customers: [Customer]) async throws {
        guard !customers.isEmpty else { return }
        let rows = customers.map(CustomerRow.init)
        var terms: [(String, String)] = []
        terms.reserveCapacity(customers.count * 6)
        for customer in customers {
            for term in CustomerSearch.terms(for: customer) { terms.append((term, customer.id.rawValue)) }
        }
        try await translatingErrors { try await backend.bulkInsertCustomers(rows, terms: terms) }
    }

    public func shutdown() async throws { try await backend.shutdown() }

    /// Runs raw SQL written by Adimple itself (migrations, maintenance) in one write transaction.
    func execute(_ statements: [String]) async throws {
        try await backend.withWriteTransaction { db in
            for statement in statements { try await db.execute(sql: SQLRaw(statement)) { _ in } }
        }
    }

    private func translatingErrors<T>(_ body: () async throws -> T) async throws -> T {
        do {
            return try await body()
        } catch let error as DomainError {
            throw error
        } catch let error as ValidationError {
            throw error
        } catch {
            if let constraint = Engine.uniqueViolation(error) {
                throw DomainError(
                    .duplicate, pt: "Já existe um registro com esse valor (\(Self.friendly(constraint)))",
                    en: "A record with that value already exists (\(Self.friendly(constraint)))")
            }
            if Engine.isUnavailable(error) { throw StoreUnavailableError("\(error)") }
            throw error
        }
    }

    /// Names the field behind a unique constraint in words a person understands.
    static func friendly(_ constraint: String) -> String {
        if constraint.contains("document") { return "document" }
        if constraint.contains("external_id") { return "external_id" }
        if constraint.contains("natural_key") { return "natural_key" }
        return constraint
    }

    private static func millis(since start: ContinuousClock.Instant) -> Double {
        let elapsed = ContinuousClock.now - start
        return Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15
    }
}
