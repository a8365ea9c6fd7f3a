import Foundation

/// A value as SQLite stores it.
enum SQLiteValue: Sendable, Equatable {
    case null
    case integer(Int64)
    case real(Double)
    case text(String)
    case blob([UInt8])
}

/// Turns a bind (any Encodable) into an SQLite value. Adimple binds only primitives, bytes
/// (`Data`, `[UInt8]`) and optionals of them; anything else is refused with the type's name.
struct SQLiteValueEncoder: Encoder {
    final class Box { var value: SQLiteValue = .null }
    let box = Box()
    var codingPath: [any CodingKey] = []
    var userInfo: [CodingUserInfoKey: Any] = [:]

    static func encode(_ value: any Encodable) throws -> SQLiteValue {
        switch value {
        case let text as String: return .text(text)
        case let number as Int64: return .integer(number)
        case let number as Int: return .integer(Int64(number))
        case let bytes as [UInt8]: return .blob(bytes)
        case let data as Data: return .blob([UInt8](data))
        default:
            let encoder = SQLiteValueEncoder()
            try value.encode(to: encoder)
            return encoder.box.value
        }
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        preconditionFailure("SQLite binds are single values")
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        preconditionFailure("SQLite binds are single values")
    }

    func singleValueContainer() -> any SingleValueEncodingContainer { Container(box: box) }

    struct Container: SingleValueEncodingContainer {
        let box: Box
        var codingPath: [any CodingKey] = []
        mutating func encodeNil() throws { box.value = .null }
        mutating func encode(_ value: Bool) throws { box.value = .integer(value ? 1 : 0) }
        mutating func encode(_ value: String) throws { box.value = .text(value) }
        mutating func encode(_ value: Double) throws { box.value = .real(value) }
        mutating func encode(_ value: Float) throws { box.value = .real(Double(value)) }
        mutating func encode(_ value: Int) throws { box.value = .integer(Int64(value)) }
        mutating func encode(_ value: Int8) throws { box.value = .integer(Int64(value)) }
        mutating func encode(_ value: Int16) throws { box.value = .integer(Int64(value)) }
        mutating func encode(_ value: Int32) throws { box.value = .integer(Int64(value)) }
        mutating func encode(_ value: Int64) throws { box.value = .integer(value) }
        mutating func encode(_ value: UInt) throws { box.value = .integer(Int64(value)) }
        mutating func encode(_ value: UInt8) throws { box.value = .integer(Int64(value)) }
        mutating func encode(_ value: UInt16) throws { box.value = .integer(Int64(value)) }
        mutating func encode(_ value: UInt32) throws { box.value = .integer(Int64(value)) }
        mutating func encode(_ value: UInt64) throws { box.value = .integer(Int64(value)) }
        mutating func encode<T: Encodable>(_ value: T) throws { box.value = try SQLiteValueEncoder.encode(value) }
    }
}

/// Reads one column's value as a Decodable primitive (or an optional of one).
struct SQLiteValueDecoder: Decoder {
    let value: SQLiteValue
    let column: String
    var codingPath: [any CodingKey] = []
    var userInfo: [CodingUserInfoKey: Any] = [:]

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        throw mismatch("a keyed value")
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer { throw mismatch("a list") }

    func singleValueContainer() throws -> any SingleValueDecodingContainer { self }

    func mismatch(_ wanted: String) -> DecodingError {
        DecodingError.typeMismatch(
            Any.self, .init(codingPath: [], debugDescription: "column \(column): wanted \(wanted), found \(value)"))
    }
}

extension SQLiteValueDecoder: SingleValueDecodingContainer {
    func decodeNil() -> Bool { value == .null }

    func decode(_ type: Bool.Type) throws -> Bool { try integer() != 0 }
    func decode(_ type: String.Type) throws -> String {
        switch value {
        case .text(let text): return text
        case .integer(let number): return String(number)
        case .real(let number): return String(number)
        default: throw mismatch("text")
        }
    }
    func decode(_ type: Double.Type) throws -> Double {
        switch value {
        case .real(let number): return number
        case .integer(let number): return Double(number)
        default: throw mismatch("a number")
        }
    }
    func decode(_ type: Float.Type) throws -> Float { Float(try decode(Double.self)) }
    func decode(_ type: Int.Type) throws -> Int { Int(try integer()) }
    func decode(_ type: Int8.Type) throws -> Int8 { try exact(integer()) }
    func decode(_ type: Int16.Type) throws -> Int16 { try exact(integer()) }
    func decode(_ type: Int32.Type) throws -> Int32 { try exact(integer()) }
    func decode(_ type: Int64.Type) throws -> Int64 { try integer() }
    func decode(_ type: UInt.Type) throws -> UInt { try exact(integer()) }
    func decode(_ type: UInt8.Type) throws -> UInt8 { try exact(integer()) }
    func decode(_ type: UInt16.Type) throws -> UInt16 { try exact(integer()) }
    func decode(_ type: UInt32.Type) throws -> UInt32 { try exact(integer()) }
    func decode(_ type: UInt64.Type) throws -> UInt64 { try exact(integer()) }
    func decode<T: Decodable>(_ type: T.Type) throws -> T {
        // Data decodes itself as a list of numbers; a BLOB is one value.
        if T.self == Data.self { return Data(try blob()) as! T }
        return try T(from: self)
    }

    private func blob() throws -> [UInt8] {
        switch value {
        case .blob(let bytes): return bytes
        case .text(let text): return Array(text.utf8)
        default: throw mismatch("bytes")
        }
    }

    private func integer() throws -> Int64 {
        switch value {
        case .integer(let number): return number
        case .real(let number) where number == number.rounded(): return Int64(number)
        case .text(let text) where Int64(text) != nil: return Int64(text)!
        default: throw mismatch("an integer")
        }
    }

    private func exact<T: FixedWidthInteger>(_ number: Int64) throws -> T {
        guard let converted = T(exactly: number) else { throw mismatch("\(T.self)") }
        return converted
    }
}
