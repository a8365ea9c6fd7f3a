import AdimpleCore
import BrazilKit
import Testing

/// A due date on a weekend or bank holiday is payable on the next business day at no cost;
/// after that, late charges count from the original due date.
@Suite struct DueDateRollingTests {
    let calculator = LateChargeCalculator(calendar: .national)
    let open = brl(100_000)

    @Test(arguments: [
        (civil(2026, 2, 16), civil(2026, 2, 18)),  // Carnival Monday → Ash Wednesday
        (civil(2026, 2, 17), civil(2026, 2, 18)),  // Carnival Tuesday
        (civil(2026, 3, 7), civil(2026, 3, 9)),  // Saturday → Monday
        (civil(2026, 3, 8), civil(2026, 3, 9)),  // Sunday → Monday
        (civil(2026, 4, 3), civil(2026, 4, 6)),  // Good Friday, then the weekend
        (civil(2026, 4, 21), civil(2026, 4, 22)),  // Tiradentes
        (civil(2026, 3, 10), civil(2026, 3, 10)),  // a business day stays put
    ])
    func effectiveDueDateIsTheNextBusinessDay(due: CivilDate, effective: CivilDate) {
        #expect(calculator.effectiveDueDate(due) == effective)
    }

    @Test func paymentOnTheRolledDayCostsNothing() throws {
        let due = try calculator.amountDue(
            openAmount: open, dueDate: civil(2026, 2, 16), rules: .standard, isConsumer: true, on: civil(2026, 2, 18))
        #expect(due.total == open)
        #expect(due.fine == .zero)
        #expect(due.interest == .zero)
        #expect(due.daysLate == 0)
    }

    @Test func paymentAfterTheRolledDayCountsFromTheOriginalDueDate() throws {
        // Due on Carnival Monday, paid on Thursday: 3 days late, not 1.
        let due = try calculator.amountDue(
            openAmount: open, dueDate: civil(2026, 2, 16), rules: .standard, isConsumer: true, on: civil(2026, 2, 19))
        #expect(due.daysLate == 3)
        #expect(due.fine == brl(2_000))  // 2%
        #expect(due.interest == brl(100))  // 1% a.m. × 3/30
        #expect(due.total == brl(102_100))
    }

    @Test func weekendDueDatePaidOnTuesdayCountsTheWeekend() throws {
        let due = try calculator.amountDue(
            openAmount: open, dueDate: civil(2026, 3, 7), rules: .standard, isConsumer: false, on: civil(2026, 3, 10))
        #expect(due.daysLate == 3)
        #expect(due.interest == brl(100))
        #expect(due.fine == brl(2_000))
    }

    @Test func aLocalHolidayAlsoRollsTheDueDate() throws {
        // 25 January, São Paulo's anniversary, fell on a Monday in 2027.
        let saoPaulo = LateChargeCalculator(
            calendar: BankCalendar(recurringHolidays: [.init(month: 1, day: 25, name: "Aniversário de São Paulo")]))
        #expect(saoPaulo.effectiveDueDate(civil(2027, 1, 25)) == civil(2027, 1, 26))
        let due = try saoPaulo.amountDue(
            openAmount: open, dueDate: civil(2027, 1, 25), rules: .standard, isConsumer: true, on: civil(2027, 1, 26))
        #expect(due.total == open)
        #expect(calculator.effectiveDueDate(civil(2027, 1, 25)) == civil(2027, 1, 25))
    }

    @Test func paymentBeforeTheDueDateCostsTheOpenAmount() throws {
        let due = try calculator.amountDue(
            openAmount: open, dueDate: civil(2026, 3, 10), rules: .standard, isConsumer: true, on: civil(2026, 3, 1))
        #expect(due.fine == .zero)
        #expect(due.interest == .zero)
        #expect(due.total == open)
        #expect(due.daysLate == 0)
    }
}
