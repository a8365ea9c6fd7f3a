import BrazilKit
import Testing

@testable import BoletoKit

@Suite struct DueDateFactorTests {
    /// BB-Bloqueto Anexo IV / Itaú-400 Anexo 6 reference rows, and the next wrap (rails §1.4).
    @Test(arguments: [
        (day(2000, 7, 3), 1000),
        (day(2000, 7, 4), 1001),
        (day(2002, 5, 1), 1667),
        (day(2010, 11, 17), 4789),
        (day(2025, 2, 21), 9999),
        (day(2025, 2, 22), 1000),
        (day(2025, 2, 23), 1001),
        (day(2049, 10, 13), 9999),
        (day(2049, 10, 14), 1000),
    ])
    func factorTableRows(date: CivilDate, factor: Int) throws {
        #expect(try DueDateFactor.factor(for: date) == factor)
    }

    @Test func factorRestartsAt1000TheDayAfter9999() throws {
        let last = try DueDateFactor.factor(for: day(2025, 2, 21))
        let first = try DueDateFactor.factor(for: day(2025, 2, 22))
        #expect(last == 9999)
        #expect(first == 1000)
    }

    @Test func datesBeforeFactor1000AreRefused() {
        #expect(throws: BoletoError.dueDateOutOfRange(date: day(2000, 7, 2), earliest: day(2000, 7, 3))) {
            try DueDateFactor.factor(for: day(2000, 7, 2))
        }
        #expect(throws: BoletoError.dueDateOutOfRange(date: day(1997, 10, 7), earliest: day(2000, 7, 3))) {
            try DueDateFactor.factor(for: day(1997, 10, 7))
        }
        #expect(throws: BoletoError.dueDateOutOfRange(date: day(1990, 1, 1), earliest: day(2000, 7, 3))) {
            try DueDateFactor.factor(for: day(1990, 1, 1))
        }
    }

    /// rails §1.4: with today = 2026-01-01, 1000 is 2025-02-22 and 9999 is 2025-02-21.
    @Test func decodesAcrossTheResetFromToday() {
        let today = day(2026, 1, 1)
        #expect(DueDateFactor.dueDate(forFactor: 1000, today: today) == day(2025, 2, 22))
        #expect(DueDateFactor.dueDate(forFactor: 9999, today: today) == day(2025, 2, 21))
        #expect(DueDateFactor.dueDate(forFactor: 1001, today: today) == day(2025, 2, 23))
    }

    @Test func decodesInTheFirstCycleWhenTodayIsThen() {
        #expect(DueDateFactor.dueDate(forFactor: 1667, today: day(2002, 4, 1)) == day(2002, 5, 1))
        #expect(DueDateFactor.dueDate(forFactor: 4789, today: day(2010, 11, 1)) == day(2010, 11, 17))
        // The same factor 1667 seen from 2026 is the second cycle's date, 2002-05-01 + 9000 days.
        #expect(DueDateFactor.dueDate(forFactor: 1667, today: day(2026, 1, 1)) == day(2026, 12, 21))
    }

    /// The window is [today − 3000, today + 5500], both ends included (Itaú-400 Anexo 6).
    @Test func windowEdges() throws {
        let today = day(2026, 1, 1)
        // 2026-01-01 − 3000 days = 2017-10-15; + 5500 days = 2041-01-22 (computed independently).
        let earliest = day(2017, 10, 15)
        let latest = day(2041, 1, 22)
        let earliestFactor = try DueDateFactor.factor(for: earliest)
        let latestFactor = try DueDateFactor.factor(for: latest)
        #expect(DueDateFactor.dueDate(forFactor: earliestFactor, today: today) == earliest)
        #expect(DueDateFactor.dueDate(forFactor: latestFactor, today: today) == latest)
        // One day beyond either end, the factor points at no date in the window.
        let before = try DueDateFactor.factor(for: earliest.adding(days: -1))
        let after = try DueDateFactor.factor(for: latest.adding(days: 1))
        #expect(DueDateFactor.dueDate(forFactor: before, today: today) == nil)
        #expect(DueDateFactor.dueDate(forFactor: after, today: today) == nil)
    }

    @Test func everyDateInTheWindowRoundTrips() throws {
        let today = day(2026, 6, 15)
        var date = today.adding(days: -3000)
        while date <= today.adding(days: 5500) {
            let factor = try DueDateFactor.factor(for: date)
            #expect(DueDateFactor.dueDate(forFactor: factor, today: today) == date)
            date = date.adding(days: 97)
        }
    }

    @Test func factorZeroAndImpossibleFactorsHaveNoDate() {
        #expect(DueDateFactor.dueDate(forFactor: 0, today: day(2026, 1, 1)) == nil)
        #expect(DueDateFactor.dueDate(forFactor: 10_000, today: day(2026, 1, 1)) == nil)
        // Factors below 1000 only existed in 1997–2000; seen from today they name no date.
        #expect(DueDateFactor.dueDate(forFactor: 500, today: day(2026, 1, 1)) == nil)
    }
}
