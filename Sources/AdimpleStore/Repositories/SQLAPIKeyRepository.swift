import AdimpleCore
import Foundation
import SQLKit

private let apiKeyColumns = [
    "id", "name", "prefix", "hash", "scopes", "rate_limit", "created_at", "revoked_at", "last_used_at",
]

/// An `api_keys` row as stored.
private struct APIKeyRow: Codable {
    var id: String
    var name: String
    var prefix: String
    var hash: String
    var scopes: String
    var rate_limit: Int64
    var created_at: Int64
    var revoked_at: Int64?
    var last_used_at: Int64?

    init(_ key: APIKey) {
        id = key.id.rawValue
        name = key.name
        prefix = key.prefix
        hash = key.hash
        scopes = Column.json(key.scopes.sorted().map(\.rawValue))
        rate_limit = Int64(key.rateLimitPerSecond)
        created_at = Column.millis(key.createdAt)
        revoked_at = Column.millis(key.revokedAt)
        last_used_at = Column.millis(key.lastUsedAt)
    }

    var binds: [any Encodable & Sendable] {
        [id, name, prefix, hash, scopes, rate_limit, created_at, revoked_at, last_used_at]
    }

    func key() throws -> APIKey {
        var parsed = Set<APIScope>()
        for word in Column.list(scopes) {
            guard let scope = APIScope(rawValue: word) else {
                throw CorruptRowError(table: "api_keys", id: id, detail: "scope \(word)")
            }
            parsed.insert(scope)
        }
        return APIKey(
            id: APIKey.ID(id), name: name, prefix: prefix, hash: hash, scopes: parsed,
            rateLimitPerSecond: Int(rate_limit), createdAt: Column.date(created_at),
            revokedAt: Column.date(revoked_at), lastUsedAt: Column.date(last_used_at))
    }
}

struct SQLAPIKeyRepository: APIKeyRepository {
    let db: any SQLDatabase

    func insert(_ key: APIKey) async throws {
        try await db.insert(into: "api_keys").columns(apiKeyColumns)
            .values(APIKeyRow(key).binds.map { SQLBind($0) }).run()
    }

    func find(hash: String) async throws -> APIKey? {
        try await select().where("hash", .equal, hash).limit(1).first(decoding: APIKeyRow.self)?.key()
    }

    func get(_ id: APIKey.ID) async throws -> APIKey? {
        try await select().where("id", .equal, id.rawValue).limit(1).first(decoding: APIKeyRow.self)?.key()
    }

    func list() async throws -> [APIKey] {
        try await select().orderBy("created_at", .descending).orderBy("id", .descending)
            .all(decoding: APIKeyRow.self).map { try $0.key() }
    }

    /// Revoking twice keeps the first instant.
    func revoke(_ id: APIKey.ID, at: Date) async throws {
        let touched = try await db.update("api_keys")
            .set(
                "revoked_at", to: SQLFunction("COALESCE", args: SQLIdentifier("revoked_at"), SQLBind(Column.millis(at)))
            )
            .where("id", .equal, id.rawValue)
            .returning("id").all()
        guard touched.count == 1 else { throw DomainError.notFound("Chave de API", id.rawValue) }
    }

    /// Never moves `last_used_at` back (two nodes may record uses out of order).
    func recordUse(_ id: APIKey.ID, at: Date) async throws {
        let millis = Column.millis(at)
        try await db.update("api_keys").set("last_used_at", to: millis)
            .where("id", .equal, id.rawValue)
            .where { $0.where("last_used_at", .is, SQLLiteral.null).orWhere("last_used_at", .lessThan, millis) }
            .run()
    }

    private func select() -> SQLSelectBuilder {
        db.select().columns(apiKeyColumns).from("api_keys")
    }
}
