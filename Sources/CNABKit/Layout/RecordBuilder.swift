import BrazilKit

/// Writes one record of a layout: numbers right-aligned with zeros, text left-aligned with blanks,
/// folded to ASCII (uppercase by default), dates in the field's format, constants and keys filled in.
///
/// A fresh builder already holds a valid empty record: keys and constants written, numeric and date
/// fields zeros, everything else blanks.
public struct RecordBuilder: Sendable {
    /// The layout being written.
    public let layout: RecordLayout
    /// Whether text is uppercased; the manuals ask for it, so it is on unless turned off.
    public var uppercase: Bool
    private var bytes: [UInt8]

    /// An empty record of `layout`.
    public init(_ layout: RecordLayout, uppercase: Bool = true) {
        self.layout = layout
        self.uppercase = uppercase
        bytes = Array(repeating: ASCII.space, count: layout.length)
        for field in layout.fields {
            switch field.kind {
            case .numeric, .date:
                for index in (field.start - 1)..<field.end { bytes[index] = ASCII.zero }
            case .constant(let value):
                bytes.replaceSubrange((field.start - 1)..<field.end, with: Array(value.utf8))
            case .alphanumeric, .filler:
                break
            }
        }
        for key in layout.key {
            bytes.replaceSubrange((key.position - 1)..<(key.position - 1 + key.value.count), with: key.value)
        }
    }

    /// The record's bytes, exactly `layout.length` of them.
    public var record: [UInt8] { bytes }

    private func failure(_ field: FieldSpec, _ reason: CNABError.Reason) -> CNABError {
        CNABError(columns: field.columns, field: field.name, reason: reason)
    }

    /// Writes text left-aligned and blank-filled. Text longer than the field is refused unless
    /// `truncating` is set — names and addresses may be cut, identifiers never.
    public mutating func set(_ field: FieldSpec, text: String, truncating: Bool = false) throws(CNABError) {
        var folded = CNABText.ascii(text, uppercase: uppercase)
        if folded.count > field.length {
            // Trailing blanks are padding anyway; anything else would be lost.
            while folded.count > field.length, folded.last == ASCII.space { folded.removeLast() }
            if folded.count > field.length {
                guard truncating else { throw failure(field, .valueTooLong(text, maxLength: field.length)) }
                folded.removeLast(folded.count - field.length)
            }
        }
        let start = field.start - 1
        for index in 0..<field.length {
            bytes[start + index] = index < folded.count ? folded[index] : ASCII.space
        }
    }

    /// Writes a non-negative integer right-aligned and zero-filled.
    public mutating func set(_ field: FieldSpec, number: Int64) throws(CNABError) {
        guard number >= 0 else {
            throw failure(
                field, .invalidValue(String(number), reasonPT: "número negativo", reasonEN: "negative number"))
        }
        try set(field, digits: String(number))
    }

    /// Writes a string of digits right-aligned and zero-filled: for identifiers longer than an
    /// integer holds (20-digit convênios) and ones whose leading zeros matter.
    public mutating func set(_ field: FieldSpec, digits: String) throws(CNABError) {
        let characters = Array(digits.utf8)
        guard characters.allSatisfy(ASCII.isDigit) else {
            throw failure(field, .notANumber(digits))
        }
        var significant = characters[...]
        while significant.count > field.length, significant.first == ASCII.zero {
            significant = significant.dropFirst()
        }
        guard significant.count <= field.length else {
            throw failure(field, .valueTooLong(digits, maxLength: field.length))
        }
        let start = field.start - 1
        let padding = field.length - significant.count
        for index in 0..<padding { bytes[start + index] = ASCII.zero }
        for (offset, byte) in significant.enumerated() { bytes[start + padding + offset] = byte }
    }

    /// Writes an amount into a `9(n)V99` field (other decimal counts are scaled).
    public mutating func set(_ field: FieldSpec, money: Money) throws(CNABError) {
        guard money.centavos >= 0 else {
            throw failure(
                field,
                .invalidValue(money.formatted, reasonPT: "valor negativo", reasonEN: "negative amount"))
        }
        var value = money.centavos
        if case .numeric(let decimals) = field.kind, decimals != 2 {
            if decimals > 2 {
                for _ in 2..<decimals { value = value.multipliedReportingOverflow(by: 10).partialValue }
            } else {
                for _ in decimals..<2 { value /= 10 }
            }
        }
        try set(field, number: value)
    }

    /// Writes a date in the field's format; nil writes zeros ("no date").
    public mutating func set(_ field: FieldSpec, date: CivilDate?) throws(CNABError) {
        guard case .date(let format) = field.kind else {
            throw failure(
                field,
                .invalidValue(
                    date?.iso ?? "", reasonPT: "o campo não é de data", reasonEN: "the field is not a date"))
        }
        guard let date else {
            try set(field, number: 0)
            return
        }
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : String(value % 100) }
        let text: String
        switch format {
        case .ddmmaa: text = two(date.day) + two(date.month) + two(date.year % 100)
        case .ddmmaaaa: text = two(date.day) + two(date.month) + String(date.year)
        case .aaaammdd: text = String(date.year) + two(date.month) + two(date.day)
        }
        // DDMMAA reads 00–69 as 2000–2069 and 70–99 as the 1900s (FieldSpec.swift); other years would come back wrong.
        let years = format == .ddmmaa ? 1970...2069 : 1000...9999
        guard text.utf8.count == field.length, years.contains(date.year) else {
            throw failure(field, .notADate(date.iso))
        }
        try set(field, digits: text)
    }
}
