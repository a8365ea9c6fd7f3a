import AdimpleCore
import Foundation
import Logging

/// Opens the store a configuration names: a `postgres://` (or `postgresql://`) URL, or a
/// path to an SQLite file (created when missing).
public enum StoreFactory {
    public static func isPostgres(_ location: String) -> Bool {
        location.hasPrefix("postgres://") || location.hasPrefix("postgresql://")
    }

    /// Opens and, unless `migrate` is false, brings the schema up to date.
    /// - Parameter busyTimeout: SQLite only: how long a write waits for another process's lock.
    public static func open(
        _ location: String, migrate: Bool = true, busyTimeout: Duration = .seconds(5),
        logger: Logger = Logger(label: "adimple.store")
    ) async throws -> SQLStore {
        let backend: any SQLBackend
        if isPostgres(location) {
            backend = try PostgresBackend.open(url: location, logger: logger)
        } else {
            let path = location.hasPrefix("sqlite://") ? String(location.dropFirst("sqlite://".count)) : location
            backend = try await SQLiteBackend.open(path: path, busyTimeout: busyTimeout, logger: logger)
        }
        let store = SQLStore(backend: backend)
        if migrate {
            do {
                try await Migrator(backend: backend).migrate()
            } catch {
                try? await store.shutdown()
                throw error
            }
        }
        return store
    }

    /// Applies pending migrations; returns the versions applied.
    public static func migrate(_ store: SQLStore) async throws -> [Int] {
        try await Migrator(backend: store.backend).migrate()
    }

    public static func schemaVersion(_ store: SQLStore) async throws -> Int {
        try await Migrator(backend: store.backend).currentVersion()
    }

    /// The number of migrations this build knows.
    public static var latestSchemaVersion: Int { allMigrations.last?.version ?? 0 }

    /// A location safe to print: PostgreSQL passwords are masked.
    public static func redacted(_ location: String) -> String {
        isPostgres(location) ? PostgresBackend.redacted(location) : location
    }
}
