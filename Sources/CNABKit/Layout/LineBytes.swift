import BrazilKit

/// Byte values the readers and writers compare against.
enum ASCII {
    static let space: UInt8 = 0x20
    static let zero: UInt8 = 0x30
    static let lf: UInt8 = 0x0A
    static let cr: UInt8 = 0x0D
    static let substitute: UInt8 = 0x1A

    /// Printable ASCII, 0x20–0x7E: one unsigned comparison.
    @inline(__always) static func isPrintable(_ byte: UInt8) -> Bool { byte &- 0x20 < 0x5F }
    @inline(__always) static func isDigit(_ byte: UInt8) -> Bool { byte &- 0x30 < 10 }
}

/// One record's bytes as found in the file, viewed without copying: possibly shorter than the
/// layout (trailing blanks stripped), never longer. Positions past the end read as blanks, which
/// is what the stripped characters were (rails.md §2.1).
///
/// The view borrows the reader's buffer, so it never outlives the call that received it.
struct LineBytes {
    let bytes: UnsafeBufferPointer<UInt8>
    /// 1-based physical line number, for errors.
    let number: Int

    @inline(__always) func byte(_ position: Int) -> UInt8 {
        let index = position &- 1
        return index < bytes.count ? bytes[index] : ASCII.space
    }

    func failure(_ field: FieldSpec, _ reason: CNABError.Reason) -> CNABError {
        CNABError(line: number, columns: field.columns, field: field.name, reason: reason)
    }

    /// True when every position of the field is blank.
    func isBlank(_ field: FieldSpec) -> Bool {
        for position in field.start...field.end where byte(position) != ASCII.space { return false }
        return true
    }

    /// True when the field holds only zeros and blanks: "not informed" for numbers and dates.
    func isEmptyNumber(_ field: FieldSpec) -> Bool {
        for position in field.start...field.end {
            let byte = byte(position)
            if byte != ASCII.space && byte != ASCII.zero { return false }
        }
        return true
    }

    /// The digits of a numeric field as an integer. Right-aligned numbers may be padded with
    /// leading blanks, and a field left all blank reads as zero (real files leave unused numeric
    /// fields blank); anything else — a letter, a blank after a digit — is refused, unless
    /// `trailingBlanks` accepts a left-aligned number (a bank quirk, see ``Cnab240Profile``).
    func number(_ field: FieldSpec, trailingBlanks: Bool = false) throws(CNABError) -> Int64 {
        var value: Int64 = 0
        var digitSeen = false
        var ended = false
        let checked = field.length > 18
        for position in field.start...field.end {
            let byte = byte(position)
            let digit = byte &- ASCII.zero
            if ended {
                // Only blanks may follow a left-aligned number.
                guard byte == ASCII.space else { throw failure(field, .notANumber(raw(field))) }
                continue
            }
            if digit < 10 {
                if checked {
                    let (shifted, overflow1) = value.multipliedReportingOverflow(by: 10)
                    let (sum, overflow2) = shifted.addingReportingOverflow(Int64(digit))
                    if overflow1 || overflow2 { throw failure(field, .notANumber(raw(field))) }
                    value = sum
                } else {
                    value = value &* 10 &+ Int64(digit)
                }
                digitSeen = true
            } else if byte == ASCII.space && !digitSeen {
                continue
            } else if byte == ASCII.space && trailingBlanks {
                ended = true
            } else {
                throw failure(field, .notANumber(raw(field)))
            }
        }
        return value
    }

    /// An amount: the field's number with its implied decimals turned into centavos. Fields with
    /// more than two decimals are cut to the centavo (rates, not amounts, have those).
    /// `trailingBlanks` accepts a number written left-aligned, for banks known to do so.
    func money(_ field: FieldSpec, trailingBlanks: Bool = false) throws(CNABError) -> Money {
        let value = try number(field, trailingBlanks: trailingBlanks)
        guard case .numeric(let decimals) = field.kind, decimals != 2 else { return Money(centavos: value) }
        if decimals < 2 {
            var scaled = value
            for _ in decimals..<2 { scaled = scaled.multipliedReportingOverflow(by: 10).partialValue }
            return Money(centavos: scaled)
        }
        var divisor: Int64 = 1
        for _ in 2..<decimals { divisor &*= 10 }
        return Money(centavos: value / divisor)
    }

