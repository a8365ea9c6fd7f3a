import BrazilKit
import Foundation
import Testing

@Suite struct CivilDateTimeZoneTests {
    let utc = TimeZone(secondsFromGMT: 0)!

    /// An instant given as UTC calendar fields, built without the code under test.
    func instant(_ year: Int, _ month: Int, _ day: Int, _ hour: Int, _ minute: Int = 0, _ second: Int = 0) throws
        -> Date
    {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = utc
        let components = DateComponents(year: year, month: month, day: day, hour: hour, minute: minute, second: second)
        return try #require(calendar.date(from: components))
    }

    @Test func saoPauloIsBrasiliaTime() throws {
        #expect(TimeZone.saoPaulo.secondsFromGMT(for: try instant(2026, 3, 5, 12)) == -3 * 3600)
    }

    @Test func todayFollowsTheLocalClockNotUTC() throws {
        // 02:59:59 UTC is still 23:59:59 of the previous day in São Paulo.
        #expect(CivilDate.today(at: try instant(2026, 3, 6, 2, 59, 59), in: .saoPaulo) == (try date(2026, 3, 5)))
        #expect(CivilDate.today(at: try instant(2026, 3, 6, 3), in: .saoPaulo) == (try date(2026, 3, 6)))
        #expect(CivilDate.today(at: try instant(2026, 3, 6, 2, 59, 59), in: utc) == (try date(2026, 3, 6)))
        #expect(CivilDate.today(at: try instant(1969, 12, 31, 23, 59, 59), in: utc) == (try date(1969, 12, 31)))
        #expect(CivilDate.today(at: Date(timeIntervalSince1970: -0.5), in: utc) == (try date(1969, 12, 31)))
    }

    @Test func startOfDayIsLocalMidnight() throws {
        #expect(try date(2026, 3, 5).startOfDay(in: .saoPaulo) == instant(2026, 3, 5, 3))
        #expect(try date(2026, 3, 5).startOfDay(in: utc) == instant(2026, 3, 5, 0))
        #expect(try date(1969, 12, 31).startOfDay(in: utc) == instant(1969, 12, 31, 0))
    }

    @Test func startOfDaySurvivesTheOldDaylightSavingChanges() throws {
        // 2018-11-04: clocks jumped from 00:00 to 01:00, so the day began at 01:00 −02:00 (03:00 UTC).
        #expect(try date(2018, 11, 4).startOfDay(in: .saoPaulo) == instant(2018, 11, 4, 3))
        // 2019-02-16 began under daylight saving (−02:00); 2019-02-17 after it ended (−03:00).
        #expect(try date(2019, 2, 16).startOfDay(in: .saoPaulo) == instant(2019, 2, 16, 2))
        #expect(try date(2019, 2, 17).startOfDay(in: .saoPaulo) == instant(2019, 2, 17, 3))
    }

    @Test func agreesWithFoundationCalendarAcrossDaylightSavingYears() throws {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = .saoPaulo
        var day = try date(2016, 1, 1)
        while day < (try date(2020, 1, 1)) {
            let start = day.startOfDay(in: .saoPaulo)
            let components = DateComponents(year: day.year, month: day.month, day: day.day)
            let expected = calendar.startOfDay(for: try #require(calendar.date(from: components)))
            #expect(start == expected, "\(day)")
            #expect(CivilDate.today(at: start, in: .saoPaulo) == day)
            #expect(CivilDate.today(at: start.addingTimeInterval(-1), in: .saoPaulo) == day.adding(days: -1))
            day = day.adding(days: 1)
        }
    }
}
