import BrazilKit
import CNABKit
import Testing

/// Line keys must be the same every time the same line is imported, and different for different lines.
@Suite struct OFXLineKeyTests {
    private func keys(_ transactions: String, account: String = "12345-6") throws -> [String] {
        let text = OFXFixture.sgml(transactions: transactions).ofxReplacing(
            "<ACCTID>12345-6", with: "<ACCTID>\(account)")
        return try OFXFixture.statement(OFXFixture.bytes(text)).transactions.map(\.lineKey.rawValue)
    }

    private static let withoutFITID =
        "<STMTTRN><TRNTYPE>DEBIT<DTPOSTED>20260131<TRNAMT>-45.00<MEMO>TARIFA PACOTE</STMTTRN>"

    @Test func fitIDKeysNameTheAccountAndTheFITID() throws {
        let found = try keys("<STMTTRN><TRNTYPE>CREDIT<DTPOSTED>20260105<TRNAMT>1.00<FITID>ABC-1</STMTTRN>")
        #expect(found == ["341/1500/123456|F|ABC-1"])
    }

    @Test func hashKeysAreStableAcrossImportsAndWritings() throws {
        let first = try keys(Self.withoutFITID)
        let again = try keys(Self.withoutFITID)
        // Case and spacing of the memo, and the time of day, do not change the key.
        let rewritten = try keys(
            "<STMTTRN><TRNTYPE>DEBIT<DTPOSTED>20260131100000[-3:BRT]<TRNAMT>-45,00<MEMO>  tarifa   pacote </STMTTRN>")
        #expect(first == again)
        #expect(first == rewritten)
        #expect(first[0].hasPrefix("341/1500/123456|H|"))
    }

    @Test func hashKeysChangeWithDateAmountTextOrAccount() throws {
        let base = try keys(Self.withoutFITID)[0]
        let others = [
            try keys(Self.withoutFITID.ofxReplacing("20260131", with: "20260130"))[0],
            try keys(Self.withoutFITID.ofxReplacing("-45.00", with: "-45.01"))[0],
            try keys(Self.withoutFITID.ofxReplacing("TARIFA PACOTE", with: "TARIFA AVULSA"))[0],
            try keys(Self.withoutFITID, account: "12345-7")[0],
        ]
        #expect(Set(others + [base]).count == 5)
    }

    @Test func repeatedLinesAreNumberedInFileOrder() throws {
        let found = try keys(Self.withoutFITID + "\n" + Self.withoutFITID + "\n" + Self.withoutFITID)
        #expect(found[1] == found[0] + "#2")
        #expect(found[2] == found[0] + "#3")
    }

    @Test func accountWritingsOfTheSameAccountShareKeys() throws {
        let line = "<STMTTRN><TRNTYPE>CREDIT<DTPOSTED>20260105<TRNAMT>1.00<FITID>X</STMTTRN>"
        #expect(try keys(line, account: "12345-6") == keys(line, account: "0012345 6"))
        #expect(
            OFXAccount(bankID: "001", branchID: "0123-4", accountID: "00.012-X", accountType: nil).normalizedIdentifier
                == "1/1234/12X")
        #expect(
            OFXAccount(bankID: "000", branchID: nil, accountID: "0", accountType: nil).normalizedIdentifier == "0//0")
    }

    @Test func keysSurviveBeingStored() {
        let key = OFXLineKey(rawValue: "341/1500/123456|F|ABC-1")
        #expect(key.description == "341/1500/123456|F|ABC-1")
        #expect(OFXLineKey(rawValue: key.rawValue) == key)
        #expect(OFXLineKey(rawValue: "a") < OFXLineKey(rawValue: "b"))
    }
}
