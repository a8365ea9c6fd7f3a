import Foundation

/// What an API key may do. `read` lists and reads; `write` creates and changes (and implies
/// nothing about reading: a key that writes usually has both).
public enum APIScope: String, Sendable, Codable, CaseIterable, Comparable {
    case read, write

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }

    /// Parses `read,write` (spaces allowed), naming a scope that does not exist.
    public static func parseList(_ text: String) throws(ValidationError) -> Set<APIScope> {
        var scopes = Set<APIScope>()
        var collector = IssueCollector()
        for part in text.split(separator: ",") {
            let word = part.trimmingCharacters(in: .whitespaces).lowercased()
            if let scope = APIScope(rawValue: word) {
                scopes.insert(scope)
            } else {
                collector.add(
                    field: "scopes", value: word, pt: "escopo desconhecido (use read, write)",
                    en: "unknown scope (use read, write)")
            }
        }
        if scopes.isEmpty && collector.issues.isEmpty {
            collector.add(field: "scopes", value: text, pt: "informe ao menos um escopo", en: "give at least one scope")
        }
        try collector.throwIfAny()
        return scopes
    }
}

/// An API key as stored: never the key itself, only its SHA-256 and a short prefix to
/// recognise it by.
public struct APIKey: Sendable, Hashable, Identifiable {
    public typealias ID = EntityID<APIKey>

    public let id: ID
    public var name: String
    /// The first characters of the key (`adm_live_AbCd`), shown in lists.
    public let prefix: String
    /// Lowercase hex SHA-256 of the whole key.
    public let hash: String
    public var scopes: Set<APIScope>
    /// Requests per second this key may make (the bucket refills at this rate and holds
    /// twice as many).
    public var rateLimitPerSecond: Int
    public let createdAt: Date
    public var revokedAt: Date?
    public var lastUsedAt: Date?

    public init(
        id: ID, name: String, prefix: String, hash: String, scopes: Set<APIScope>, rateLimitPerSecond: Int,
        createdAt: Date, revokedAt: Date? = nil, lastUsedAt: Date? = nil
    ) {
        self.id = id
        self.name = name
        self.prefix = prefix
        self.hash = hash
        self.scopes = scopes
        self.rateLimitPerSecond = rateLimitPerSecond
        self.createdAt = createdAt
        self.revokedAt = revokedAt
        self.lastUsedAt = lastUsedAt
    }

    public var isRevoked: Bool { revokedAt != nil }
}
