import AdimpleCore
import Foundation

/// What one webhook request carries: an event, shaped like the API's `Event` resource so a
/// receiver can decode webhooks and `GET /v1/events/{id}` with the same type.
public struct WebhookMessage: Hashable, Sendable {
    /// The event id; also the `webhook-id` header, the same on every retry so receivers can
    /// drop duplicates (delivery is at least once).
    public let id: String
    public let type: String
    public let createdAt: Date
    public let customerID: String?
    public let chargeID: String?
    /// The resource after the change, as JSON, placed in the body verbatim.
    public let data: String

    public init(id: String, type: String, createdAt: Date, customerID: String?, chargeID: String?, data: String) {
        self.id = id
        self.type = type
        self.createdAt = createdAt
        self.customerID = customerID
        self.chargeID = chargeID
        self.data = data
    }

    public init(event: DomainEvent) {
        self.init(
            id: event.id.rawValue, type: event.type.rawValue, createdAt: event.occurredAt,
            customerID: event.customerID?.rawValue, chargeID: event.chargeID?.rawValue, data: event.payload)
    }

    /// `{"id":…,"object":"event","type":…,"created_at":…,["customer_id":…,]["charge_id":…,]"data":…}`.
    ///
    /// Built by hand rather than with JSONEncoder: `data` is already JSON and must go out byte
    /// for byte as stored, and the key order stays fixed, which makes bodies easy to compare.
    public func body() -> Data {
        var json = "{\"id\":" + Self.quoted(id) + ",\"object\":\"event\",\"type\":" + Self.quoted(type)
        json += ",\"created_at\":" + Self.quoted(createdAt.formatted(Self.timestampStyle))
        if let customerID { json += ",\"customer_id\":" + Self.quoted(customerID) }
        if let chargeID { json += ",\"charge_id\":" + Self.quoted(chargeID) }
        let trimmed = data.trimmingCharacters(in: .whitespacesAndNewlines)
        json += ",\"data\":" + (trimmed.isEmpty ? "null" : data) + "}"
        return Data(json.utf8)
    }

    /// ISO 8601 in UTC with whole seconds, as the API writes instants (`2026-03-05T14:07:00Z`).
    private static let timestampStyle = Date.ISO8601FormatStyle(timeZone: .gmt)

    /// A JSON string literal.
    static func quoted(_ text: String) -> String { JSONString.quoted(text) }
}
