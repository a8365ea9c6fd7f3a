import BrazilKit
import Testing

@Suite struct BankCalendarTests {
    let calendar = BankCalendar.national

    @Test func weekendsAreNeverBusinessDays() throws {
        #expect(!calendar.isBusinessDay(try date(2026, 3, 7)))  // Saturday
        #expect(!calendar.isBusinessDay(try date(2026, 3, 8)))  // Sunday
        #expect(calendar.isBusinessDay(try date(2026, 3, 9)))  // Monday
        #expect(!calendar.isHoliday(try date(2026, 3, 7)))
    }

    @Test func dueDateOnABusinessDayStays() throws {
        #expect(calendar.nextBusinessDay(onOrAfter: try date(2026, 3, 5)) == (try date(2026, 3, 5)))
    }

    @Test func dueDateRollsAcrossAWeekendAndCarnival() throws {
        // Saturday 14 Feb 2026 → Sunday → Carnival Monday and Tuesday → Ash Wednesday.
        #expect(calendar.nextBusinessDay(onOrAfter: try date(2026, 2, 14)) == (try date(2026, 2, 18)))
        // Christmas 2026 is a Friday: roll to Monday 28.
        #expect(calendar.nextBusinessDay(onOrAfter: try date(2026, 12, 25)) == (try date(2026, 12, 28)))
        // New Year 2027 is a Friday too.
        #expect(calendar.nextBusinessDay(onOrAfter: try date(2027, 1, 1)) == (try date(2027, 1, 4)))
        // Good Friday 2026 rolls to Monday 6 April.
        #expect(calendar.nextBusinessDay(onOrAfter: try date(2026, 4, 3)) == (try date(2026, 4, 6)))
    }

    @Test func dueDateRollsAcrossAWeekendAndAConfiguredHoliday() throws {
        let local = BankCalendar(extraHolidays: [try date(2026, 3, 9): "Feriado municipal"])
        #expect(local.nextBusinessDay(onOrAfter: try date(2026, 3, 7)) == (try date(2026, 3, 10)))
        #expect(calendar.nextBusinessDay(onOrAfter: try date(2026, 3, 7)) == (try date(2026, 3, 9)))
    }

    @Test func nextAndPreviousSkipTheDateItself() throws {
        #expect(calendar.nextBusinessDay(after: try date(2026, 2, 13)) == (try date(2026, 2, 18)))
        #expect(calendar.nextBusinessDay(after: try date(2026, 3, 5)) == (try date(2026, 3, 6)))
        #expect(calendar.previousBusinessDay(before: try date(2026, 2, 18)) == (try date(2026, 2, 13)))
        #expect(calendar.previousBusinessDay(before: try date(2026, 3, 6)) == (try date(2026, 3, 5)))
        #expect(calendar.previousBusinessDay(before: try date(2027, 1, 4)) == (try date(2026, 12, 31)))
    }

    @Test func addingBusinessDaysSkipsCarnival() throws {
        #expect(calendar.adding(businessDays: 1, to: try date(2026, 2, 13)) == (try date(2026, 2, 18)))
        #expect(calendar.adding(businessDays: 2, to: try date(2026, 2, 12)) == (try date(2026, 2, 18)))
        #expect(calendar.adding(businessDays: 5, to: try date(2026, 2, 12)) == (try date(2026, 2, 23)))
        #expect(calendar.adding(businessDays: -2, to: try date(2026, 2, 19)) == (try date(2026, 2, 13)))
        #expect(calendar.adding(businessDays: -1, to: try date(2026, 2, 18)) == (try date(2026, 2, 13)))
    }

    @Test func addingZeroBusinessDaysLandsOnABusinessDay() throws {
        #expect(calendar.adding(businessDays: 0, to: try date(2026, 3, 5)) == (try date(2026, 3, 5)))
        #expect(calendar.adding(businessDays: 0, to: try date(2026, 2, 14)) == (try date(2026, 2, 18)))
    }

    @Test func addingBusinessDaysFromAWeekendStartsFromTheNextOne() throws {
        // Súmula 548: five business days to lift a listing after a payment on Saturday.
        #expect(calendar.adding(businessDays: 5, to: try date(2026, 3, 7)) == (try date(2026, 3, 13)))
    }

    @Test func addingBusinessDaysAcrossTheLeapDay() throws {
        #expect(calendar.adding(businessDays: 1, to: try date(2024, 2, 28)) == (try date(2024, 2, 29)))
        #expect(calendar.adding(businessDays: 2, to: try date(2024, 2, 28)) == (try date(2024, 3, 1)))
        #expect(calendar.adding(businessDays: 1, to: try date(2025, 2, 28)) == (try date(2025, 3, 5)))  // Carnival 2025
    }

    @Test func countsBusinessDaysAfterStartUpToAndIncludingEnd() throws {
        #expect(calendar.businessDays(from: try date(2026, 2, 13), to: try date(2026, 2, 18)) == 1)
        #expect(calendar.businessDays(from: try date(2026, 2, 12), to: try date(2026, 2, 19)) == 3)
        #expect(calendar.businessDays(from: try date(2026, 2, 19), to: try date(2026, 2, 12)) == -3)
        #expect(calendar.businessDays(from: try date(2026, 3, 5), to: try date(2026, 3, 5)) == 0)
        #expect(calendar.businessDays(from: try date(2026, 3, 6), to: try date(2026, 3, 8)) == 0)
        #expect(calendar.businessDays(from: try date(2025, 12, 31), to: try date(2026, 12, 31)) == 249)
    }

    @Test func countingAndAddingAgree() throws {
        let start = try date(2026, 1, 1)
        for offset in 1...60 {
            let target = calendar.adding(businessDays: offset, to: start)
            #expect(calendar.isBusinessDay(target))
            #expect(calendar.businessDays(from: start, to: target) == offset)
            #expect(calendar.adding(businessDays: -offset, to: target) <= start)
        }
    }
}
