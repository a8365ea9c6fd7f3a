import AdimpleCore
import Foundation
import SQLKit

private let idempotencyColumns = [
    "api_key_id", "idem_key", "method", "path", "fingerprint", "created_at", "locked_until", "response_status",
    "response_headers", "response_body",
]

/// An `idempotency_keys` row as stored. The response headers are a JSON array of
/// `[name, value]` pairs; the body is bytes (BLOB / BYTEA).
private struct IdempotencyRow: Codable {
    var api_key_id: String
    var idem_key: String
    var method: String
    var path: String
    var fingerprint: String
    var created_at: Int64
    var locked_until: Int64?
    var response_status: Int64?
    var response_headers: String?
    var response_body: Data?

    func record() throws -> IdempotencyRecord {
        var response: StoredResponse?
        if let status = response_status {
            let headers: [[String]]
            do {
                headers = try JSONDecoder().decode([[String]].self, from: Data((response_headers ?? "[]").utf8))
            } catch {
                throw CorruptRowError(
                    table: "idempotency_keys", id: "\(api_key_id)/\(idem_key)", detail: "headers: \(error)")
            }
            response = StoredResponse(status: Int(status), headers: headers, body: [UInt8](response_body ?? Data()))
        }
        return IdempotencyRecord(
            apiKeyID: APIKey.ID(api_key_id), key: idem_key, method: method, path: path, fingerprint: fingerprint,
            createdAt: Column.date(created_at), lockedUntil: Column.date(locked_until), response: response)
    }
}

struct SQLIdempotencyRepository: IdempotencyRepository {
    let db: any SQLDatabase

    /// Safe against concurrent claimers: the INSERT … ON CONFLICT DO NOTHING lets exactly one
    /// of them create the row (PostgreSQL makes the others wait for its commit), and taking
    /// over an expired claim is one conditional UPDATE, which PostgreSQL re-checks on the
    /// latest row version, so only one claimer can win it either.
    func claim(_ record: IdempotencyRecord, now: Date) async throws -> IdempotencyClaim {
        // A row can vanish between the statements (released or purged meanwhile): try again.
        for _ in 0..<3 {
            let inserted = try await db.insert(into: "idempotency_keys")
                .columns("api_key_id", "idem_key", "method", "path", "fingerprint", "created_at", "locked_until")
                .values(
                    SQLBind(record.apiKeyID.rawValue), SQLBind(record.key), SQLBind(record.method),
                    SQLBind(record.path), SQLBind(record.fingerprint), SQLBind(Column.millis(record.createdAt)),
                    SQLBind(Column.millis(record.lockedUntil))
                )
                .ignoringConflicts(with: ["api_key_id", "idem_key"])
                .returning("api_key_id").all()
            if !inserted.isEmpty { return .claimed }

            // Take over a claim whose holder let its lock expire (a node died mid-request).
            let nowMillis = Column.millis(now)
            let takenOver = try await db.update("idempotency_keys")
                .set("method", to: record.method)
                .set("path", to: record.path)
                .set("fingerprint", to: record.fingerprint)
                .set("created_at", to: Column.millis(record.createdAt))
                .set("locked_until", to: Column.millis(record.lockedUntil))
                .where("api_key_id", .equal, record.apiKeyID.rawValue)
                .where("idem_key", .equal, record.key)
                .where("response_status", .is, SQLLiteral.null)
                .where {
                    $0.where("locked_until", .is, SQLLiteral.null).orWhere("locked_until", .lessThanOrEqual, nowMillis)
                }
                .returning("api_key_id").all()
            if !takenOver.isEmpty { return .claimed }

            guard let existing = try await get(apiKeyID: record.apiKeyID, key: record.key) else { continue }
            return existing.response == nil ? .inFlight(existing) : .existing(existing)
        }
        throw StoreUnavailableError("idempotency key \(record.key) kept changing while being claimed")
    }

    func complete(apiKeyID: APIKey.ID, key: String, response: StoredResponse) async throws {
        let headers = "[" + response.headers.map { Column.json($0) }.joined(separator: ",") + "]"
        try await db.update("idempotency_keys")
            .set("response_status", to: Int64(response.status))
            .set("response_headers", to: headers)
            .set("response_body", to: Data(response.body))
            .set("locked_until", to: SQLLiteral.null)
            .where("api_key_id", .equal, apiKeyID.rawValue)
            .where("idem_key", .equal, key)
            .run()
    }

    func release(apiKeyID: APIKey.ID, key: String) async throws {
        try await db.delete(from: "idempotency_keys")
            .where("api_key_id", .equal, apiKeyID.rawValue)
            .where("idem_key", .equal, key)
            .where("response_status", .is, SQLLiteral.null)
            .run()
    }

    func purge(createdBefore cutoff: Date) async throws -> Int {
        try await db.delete(from: "idempotency_keys")
            .where("created_at", .lessThan, Column.millis(cutoff))
            .returning("api_key_id").all().count
    }

    func get(apiKeyID: APIKey.ID, key: String) async throws -> IdempotencyRecord? {
        try await db.select().columns(idempotencyColumns).from("idempotency_keys")
            .where("api_key_id", .equal, apiKeyID.rawValue)
            .where("idem_key", .equal, key)
            .limit(1).first(decoding: IdempotencyRow.self)?.record()
    }
}
