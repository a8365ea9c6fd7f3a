import BrazilKit
import CNABKit
import Testing

/// Every refusal, with its line and its message in both languages.
@Suite struct OFXErrorTests {
    /// One good line, starting at line 18 of the helper's statement.
    private static let good = OFXFixture.sgml(
        transactions: """
            <STMTTRN>
            <TRNTYPE>CREDIT
            <DTPOSTED>20260105
            <TRNAMT>10.00
            <FITID>A1
            </STMTTRN>
            """)

    private func error(_ text: String, options: OFXParseOptions = OFXParseOptions()) throws -> OFXError {
        try #require(OFXFixture.error(OFXFixture.bytes(text), options: options))
    }

    // MARK: - Not OFX at all

    @Test func emptyInput() throws {
        for input in [[], Array("  \r\n\t ".utf8), [0xEF, 0xBB, 0xBF]] as [[UInt8]] {
            let error = try #require(OFXFixture.error(input))
            #expect(error == OFXError(.empty))
            #expect(error.message(.ptBR) == "o arquivo está vazio")
            #expect(error.message(.en) == "the file is empty")
        }
    }

    @Test func somethingElseWasUploaded() throws {
        let html = try error("<!DOCTYPE html>\n<html><body>Sessão expirada</body></html>")
        #expect(html.reason == .notOFX(looksLike: .html))
        #expect(html.message(.ptBR) == "linha 2: não é um arquivo OFX (parece uma página HTML)")
        #expect(html.message(.en) == "line 2: not an OFX file (it looks like an HTML page)")

        let xml = try error("<?xml version='1.0'?><NFe><infNFe/></NFe>")
        #expect(xml.reason == .notOFX(looksLike: .otherXML))

        let pdf = try #require(
            OFXFixture.error([0x25, 0x50, 0x44, 0x46, 0x2D, 0x31, 0x2E, 0x34, 0x0A, 0x00, 0x01, 0xFF]))
        #expect(pdf.reason == .notOFX(looksLike: .binary))
        #expect(pdf.message(.ptBR) == "não é um arquivo OFX (parece um arquivo binário)")

        let csv = try error("Data;Descrição;Valor\n05/01/2026;PIX;10,00\n")
        #expect(csv.reason == .notOFX(looksLike: nil))
        #expect(csv.message(.en) == "not an OFX file")

