import BrazilKit
import Foundation
import Testing

@Suite struct MoneyFormattingTests {
    @Test(arguments: [
        (Int64(123_456), "R$ 1.234,56"),
        (5, "R$ 0,05"),
        (0, "R$ 0,00"),
        (100, "R$ 1,00"),
        (99_999, "R$ 999,99"),
        (100_000, "R$ 1.000,00"),
        (100_000_000, "R$ 1.000.000,00"),
        (-123_456, "-R$ 1.234,56"),
        (-5, "-R$ 0,05"),
        (Int64.max, "R$ 92.233.720.368.547.758,07"),
        (Int64.min, "-R$ 92.233.720.368.547.758,08"),
    ])
    func formatsAsBraziliansReadAmounts(centavos: Int64, text: String) {
        #expect(Money(centavos: centavos).formatted == text)
        #expect(Money(centavos: centavos).description == text)
    }

    @Test(arguments: [
        (Int64(123_456), "1234.56"),
        (-5, "-0.05"),
        (0, "0.00"),
        (1_000, "10.00"),
        (-100_000, "-1000.00"),
        (Int64.min, "-92233720368547758.08"),
    ])
    func decimalStringHasADotAndTwoPlacesForFiles(centavos: Int64, text: String) {
        #expect(Money(centavos: centavos).decimalString == text)
    }

    @Test func encodesAsABareNumberOfCentavos() throws {
        let data = try JSONEncoder().encode([Money(centavos: 123_456), Money(centavos: -5)])
        #expect(String(decoding: data, as: UTF8.self) == "[123456,-5]")
        #expect(try JSONDecoder().decode([Money].self, from: data) == [Money(centavos: 123_456), Money(centavos: -5)])
    }

    @Test(arguments: ["12.5", "\"12\"", "null", "1e40"])
    func refusesToDecodeAnythingButWholeCentavos(json: String) {
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(Money.self, from: Data(json.utf8))
        }
    }
}
