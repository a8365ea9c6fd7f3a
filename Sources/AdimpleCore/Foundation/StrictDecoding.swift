/// Decoding of input types that refuses what it does not know: an unknown key or a value of
/// the wrong type becomes a `ValidationError` naming the field, instead of being ignored or
/// surfacing as an opaque `DecodingError`.
struct AnyKey: CodingKey {
    let stringValue: String
    init(stringValue: String) { self.stringValue = stringValue }
    var intValue: Int? { nil }
    init?(intValue: Int) { nil }
}

struct StrictObject {
    private let container: KeyedDecodingContainer<AnyKey>
    private let prefix: String
    private(set) var issues = IssueCollector()

    /// Opens the object and records every key not in `known`.
    init(_ decoder: any Decoder, known: [String], prefix: String = "") throws {
        self.prefix = prefix
        do {
            container = try decoder.container(keyedBy: AnyKey.self)
        } catch {
            throw ValidationError([
                FieldIssue(
                    field: prefix.isEmpty ? "body" : String(prefix.dropLast()), value: nil,
                    reasonPT: "deve ser um objeto JSON", reasonEN: "must be a JSON object")
            ])
        }
        for key in container.allKeys where !known.contains(key.stringValue) {
            issues.add(field: prefix + key.stringValue, value: nil, pt: "campo desconhecido", en: "unknown field")
        }
    }

    /// The value of `key`, nil when absent or null; a wrong type is recorded, not thrown.
    mutating func optional<T: Decodable>(_ key: String, _ type: T.Type = T.self) -> T? {
        do {
            return try container.decodeIfPresent(T.self, forKey: AnyKey(stringValue: key))
        } catch let error as ValidationError {
            for issue in error.issues { issues.add(issue) }
            return nil
        } catch {
            issues.add(
                field: prefix + key, value: nil, pt: "tipo inválido (esperado \(Self.describe(T.self)))",
                en: "wrong type (expected \(Self.describe(T.self)))")
            return nil
        }
    }

    func finish() throws(ValidationError) { try issues.throwIfAny() }

    private static func describe(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: "string"
        case is Int64.Type, is Int.Type: "integer"
        case is Bool.Type: "boolean"
        case is [String].Type: "array of strings"
        default: "object"
        }
    }
}
