/// Who made a change: a person, an API key, the command line or the system itself.
/// Every write records one, and the audit log keeps it.
public struct Actor: Hashable, Sendable, Codable, CustomStringConvertible {
    public enum Kind: String, Sendable, Codable, CaseIterable {
        case user, apiKey = "api_key", cli, system
    }

    public let kind: Kind
    public let id: String

    public init(kind: Kind, id: String) {
        self.kind = kind
        self.id = id
    }

    /// The stored form, `kind:id`.
    public var description: String { "\(kind.rawValue):\(id)" }

    /// Parses the stored form back.
    public init?(stored: String) {
        guard let colon = stored.firstIndex(of: ":"),
            let kind = Kind(rawValue: String(stored[..<colon]))
        else { return nil }
        self.init(kind: kind, id: String(stored[stored.index(after: colon)...]))
    }

    public static let system = Actor(kind: .system, id: "adimple")
    public static func cli(_ user: String) -> Actor { Actor(kind: .cli, id: user) }
}
