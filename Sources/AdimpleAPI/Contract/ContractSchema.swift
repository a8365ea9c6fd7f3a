import BrazilKit
internal import Foundation

/// Checks a value against a schema of the contract — the subset of JSON Schema the contract
/// uses: `$ref`, `type` (one or several), `enum`, `required`, `properties`,
/// `additionalProperties`, `minLength`/`maxLength`, `pattern`, `minimum`/`maximum`,
/// `minItems`/`maxItems`, and the `date`/`date-time` formats.
///
/// The generated code checks types only; this makes every constraint of the contract hold, so
/// what the documentation promises is what the server enforces.
struct ContractSchema: @unchecked Sendable {  // immutable after init
    /// A broken rule at a place of the document. `structural` problems (a wrong type, an
    /// unknown or missing field) mean the document is not the shape asked for (400); the
    /// others are values out of bounds (422).
    struct Problem: Sendable, Hashable {
        let field: String
        let reason: String
        let structural: Bool
    }

    let root: [String: Any]

    func resolve(_ schema: [String: Any]) -> [String: Any] {
        guard let ref = schema["$ref"] as? String, ref.hasPrefix("#/") else { return schema }
        var current: Any = root
        for part in ref.dropFirst(2).split(separator: "/") {
            guard let dictionary = current as? [String: Any], let next = dictionary[String(part)] else { return schema }
            current = next
        }
        return resolve(current as? [String: Any] ?? [:])
    }

    func validate(_ value: JSONValue, against raw: [String: Any], at field: String, into problems: inout [Problem]) {
        let schema = resolve(raw)
        let types: [String] = (schema["type"] as? [String]) ?? (schema["type"] as? String).map { [$0] } ?? []
        if !types.isEmpty, !types.contains(where: { Self.matches(value, type: $0) }) {
            problems.append(Problem(field: field, reason: "expected \(types.joined(separator: " or ")), found \(value.typeName)", structural: true))
            return
        }
        if let allowed = schema["enum"] as? [Any] {
            let texts = allowed.map { "\($0)" }
            if case .string(let text) = value, !texts.contains(text) {
                problems.append(Problem(field: field, reason: "must be one of: \(texts.joined(separator: ", "))", structural: false))
            }
        }
        switch value {
        case .string(let text): validateString(text, schema, field, &problems)
        case .int(let number): validateNumber(Double(number), schema, field, &problems)
        case .double(let number): validateNumber(number, schema, field, &problems)
        case .array(let items):
            if let maximum = schema["maxItems"] as? Int, items.count > maximum {
                problems.append(Problem(field: field, reason: "at most \(maximum) items", structural: false))
            }
            if let minimum = schema["minItems"] as? Int, items.count < minimum {
                problems.append(Problem(field: field, reason: "at least \(minimum) items", structural: false))
            }
            if let itemSchema = schema["items"] as? [String: Any] {
                for (index, item) in items.enumerated() {
                    validate(item, against: itemSchema, at: "\(field)[\(index)]", into: &problems)
                }
            }
        case .object(let members):
            validateObject(members, schema, field, &problems)
        case .null, .bool:
            break
        }
    }

    private func validateObject(_ members: [String: JSONValue], _ schema: [String: Any], _ field: String, _ problems: inout [Problem]) {
        let properties = schema["properties"] as? [String: Any] ?? [:]
        let prefix = field.isEmpty ? "" : field + "."
        for name in (schema["required"] as? [String] ?? []) where members[name] == nil {
            problems.append(Problem(field: prefix + name, reason: "is required", structural: true))
        }
        for (name, member) in members.sorted(by: { $0.key < $1.key }) {
            if let propertySchema = properties[name] as? [String: Any] {
                validate(member, against: propertySchema, at: prefix + name, into: &problems)
            } else if schema["additionalProperties"] as? Bool == false {
                problems.append(Problem(field: prefix + name, reason: "unknown field", structural: true))
            }
        }
    }

    private func validateString(_ text: String, _ schema: [String: Any], _ field: String, _ problems: inout [Problem]) {
        let length = text.unicodeScalars.count  // JSON Schema counts code points
        if let maximum = schema["maxLength"] as? Int, length > maximum {
            problems.append(Problem(field: field, reason: "at most \(maximum) characters", structural: false))
        }
        if let minimum = schema["minLength"] as? Int, length < minimum {
            problems.append(Problem(field: field, reason: "at least \(minimum) character(s)", structural: false))
        }
        if let pattern = schema["pattern"] as? String, text.range(of: pattern, options: .regularExpression) == nil {
            problems.append(Problem(field: field, reason: "does not match \(pattern)", structural: false))
        }
        switch schema["format"] as? String {
        case "date":
            if (try? CivilDate(iso: text)) == nil || text.count != 10 {
                problems.append(Problem(field: field, reason: "must be a date yyyy-mm-dd", structural: false))
            }
        case "date-time":
            if ISO8601DateFormatter().date(from: text) == nil {
                problems.append(Problem(field: field, reason: "must be an ISO 8601 date-time", structural: false))
            }
        default:
            break
        }
    }

    private func validateNumber(_ number: Double, _ schema: [String: Any], _ field: String, _ problems: inout [Problem]) {
        if let maximum = Self.number(schema["maximum"]), number > maximum {
            problems.append(Problem(field: field, reason: "at most \(Self.text(maximum))", structural: false))
        }
        if let minimum = Self.number(schema["minimum"]), number < minimum {
            problems.append(Problem(field: field, reason: "at least \(Self.text(minimum))", structural: false))
        }
    }

    static func matches(_ value: JSONValue, type: String) -> Bool {
        switch (type, value) {
        case ("null", .null), ("boolean", .bool), ("integer", .int), ("number", .int), ("number", .double),
            ("string", .string), ("array", .array), ("object", .object):
            true
        case ("integer", .double(let number)):
            number.rounded() == number && abs(number) < 9.2e18
        default:
            false
        }
    }

    static func number(_ value: Any?) -> Double? {
        switch value {
        case let int as Int: Double(int)
        case let double as Double: double
        default: nil
        }
    }

    static func text(_ number: Double) -> String {
        number.rounded() == number ? String(Int64(number)) : String(number)
    }
}
