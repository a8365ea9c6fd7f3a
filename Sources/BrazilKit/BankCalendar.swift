/// Which days banks clear payments: weekdays that are not national or configured local holidays.
///
/// A due date that falls on a non-business day is payable without charges on the next business day,
/// so due-date rolling, fine and interest counting all go through one calendar value.
public struct BankCalendar: Sendable {
    /// A holiday on the same day every year, such as a city's anniversary, read from configuration.
    public struct RecurringHoliday: Hashable, Sendable {
        /// The month, 1 through 12.
        public let month: Int
        /// The day of the month; 29 February counts only in leap years.
        public let day: Int
        /// The name shown to people.
        public let name: String

        /// A holiday on `day`/`month` every year.
        public init(month: Int, day: Int, name: String) {
            self.month = month
            self.day = day
            self.name = name
        }
    }

    /// One-off holidays by date (a municipal decree, a bank strike day).
    private let extraHolidays: [CivilDate: String]
    /// Recurring holidays keyed by month × 100 + day, so a lookup costs one hash.
    private let recurringHolidays: [Int: String]

    /// A calendar with the national bank holidays plus local ones from configuration.
    public init(extraHolidays: [CivilDate: String] = [:], recurringHolidays: [RecurringHoliday] = []) {
        self.extraHolidays = extraHolidays
        var byDay: [Int: String] = [:]
        for holiday in recurringHolidays where byDay[holiday.month * 100 + holiday.day] == nil {
            byDay[holiday.month * 100 + holiday.day] = holiday.name
        }
        self.recurringHolidays = byDay
    }

    /// The national bank holidays only.
    public static let national = BankCalendar()

    /// The holiday's name on this date, or nil; a national name wins over a local one on the same day.
    public func holidayName(on date: CivilDate) -> String? {
        Self.nationalHolidayName(on: date)
            ?? recurringHolidays[date.month * 100 + date.day]
            ?? extraHolidays[date]
    }

    /// True when the date is a national or configured holiday, whatever the weekday.
    public func isHoliday(_ date: CivilDate) -> Bool {
        holidayName(on: date) != nil
    }

    /// True from Monday to Friday, except holidays.
    public func isBusinessDay(_ date: CivilDate) -> Bool {
        !date.weekday.isWeekend && !isHoliday(date)
    }

    /// The date itself when it is a business day, else the next one: where a due date rolls to.
    public func nextBusinessDay(onOrAfter date: CivilDate) -> CivilDate {
        var candidate = date
        while !isBusinessDay(candidate) {
            candidate = candidate.adding(days: 1)
        }
        return candidate
    }

    /// The first business day strictly after the date.
    public func nextBusinessDay(after date: CivilDate) -> CivilDate {
        nextBusinessDay(onOrAfter: date.adding(days: 1))
    }

    /// The last business day strictly before the date.
    public func previousBusinessDay(before date: CivilDate) -> CivilDate {
        var candidate = date.adding(days: -1)
        while !isBusinessDay(candidate) {
            candidate = candidate.adding(days: -1)
        }
        return candidate
    }

    /// Moves by business days: each step lands on the next (or, when negative, previous) business day.
    ///
    /// Zero returns the date itself when it is a business day, else the next one, so "D+0" never lands
    /// on a day the bank is closed.
    public func adding(businessDays: Int, to date: CivilDate) -> CivilDate {
        if businessDays == 0 {
            return nextBusinessDay(onOrAfter: date)
        }
        var result = date
        for _ in 0..<businessDays.magnitude {
            result = businessDays > 0 ? nextBusinessDay(after: result) : previousBusinessDay(before: result)
        }
        return result
    }

    /// The number of business days in (from, to]: after `from`, up to and including `to`.
    ///
    /// When `to` is before `from` the count of (to, from] comes back negated, so the sign says the direction.
    public func businessDays(from: CivilDate, to: CivilDate) -> Int {
        guard from <= to else { return -businessDays(from: to, to: from) }
        var count = 0
        var day = from.adding(days: 1)
        while day <= to {
            if isBusinessDay(day) { count += 1 }
            day = day.adding(days: 1)
        }
        return count
    }

    /// This calendar's configured holidays that fall in `year`, for `holidays(in:)`.
    func localHolidays(in year: Int) -> [(date: CivilDate, name: String)] {
        let recurring = recurringHolidays.compactMap { key, name -> (date: CivilDate, name: String)? in
            CivilDate(year: year, month: key / 100, day: key % 100).map { ($0, name) }
        }
        let extra = extraHolidays.filter { $0.key.year == year }.map { (date: $0.key, name: $0.value) }
        return recurring + extra
    }
}
