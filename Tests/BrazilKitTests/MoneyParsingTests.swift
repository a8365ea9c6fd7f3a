import BrazilKit
import Testing

@Suite struct MoneyParsingTests {
    @Test(arguments: [
        ("1.234,56", Int64(123_456)),
        ("1234,56", 123_456),
        ("1234.56", 123_456),
        ("R$ 1.234,56", 123_456),
        ("R$1.234,56", 123_456),
        ("r$ 1.234,56", 123_456),
        ("R$\u{00A0}1.234,56", 123_456),
        ("  7,00 ", 700),
        ("-R$ 1.234,56", -123_456),
        ("- R$ 10,00", -1_000),
        ("R$ -10,00", -1_000),
        ("-5", -500),
        ("1234", 123_400),
        ("007", 700),
        ("10.5", 1_050),
        ("10,5", 1_050),
        ("0,05", 5),
        ("0.05", 5),
        ("1.234", 123_400),
        ("1.234.567", 123_456_700),
        ("1.234.567,89", 123_456_789),
        ("-0,00", 0),
        ("92233720368547758,07", Int64.max),
        ("-92.233.720.368.547.758,07", -Int64.max),
    ])
    func acceptsAmountsAsBraziliansTypeThem(text: String, centavos: Int64) throws {
        #expect(try Money(parsing: text) == Money(centavos: centavos))
    }

    @Test(arguments: [
        ("", "no amount given"),
        ("   ", "no amount given"),
        ("R$", "no amount given"),
        ("-", "no amount given"),
        ("abc", "only digits, a decimal comma and thousands dots are allowed"),
        ("12a", "only digits, a decimal comma and thousands dots are allowed"),
        ("1 234,56", "only digits, a decimal comma and thousands dots are allowed"),
        ("--5", "only digits, a decimal comma and thousands dots are allowed"),
        ("+5", "only digits, a decimal comma and thousands dots are allowed"),
        ("US$ 5", "only digits, a decimal comma and thousands dots are allowed"),
        ("1,2,3", "more than one decimal comma"),
        ("1,234,56", "more than one decimal comma"),
        ("1,2.3", "a dot after the decimal comma"),
        ("12,345", "at most two decimal places"),
        ("1,234", "at most two decimal places"),
        ("1.2345", "at most two decimal places"),
        ("10,", "no digits after the decimal separator"),
        ("10.", "no digits after the decimal separator"),
        (",50", "no digits before the decimal separator"),
        (".50", "no digits before the decimal separator"),
        ("1.23,00", "thousands dots must separate groups of three digits"),
        ("1..234", "thousands dots must separate groups of three digits"),
        ("1.234.56", "thousands dots must separate groups of three digits"),
        ("1234.567.890", "thousands dots must separate groups of three digits"),
        (".123", "thousands dots must separate groups of three digits"),
        ("92233720368547758,08", "amount too large"),
        ("99999999999999999999999", "amount too large"),
    ])
    func refusesMalformedAmountsNamingValueAndReason(text: String, reason: String) {
        #expect(throws: MoneyError.malformed(value: text, reason: reason)) {
            try Money(parsing: text)
        }
    }

    @Test func threeDecimalsExplainsItselfInPortugueseAndEnglish() throws {
        let error = try #require(throws: MoneyError.self) { try Money(parsing: "12,345") }
        #expect(error.message(.ptBR) == "Valor inválido \"12,345\": no máximo duas casas decimais")
        #expect(error.message(.en) == "Invalid amount \"12,345\": at most two decimal places")
        #expect(error.description == error.message(.ptBR))
    }

    @Test func everyParserReasonHasItsOwnPortugueseText() throws {
        let samples = ["", "abc", "1,2,3", "1,2.3", "12,345", "10,", ",50", "1.23,00", "99999999999999999999999"]
        var portuguese: Set<String> = []
        for sample in samples {
            let error = try #require(throws: MoneyError.self) { try Money(parsing: sample) }
            #expect(error.message(.ptBR) != error.message(.en))
            portuguese.insert(error.message(.ptBR))
        }
        #expect(portuguese.count == samples.count)
    }

    @Test func aReasonFromElsewhereIsShownAsGiven() {
        let error = MoneyError.malformed(value: "x", reason: "não é um número")
        #expect(error.message(.ptBR) == "Valor inválido \"x\": não é um número")
    }

    @Test func formattedAmountsReadBackToTheSameValue() throws {
        for centavos: Int64 in [0, 5, 99, 100, 123_456, -123_456, 100_000_000_00, Int64.max, -Int64.max] {
            let money = Money(centavos: centavos)
            #expect(try Money(parsing: money.formatted) == money)
            #expect(try Money(parsing: money.decimalString) == money)
        }
    }
}