    /// A date, nil when the field is zeros or blanks ("no date"). A field with other content that
    /// is not a calendar date is refused with the value shown as a date: '00/13/26'.
    func date(_ field: FieldSpec) throws(CNABError) -> CivilDate? {
        guard case .date(let format) = field.kind else { return nil }
        if isEmptyNumber(field) { return nil }
        var digits: [Int] = []
        digits.reserveCapacity(8)
        for position in field.start...field.end {
            let byte = byte(position)
            guard ASCII.isDigit(byte) else { throw failure(field, .notADate(raw(field))) }
            digits.append(Int(byte - ASCII.zero))
        }
        func pair(_ index: Int) -> Int { digits[index] * 10 + digits[index + 1] }
        let day: Int
        let month: Int
        let year: Int
        switch format {
        case .ddmmaa:
            guard digits.count == 6 else { throw failure(field, .notADate(raw(field))) }
            day = pair(0)
            month = pair(2)
            let short = pair(4)
            year = short < 70 ? 2000 + short : 1900 + short
        case .ddmmaaaa:
            guard digits.count == 8 else { throw failure(field, .notADate(raw(field))) }
            day = pair(0)
            month = pair(2)
            year = pair(4) * 100 + pair(6)
        case .aaaammdd:
            guard digits.count == 8 else { throw failure(field, .notADate(raw(field))) }
            year = pair(0) * 100 + pair(2)
            month = pair(4)
            day = pair(6)
        }
        guard let date = CivilDate(year: year, month: month, day: day) else {
            throw failure(field, .notADate(displayedDate(field, format)))
        }
        return date
    }

    /// Text with trailing blanks removed; leading blanks kept (they may be significant).
    func text(_ field: FieldSpec) -> String {
        var end = min(field.end, bytes.count)
        while end >= field.start && bytes[end - 1] == ASCII.space { end -= 1 }
        guard end >= field.start else { return "" }
        return Self.decode(UnsafeBufferPointer(rebasing: bytes[(field.start - 1)..<end]))
    }

    /// Text with blanks removed on both sides.
    func trimmed(_ field: FieldSpec) -> String {
        var start = field.start
        var end = min(field.end, bytes.count)
        while end >= start && bytes[end - 1] == ASCII.space { end -= 1 }
        while start <= end && bytes[start - 1] == ASCII.space { start += 1 }
        guard end >= start else { return "" }
        return Self.decode(UnsafeBufferPointer(rebasing: bytes[(start - 1)..<end]))
    }

    /// The field exactly as in the file (padded with the blanks that were stripped), for messages.
    func raw(_ field: FieldSpec) -> String {
        var characters = ""
        for position in field.start...field.end {
            characters.unicodeScalars.append(Unicode.Scalar(byte(position)))
        }
        return characters
    }

    /// A date field's digits shown the way people read dates, so the mistake is visible.
    private func displayedDate(_ field: FieldSpec, _ format: DateFormat) -> String {
        let text = raw(field)
        let characters = Array(text)
        switch format {
        case .ddmmaa, .ddmmaaaa:
            return String(characters[0..<2]) + "/" + String(characters[2..<4]) + "/" + String(characters[4...])
        case .aaaammdd:
            return String(characters[0..<4]) + "-" + String(characters[4..<6]) + "-" + String(characters[6...])
        }
    }

    /// ASCII is the norm; UTF-8 is tried next and Latin-1 last, since banks that do send accents
    /// send them in one of those two.
    static func decode(_ slice: UnsafeBufferPointer<UInt8>) -> String {
        var ascii = true
        for byte in slice where byte >= 0x80 {
            ascii = false
            break
        }
        if ascii { return String(decoding: slice, as: UTF8.self) }
        if let text = String(validating: slice, as: UTF8.self) { return text }
        var latin1 = ""
        for byte in slice { latin1.unicodeScalars.append(Unicode.Scalar(byte)) }
        return latin1
    }
}

extension FieldSpec {
    /// Whether a count read from this field states `counted`: a field of n digits holds counts up to
    /// 10ⁿ − 1, so larger files (a CNAB 240 of a million títulos has over 2 million records, more than
    /// the file trailer's six digits) can only carry the count modulo 10ⁿ.
    func states(_ declared: Int, count counted: Int) -> Bool {
        guard length < 18 else { return declared == counted }
        var capacity = 1
        for _ in 0..<length { capacity *= 10 }
        return declared == counted % capacity
    }
}
