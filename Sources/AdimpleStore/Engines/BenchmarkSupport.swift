import AdimpleCore
import Foundation

/// Hooks for `adimple-bench`: the reference limit of plain SQLite for the same rows the
/// store writes. Not used by the application.
public enum BenchmarkSupport {
    /// Customer rows and search-term rows, computed ahead so the reference run measures only
    /// SQLite.
    public struct PreparedCustomers: Sendable {
        let rows: [CustomerRow]
        let terms: [(String, String)]
        public var customerRows: Int { rows.count }
        public var termRows: Int { terms.count }
    }

    public static func prepare(_ customers: [Customer]) -> PreparedCustomers {
        var terms: [(String, String)] = []
        terms.reserveCapacity(customers.count * 6)
        for customer in customers {
            for term in CustomerSearch.terms(for: customer) { terms.append((term, customer.id.rawValue)) }
        }
        return PreparedCustomers(rows: customers.map(CustomerRow.init), terms: terms)
    }

    /// Inserts the prepared rows into the (migrated) SQLite file at `path` with statements
    /// prepared once, in one transaction, on one raw connection with the store's pragmas.
    public static func rawInsert(_ prepared: PreparedCustomers, path: String) throws {
        let connection = try RawSQLite(path: path)
        for pragma in SQLiteBackend.pragmas + ["PRAGMA busy_timeout = 5000", "PRAGMA cache_size = \(SQLiteBackend.bulkCacheKiB)"] { try connection.execute(pragma) }
        try connection.transaction {
            try SQLiteBackend.insert(rows: prepared.rows, terms: prepared.terms, into: connection)
        }
    }
}
