import AdimpleCore
import Foundation
import Logging
import SQLKit
import Synchronization

/// SQLite: one file, WAL, foreign keys on, `synchronous=FULL`, one writer.
///
/// Writes go through one connection behind an async lock; reads use a few more connections,
/// which WAL lets run beside the writer. Statements run on the calling task through
/// `SQLiteDirectDatabase` (prepared once, cached).
///
/// **Group commit.** With `synchronous=FULL` every COMMIT waits for an fsync, and one writer
/// at a time would cap durable writes at one fsync each. So a writer that finishes while
/// others queue leaves the transaction open and hands the connection on: each writer's work
/// runs in a SAVEPOINT of one shared transaction (an error undoes only its own part), and the
/// last of the group commits for all. Nobody's call returns before the commit that made its
/// work durable; if that commit fails, every member of the group gets the error.
final class SQLiteBackend: SQLBackend {
    let engine = Engine.sqlite
    let path: String
    private let writer: SQLiteDirectDatabase
    private let readers: [SQLiteDirectDatabase]
    private let readerLocks: [AsyncLock]
    private let nextReader = Atomic<Int>(0)
    private let writeLock = AsyncLock()
    /// The open group transaction and the writers waiting for its commit. Touched only by the
    /// holder of `writeLock`; the mutex is for the compiler.
    private let group = Mutex(GroupState())
    /// Writers per group at most, so the first one's wait stays short.
    static let maxGroupSize = 64

    private struct GroupState {
        var open = false
        var waiting: [CheckedContinuation<Void, any Error>] = []
    }

    /// Pragmas every connection gets. `synchronous=FULL`: money is never lost to a power cut.
    static let pragmas = [
        "PRAGMA journal_mode = WAL", "PRAGMA foreign_keys = ON", "PRAGMA synchronous = FULL",
        "PRAGMA temp_store = MEMORY",
    ]

    /// Page cache sizes in KiB (negative, as SQLite takes them): 64 MiB for everyday writes,
    /// 1 GiB during a bulk load.
    static let writerCacheKiB = -65_536
    static let bulkCacheKiB = -1_048_576

    /// - Parameter busyTimeout: how long a statement waits for another process's lock before
    ///   the database counts as unavailable (503).
    static func open(path: String, readers readerCount: Int = 2, busyTimeout: Duration = .seconds(5), logger: Logger)
        async throws -> SQLiteBackend
    {
        let busy = "PRAGMA busy_timeout = \(busyTimeout.components.seconds * 1000 + busyTimeout.components.attoseconds / 1_000_000_000_000_000)"
        let pragmas = Self.pragmas + [busy]
        let writer = try RawSQLite(path: path)
        // A larger cache for the writer: bulk loads and index maintenance live here.
        for pragma in pragmas + ["PRAGMA cache_size = \(writerCacheKiB)"] { try writer.execute(pragma) }
        var readers: [SQLiteDirectDatabase] = []
        for _ in 0..<readerCount {
            let reader = try RawSQLite(path: path)
            for pragma in pragmas.dropFirst() + ["PRAGMA cache_size = -16384", "PRAGMA query_only = ON"] {
                try reader.execute(pragma)
            }
            readers.append(SQLiteDirectDatabase(connection: reader, logger: logger))
        }
        return SQLiteBackend(
            path: path, writer: SQLiteDirectDatabase(connection: writer, logger: logger), readers: readers)
    }

    private init(path: String, writer: SQLiteDirectDatabase, readers: [SQLiteDirectDatabase]) {
        self.path = path
        self.writer = writer
        self.readers = readers
        self.readerLocks = readers.map { _ in AsyncLock() }
    }

    func withWriteTransaction<T: Sendable>(_ body: @Sendable (any SQLDatabase) async throws -> T) async throws -> T {
        await writeLock.lock()
        let connection = writer.connection
        do {
            if !group.withLock({ $0.open }) {
                try connection.query("BEGIN IMMEDIATE", []) { _, _ in }
                group.withLock { $0.open = true }
            }
            try connection.query("SAVEPOINT adimple_write", []) { _, _ in }
        } catch {
            failGroup(error)
            writeLock.unlock()
            throw error
        }
        let result: T
        do {
            result = try await body(writer)
            try connection.query("RELEASE adimple_write", []) { _, _ in }
        } catch {
            if connection.isAutocommit {
                // SQLite gave up the whole transaction: the group's work is gone with it.
                group.withLock { $0.open = false }
                failGroup(error)
            } else {
                try? connection.execute("ROLLBACK TO adimple_write")
                try? connection.execute("RELEASE adimple_write")
                // The others' work stands; let it be committed (or handed on) as usual.
                try? await finishOrHandOff(waitForCommit: false)
                throw error
            }
            writeLock.unlock()
            throw error
        }
        try await finishOrHandOff(waitForCommit: true)
        return result
    }

