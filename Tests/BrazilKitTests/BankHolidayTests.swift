import BrazilKit
import Testing

@Suite struct BankHolidayTests {
    let calendar = BankCalendar.national

    @Test(arguments: [
        (2024, 3, 31), (2025, 4, 20), (2026, 4, 5), (2027, 3, 28), (2028, 4, 16),
        (2000, 4, 23), (2008, 3, 23), (2019, 4, 21), (2038, 4, 25), (2285, 3, 22),
    ])
    func easterSundayMatchesKnownDates(year: Int, month: Int, day: Int) throws {
        let easter = BankCalendar.easterSunday(year: year)
        #expect(easter == (try date(year, month, day)))
        #expect(easter.weekday == .sunday)
    }

    @Test func carnivalGoodFridayAndCorpusChristiMoveWithEaster() throws {
        #expect(calendar.holidayName(on: try date(2026, 2, 16)) == "Carnaval (segunda-feira)")
        #expect(calendar.holidayName(on: try date(2026, 2, 17)) == "Carnaval (terça-feira)")
        #expect(calendar.holidayName(on: try date(2026, 4, 3)) == "Sexta-feira Santa")
        #expect(calendar.holidayName(on: try date(2026, 6, 4)) == "Corpus Christi")
        #expect(calendar.holidayName(on: try date(2025, 3, 3)) == "Carnaval (segunda-feira)")
        #expect(calendar.holidayName(on: try date(2025, 6, 19)) == "Corpus Christi")
        // Ash Wednesday, Easter Sunday and its Monday are not bank holidays.
        #expect(calendar.isBusinessDay(try date(2026, 2, 18)))
        #expect(calendar.holidayName(on: try date(2026, 4, 5)) == nil)
        #expect(calendar.isBusinessDay(try date(2026, 4, 6)))
    }

    @Test func fixedHolidaysCarryTheirPortugueseNames() throws {
        let expected: [(Int, Int, String)] = [
            (1, 1, "Confraternização Universal"), (4, 21, "Tiradentes"), (5, 1, "Dia do Trabalho"),
            (9, 7, "Independência"), (10, 12, "Nossa Senhora Aparecida"), (11, 2, "Finados"),
            (11, 15, "Proclamação da República"), (11, 20, "Dia Nacional de Zumbi e da Consciência Negra"),
            (12, 25, "Natal"),
        ]
        for (month, day, name) in expected {
            #expect(calendar.holidayName(on: try date(2026, month, day)) == name)
            #expect(calendar.isHoliday(try date(2026, month, day)))
        }
    }

    @Test func blackConsciousnessDayIsNationalOnlyFrom2024() throws {
        let monday2023 = try date(2023, 11, 20)
        #expect(monday2023.weekday == .monday)
        #expect(!calendar.isHoliday(monday2023))
        #expect(calendar.isBusinessDay(monday2023))
        #expect(calendar.holidayName(on: try date(2024, 11, 20)) == "Dia Nacional de Zumbi e da Consciência Negra")
        #expect(!calendar.isBusinessDay(try date(2024, 11, 20)))
    }

    @Test func newYearsEveIsAnOrdinaryDay() throws {
        #expect(calendar.isBusinessDay(try date(2026, 12, 31)))
        #expect(calendar.holidayName(on: try date(2026, 12, 24)) == nil)
    }

    @Test func listsTheYearsHolidaysInOrder() throws {
        let holidays2026 = calendar.holidays(in: 2026)
        #expect(holidays2026.count == 13)
        #expect(holidays2026.map(\.date) == holidays2026.map(\.date).sorted())
        #expect(holidays2026.first?.date == (try date(2026, 1, 1)))
        #expect(holidays2026[1].date == (try date(2026, 2, 16)))
        #expect(holidays2026.last?.name == "Natal")
        for holiday in holidays2026 {
            #expect(calendar.holidayName(on: holiday.date) == holiday.name)
        }
        #expect(calendar.holidays(in: 2023).count == 12)
    }

    @Test func carnivalCanFallOnALeapDay() throws {
        // Easter 2028 is 16 April, so Carnival Tuesday is 29 February.
        #expect(calendar.holidayName(on: try date(2028, 2, 28)) == "Carnaval (segunda-feira)")
        #expect(calendar.holidayName(on: try date(2028, 2, 29)) == "Carnaval (terça-feira)")
        #expect(calendar.nextBusinessDay(onOrAfter: try date(2028, 2, 26)) == (try date(2028, 3, 1)))
    }

    @Test func configuredHolidaysJoinTheNationalOnes() throws {
        let local = BankCalendar(
            extraHolidays: [try date(2026, 3, 10): "Decreto municipal"],
            recurringHolidays: [
                .init(month: 1, day: 25, name: "Aniversário de São Paulo"),
                .init(month: 7, day: 9, name: "Revolução Constitucionalista"),
            ])
        #expect(local.holidayName(on: try date(2026, 3, 10)) == "Decreto municipal")
        #expect(!local.isBusinessDay(try date(2026, 3, 10)))
        #expect(local.holidayName(on: try date(2027, 3, 10)) == nil)
        #expect(local.holidayName(on: try date(2027, 1, 25)) == "Aniversário de São Paulo")
        #expect(local.holidayName(on: try date(2026, 7, 9)) == "Revolução Constitucionalista")
        #expect(!local.isBusinessDay(try date(2026, 7, 9)))
        // The national calendar is unaffected.
        #expect(BankCalendar.national.isBusinessDay(try date(2026, 3, 10)))
        #expect(BankCalendar.national.isBusinessDay(try date(2027, 1, 25)))

        let holidays = local.holidays(in: 2026)
        #expect(holidays.count == 16)
        #expect(holidays.map(\.date) == holidays.map(\.date).sorted())
        #expect(holidays.contains { $0.date == (try? date(2026, 1, 25)) && $0.name == "Aniversário de São Paulo" })
    }

    @Test func aNationalNameWinsOverALocalOneOnTheSameDay() throws {
        let local = BankCalendar(
            extraHolidays: [try date(2026, 12, 25): "Festa local"],
            recurringHolidays: [.init(month: 12, day: 25, name: "Outro nome")])
        #expect(local.holidayName(on: try date(2026, 12, 25)) == "Natal")
        #expect(local.holidays(in: 2026).count == 13)
    }

    @Test func aRecurringLeapDayHolidayAppearsOnlyInLeapYears() throws {
        let local = BankCalendar(recurringHolidays: [.init(month: 2, day: 29, name: "Dia bissexto")])
        // 2032, not 2028: 29 February 2028 is Carnival Tuesday, and the national name wins.
        #expect(local.holidayName(on: try date(2032, 2, 29)) == "Dia bissexto")
        #expect(local.holidays(in: 2032).contains { $0.name == "Dia bissexto" })
        #expect(!local.holidays(in: 2027).contains { $0.name == "Dia bissexto" })
        #expect(local.isBusinessDay(try date(2027, 3, 1)))
    }
}
