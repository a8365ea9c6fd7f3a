/// The description of one record type: its name, length, fields and the positions that identify it.
///
/// Fields need not cover every position: gaps are read as nothing and written as blanks, which is
/// what the manuals call "brancos" or "uso exclusivo".
public struct RecordLayout: Sendable, Hashable, CustomStringConvertible {
    /// The record's name in the manual's words: "segmento T", "header de arquivo".
    public let name: String
    /// Characters in the record.
    public let length: Int
    /// The fields, in any order.
    public let fields: [FieldSpec]
    /// Positions whose content identifies the record (record type at 8, segment at 14 in CNAB 240;
    /// record type at 1 in CNAB 400 and 150).
    public let key: [RecordKey]

    /// Describes a record; `key` fields are also written when the record is built.
    public init(name: String, length: Int, key: [RecordKey], fields: [FieldSpec]) {
        self.name = name
        self.length = length
        self.key = key
        self.fields = fields
    }

    /// "segmento T (240)".
    public var description: String { "\(name) (\(length))" }

    /// True when the line's identifying positions hold this layout's values.
    public func matches(_ line: some Collection<UInt8>) -> Bool {
        let bytes = Array(line.prefix(length))
        return key.allSatisfy { $0.matches(bytes) }
    }

    /// The layout's own consistency: every field inside the record, no two fields overlapping, and
    /// no field or key beyond the record. Returns the problems found; layouts are checked by tests.
    public func consistencyProblems() -> [String] {
        var problems: [String] = []
        let sorted = fields.sorted { $0.start < $1.start }
        for field in sorted where field.end > length {
            problems.append("\(name): \(field) ends after position \(length)")
        }
        for (previous, next) in zip(sorted, sorted.dropFirst()) where next.start <= previous.end {
            problems.append("\(name): \(previous) overlaps \(next)")
        }
        for field in fields {
            if case .date(let format) = field.kind, format.length != field.length {
                problems.append("\(name): \(field) has \(field.length) positions for a \(format.rawValue) date")
            }
            if case .constant(let value) = field.kind, value.utf8.count != field.length {
                problems.append("\(name): \(field) holds a constant of another length")
            }
        }
        for key in key where key.position + key.value.count - 1 > length {
            problems.append("\(name): key at \(key.position) is beyond the record")
        }
        return problems
    }
}

/// A literal at a position that tells which record a line is.
public struct RecordKey: Sendable, Hashable {
    /// 1-based position of the first character.
    public let position: Int
    /// The characters expected there, ASCII.
    public let value: [UInt8]

    /// The literal `value` at `position`.
    public init(_ position: Int, _ value: String) {
        self.position = position
        self.value = Array(value.utf8)
    }

    func matches(_ bytes: [UInt8]) -> Bool {
        for (offset, expected) in value.enumerated() {
            let index = position - 1 + offset
            let actual = index < bytes.count ? bytes[index] : ASCII.space
            if actual != expected { return false }
        }
        return true
    }
}

/// A family of record layouts read together (every record of a CNAB 240 file, say), so a line can
/// be recognised by its key positions.
public struct RecordFormat: Sendable, Hashable {
    /// The layout family.
    public let layout: CNABLayout
    /// The record layouts; the first whose key matches a line is the line's layout.
    public let records: [RecordLayout]

    /// A family of records sharing the layout's length.
    public init(layout: CNABLayout, records: [RecordLayout]) {
        self.layout = layout
        self.records = records
    }

    /// The layout a line belongs to, or nil when no key matches.
    public func recognize(_ line: some Collection<UInt8>) -> RecordLayout? {
        let bytes = Array(line.prefix(layout.recordLength))
        return records.first { record in record.key.allSatisfy { $0.matches(bytes) } }
    }
}
