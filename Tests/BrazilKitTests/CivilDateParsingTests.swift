import BrazilKit
import Testing

@Suite struct CivilDateParsingTests {
    @Test func readsTheIsoForm() throws {
        #expect(try CivilDate(iso: "2026-03-05") == date(2026, 3, 5))
        #expect(try CivilDate(iso: " 2024-02-29\n") == date(2024, 2, 29))
        #expect(try CivilDate(iso: "0001-01-01") == date(1, 1, 1))
    }

    @Test(arguments: [
        ("", "no date given"),
        ("   ", "no date given"),
        ("2026-3-5", "expected the format yyyy-mm-dd"),
        ("05/03/2026", "expected the format yyyy-mm-dd"),
        ("2026-03-05T00:00", "expected the format yyyy-mm-dd"),
        ("2026-0a-05", "expected the format yyyy-mm-dd"),
        ("+026-03-05", "expected the format yyyy-mm-dd"),
        ("20260305", "expected the format yyyy-mm-dd"),
        ("2026-02-30", "day does not exist in that month"),
        ("2025-02-29", "day does not exist in that month"),
        ("2026-04-00", "day does not exist in that month"),
        ("2026-13-01", "month must be between 01 and 12"),
        ("2026-00-10", "month must be between 01 and 12"),
        ("0000-01-01", "year must be between 0001 and 9999"),
    ])
    func refusesBadIsoDatesWithAReason(text: String, reason: String) {
        #expect(throws: CivilDateError(value: text, reason: reason)) { try CivilDate(iso: text) }
    }

    @Test func readsTheBrazilianForm() throws {
        #expect(try CivilDate(brazilian: "05/03/2026") == date(2026, 3, 5))
        #expect(try CivilDate(brazilian: "5/3/2026") == date(2026, 3, 5))
        #expect(try CivilDate(brazilian: "29/02/2024") == date(2024, 2, 29))
        #expect(try CivilDate(brazilian: " 31/12/2026 ") == date(2026, 12, 31))
    }

    @Test(arguments: [
        ("", "no date given"),
        ("05/03/26", "expected the format dd/mm/yyyy"),
        ("2026-03-05", "expected the format dd/mm/yyyy"),
        ("05-03-2026", "expected the format dd/mm/yyyy"),
        ("005/03/2026", "expected the format dd/mm/yyyy"),
        ("05/03/2026/1", "expected the format dd/mm/yyyy"),
        ("a5/03/2026", "expected the format dd/mm/yyyy"),
        ("31/02/2026", "day does not exist in that month"),
        ("29/02/2025", "day does not exist in that month"),
        ("31/04/2026", "day does not exist in that month"),
        ("05/13/2026", "month must be between 01 and 12"),
    ])
    func refusesBadBrazilianDatesWithAReason(text: String, reason: String) {
        #expect(throws: CivilDateError(value: text, reason: reason)) { try CivilDate(brazilian: text) }
    }

    @Test func impossibleDayExplainsItselfInPortugueseAndEnglish() throws {
        let error = try #require(throws: CivilDateError.self) { try CivilDate(brazilian: "31/02/2026") }
        #expect(error.description == "Data inválida \"31/02/2026\": dia inexistente no mês")
        #expect(error.message(.en) == "Invalid date \"31/02/2026\": day does not exist in that month")
        let format = try #require(throws: CivilDateError.self) { try CivilDate(iso: "05/03/2026") }
        #expect(format.message(.ptBR) == "Data inválida \"05/03/2026\": formato esperado aaaa-mm-dd")
    }

    @Test func aReasonFromElsewhereIsShownAsGiven() {
        let error = CivilDateError(value: "ontem", reason: "data relativa não aceita")
        #expect(error.message(.ptBR) == "Data inválida \"ontem\": data relativa não aceita")
        #expect(error.message(.en) == "Invalid date \"ontem\": data relativa não aceita")
    }

    @Test func bothFormsReadBackWhatTheyWrite() throws {
        var day = try date(2023, 12, 25)
        for _ in 0..<800 {
            #expect(try CivilDate(iso: day.iso) == day)
            #expect(try CivilDate(brazilian: day.brazilian) == day)
            day = day.adding(days: 1)
        }
    }
}
