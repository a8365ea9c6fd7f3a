import BrazilKit
import Testing

@Suite struct PercentageTests {
    @Test(arguments: [(200, "2"), (250, "2,5"), (233, "2,33"), (5, "0,05"), (0, "0"), (-50, "-0,5"), (10_000, "100")] as [(Int64, String)])
    func basisPointsAreWrittenWithDecimalComma(basisPoints: Int64, text: String) {
        #expect(Percentage.text(basisPoints: basisPoints) == text)
    }

    @Test func writtenPercentagesReadBack() throws {
        for bp: Int64 in [0, 5, 100, 150, 233, 1_999] {
            #expect(try Percentage.basisPoints(parsing: Percentage.text(basisPoints: bp)) == bp)
        }
        #expect(try Percentage.basisPoints(parsing: " 2,50 % ") == 250)
        #expect(try Percentage.basisPoints(parsing: "1.5") == 150)
    }

    @Test func moreThanTwoDecimalsOrLettersAreRefused() {
        #expect(throws: MoneyError.self) { try Percentage.basisPoints(parsing: "2,505") }
        #expect(throws: MoneyError.self) { try Percentage.basisPoints(parsing: "dois") }
    }
}
