import BrazilKit

/// An OFX date or date-time (`DTPOSTED`, `DTSTART`, `DTASOF`…), kept as written and as an instant.
///
/// OFX writes `YYYYMMDD`, `YYYYMMDDHHMMSS`, optionally `.XXX` milliseconds and a zone such as
/// `[-3:BRT]`, `[-03:EST]` (Itaú labels Brasília time "EST") or `[0:GMT]`. Only the number counts:
/// the zone name is informational and often wrong. When the value has no zone, the reader's
/// ``OFXParseOptions/defaultUTCOffsetSeconds`` applies (Brasília time by default, because Brazilian
/// banks write local time without a zone even though the OFX spec says such values are GMT).
public struct OFXDateTime: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The calendar date as written, in the value's own offset: the statement's business date.
    public let date: CivilDate
    /// Hour of the day as written, 0–23 (0 when the value is a bare date).
    public let hour: Int
    /// Minute as written, 0–59.
    public let minute: Int
    /// Second as written, 0–59.
    public let second: Int
    /// Milliseconds as written, 0–999.
    public let millisecond: Int
    /// False for a bare `YYYYMMDD`.
    public let hasTime: Bool
    /// The offset from UTC the value was written in, in seconds (−10 800 for Brasília time).
    public let utcOffsetSeconds: Int
    /// True when the value carried its own `[offset]`; false when the default offset was assumed.
    public let hasExplicitOffset: Bool
    /// The zone name after the colon ("BRT", "EST", "GMT"), informational only.
    public let zoneName: String?

    /// Builds a value from its parts; nil when a part is out of range.
    public init?(
        date: CivilDate, hour: Int = 0, minute: Int = 0, second: Int = 0, millisecond: Int = 0,
        hasTime: Bool = true, utcOffsetSeconds: Int, hasExplicitOffset: Bool = true, zoneName: String? = nil
    ) {
        guard (0...23).contains(hour), (0...59).contains(minute), (0...59).contains(second),
            (0...999).contains(millisecond), abs(utcOffsetSeconds) <= Self.maximumOffsetSeconds
        else { return nil }
        self.date = date
        self.hour = hour
        self.minute = minute
        self.second = second
        self.millisecond = millisecond
        self.hasTime = hasTime
        self.utcOffsetSeconds = utcOffsetSeconds
        self.hasExplicitOffset = hasExplicitOffset
        self.zoneName = zoneName
    }

    /// Reads an OFX date text; nil when it is not one. Used by tests and by callers with loose values.
    public init?(ofx text: String, defaultUTCOffsetSeconds: Int = -3 * 3600) {
        let bytes = Array(text.utf8)
        guard let value = Self.parse(bytes[...], defaultUTCOffsetSeconds: defaultUTCOffsetSeconds) else {
            return nil
        }
        self = value
    }

    /// UTC+14 (Kiribati) to UTC−12 are the offsets in use; anything wider is a typo.
    static let maximumOffsetSeconds = 14 * 3600

    /// Seconds since 1970-01-01T00:00:00Z, ignoring the milliseconds.
    public var instant: Int64 {
        let localSeconds =
            Int64(OFXCalendar.dayNumber(of: date)) * 86_400 + Int64(hour * 3600 + minute * 60 + second)
        return localSeconds - Int64(utcOffsetSeconds)
    }

    /// The calendar date this instant falls on at another offset, e.g. −10 800 for Brasília.
    public func civilDate(atUTCOffsetSeconds offset: Int) -> CivilDate {
        let local = instant + Int64(offset)
        let day = local >= 0 ? local / 86_400 : (local - 86_399) / 86_400
        return OFXCalendar.date(fromDayNumber: Int(day))
    }

    /// Orders by instant, then milliseconds.
    public static func < (lhs: OFXDateTime, rhs: OFXDateTime) -> Bool {
        (lhs.instant, lhs.millisecond) < (rhs.instant, rhs.millisecond)
    }

    /// "2026-01-15T12:00:00.000-03:00", the ISO 8601 form of the value as written.
    public var description: String {
        let sign = utcOffsetSeconds < 0 ? "-" : "+"
        let offsetMinutes = abs(utcOffsetSeconds) / 60
        return date.iso + "T" + Self.pad(hour, 2) + ":" + Self.pad(minute, 2) + ":" + Self.pad(second, 2) + "."
            + Self.pad(millisecond, 3) + sign + Self.pad(offsetMinutes / 60, 2) + ":" + Self.pad(offsetMinutes % 60, 2)
    }

    private static func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}

