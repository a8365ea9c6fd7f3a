import PostgresNIO
import SQLKit
import NIOCore

/// The two engines, and every place where their SQL differs. Everything else is one code
/// path through SQLKit.
public enum Engine: String, Sendable {
    case sqlite, postgres

    /// Search terms compare byte-wise so a prefix range (`term >= 'sil' AND term < 'sim'`)
    /// is an index range on both engines; PostgreSQL needs the C collation for that.
    var searchTermType: String {
        switch self {
        case .sqlite: "TEXT NOT NULL"
        case .postgres: "TEXT COLLATE \"C\" NOT NULL"
        }
    }

    /// Clustered key tables: SQLite stores them without a separate rowid b-tree.
    var clusteredSuffix: String {
        switch self {
        case .sqlite: " WITHOUT ROWID"
        case .postgres: ""
        }
    }

    /// Bytes kept as they are (stored responses).
    var binaryType: String {
        switch self {
        case .sqlite: "BLOB"
        case .postgres: "BYTEA"
        }
    }

    /// Triggers that make a table append-only.
    func appendOnlyTriggers(table: String) -> [String] {
        switch self {
        case .sqlite:
            [
                "CREATE TRIGGER \(table)_no_update BEFORE UPDATE ON \(table) BEGIN SELECT RAISE(ABORT, '\(table) is append-only'); END",
                "CREATE TRIGGER \(table)_no_delete BEFORE DELETE ON \(table) BEGIN SELECT RAISE(ABORT, '\(table) is append-only'); END",
            ]
        case .postgres:
            [
                """
                CREATE OR REPLACE FUNCTION adimple_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN RAISE EXCEPTION '% is append-only', TG_TABLE_NAME; END $$
                """,
                "CREATE TRIGGER \(table)_append_only BEFORE UPDATE OR DELETE ON \(table) FOR EACH ROW EXECUTE FUNCTION adimple_append_only()",
            ]
        }
    }

    /// Whether an error is a unique-constraint violation, and on what.
    static func uniqueViolation(_ error: any Error) -> String? {
        if let raw = error as? RawSQLite.Failure {
            // SQLITE_CONSTRAINT_UNIQUE (2067) and SQLITE_CONSTRAINT_PRIMARYKEY (1555).
            return raw.code == 2067 || raw.code == 1555 ? raw.message : nil
        }
        if let psql = error as? PSQLError, psql.serverInfo?[.sqlState] == "23505" {
            return psql.serverInfo?[.constraintName] ?? psql.serverInfo?[.message] ?? "unique"
        }
        return nil
    }

    /// Whether an error means the database cannot be reached or used right now.
    static func isUnavailable(_ error: any Error) -> Bool {
        if let raw = error as? RawSQLite.Failure {
            // BUSY, LOCKED, READONLY, IOERR, CORRUPT, FULL, CANTOPEN, NOTADB (primary codes).
            return [5, 6, 8, 10, 11, 13, 14, 26].contains(raw.code & 0xFF)
        }
        if let psql = error as? PSQLError {
            switch psql.code {
            case .connectionError, .serverClosedConnection, .clientClosedConnection, .poolClosed, .queryCancelled:
                return true
            default:
                guard let state = psql.serverInfo?[.sqlState] else { return false }
                return state.hasPrefix("08") || state.hasPrefix("57")
            }
        }
        return error is ChannelError || error is IOError
    }
}
