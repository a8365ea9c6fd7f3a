/// One numbered schema change. Its statements run in one transaction together with the
/// row that records it in `schema_migrations`, so a migration is applied wholly or not at all.
struct Migration: Sendable {
    let version: Int
    let name: String
    /// The DDL for the given engine. Most statements are the same on both; the few that differ
    /// come from `Engine`.
    let statements: @Sendable (Engine) -> [String]
}

/// Every migration, in order. Add a new one at the end; never edit one that has shipped.
let allMigrations: [Migration] = [
    foundationMigration,
    integrationMigration,
    boletoMigration,
    bankFilesMigration,
]
