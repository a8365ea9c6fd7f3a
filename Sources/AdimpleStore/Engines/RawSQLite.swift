import VaporCSQLite

/// A thin, blocking wrapper over the SQLite C API (the copy bundled by sqlite-nio).
///
/// Used only where SQLKit cannot reach the target: bulk loads of the hot tables, with
/// statements prepared once and reused for every row, and the benchmark's reference limit.
/// Callers run it off the async executors (on a thread pool) and hold the store's write lock.
public final class RawSQLite: @unchecked Sendable {
    // @unchecked: a connection is used by one thread at a time, guaranteed by its owner.
    private var handle: OpaquePointer?

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
    }

    deinit { sqlite_nio_sqlite3_close_v2(handle) }

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

        /// Steps once and resets, for INSERT/UPDATE statements.
        public func run() throws {
            let status = sqlite_nio_sqlite3_step(statement)
            sqlite_nio_sqlite3_reset(statement)
            guard status == SQLITE_DONE || status == SQLITE_ROW else { throw owner.failure(status) }
        }

        /// Steps through the result rows, giving column 0 as Int64 (for counts and checks).
        public func firstInt64() throws -> Int64? {
            defer { sqlite_nio_sqlite3_reset(statement) }
            let status = sqlite_nio_sqlite3_step(statement)
            if status == SQLITE_ROW { return sqlite_nio_sqlite3_column_int64(statement, 0) }
            guard status == SQLITE_DONE else { throw owner.failure(status) }
            return nil
        }
    }
}
