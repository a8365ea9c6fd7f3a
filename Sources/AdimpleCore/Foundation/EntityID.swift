import Foundation

/// A typed identifier: `EntityID<Customer>` and `EntityID<Charge>` cannot be mixed up.
///
/// Ids are strings with a short prefix (`cus_`, `chg_`, …) followed by a time-ordered
/// Crockford base32 body, so they read well in logs and URLs and insert in order.
public struct EntityID<Entity>: Hashable, Sendable, Codable, CustomStringConvertible, Comparable {
    public let rawValue: String

    public init(_ rawValue: String) {
        self.rawValue = rawValue
    }

    public init(from decoder: any Decoder) throws {
        rawValue = try decoder.singleValueContainer().decode(String.self)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }

    public var description: String { rawValue }

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// The prefix each kind of entity carries in its id.
public enum IDPrefix: String, Sendable, CaseIterable {
    case customer = "cus"
    case charge = "chg"
    case payment = "pay"
    case ledgerTransaction = "ltx"
    case audit = "aud"
    case event = "evt"
    case apiKey = "key"
    case webhookEndpoint = "whe"
    case webhookDelivery = "whd"
    case webhookAttempt = "wha"
    case bankAccount = "bac"
    case boleto = "bol"
    case bankFile = "bfl"
    case reconciliationException = "rex"
    case bankInstruction = "bin"
}