    /// With the lock held and this writer's work in the open transaction: hand the connection
    /// to the next writer (and, unless told not to, wait for the group's commit), or commit
    /// for the whole group and release the lock.
    private func finishOrHandOff(waitForCommit: Bool) async throws {
        let grouped = group.withLock { $0.waiting.count }
        if writeLock.hasWaiters && grouped < Self.maxGroupSize - 1 {
            guard waitForCommit else {
                writeLock.unlock()
                return
            }
            try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
                group.withLock { $0.waiting.append(continuation) }
                writeLock.unlock()
            }
            return
        }
        do {
            try commitGroup()
        } catch {
            writeLock.unlock()
            throw error
        }
        writeLock.unlock()
    }

    /// Commits the open group transaction, if any, and wakes its writers. Lock held.
    private func commitGroup() throws {
        let (open, waiting) = group.withLock { state in
            defer { state = GroupState() }
            return (state.open, state.waiting)
        }
        guard open else { return }
        do {
            try writer.connection.query("COMMIT", []) { _, _ in }
        } catch {
            try? writer.connection.execute("ROLLBACK")
            for continuation in waiting { continuation.resume(throwing: error) }
            throw error
        }
        for continuation in waiting { continuation.resume() }
    }

    /// Rolls back the open group transaction and fails its writers. Lock held.
    private func failGroup(_ error: any Error) {
        let (open, waiting) = group.withLock { state in
            defer { state = GroupState() }
            return (state.open, state.waiting)
        }
        if open, !writer.connection.isAutocommit { try? writer.connection.execute("ROLLBACK") }
        for continuation in waiting { continuation.resume(throwing: error) }
    }

    func withReadTransaction<T: Sendable>(_ body: @Sendable (any SQLDatabase) async throws -> T) async throws -> T {
        let index = nextReader.wrappingAdd(1, ordering: .relaxed).oldValue % readers.count
        return try await readerLocks[index].withLock {
            try await Self.transaction(on: readers[index], begin: "BEGIN", body)
        }
    }

    private static func transaction<T: Sendable>(
        on database: SQLiteDirectDatabase, begin: String, _ body: @Sendable (any SQLDatabase) async throws -> T
    ) async throws -> T {
        // Prepared once and cached like any statement: parsing BEGIN and COMMIT on every read
        // showed in the profile of the API's GETs.
        try database.connection.query(begin, []) { _, _ in }
        do {
            let result = try await body(database)
            try database.connection.query("COMMIT", []) { _, _ in }
            return result
        } catch {
            try? database.connection.execute("ROLLBACK")
            throw error
        }
    }

    func ping() async throws {
        guard FileManager.default.fileExists(atPath: path) else {
            throw StoreUnavailableError("database file \(path) is missing")
        }
        try await withReadTransaction { db in
            _ = try await db.raw("SELECT COUNT(*) AS n FROM schema_migrations").first()
        }
    }

    /// Inserts customers and their search terms through statements prepared once, in one
    /// `BEGIN IMMEDIATE` transaction on the writer.
    func bulkInsertCustomers(_ rows: [CustomerRow], terms: [(String, String)]) async throws {
        try await writeLock.withLock {
            try commitGroup()  // a group left open for us is committed first
            // Index inserts land all over the b-trees; a bulk load gets a large page cache
            // while it runs, and gives the memory back afterwards.
            try writer.connection.execute("PRAGMA cache_size = \(Self.bulkCacheKiB)")
            defer { try? writer.connection.execute("PRAGMA cache_size = \(Self.writerCacheKiB)") }
            try writer.connection.transaction {
                try Self.insert(rows: rows, terms: terms, into: writer.connection)
            }
        }
    }

    static func insert(rows: [CustomerRow], terms: [(String, String)], into connection: RawSQLite) throws {
        let placeholders = customerColumns.map { _ in "?" }.joined(separator: ", ")
        let insertCustomer = try connection.prepare(
            "INSERT INTO customers (\(customerColumns.joined(separator: ", "))) VALUES (\(placeholders))")
        for row in rows {
            insertCustomer.bind(1, row.id)
            insertCustomer.bind(2, row.kind)
            insertCustomer.bind(3, row.document)
            insertCustomer.bind(4, row.name)
            insertCustomer.bind(5, row.trade_name)
            insertCustomer.bind(6, row.emails)
            insertCustomer.bind(7, row.phones)
            insertCustomer.bind(8, row.street)
            insertCustomer.bind(9, row.number)
            insertCustomer.bind(10, row.complement)
            insertCustomer.bind(11, row.district)
            insertCustomer.bind(12, row.city)
            insertCustomer.bind(13, row.state)
            insertCustomer.bind(14, row.cep)
            insertCustomer.bind(15, row.segment)
            insertCustomer.bind(16, row.tags)
            insertCustomer.bind(17, row.external_id)
            insertCustomer.bind(18, row.notes)
            insertCustomer.bind(19, row.status)
            insertCustomer.bind(20, row.created_at)
            insertCustomer.bind(21, row.updated_at)
            insertCustomer.bind(22, row.created_by)
            insertCustomer.bind(23, row.updated_by)
            try insertCustomer.run()
        }
        let insertTerm = try connection.prepare(
            "INSERT OR IGNORE INTO customer_search_terms (term, customer_id) VALUES (?, ?)")
        for (term, id) in terms {
            insertTerm.bind(1, term)
            insertTerm.bind(2, id)
            try insertTerm.run()
        }
    }

    func shutdown() async throws {
        // Connections close when the last reference goes; take the write lock so no
        // transaction is cut in half.
        await writeLock.lock()
        try? commitGroup()
        writeLock.unlock()
    }
}
