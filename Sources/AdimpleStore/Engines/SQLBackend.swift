import AdimpleCore
import SQLKit

/// What an engine provides to `SQLStore`: transactions on one connection, a ping, a bulk path.
protocol SQLBackend: Sendable {
    var engine: Engine { get }
    func withWriteTransaction<T: Sendable>(_ body: @Sendable (any SQLDatabase) async throws -> T) async throws -> T
    func withReadTransaction<T: Sendable>(_ body: @Sendable (any SQLDatabase) async throws -> T) async throws -> T
    func ping() async throws
    func bulkInsertCustomers(_ rows: [CustomerRow], terms: [(String, String)]) async throws
    func shutdown() async throws
}
