import BrazilKit
import CNABKit
import Testing

/// A large statement reads completely and exactly; the speed itself is measured in a release build
/// outside the tests, where a debug build's numbers would mean little.
@Suite struct OFXScaleTests {
    @Test func twentyThousandLinesAreAllReadExactly() throws {
        var lines = ""
        var expectedTotal: Int64 = 0
        for index in 0..<20_000 {
            // Amounts cycle through every centavo pattern, alternating signs.
            let centavos = Int64(index % 9_973) * (index.isMultiple(of: 2) ? 1 : -1)
            expectedTotal += centavos
            let amount =
                (centavos < 0 ? "-" : "") + "\(abs(centavos) / 100)." + (abs(centavos) % 100 < 10 ? "0" : "")
                + "\(abs(centavos) % 100)"
            lines +=
                "<STMTTRN>\n<TRNTYPE>\(centavos < 0 ? "DEBIT" : "CREDIT")\n<DTPOSTED>20260105\n"
                + "<TRNAMT>\(amount)\n<FITID>F\(index)\n<MEMO>LINHA \(index)\n</STMTTRN>\n"
        }
        let statement = try OFXFixture.statement(OFXFixture.bytes(OFXFixture.sgml(transactions: lines)))
        #expect(statement.transactions.count == 20_000)
        #expect(statement.total == Money(centavos: expectedTotal))
        #expect(statement.transactions.last?.line == 18 + 19_999 * 7)
        #expect(statement.transactions.last?.memo == "LINHA 19999")
        #expect(Set(statement.transactions.map(\.lineKey)).count == 20_000)
        #expect(statement.warnings.isEmpty)
    }
}
