import BrazilKit
import Foundation
import Testing

/// Builds a date the test knows exists.
func date(_ year: Int, _ month: Int, _ day: Int, sourceLocation: SourceLocation = #_sourceLocation) throws -> CivilDate
{
    try #require(CivilDate(year: year, month: month, day: day), sourceLocation: sourceLocation)
}

@Suite struct CivilDateTests {
    @Test func leapDaysExistOnlyInLeapYears() {
        #expect(CivilDate(year: 2024, month: 2, day: 29) != nil)
        #expect(CivilDate(year: 2000, month: 2, day: 29) != nil)
        #expect(CivilDate(year: 2023, month: 2, day: 29) == nil)
        #expect(CivilDate(year: 1900, month: 2, day: 29) == nil)
        #expect(CivilDate(year: 2100, month: 2, day: 29) == nil)
    }

    @Test func impossibleDatesAreNil() {
        #expect(CivilDate(year: 2026, month: 4, day: 31) == nil)
        #expect(CivilDate(year: 2026, month: 13, day: 1) == nil)
        #expect(CivilDate(year: 2026, month: 0, day: 1) == nil)
        #expect(CivilDate(year: 2026, month: 1, day: 0) == nil)
        #expect(CivilDate(year: 2026, month: 1, day: 32) == nil)
        #expect(CivilDate(year: 0, month: 1, day: 1) == nil)
        #expect(CivilDate(year: 10_000, month: 1, day: 1) == nil)
        #expect(CivilDate(year: 9999, month: 12, day: 31) != nil)
        #expect(CivilDate(year: 1, month: 1, day: 1) != nil)
    }

    @Test func daysInMonthKnowsLeapYears() {
        #expect(
            (1...12).map { CivilDate.daysInMonth(year: 2026, month: $0) } == [
                31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31,
            ])
        #expect(CivilDate.daysInMonth(year: 2024, month: 2) == 29)
        #expect(CivilDate.daysInMonth(year: 1900, month: 2) == 28)
        #expect(CivilDate.daysInMonth(year: 2000, month: 2) == 29)
        #expect(CivilDate.daysInMonth(year: 2026, month: 13) == 0)
    }

    @Test func weekdaysMatchTheCalendar() throws {
        #expect(try date(2026, 3, 5).weekday == .thursday)
        #expect(try date(1970, 1, 1).weekday == .thursday)
        #expect(try date(1969, 12, 31).weekday == .wednesday)
        #expect(try date(2000, 1, 1).weekday == .saturday)
        #expect(try date(2023, 11, 20).weekday == .monday)
        #expect(try date(2024, 11, 20).weekday == .wednesday)
        #expect(try date(1, 1, 1).weekday == .monday)
        #expect(Weekday.sunday.rawValue == 1 && Weekday.saturday.rawValue == 7)
        #expect(Weekday.saturday.isWeekend && Weekday.sunday.isWeekend && !Weekday.friday.isWeekend)
    }

    @Test func addingDaysCrossesMonthsYearsAndLeapDays() throws {
        #expect(try date(2024, 2, 28).adding(days: 1) == date(2024, 2, 29))
        #expect(try date(2024, 2, 28).adding(days: 2) == date(2024, 3, 1))
        #expect(try date(2023, 2, 28).adding(days: 1) == date(2023, 3, 1))
        #expect(try date(2025, 12, 31).adding(days: 1) == date(2026, 1, 1))
        #expect(try date(2026, 1, 1).adding(days: -1) == date(2025, 12, 31))
        #expect(try date(1970, 1, 1).adding(days: -1) == date(1969, 12, 31))
        #expect(try date(2026, 3, 5).adding(days: 0) == date(2026, 3, 5))
        #expect(try date(1970, 1, 1).adding(days: 20_000) == date(2024, 10, 4))
        #expect(try date(2000, 1, 1).adding(days: 146_097) == date(2400, 1, 1))
    }

    @Test func dayArithmeticAgreesWithCountingDayByDay() throws {
        // An independent oracle: step through two centuries by hand and compare every day.
        var expected = try date(1899, 12, 25)
        var current = expected
        var offset = 0
        while expected < (try date(2101, 1, 5)) {
            let y = expected.year
            let m = expected.month
            let d = expected.day
            let next: CivilDate
            if d < CivilDate.daysInMonth(year: y, month: m) {
                next = try date(y, m, d + 1)
            } else if m < 12 {
                next = try date(y, m + 1, 1)
            } else {
                next = try date(y + 1, 1, 1)
            }
            current = current.adding(days: 1)
            offset += 1
            #expect(current == next)
            #expect(next.days(since: try date(1899, 12, 25)) == offset)
            expected = next
        }
    }

    @Test func addingMonthsClampsToTheEndOfShorterMonths() throws {
        #expect(try date(2026, 1, 31).adding(months: 1) == date(2026, 2, 28))
        #expect(try date(2024, 1, 31).adding(months: 1) == date(2024, 2, 29))
        #expect(try date(2024, 2, 29).adding(months: 12) == date(2025, 2, 28))
        #expect(try date(2024, 2, 29).adding(months: 48) == date(2028, 2, 29))
        #expect(try date(2026, 3, 31).adding(months: -1) == date(2026, 2, 28))
        #expect(try date(2026, 5, 31).adding(months: 1) == date(2026, 6, 30))
        #expect(try date(2026, 12, 15).adding(months: 1) == date(2027, 1, 15))
        #expect(try date(2026, 1, 15).adding(months: -1) == date(2025, 12, 15))
        #expect(try date(2026, 1, 15).adding(months: -13) == date(2024, 12, 15))
        #expect(try date(2026, 1, 15).adding(months: 0) == date(2026, 1, 15))
        #expect(try date(2026, 1, 31).adding(months: 120) == date(2036, 1, 31))
    }

    @Test func daysSinceCountsForwardAndBackward() throws {
        #expect(try date(2026, 3, 1).days(since: date(2026, 2, 1)) == 28)
        #expect(try date(2024, 3, 1).days(since: date(2024, 2, 1)) == 29)
        #expect(try date(2026, 2, 1).days(since: date(2026, 3, 1)) == -28)
        #expect(try date(2027, 1, 1).days(since: date(2026, 1, 1)) == 365)
        #expect(try date(2026, 3, 5).days(since: date(2026, 3, 5)) == 0)
    }

    @Test func ordersChronologically() throws {
        let dates = [try date(2026, 3, 5), try date(2025, 12, 31), try date(2026, 1, 10), try date(2026, 3, 4)]
        #expect(
            dates.sorted() == [
                try date(2025, 12, 31), try date(2026, 1, 10), try date(2026, 3, 4), try date(2026, 3, 5),
            ])
    }

    @Test func writesIsoAndBrazilianForms() throws {
        #expect(try date(2026, 3, 5).iso == "2026-03-05")
        #expect(try date(2026, 3, 5).brazilian == "05/03/2026")
        #expect(try date(2026, 3, 5).description == "2026-03-05")
        #expect(try date(33, 1, 9).iso == "0033-01-09")
        #expect(try date(2026, 11, 20).brazilian == "20/11/2026")
    }

    @Test func codesAsTheIsoString() throws {
        let dueDate = try date(2026, 3, 5)
        let data = try JSONEncoder().encode(["vencimento": dueDate])
        #expect(String(decoding: data, as: UTF8.self) == "{\"vencimento\":\"2026-03-05\"}")
        #expect(try JSONDecoder().decode([String: CivilDate].self, from: data) == ["vencimento": dueDate])
    }

    @Test func decodingAnInvalidDateNamesTheValue() throws {
        let error = try #require(throws: DecodingError.self) {
            try JSONDecoder().decode(CivilDate.self, from: Data("\"2026-02-30\"".utf8))
        }
        guard case .dataCorrupted(let context) = error else {
            Issue.record("unexpected \(error)")
            return
        }
        #expect(context.debugDescription.contains("2026-02-30"))
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(CivilDate.self, from: Data("\"05/03/2026\"".utf8))
        }
    }
}