        let headerOnly = try error("OFXHEADER:100\nDATA:OFXSGML\nVERSION:102\n")
        #expect(headerOnly.reason == .notOFX(looksLike: nil))
    }

    @Test func compressedFilesAreRefused() throws {
        let gzip = try error(Self.good.ofxReplacing("CHARSET:1252", with: "CHARSET:1252\nCOMPRESSION:GZIP"))
        #expect(gzip.reason == .unsupportedEncoding("COMPRESSION:GZIP"))
    }

    // MARK: - Broken structure

    @Test func aFileCutShortIsRefusedWhole() throws {
        let cut = String(Self.good.prefix(upTo: Self.good.firstRange(of: "<FITID>")!.lowerBound))
        let error = try error(cut)
        #expect(error.reason == .truncated(element: "STMTTRN", openedAtLine: 18))
        #expect(error.line == 22)
        #expect(
            error.message(.ptBR)
                == "linha 22: o arquivo termina com STMTTRN (aberto na linha 18) ainda aberto: está incompleto")
        #expect(
            error.message(.en) == "line 22: the file ends with STMTTRN (opened at line 18) still open: it is incomplete"
        )

        let withoutEnd = try self.error(Self.good.ofxReplacing("</OFX>", with: ""))
        #expect(withoutEnd.reason == .truncated(element: "OFX", openedAtLine: 6))
    }

    @Test func aClosingTagWithoutItsOpening() throws {
        let error = try error(Self.good.ofxReplacing("<STMTTRN>\n", with: ""))
        #expect(error.reason == .unexpectedClosingTag("STMTTRN"))
        #expect(error.line == 22)
        #expect(error.message(.ptBR) == "linha 22: </STMTTRN> fecha um elemento que não está aberto")
        #expect(error.message(.en) == "line 22: </STMTTRN> closes an element that is not open")
    }

    @Test func anAggregateNeverClosed() throws {
        let error = try error(Self.good.ofxReplacing("</STMTTRN>\n", with: ""))
        #expect(error.reason == .unclosedElement(element: "STMTTRN", openedAtLine: 18, closedBy: "BANKTRANLIST"))
        #expect(error.line == 23)
        #expect(error.message(.ptBR) == "linha 23: STMTTRN aberto na linha 18 não foi fechado antes de </BANKTRANLIST>")
        #expect(error.message(.en) == "line 23: STMTTRN opened at line 18 was not closed before </BANKTRANLIST>")
    }

    @Test func elementsWhereOFXDoesNotAllowThem() throws {
        let nested = try error(Self.good.ofxReplacing("<TRNTYPE>", with: "<STMTTRN>\n<TRNTYPE>"))
        #expect(nested.reason == .misplacedElement(element: "STMTTRN", parent: "STMTTRN"))
        #expect(nested.line == 19)
        #expect(nested.message(.ptBR) == "linha 19: STMTTRN não pode ficar dentro de STMTTRN")

        let outside = try error(
            Self.good.ofxReplacing("<STMTTRNRS>", with: "<STMTTRN><DTPOSTED>20260105<TRNAMT>1</STMTTRN>\n<STMTTRNRS>"))
        #expect(outside.reason == .misplacedElement(element: "STMTTRN", parent: "BANKMSGSRSV1"))
        #expect(outside.line == 8)

        let root = try error(Self.good.ofxReplacing("<BANKMSGSRSV1>", with: "<OFX>"))
        #expect(root.reason == .misplacedElement(element: "OFX", parent: "OFX"))
        #expect(root.message(.en) == "line 7: OFX cannot be inside OFX")
    }

    @Test func pathologicalNesting() throws {
        let deep = "<OFX>" + String(repeating: "<BANKTRANLIST>", count: 40)
        let error = try error(deep)
        #expect(error.reason == .nestingTooDeep(limit: 32))
        #expect(error.message(.ptBR) == "linha 1: elementos aninhados em mais de 32 níveis")
    }

    @Test func ofxWithoutAnyStatement() throws {
        let error = try error(
            "OFXHEADER:100\n\n<OFX><SIGNONMSGSRSV1><SONRS><STATUS><CODE>0<SEVERITY>INFO</STATUS></SONRS></SIGNONMSGSRSV1></OFX>"
        )
        #expect(error == OFXError(.noStatement))
        #expect(error.message(.ptBR) == "o arquivo OFX não contém extrato de conta nem de cartão")
    }

    @Test func theBankSaidItFailed() throws {
        let text = """
            OFXHEADER:100

            <OFX>
            <BANKMSGSRSV1>
            <STMTTRNRS>
            <TRNUID>1
            <STATUS>
            <CODE>2000
            <SEVERITY>ERROR
            <MESSAGE>Conta inexistente
            </STATUS>
            </STMTTRNRS>
            </BANKMSGSRSV1>
            </OFX>
            """
        let error = try error(text)
        #expect(error.reason == .bankReportedError(code: "2000", message: "Conta inexistente"))
        #expect(error.line == 7)
        #expect(error.message(.ptBR) == "linha 7: o banco informou erro 2000: Conta inexistente")
        #expect(error.message(.en) == "line 7: the bank reported error 2000: Conta inexistente")
    }

    @Test func aStatementWithoutItsAccount() throws {
        let noAccount = try error(
            Self.good.ofxReplacing("<BANKACCTFROM>", with: "<X>").ofxReplacing("</BANKACCTFROM>", with: ""))
        #expect(noAccount.reason == .missingElement(element: "BANKACCTFROM", aggregate: "STMTRS"))
        #expect(noAccount.line == 9)
        #expect(noAccount.message(.ptBR) == "linha 9: STMTRS sem BANKACCTFROM, que é obrigatório")

        let noAccountID = try error(Self.good.ofxReplacing("<ACCTID>12345-6", with: "<ACCTID>"))
        #expect(noAccountID.reason == .missingElement(element: "ACCTID", aggregate: "BANKACCTFROM"))
        #expect(noAccountID.line == 11)
        #expect(noAccountID.message(.en) == "line 11: BANKACCTFROM without ACCTID, which is mandatory")
    }

    // MARK: - Bad lines

    /// Four good lines (18–41), then a bad amount on line 42.
    private static let badAmountOnLine42: String = {
        var lines = ""
        for index in 1...4 {
            lines += "<STMTTRN>\n<TRNTYPE>CREDIT\n<DTPOSTED>20260105\n<TRNAMT>1.00\n<FITID>G\(index)\n</STMTTRN>\n"
        }
        lines += "<STMTTRN><TRNTYPE>DEBIT<DTPOSTED>20260106<TRNAMT>12,3x\n<FITID>B1\n</STMTTRN>"
        return OFXFixture.sgml(transactions: lines)
    }()

    @Test func aBadLineIsListedWithItsLineAndTheRestKept() throws {
        let statement = try OFXFixture.statement(OFXFixture.bytes(Self.badAmountOnLine42))
        #expect(statement.transactions.map(\.fitID) == ["G1", "G2", "G3", "G4"])
        let rejected = try #require(statement.rejectedTransactions.first)
        #expect(statement.rejectedTransactions.count == 1)
        #expect(rejected.reason == .invalidAmount(element: "TRNAMT", value: "12,3x"))
        #expect(rejected.line == 42)
        #expect(rejected.description == "linha 42: TRNAMT '12,3x' não é um valor")
        #expect(rejected.message(.en) == "line 42: TRNAMT '12,3x' is not an amount")
    }

    @Test func strictModeRefusesTheWholeFile() throws {
        let error = try error(Self.badAmountOnLine42, options: OFXParseOptions(rejectsWholeFileOnBadTransaction: true))
        #expect(error.reason == .invalidAmount(element: "TRNAMT", value: "12,3x"))
        #expect(error.line == 42)
    }

    @Test func missingMandatoryElementsNameTheLine() throws {
        let text = OFXFixture.sgml(
            transactions: """
                <STMTTRN>
                <TRNTYPE>CREDIT
                <TRNAMT>1.00
                <FITID>A
                </STMTTRN>
                <STMTTRN>
                <TRNTYPE>CREDIT
                <DTPOSTED>20260105
                <TRNAMT>
                <FITID>B
                </STMTTRN>
                <STMTTRN>
                <TRNTYPE>CREDIT
                <DTPOSTED>2026-01-05
                <TRNAMT>1.00
                <FITID>C
                </STMTTRN>
                """)
        let statement = try OFXFixture.statement(OFXFixture.bytes(text))
        #expect(statement.transactions.isEmpty)
        #expect(
            statement.rejectedTransactions.map(\.reason) == [
                .missingElement(element: "DTPOSTED", aggregate: "STMTTRN"),
                .missingElement(element: "TRNAMT", aggregate: "STMTTRN"),
                .invalidDate(element: "DTPOSTED", value: "2026-01-05"),
            ])
        #expect(statement.rejectedTransactions.map(\.line) == [18, 23, 31])
        #expect(statement.rejectedTransactions[0].message(.ptBR) == "linha 18: STMTTRN sem DTPOSTED, que é obrigatório")
        #expect(statement.rejectedTransactions[2].message(.ptBR) == "linha 31: DTPOSTED '2026-01-05' não é uma data")
        #expect(statement.rejectedTransactions[2].message(.en) == "line 31: DTPOSTED '2026-01-05' is not a date")
    }

    @Test func hugeBadValuesAreShortenedInMessages() throws {
        let junk = String(repeating: "9x", count: 100)
        let text = OFXFixture.sgml(transactions: "<STMTTRN><DTPOSTED>20260105<TRNAMT>\(junk)</STMTTRN>")
        let rejected = try OFXFixture.statement(OFXFixture.bytes(text)).rejectedTransactions[0]
        #expect(rejected.reason == .invalidAmount(element: "TRNAMT", value: String(junk.prefix(40)) + "…"))
    }

    // MARK: - Every message

    @Test func everyReasonSpeaksBothLanguages() {
        let cases: [(OFXError, String, String)] = [
            (
                OFXError(.unsupportedEncoding("COMPRESSION:GZIP")), "codificação COMPRESSION:GZIP não suportada",
                "unsupported encoding COMPRESSION:GZIP"
            ),
            (
                OFXError(.misplacedElement(element: "STMTRS", parent: nil), line: 3),
                "linha 3: STMTRS fora do elemento OFX",
                "line 3: STMTRS outside the OFX element"
            ),
            (
                OFXError(.notOFX(looksLike: .otherXML)), "não é um arquivo OFX (parece XML de outro formato)",
                "not an OFX file (it looks like XML of another format)"
            ),
            (
                OFXError(.bankReportedError(code: "15500", message: nil), line: 9),
                "linha 9: o banco informou erro 15500",
                "line 9: the bank reported error 15500"
            ),
            (
                OFXError(.multipleStatements(count: 0)), "o arquivo contém 0 extratos; leia-o como OFXDocument",
                "the file holds 0 statements; read it as an OFXDocument"
            ),
        ]
        for (error, portuguese, english) in cases {
            #expect(error.message(.ptBR) == portuguese)
            #expect(error.message(.en) == english)
            #expect(error.description == portuguese)
        }
    }

    @Test func everyWarningSpeaksBothLanguages() {
        let cases: [(OFXWarning, String, String)] = [
            (OFXWarning(.missingFITID, line: 5), "linha 5: lançamento sem FITID", "line 5: transaction without FITID"),
            (
                OFXWarning(.missingTransactionType, line: 6), "linha 6: lançamento sem TRNTYPE, lido como OTHER",
                "line 6: transaction without TRNTYPE, read as OTHER"
            ),
            (OFXWarning(.missingCurrency), "extrato sem CURDEF", "statement without CURDEF"),
            (
                OFXWarning(.currencyCorrected(from: "BRC", to: "BRL")), "moeda BRC lida como BRL",
                "currency BRC read as BRL"
            ),
            (
                OFXWarning(.amountsSignedByTransactionType(count: 3)),
                "valores sem sinal: 3 débitos ficaram negativos pelo TRNTYPE",
                "unsigned amounts: 3 debits were made negative from their TRNTYPE"
            ),
            (
                OFXWarning(.duplicateFITID("X", lines: [1, 9])), "FITID 'X' repetido nas linhas 1, 9",
                "FITID 'X' repeated at lines 1, 9"
            ),
            (
                OFXWarning(.unreadableValue(element: "DTEND", value: "2014020100000")),
                "DTEND '2014020100000' ilegível, ignorado", "DTEND '2014020100000' unreadable, ignored"
            ),
        ]
        for (warning, portuguese, english) in cases {
            #expect(warning.message(.ptBR) == portuguese)
            #expect(warning.message(.en) == english)
            #expect(warning.description == portuguese)
        }
    }
}
