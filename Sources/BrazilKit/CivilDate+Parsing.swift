extension CivilDate {
    /// Reads the ISO form "yyyy-MM-dd" used by APIs, files and the database.
    public init(iso text: String) throws(CivilDateError) {
        let trimmed = text.trimmedWhitespace()
        guard !trimmed.isEmpty else { throw CivilDateError(value: text, problem: .empty) }
        // Machine format: exactly four, two and two digits, nothing else.
        let parts = trimmed.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].utf8.count == 4, parts[1].utf8.count == 2, parts[2].utf8.count == 2,
            let year = Self.number(parts[0]), let month = Self.number(parts[1]), let day = Self.number(parts[2])
        else { throw CivilDateError(value: text, problem: .isoFormat) }
        self = try Self.checked(year: year, month: month, day: day, text: text)
    }

    /// Reads the form Brazilians write, "dd/mm/aaaa"; a one-digit day or month ("5/3/2026") is accepted.
    public init(brazilian text: String) throws(CivilDateError) {
        let trimmed = text.trimmedWhitespace()
        guard !trimmed.isEmpty else { throw CivilDateError(value: text, problem: .empty) }
        let parts = trimmed.split(separator: "/", omittingEmptySubsequences: false)
        // A two-digit year is refused: guessing the century of a due date is how debts get lost.
        guard parts.count == 3, (1...2).contains(parts[0].utf8.count), (1...2).contains(parts[1].utf8.count),
            parts[2].utf8.count == 4,
            let day = Self.number(parts[0]), let month = Self.number(parts[1]), let year = Self.number(parts[2])
        else { throw CivilDateError(value: text, problem: .brazilianFormat) }
        self = try Self.checked(year: year, month: month, day: day, text: text)
    }

    /// The ISO form, "2026-03-05".
    public var iso: String {
        Self.padded(year, to: 4) + "-" + Self.padded(month, to: 2) + "-" + Self.padded(day, to: 2)
    }

    /// The Brazilian form, "05/03/2026".
    public var brazilian: String {
        Self.padded(day, to: 2) + "/" + Self.padded(month, to: 2) + "/" + Self.padded(year, to: 4)
    }

    private static func checked(year: Int, month: Int, day: Int, text: String) throws(CivilDateError) -> CivilDate {
        guard (1...9999).contains(year) else { throw CivilDateError(value: text, problem: .year) }
        guard (1...12).contains(month) else { throw CivilDateError(value: text, problem: .month) }
        guard let date = CivilDate(year: year, month: month, day: day) else {
            throw CivilDateError(value: text, problem: .day)
        }
        return date
    }

    /// The value of a run of ASCII digits; nil for anything else, including signs.
    private static func number(_ text: Substring) -> Int? {
        var value = 0
        for byte in text.utf8 {
            guard byte.isASCIIDigit else { return nil }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
        }
        return text.isEmpty ? nil : value
    }

    private static func padded(_ value: Int, to width: Int) -> String {
        let digits = String(value.magnitude)
        let padding = String(repeating: "0", count: max(0, width - digits.count))
        return (value < 0 ? "-" : "") + padding + digits
    }
}
