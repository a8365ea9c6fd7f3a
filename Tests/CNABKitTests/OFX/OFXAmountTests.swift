import BrazilKit
import CNABKit
import Testing

@Suite struct OFXAmountTests {
    @Test(
        arguments: [
            ("-123.45", -12_345), ("+10,00", 1_000), ("1234", 123_400), ("0.00", 0), ("-0.01", -1),
            ("1.500,00", 150_000), ("1,500.00", 150_000), ("1.234.567", 123_456_700), ("1.234.567,89", 123_456_789),
            ("10.5", 1_050), ("10,5", 1_050), ("10.500", 1_050), (".50", 50), ("-,75", -75), ("  42.10  ", 4_210),
            ("1.500", 150), ("007.00", 700), ("92233720368547758.07", 9_223_372_036_854_775_807),
        ] as [(String, Int64)])
    func readsTheWritingsBanksUse(text: String, centavos: Int64) {
        #expect(Money(ofxAmount: text) == Money(centavos: centavos))
    }

    @Test(arguments: [
        "", " ", "-", "+", ".", ",", "12,3x", "1e3", "12.345.67", "1,2,3", "1.2.3", "10.555", "10.001", "--1", "+-1",
        "1 000,00", "R$ 10,00", "10-", "1.500,00,00", "1,500.00.00", "92233720368547758.08", "١٢٣",
        "12.34.56,00",
    ])
    func refusesWhatIsNotAnExactAmount(text: String) {
        #expect(Money(ofxAmount: text) == nil)
    }

    @Test func transactionAmountsFollowTheSameRules() throws {
        let text = OFXFixture.sgml(
            transactions: """
                <STMTTRN><TRNTYPE>CREDIT<DTPOSTED>20260105<TRNAMT>+1.500,00<FITID>A</STMTTRN>
                <STMTTRN><TRNTYPE>DEBIT<DTPOSTED>20260105<TRNAMT>-0,99<FITID>B</STMTTRN>
                <STMTTRN><TRNTYPE>CREDIT<DTPOSTED>20260105<TRNAMT>7<FITID>C</STMTTRN>
                """)
        let statement = try OFXFixture.statement(OFXFixture.bytes(text))
        #expect(statement.transactions.map(\.amount) == [150_000, -99, 700].map { Money(centavos: $0) })
    }
}
