import Foundation
import SQLKit

/// Applies pending migrations in order, each in its own transaction.
struct Migrator {
    let backend: any SQLBackend

    /// Versions applied by this call (empty when the schema was current).
    @discardableResult
    func migrate(now: Date = Date()) async throws -> [Int] {
        try await backend.withWriteTransaction { db in
            try await db.execute(
                sql: SQLRaw(
                    "CREATE TABLE IF NOT EXISTS schema_migrations (version BIGINT PRIMARY KEY, name TEXT NOT NULL, applied_at BIGINT NOT NULL)"
                )
            ) { _ in }
        }
        var applied: [Int] = []
        for migration in allMigrations {
            let didApply = try await backend.withWriteTransaction { db -> Bool in
                if backend.engine == .postgres {
                    // Several nodes may start together: one migrates, the others wait and then see it done.
                    try await db.raw("SELECT pg_advisory_xact_lock(\(bind: Int64(0x4144_494D)))").run()
                }
                let existing = try await db.select().column("version").from("schema_migrations")
                    .where("version", .equal, Int64(migration.version)).first()
                if existing != nil { return false }
                for statement in migration.statements(backend.engine) {
                    try await db.execute(sql: SQLRaw(statement)) { _ in }
                }
                try await db.insert(into: "schema_migrations").columns("version", "name", "applied_at")
                    .values(
                        SQLBind(Int64(migration.version)), SQLBind(migration.name),
                        SQLBind(Int64(now.timeIntervalSince1970 * 1000))
                    ).run()
                return true
            }
            if didApply { applied.append(migration.version) }
        }
        return applied
    }

    /// The highest applied version, or 0.
    func currentVersion() async throws -> Int {
        try await backend.withReadTransaction { db in
            let row = try await db.raw("SELECT MAX(version) AS v FROM schema_migrations").first()
            return Int(try row?.decode(column: "v", as: Int64?.self) ?? 0)
        }
    }
}
