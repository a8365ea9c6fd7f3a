import BrazilKit
import Foundation
import PixKit
import Testing

@Suite struct PixAmountTests {
    @Test(arguments: [
        ("123.45", Int64(12345)), ("0.00", 0), ("0.01", 1), ("37.00", 3700), ("9999999999.99", 999_999_999_999),
    ])
    func readsTheSpecPatternExactly(text: String, centavos: Int64) throws {
        let amount = try PixAmount(parsing: text)
        #expect(amount.money == Money(centavos: centavos))
        #expect(amount.text == text)
    }

    @Test(arguments: ["10", "10.5", "10.500", "1,00", "-1.00", "12345678901.00", " 1.00", "1.00 ", ".50", "1.0a", ""])
    func refusesAnythingElse(text: String) {
        #expect(throws: PixError.invalidAmount(field: "valor", value: text, problem: .notADecimal)) {
            try PixAmount(parsing: text)
        }
    }

    @Test func moneyOutsideTheRangeIsRefused() {
        #expect(throws: PixError.invalidAmount(field: "valor", value: "-0.01", problem: .negative)) {
            try PixAmount(Money(centavos: -1))
        }
        #expect(
            throws: PixError.invalidAmount(
                field: "valor", value: "10000000000.00", problem: .tooLarge(maximum: "9999999999.99"))
        ) {
            try PixAmount(Money(centavos: 1_000_000_000_000))
        }
    }

    @Test func percentagesReadAsBasisPoints() throws {
        #expect(try PixAmount(parsing: "2.50").basisPoints == 250)
        #expect(try PixAmount(basisPoints: 1500).text == "15.00")
    }

    @Test func jsonIsAStringNeverANumber() throws {
        let amount = try PixAmount(Money(centavos: 12345))
        #expect(String(decoding: try JSONEncoder().encode([amount]), as: UTF8.self) == #"["123.45"]"#)
        #expect(
            try JSONDecoder().decode([PixAmount].self, from: Data(#"["0.10"]"#.utf8)) == [
                try PixAmount(Money(centavos: 10))
            ])
        #expect(throws: DecodingError.self) { try JSONDecoder().decode([PixAmount].self, from: Data("[123.45]".utf8)) }
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode([PixAmount].self, from: Data(#"["123.4"]"#.utf8))
        }
    }
}
