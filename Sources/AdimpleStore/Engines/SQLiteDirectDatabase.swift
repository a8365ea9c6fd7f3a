import Logging
import NIOCore
import NIOPosix
import SQLKit
import SQLiteKit

/// An SQLKit database over one raw SQLite connection, executing on the calling task.
///
/// Why not sqlite-nio's connection: it prepares every statement anew and hops to a thread
/// pool and back for each one; a charge write of a dozen statements spent most of its time in
/// those hops. Here statements are prepared once and cached, and run where they are called —
/// SQLite statements of this application take microseconds. The owner (`SQLiteBackend`)
/// guarantees one task at a time per connection.
final class SQLiteDirectDatabase: SQLDatabase, @unchecked Sendable {
    // @unchecked: the connection is used by one task at a time, under the backend's locks.
    let connection: RawSQLite
    let logger: Logger
    let eventLoop: any EventLoop = MultiThreadedEventLoopGroup.singleton.any()
    let dialect: any SQLDialect = SQLiteDialect()
    var queryLogLevel: Logger.Level? { nil }

    init(connection: RawSQLite, logger: Logger) {
        self.connection = connection
        self.logger = logger
    }

    func execute(sql query: any SQLExpression, _ onRow: @escaping @Sendable (any SQLRow) -> Void) -> EventLoopFuture<Void> {
        do {
            try run(query, onRow)
            return eventLoop.makeSucceededVoidFuture()
        } catch {
            return eventLoop.makeFailedFuture(error)
        }
    }

    func execute(sql query: any SQLExpression, _ onRow: @escaping @Sendable (any SQLRow) -> Void) async throws {
        try run(query, onRow)
    }

    private func run(_ query: any SQLExpression, _ onRow: (any SQLRow) -> Void) throws {
        let (sql, binds) = serialize(query)
        let values = try binds.map { try SQLiteValueEncoder.encode($0) }
        try connection.query(sql, values) { columns, row in onRow(SQLiteValueRow(columns: columns, values: row)) }
    }
}

/// One result row, copied out of SQLite.
struct SQLiteValueRow: SQLRow {
    let columns: SQLiteColumns
    let values: [SQLiteValue]

    var allColumns: [String] { columns.names }

    func contains(column: String) -> Bool { columns.positions[column] != nil }

    func decodeNil(column: String) throws -> Bool { try value(column) == .null }

    func decode<D: Decodable>(column: String, as: D.Type) throws -> D {
        try SQLiteValueDecoder(value: try value(column), column: column).decode(D.self)
    }

    private func value(_ column: String) throws -> SQLiteValue {
        guard let index = columns.positions[column] else {
            throw DecodingError.keyNotFound(
                SQLiteColumnKey(stringValue: column), .init(codingPath: [], debugDescription: "no column \(column)"))
        }
        return values[index]
    }
}

struct SQLiteColumnKey: CodingKey {
    let stringValue: String
    init(stringValue: String) { self.stringValue = stringValue }
    var intValue: Int? { nil }
    init?(intValue: Int) { nil }
}
