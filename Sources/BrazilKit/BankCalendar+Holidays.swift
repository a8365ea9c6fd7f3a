// National bank holidays. Carnival and Corpus Christi are only "pontos facultativos" for the federal
// civil service, but banks do not clear payments on them (FEBRABAN's calendar), so they count here.
// 31 December is deliberately absent: the rails reference does not list it as a bank holiday. A company
// whose bank treats it as one adds it as a recurring holiday in configuration.

extension BankCalendar {
    /// A holiday on a fixed day of the year; `since` is the first year it is a national holiday.
    private struct FixedHoliday {
        let month: Int
        let day: Int
        let name: String
        var since: Int = 1
    }

    private static let fixedHolidays: [FixedHoliday] = [
        FixedHoliday(month: 1, day: 1, name: "Confraternização Universal"),
        FixedHoliday(month: 4, day: 21, name: "Tiradentes"),
        FixedHoliday(month: 5, day: 1, name: "Dia do Trabalho"),
        FixedHoliday(month: 9, day: 7, name: "Independência"),
        FixedHoliday(month: 10, day: 12, name: "Nossa Senhora Aparecida"),
        FixedHoliday(month: 11, day: 2, name: "Finados"),
        FixedHoliday(month: 11, day: 15, name: "Proclamação da República"),
        // Lei 14.759/2023 made it national from 2024; before that only some states and cities kept it.
        FixedHoliday(month: 11, day: 20, name: "Dia Nacional de Zumbi e da Consciência Negra", since: 2024),
        FixedHoliday(month: 12, day: 25, name: "Natal"),
    ]

    /// Holidays a fixed number of days from Easter Sunday.
    private static let easterHolidays: [(offset: Int, name: String)] = [
        (-48, "Carnaval (segunda-feira)"),
        (-47, "Carnaval (terça-feira)"),
        (-2, "Sexta-feira Santa"),
        (60, "Corpus Christi"),
    ]

    /// Easter Sunday in the Gregorian calendar (the anonymous Gregorian, or Meeus/Jones/Butcher, algorithm).
    public static func easterSunday(year: Int) -> CivilDate {
        let a = year % 19
        let b = year / 100
        let c = year % 100
        let d = b / 4
        let e = b % 4
        let f = (b + 8) / 25
        let g = (b - f + 1) / 3
        let h = (19 * a + b - d - g + 15) % 30
        let i = c / 4
        let k = c % 4
        let l = (32 + 2 * e + 2 * i - h - k) % 7
        let m = (a + 11 * h + 22 * l) / 451
        let month = (h + l - 7 * m + 114) / 31
        let day = (h + l - 7 * m + 114) % 31 + 1
        return CivilDate(unchecked: year, month, day)
    }

    /// The national holiday's name on this date, or nil; allocation-free because it runs for every
    /// due date of every charge.
    static func nationalHolidayName(on date: CivilDate) -> String? {
        for holiday in fixedHolidays
        where holiday.month == date.month && holiday.day == date.day && date.year >= holiday.since {
            return holiday.name
        }
        // Easter-based holidays fall between early February and late June; skip the arithmetic otherwise.
        guard (2...6).contains(date.month) else { return nil }
        let fromEaster = date.days(since: easterSunday(year: date.year))
        for holiday in easterHolidays where holiday.offset == fromEaster {
            return holiday.name
        }
        return nil
    }

    /// Every holiday of this calendar in `year`, national and local, sorted by date, one entry per date.
    public func holidays(in year: Int) -> [(date: CivilDate, name: String)] {
        let easter = Self.easterSunday(year: year)
        var all: [(date: CivilDate, name: String)] = []
        for holiday in Self.fixedHolidays where year >= holiday.since {
            all.append((CivilDate(unchecked: year, holiday.month, holiday.day), holiday.name))
        }
        for holiday in Self.easterHolidays {
            all.append((easter.adding(days: holiday.offset), holiday.name))
        }
        all += localHolidays(in: year)
        // Keep the name holidayName(on:) would give for each date.
        var seen: Set<CivilDate> = []
        return all.filter { seen.insert($0.date).inserted }.sorted { $0.date < $1.date }
            .map { (date: $0.date, name: holidayName(on: $0.date) ?? $0.name) }
    }
}
