/// A calendar date with no time and no time zone: a due date, a holiday, a business day.
///
/// Business dates in Brazil are civil dates in America/Sao_Paulo; turning an instant into one happens
/// only in `CivilDate+TimeZone.swift`. Arithmetic counts days since 1970-01-01 with Howard Hinnant's
/// days-from-civil algorithm (proleptic Gregorian), so it needs no Foundation `Calendar`.
public struct CivilDate: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    /// The year, 1 through 9999 for dates built or parsed from text.
    public let year: Int
    /// The month, 1 (January) through 12.
    public let month: Int
    /// The day of the month, 1 through 28–31.
    public let day: Int

    /// A date when it exists (30 February does not, 29 February only in leap years); years 1–9999.
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
            (1...Self.daysInMonth(year: year, month: month)).contains(day)
        else { return nil }
        self.init(unchecked: year, month, day)
    }

    /// For results of the calendar arithmetic below, which are valid by construction.
    init(unchecked year: Int, _ month: Int, _ day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// Number of days in a month, leap years included; 0 for a month outside 1–12.
    public static func daysInMonth(year: Int, month: Int) -> Int {
        switch month {
        case 1, 3, 5, 7, 8, 10, 12: 31
        case 4, 6, 9, 11: 30
        case 2: isLeapYear(year) ? 29 : 28
        default: 0
        }
    }

    static func isLeapYear(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    /// Orders dates chronologically.
    public static func < (lhs: CivilDate, rhs: CivilDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    /// The ISO form, "2026-03-05".
    public var description: String { iso }

    /// The day of the week.
    public var weekday: Weekday {
        // 1970-01-01 was a Thursday; Weekday counts Sunday as 1.
        let index = (dayNumber + 4) % 7
        return Weekday(rawValue: (index < 0 ? index + 7 : index) + 1)!
    }

    /// The date this many days later (earlier when negative).
    public func adding(days: Int) -> CivilDate {
        Self(dayNumber: dayNumber + days)
    }

    /// The same day this many months later (earlier when negative), clamped to the end of a shorter
    /// month: 31 January + 1 month is 28 or 29 February, as monthly due dates expect.
    public func adding(months: Int) -> CivilDate {
        let monthIndex = year * 12 + (month - 1) + months
        let newYear = monthIndex >= 0 ? monthIndex / 12 : (monthIndex - 11) / 12
        let newMonth = monthIndex - newYear * 12 + 1
        return CivilDate(unchecked: newYear, newMonth, min(day, Self.daysInMonth(year: newYear, month: newMonth)))
    }

    /// Days from `other` to this date: positive when this date is later.
    public func days(since other: CivilDate) -> Int {
        dayNumber - other.dayNumber
    }

    /// Days since 1970-01-01 (negative before it): Hinnant's `days_from_civil`.
    var dayNumber: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let shiftedMonth = month > 2 ? month - 3 : month + 9  // March = 0, so leap day ends the year
        let dayOfYear = (153 * shiftedMonth + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The date `dayNumber` days after 1970-01-01: Hinnant's `civil_from_days`.
    init(dayNumber: Int) {
        let z = dayNumber + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
        let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
        self.init(unchecked: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    /// Decodes the ISO form "yyyy-MM-dd"; the error names the value that was refused.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        do {
            self = try CivilDate(iso: text)
        } catch {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: error.message(.en))
        }
    }

    /// Encodes the ISO form "yyyy-MM-dd".
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(iso)
    }
}

/// A day of the week, numbered as in Foundation's Gregorian calendar (Sunday is 1).
public enum Weekday: Int, Sendable, CaseIterable {
    /// Domingo.
    case sunday = 1
    /// Segunda-feira.
    case monday
    /// Terça-feira.
    case tuesday
    /// Quarta-feira.
    case wednesday
    /// Quinta-feira.
    case thursday
    /// Sexta-feira.
    case friday
    /// Sábado.
    case saturday

    /// True on Saturday and Sunday, when banks do not clear payments.
    public var isWeekend: Bool { self == .saturday || self == .sunday }
}