extension OFXDateTime {
    /// Parses `YYYYMMDD[HH[MM[SS]]][.fff][ [±h[.m][:NAME]] ]` from already-trimmed bytes.
    static func parse(_ bytes: ArraySlice<UInt8>, defaultUTCOffsetSeconds: Int) -> OFXDateTime? {
        var index = bytes.startIndex
        let end = bytes.endIndex
        var digitCount = 0
        while index < end, bytes[index].isOFXDigit, digitCount < 15 {
            index += 1
            digitCount += 1
        }
        // 8 = date, 10/12/14 = date with hours / minutes / seconds.
        switch digitCount {
        case 8, 10, 12, 14: break
        default: return nil
        }
        func number(_ offset: Int, _ length: Int) -> Int {
            var value = 0
            for position in (bytes.startIndex + offset)..<(bytes.startIndex + offset + length) {
                value = value * 10 + Int(bytes[position] &- UInt8(ascii: "0"))
            }
            return value
        }
        guard let date = CivilDate(year: number(0, 4), month: number(4, 2), day: number(6, 2)), date.year >= 1
        else { return nil }
        let hour = digitCount >= 10 ? number(8, 2) : 0
        let minute = digitCount >= 12 ? number(10, 2) : 0
        let second = digitCount >= 14 ? number(12, 2) : 0

        var millisecond = 0
        if index < end, bytes[index] == UInt8(ascii: "."), digitCount > 8 {
            index += 1
            var fractionDigits = 0
            while index < end, bytes[index].isOFXDigit {
                // Only the first three digits are milliseconds; longer fractions are accepted and cut.
                if fractionDigits < 3 { millisecond = millisecond * 10 + Int(bytes[index] &- UInt8(ascii: "0")) }
                fractionDigits += 1
                index += 1
                if fractionDigits > 9 { return nil }
            }
            guard fractionDigits > 0 else { return nil }
            for _ in min(fractionDigits, 3)..<3 { millisecond *= 10 }
        }
        while index < end, bytes[index].isOFXWhitespace { index += 1 }

        var offset = defaultUTCOffsetSeconds
        var explicit = false
        var zoneName: String?
        if index < end, bytes[index] == UInt8(ascii: "[") {
            guard let close = bytes[index...].firstIndex(of: UInt8(ascii: "]")),
                let zone = parseZone(bytes[(index + 1)..<close])
            else { return nil }
            offset = zone.seconds
            zoneName = zone.name
            explicit = true
            index = close + 1
            while index < end, bytes[index].isOFXWhitespace { index += 1 }
        }
        guard index == end else { return nil }
        return OFXDateTime(
            date: date, hour: hour, minute: minute, second: second, millisecond: millisecond,
            hasTime: digitCount > 8, utcOffsetSeconds: offset, hasExplicitOffset: explicit, zoneName: zoneName)
    }

    /// Reads `-3:BRT`, `-03:EST`, `0:GMT`, `+5.30:IST`, `-3`, `-0300`.
    ///
    /// A fraction of one digit is tenths of an hour (`5.5` = 5 h 30), of two digits minutes
    /// (`5.30` = 5 h 30); both readings occur in the wild and agree on real zones.
    private static func parseZone(_ bytes: ArraySlice<UInt8>) -> (seconds: Int, name: String?)? {
        var index = bytes.startIndex
        let end = bytes.endIndex
        while index < end, bytes[index].isOFXWhitespace { index += 1 }
        var sign = 1
        if index < end, bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "+") {
            sign = bytes[index] == UInt8(ascii: "-") ? -1 : 1
            index += 1
        }
        var digitCount = 0
        var number = 0
        while index < end, bytes[index].isOFXDigit, digitCount < 5 {
            number = number * 10 + Int(bytes[index] &- UInt8(ascii: "0"))
            digitCount += 1
            index += 1
        }
        var minutes: Int
        switch digitCount {
        case 1, 2: minutes = number * 60
        case 4:
            guard number % 100 < 60 else { return nil }
            minutes = (number / 100) * 60 + number % 100
        default: return nil
        }
        if digitCount <= 2, index < end, bytes[index] == UInt8(ascii: ".") {
            index += 1
            var fractionCount = 0
            var fraction = 0
            while index < end, bytes[index].isOFXDigit, fractionCount < 3 {
                fraction = fraction * 10 + Int(bytes[index] &- UInt8(ascii: "0"))
                fractionCount += 1
                index += 1
            }
            switch fractionCount {
            case 1: minutes += fraction * 6
            case 2:
                guard fraction < 60 else { return nil }
                minutes += fraction
            default: return nil
            }
        }
        while index < end, bytes[index].isOFXWhitespace { index += 1 }
        var name: String?
        if index < end, bytes[index] == UInt8(ascii: ":") {
            index += 1
            let nameBytes = bytes[index..<end].ofxTrimmed()
            guard nameBytes.count <= 16, nameBytes.allSatisfy({ $0.isOFXNameCharacter }) else { return nil }
            name = nameBytes.isEmpty ? nil : String(decoding: nameBytes, as: UTF8.self)
            index = end
        }
        guard index == end else { return nil }
        let seconds = sign * minutes * 60
        guard abs(seconds) <= maximumOffsetSeconds else { return nil }
        return (seconds, name)
    }
}

/// Day arithmetic without Foundation (Howard Hinnant's algorithms), for instants and offsets.
enum OFXCalendar {
    /// Days since 1970-01-01 (negative before).
    static func dayNumber(of date: CivilDate) -> Int {
        let y = date.month <= 2 ? date.year - 1 : date.year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let shiftedMonth = date.month > 2 ? date.month - 3 : date.month + 9
        let dayOfYear = (153 * shiftedMonth + 2) / 5 + date.day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The date `days` days after 1970-01-01, clamped to the years CivilDate accepts.
    static func date(fromDayNumber days: Int) -> CivilDate {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
        let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        // An offset can only move a date by one day, so this leaves 1–9999 only at the very edges.
        return CivilDate(year: min(max(year, 1), 9999), month: month, day: day)
            ?? CivilDate(year: min(max(year, 1), 9999), month: month, day: 28)!
    }
}
