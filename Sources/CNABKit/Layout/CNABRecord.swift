import BrazilKit

/// A typed value read from a field.
public enum FieldValue: Sendable, Hashable {
    /// A numeric field: the integer written and its implied decimals (`number(4000, decimals: 2)` is 40,00).
    case number(Int64, decimals: Int)
    /// Text without trailing blanks.
    case text(String)
    /// A date; nil when the field held zeros or blanks.
    case date(CivilDate?)
}

/// One record read from a file: its line number, the layout it was recognised as, and its bytes as
/// found (without the line break, at most the layout's length). Fields are read from the bytes on
/// demand, so no value is built until asked for.
public struct CNABRecord: Sendable, Hashable {
    /// The 1-based physical line.
    public let lineNumber: Int
    /// The layout the record was recognised as.
    public let layout: RecordLayout
    /// The record's bytes; shorter than the layout when the file stripped trailing blanks.
    public let bytes: [UInt8]

    /// A record built from bytes (cut to the layout's length); nothing is checked until a field is read.
    public init(lineNumber: Int, layout: RecordLayout, bytes: some Collection<UInt8>) {
        self.lineNumber = lineNumber
        self.layout = layout
        self.bytes = Array(bytes.prefix(layout.length))
    }

    private func withLine<R>(_ body: (LineBytes) throws(CNABError) -> R) throws(CNABError) -> R {
        var failure: CNABError?
        let result: R? = bytes.withUnsafeBufferPointer { buffer in
            do throws(CNABError) { return try body(LineBytes(bytes: buffer, number: lineNumber)) } catch {
                failure = error
                return nil
            }
        }
        if let failure { throw failure }
        return result!
    }

    /// Text without trailing blanks.
    public func text(_ field: FieldSpec) -> String {
        bytes.withUnsafeBufferPointer { LineBytes(bytes: $0, number: lineNumber).text(field) }
    }

    /// The integer in a numeric field (implied decimals not applied).
    public func number(_ field: FieldSpec) throws(CNABError) -> Int64 {
        try withLine { line throws(CNABError) in try line.number(field) }
    }

    /// An amount in a `9(n)V99` field.
    public func money(_ field: FieldSpec) throws(CNABError) -> Money {
        try withLine { line throws(CNABError) in try line.money(field) }
    }

    /// A date, nil when the field holds zeros or blanks.
    public func date(_ field: FieldSpec) throws(CNABError) -> CivilDate? {
        try withLine { line throws(CNABError) in try line.date(field) }
    }

    /// The field's value typed by its kind; constants and fillers read as text.
    public func value(_ field: FieldSpec) throws(CNABError) -> FieldValue {
        switch field.kind {
        case .numeric(let decimals): .number(try number(field), decimals: decimals)
        case .date: .date(try date(field))
        case .alphanumeric, .constant, .filler: .text(text(field))
        }
    }

    /// Every field of the layout, typed, in position order; the first field that does not hold
    /// what its kind says stops the reading with its line, columns and name.
    public func values() throws(CNABError) -> [(field: FieldSpec, value: FieldValue)] {
        var result: [(field: FieldSpec, value: FieldValue)] = []
        for field in layout.fields.sorted(by: { $0.start < $1.start }) {
            result.append((field, try value(field)))
        }
        return result
    }
}
