import VaporCSQLite

/// A thin, blocking wrapper over the SQLite C API (the copy bundled by sqlite-nio).
///
/// Used only where SQLKit cannot reach the target: bulk loads of the hot tables, with
/// statements prepared once and reused for every row, and the benchmark's reference limit.
/// Callers run it off the async executors (on a thread pool) and hold the store's write lock.
public final class RawSQLite: @unchecked Sendable {
    // @unchecked: a connection is used by one thread at a time, guaranteed by its owner.
    private var handle: OpaquePointer?
    /// Statements prepared once and reused, keyed by their SQL text.
    private var cache: [String: Statement] = [:]
    private static let cacheLimit = 256

    public struct Failure: Error, CustomStringConvertible {
        public let code: Int32
        public let message: String
        public var description: String { "SQLite error \(code): \(message)" }
    }

    public init(path: String) throws {
        let flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX
        let status = sqlite_nio_sqlite3_open_v2(path, &handle, flags, nil)
        guard status == SQLITE_OK else {
            let message = handle.map { String(cString: sqlite_nio_sqlite3_errmsg($0)) } ?? "cannot open"
            sqlite_nio_sqlite3_close(handle)
            throw Failure(code: status, message: message)
        }
        sqlite_nio_sqlite3_busy_timeout(handle, 5000)
        sqlite_nio_sqlite3_extended_result_codes(handle, 1)
    }

    deinit {
        cache.removeAll()
        sqlite_nio_sqlite3_close_v2(handle)
    }

    public func execute(_ sql: String) throws {
        var error: UnsafeMutablePointer<CChar>?
        let status = sqlite_nio_sqlite3_exec(handle, sql, nil, nil, &error)
        if status != SQLITE_OK {
            let message = error.map { String(cString: $0) } ?? "error"
            sqlite_nio_sqlite3_free(error)
            throw Failure(code: status, message: message)
        }
    }

    public func prepare(_ sql: String) throws -> Statement {
        var statement: OpaquePointer?
        let status = sqlite_nio_sqlite3_prepare_v3(handle, sql, -1, UInt32(SQLITE_PREPARE_PERSISTENT), &statement, nil)
        guard status == SQLITE_OK, let statement else { throw failure(status) }
        return Statement(statement: statement, owner: self)
    }

    /// Runs `body` inside `BEGIN IMMEDIATE … COMMIT`, rolling back on error.
    /// True when no transaction is open: SQLite rolls a whole transaction back by itself on
    /// some errors (disk full, I/O), and then a savepoint inside it is gone too.
    public var isAutocommit: Bool { sqlite_nio_sqlite3_get_autocommit(handle) != 0 }

    public func transaction<T>(_ body: () throws -> T) throws -> T {
        try execute("BEGIN IMMEDIATE")
        do {
            let result = try body()
            try execute("COMMIT")
            return result
        } catch {
            try? execute("ROLLBACK")
            throw error
        }
    }

    func failure(_ status: Int32) -> Failure {
        Failure(code: status, message: String(cString: sqlite_nio_sqlite3_errmsg(handle)))
    }

    /// Runs one statement with its values, giving each result row to `onRow`.
    func query(_ sql: String, _ values: [SQLiteValue], _ onRow: (SQLiteColumns, [SQLiteValue]) -> Void) throws {
        let statement: Statement
        if let cached = cache[sql] {
            statement = cached
        } else {
            statement = try prepare(sql)
            if cache.count >= Self.cacheLimit { cache.removeAll(keepingCapacity: true) }
            cache[sql] = statement
        }
        try statement.run(values, onRow)
    }

    /// A prepared statement, reset and rebound for each row.
    public final class Statement {
        private let statement: OpaquePointer
        private let owner: RawSQLite

        init(statement: OpaquePointer, owner: RawSQLite) {
            self.statement = statement
            self.owner = owner
        }

        deinit { sqlite_nio_sqlite3_finalize(statement) }

        public func bind(_ index: Int32, _ value: Int64) {
            sqlite_nio_sqlite3_bind_int64(statement, index, value)
        }

