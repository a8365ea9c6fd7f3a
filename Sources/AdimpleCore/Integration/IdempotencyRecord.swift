import Foundation

/// A POST remembered under its `Idempotency-Key`, per API key: what was asked (method, path,
/// body fingerprint) and, once finished, the exact response to replay.
public struct IdempotencyRecord: Sendable, Hashable {
    public let apiKeyID: APIKey.ID
    public let key: String
    public let method: String
    public let path: String
    /// Lowercase hex SHA-256 of the request body.
    public let fingerprint: String
    public let createdAt: Date
    /// While a request holds the key, until when; a node that died mid-request frees the key
    /// when this passes.
    public var lockedUntil: Date?
    public var response: StoredResponse?

    public init(
        apiKeyID: APIKey.ID, key: String, method: String, path: String, fingerprint: String, createdAt: Date,
        lockedUntil: Date?, response: StoredResponse?
    ) {
        self.apiKeyID = apiKeyID
        self.key = key
        self.method = method
        self.path = path
        self.fingerprint = fingerprint
        self.createdAt = createdAt
        self.lockedUntil = lockedUntil
        self.response = response
    }
}

/// A response kept byte for byte.
public struct StoredResponse: Sendable, Hashable {
    public let status: Int
    /// Header name and value pairs, in order (content type, location, …).
    public let headers: [[String]]
    public let body: [UInt8]

    public init(status: Int, headers: [[String]], body: [UInt8]) {
        self.status = status
        self.headers = headers
        self.body = body
    }
}

/// What claiming a key found.
public enum IdempotencyClaim: Sendable, Hashable {
    /// The key is ours now: run the request and `complete` it.
    case claimed
    /// The key finished before: replay this (if method, path and body match).
    case existing(IdempotencyRecord)
    /// Another request holds the key right now.
    case inFlight(IdempotencyRecord)
}
