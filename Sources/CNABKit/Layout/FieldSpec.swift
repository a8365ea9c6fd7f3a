/// One field of a fixed-width record, described as the bank manuals do: a name, 1-based inclusive
/// start and end positions, and what it holds ("9(13)V99", "X(40)", "DDMMAAAA").
///
/// The same description drives writing (padding, folding) and reading (typed values, errors that
/// name the columns and the field).
public struct FieldSpec: Sendable, Hashable, CustomStringConvertible {
    /// The field's name in the manual's words, used in error messages: "data de vencimento".
    public let name: String
    /// First position, 1-based.
    public let start: Int
    /// Last position, 1-based and inclusive.
    public let end: Int
    /// What the field holds.
    public let kind: FieldKind

    /// Describes a field; `end` must not be before `start` (layouts are checked by their tests).
    public init(_ name: String, _ start: Int, _ end: Int, _ kind: FieldKind) {
        precondition(start >= 1 && end >= start, "field \(name): positions \(start)–\(end)")
        self.name = name
        self.start = start
        self.end = end
        self.kind = kind
    }

    /// Number of positions.
    public var length: Int { end - start + 1 }

    /// The columns, for error messages.
    public var columns: ClosedRange<Int> { start...end }

    /// "data de vencimento 78–85 date(ddmmaaaa)".
    public var description: String { "\(name) \(start)–\(end) \(kind)" }

    /// The same field moved to other positions, for bank variants of a FEBRABAN layout.
    public func at(_ start: Int, _ end: Int) -> FieldSpec {
        FieldSpec(name, start, end, kind)
    }

    // Shorthands that read like the manuals' pictures.

    /// `9(n)`: digits, zero-padded on the left.
    public static func numeric(_ name: String, _ start: Int, _ end: Int) -> FieldSpec {
        FieldSpec(name, start, end, .numeric(decimals: 0))
    }

    /// `9(n)V99`: an amount in centavos.
    public static func money(_ name: String, _ start: Int, _ end: Int) -> FieldSpec {
        FieldSpec(name, start, end, .numeric(decimals: 2))
    }

    /// `X(n)`: text, blank-padded on the right.
    public static func text(_ name: String, _ start: Int, _ end: Int) -> FieldSpec {
        FieldSpec(name, start, end, .alphanumeric)
    }

    /// A date in the given format; zeros mean "no date".
    public static func date(_ name: String, _ start: Int, _ end: Int, _ format: DateFormat) -> FieldSpec {
        FieldSpec(name, start, end, .date(format))
    }

    /// A literal the record always carries ("REMESSA", "01", "P").
    public static func constant(_ name: String, _ start: Int, _ value: String) -> FieldSpec {
        FieldSpec(name, start, start + value.utf8.count - 1, .constant(value))
    }

    /// Brancos: positions the layout leaves blank.
    public static func filler(_ start: Int, _ end: Int) -> FieldSpec {
        FieldSpec("brancos", start, end, .filler)
    }
}

/// What a field holds, in the manuals' pictures.
public enum FieldKind: Sendable, Hashable, CustomStringConvertible {
    /// `9(n)` or `9(n)V9(d)`: digits right-aligned and zero-filled, with `decimals` implied decimals.
    case numeric(decimals: Int)
    /// `X(n)`: ASCII text left-aligned and blank-filled.
    case alphanumeric
    /// A date; a field of zeros (or blanks) means "no date".
    case date(DateFormat)
    /// A literal the record always carries.
    case constant(String)
    /// Blanks.
    case filler

    /// "numeric(2)", "alphanumeric", "date(ddmmaaaa)".
    public var description: String {
        switch self {
        case .numeric(let decimals): "numeric(\(decimals))"
        case .alphanumeric: "alphanumeric"
        case .date(let format): "date(\(format.rawValue))"
        case .constant(let value): "constant('\(value)')"
        case .filler: "filler"
        }
    }
}

/// Date formats CNAB files use.
public enum DateFormat: String, Sendable, Hashable {
    /// DDMMAA, CNAB 400. Years 00–69 are 2000–2069 and 70–99 are 1970–1999 (the standard's pivot
    /// is unwritten; no CNAB file predates 1970).
    case ddmmaa
    /// DDMMAAAA, CNAB 240.
    case ddmmaaaa
    /// AAAAMMDD, CNAB 150 (rails.md §6) and Sicredi's CNAB 400 header.
    case aaaammdd

    /// Characters the format takes.
    public var length: Int { self == .ddmmaa ? 6 : 8 }
}
