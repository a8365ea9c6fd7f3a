import Foundation
import Testing

/// Decodes a JSON text into `T`.
func decodeJSON<T: Decodable>(_ type: T.Type, _ text: String) throws -> T {
    try JSONDecoder().decode(type, from: Data(text.utf8))
}

/// The JSON with keys sorted, so two documents compare by content rather than key order.
func canonicalJSON(_ data: Data) throws -> String {
    let object = try JSONSerialization.jsonObject(with: data)
    let sorted = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])
    return String(decoding: sorted, as: UTF8.self)
}

/// Whether `value` encodes to the same JSON document as `expected`.
func encodesAs<T: Encodable>(_ value: T, _ expected: String) throws -> Bool {
    let encoded = try canonicalJSON(JSONEncoder().encode(value))
    let reference = try canonicalJSON(Data(expected.utf8))
    if encoded != reference {
        Issue.record("encoded \(encoded)\nexpected \(reference)")
    }
    return encoded == reference
}
