import BrazilKit
import CNABKit
import Testing

/// How lines become transactions: signs, balance lines, warnings, several statements in one file.
@Suite struct OFXStatementRulesTests {
    private static let unsigned = OFXFixture.sgml(
        transactions: """
            <STMTTRN><TRNTYPE>CREDIT<DTPOSTED>20260105<TRNAMT>100.00<FITID>A</STMTTRN>
            <STMTTRN><TRNTYPE>DEBIT<DTPOSTED>20260106<TRNAMT>30.00<FITID>B</STMTTRN>
            <STMTTRN><TRNTYPE>FEE<DTPOSTED>20260107<TRNAMT>2.50<FITID>C</STMTTRN>
            <STMTTRN><TRNTYPE>XFER<DTPOSTED>20260108<TRNAMT>5.00<FITID>D</STMTTRN>
            """)

    @Test func debitsSignedOnlyByTypeBecomeNegative() throws {
        let statement = try OFXFixture.statement(OFXFixture.bytes(Self.unsigned))
        #expect(statement.transactions.map(\.amount.centavos) == [10_000, -3_000, -250, 500])
        #expect(statement.transactions.map(\.signInferredFromType) == [false, true, true, false])
        #expect(statement.warnings == [OFXWarning(.amountsSignedByTransactionType(count: 2), line: 9)])
    }

    @Test func signInferenceCanBeTurnedOff() throws {
        let statement = try OFXFixture.statement(
            OFXFixture.bytes(Self.unsigned), options: OFXParseOptions(infersSignFromTransactionType: false))
        #expect(statement.transactions.map(\.amount.centavos) == [10_000, 3_000, 250, 500])
        #expect(statement.warnings.isEmpty)
    }

    @Test func aSingleNegativeAmountMeansTheFileIsSigned() throws {
        let signed = Self.unsigned.ofxReplacing("<TRNAMT>5.00", with: "<TRNAMT>-5.00")
        let statement = try OFXFixture.statement(OFXFixture.bytes(signed))
        // A positive DEBIT in a signed file is left as the bank wrote it.
        #expect(statement.transactions.map(\.amount.centavos) == [10_000, 3_000, 250, -500])
        #expect(statement.warnings.isEmpty)
    }

    @Test func balanceLinesCanBeKeptAsTransactions() throws {
        let bytes = OFXFixture.bytes(OFXBankSamples.bancoDoBrasil, charset: .windows1252)
        let statement = try OFXFixture.statement(bytes, options: OFXParseOptions(separatesBalanceLines: false))
        #expect(statement.transactions.count == 6)
        #expect(statement.balanceLines.isEmpty)
        #expect(statement.transactions.first?.memo == "Saldo Anterior")
    }

    @Test(arguments: [
        ("SALDO ANTERIOR", true), ("Saldo do dia", true), ("SALDO TOTAL DISPONÍVEL DIA", true), ("S A L D O", true),
        ("  saldo   anterior  ", true), ("SALDO", true), ("SALDO DO DIA 31/01", true),
        ("SALDO DEVEDOR - JUROS", false), ("PIX SALDO ANTERIOR", false), ("RESGATE SALDO", false),
    ])
    func balancePhrases(memo: String, isBalance: Bool) throws {
        let text = OFXFixture.sgml(
            transactions: "<STMTTRN><TRNTYPE>OTHER<DTPOSTED>20260105<TRNAMT>1.00<FITID>A<MEMO>\(memo)\n</STMTTRN>")
        let statement = try OFXFixture.statement(OFXFixture.bytes(text))
        #expect(statement.balanceLines.count == (isBalance ? 1 : 0))
        #expect(statement.transactions.count == (isBalance ? 0 : 1))
    }