        public func bind(_ index: Int32, _ value: String?) {
            guard let value else {
                sqlite_nio_sqlite3_bind_null(statement, index)
                return
            }
            var copy = value
            copy.withUTF8 { buffer in
                // SQLITE_TRANSIENT: SQLite copies the bytes, so the Swift buffer may go away.
                sqlite_nio_sqlite3_bind_text(
                    statement, index, UnsafeRawPointer(buffer.baseAddress!).assumingMemoryBound(to: CChar.self),
                    Int32(buffer.count), unsafeBitCast(-1, to: sqlite3_destructor_type.self))
            }
        }

        /// Binds `values`, steps through every row and resets, leaving the statement reusable.
        /// The result's column names and their positions, read once per statement.
        private var columns: SQLiteColumns?

        func run(_ values: [SQLiteValue], _ onRow: (SQLiteColumns, [SQLiteValue]) -> Void) throws {
            defer {
                sqlite_nio_sqlite3_reset(statement)
                sqlite_nio_sqlite3_clear_bindings(statement)
            }
            for (offset, value) in values.enumerated() {
                let index = Int32(offset + 1)
                switch value {
                case .null: sqlite_nio_sqlite3_bind_null(statement, index)
                case .integer(let number): sqlite_nio_sqlite3_bind_int64(statement, index, number)
                case .real(let number): sqlite_nio_sqlite3_bind_double(statement, index, number)
                case .text(let text): bind(index, text)
                case .blob(let bytes):
                    bytes.withUnsafeBytes { buffer in
                        _ = sqlite_nio_sqlite3_bind_blob(
                            statement, index, buffer.baseAddress, Int32(buffer.count),
                            unsafeBitCast(-1, to: sqlite3_destructor_type.self))
                    }
                }
            }
            while true {
                let status = sqlite_nio_sqlite3_step(statement)
                if status == SQLITE_DONE { return }
                guard status == SQLITE_ROW else { throw owner.failure(status) }
                let count = sqlite_nio_sqlite3_column_count(statement)
                if columns == nil {
                    columns = SQLiteColumns((0..<count).map { String(cString: sqlite_nio_sqlite3_column_name(statement, $0)) })
                }
                var row: [SQLiteValue] = []
                row.reserveCapacity(Int(count))
                for column in 0..<count {
                    switch sqlite_nio_sqlite3_column_type(statement, column) {
                    case SQLITE_INTEGER: row.append(.integer(sqlite_nio_sqlite3_column_int64(statement, column)))
                    case SQLITE_FLOAT: row.append(.real(sqlite_nio_sqlite3_column_double(statement, column)))
                    case SQLITE_TEXT:
                        let length = Int(sqlite_nio_sqlite3_column_bytes(statement, column))
                        let pointer = sqlite_nio_sqlite3_column_text(statement, column)!
                        row.append(.text(String(decoding: UnsafeBufferPointer(start: pointer, count: length), as: UTF8.self)))
                    case SQLITE_BLOB:
                        let length = Int(sqlite_nio_sqlite3_column_bytes(statement, column))
                        let pointer = sqlite_nio_sqlite3_column_blob(statement, column)
                        row.append(.blob(length == 0 ? [] : Array(UnsafeRawBufferPointer(start: pointer, count: length))))
                    default: row.append(.null)
                    }
                }
                onRow(columns!, row)
            }
        }

        /// Steps once and resets, for INSERT/UPDATE statements.
        public func run() throws {
            let status = sqlite_nio_sqlite3_step(statement)
            sqlite_nio_sqlite3_reset(statement)
            guard status == SQLITE_DONE || status == SQLITE_ROW else { throw owner.failure(status) }
        }
    }
}

/// The columns of a result: names in order and, for decoding by name, their positions (a
/// linear search per field was a measurable part of reading a wide row).
final class SQLiteColumns: Sendable {
    let names: [String]
    let positions: [String: Int]

    init(_ names: [String]) {
        self.names = names
        var positions: [String: Int] = [:]
        for (index, name) in names.enumerated() where positions[name] == nil { positions[name] = index }
        self.positions = positions
    }
}