    @Test func oddButReadableLinesLeaveWarnings() throws {
        let text = OFXFixture.sgml(
            transactions: """
                <STMTTRN>
                <DTPOSTED>20260105
                <DTUSER>20260199
                <TRNAMT>1.00
                <TRNAMT>2.00
                <FITID>A
                </STMTTRN>
                """,
            currency: "",
            extraStatement: "<LEDGERBAL><BALAMT>1,2,3<DTASOF>20260131</LEDGERBAL>")
        let statement = try OFXFixture.statement(OFXFixture.bytes(text))
        let transaction = try #require(statement.transactions.first)
        #expect(transaction.type == .other)
        #expect(transaction.amount == Money(centavos: 100))
        #expect(transaction.userDate == nil)
        #expect(statement.currency == nil)
        #expect(statement.ledgerBalance == nil)
        #expect(
            statement.warnings == [
                OFXWarning(.repeatedElement("TRNAMT"), line: 22),
                OFXWarning(.missingTransactionType, line: 18),
                OFXWarning(.unreadableValue(element: "DTUSER", value: "20260199"), line: 20),
                OFXWarning(.missingCurrency, line: 9),
                OFXWarning(.unreadableValue(element: "BALAMT", value: "1,2,3"), line: 26),
            ])
        #expect(statement.warnings[0].message(.ptBR) == "linha 22: TRNAMT repetido; vale o primeiro")
        #expect(statement.warnings[2].message(.en) == "line 20: DTUSER '20260199' unreadable, ignored")
    }

    @Test func aDocumentWithTwoAccounts() throws {
        let first = OFXFixture.sgml(
            transactions: "<STMTTRN><TRNTYPE>CREDIT<DTPOSTED>20260105<TRNAMT>1.00<FITID>A</STMTTRN>")
        let secondStatement = """
            <STMTTRNRS><STMTRS><CURDEF>BRL<BANKACCTFROM><BANKID>341<ACCTID>99999-9<ACCTTYPE>SAVINGS</BANKACCTFROM>
            <BANKTRANLIST><STMTTRN><TRNTYPE>INT<DTPOSTED>20260131<TRNAMT>0.42<FITID>A</STMTTRN></BANKTRANLIST>
            </STMTRS></STMTTRNRS>
            """
        let text = first.ofxReplacing("</BANKMSGSRSV1>", with: secondStatement + "\n</BANKMSGSRSV1>")
        let document = try OFXDocument(parsing: OFXFixture.bytes(text))
        #expect(document.statements.count == 2)
        #expect(document.statements.map(\.account.accountID) == ["12345-6", "99999-9"])
        #expect(document.statements[1].account.accountType == .savings)
        #expect(document.statements[1].transactions[0].type == .interest)
        // Same FITID, different accounts: different keys.
        #expect(document.statements[0].transactions[0].lineKey != document.statements[1].transactions[0].lineKey)

        let error = try #require(throws: OFXError.self) { try OFXStatement(parsing: OFXFixture.bytes(text)) }
        #expect(error.reason == .multipleStatements(count: 2))
        #expect(error.message(.ptBR) == "o arquivo contém 2 extratos; leia-o como OFXDocument")
    }

    @Test func aTotalThatCannotBeHeldIsNilNotWrapped() throws {
        let huge = "<STMTTRN><TRNTYPE>CREDIT<DTPOSTED>20260105<TRNAMT>92233720368547758.07<FITID>A</STMTTRN>"
        let one = try OFXFixture.statement(OFXFixture.bytes(OFXFixture.sgml(transactions: huge)))
        #expect(one.total == Money(centavos: .max))
        let two = try OFXFixture.statement(OFXFixture.bytes(OFXFixture.sgml(transactions: huge + "\n" + huge)))
        #expect(two.total == nil)
    }

    @Test func transactionTypesAreReadInAnyCase() throws {
        #expect(OFXTransactionType(ofx: "srvchg") == .serviceCharge)
        #expect(OFXTransactionType(ofx: "DirectDep") == .directDeposit)
        #expect(OFXTransactionType(ofx: "PIX") == .unknown("PIX"))
        #expect(OFXTransactionType.repeatPayment.ofxName == "REPEATPMT")
        #expect(OFXAccountType(ofx: "moneymrkt") == .moneyMarket)
        #expect(OFXAccountType(ofx: "CONTA") == .unknown("CONTA"))
    }
}
