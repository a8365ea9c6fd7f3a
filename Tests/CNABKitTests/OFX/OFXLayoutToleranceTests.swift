import BrazilKit
import CNABKit
import Testing

/// The same statement written every way banks write it must read the same.
@Suite struct OFXLayoutToleranceTests {
    private static let reference = OFXFixture.sgml(
        transactions: """
            <STMTTRN>
            <TRNTYPE>CREDIT
            <DTPOSTED>20260105100000[-3:BRT]
            <TRNAMT>10.00
            <FITID>A1
            <MEMO>PIX RECEBIDO
            </STMTTRN>
            """)

    /// What a reader of the statement cares about, to compare two writings.
    private func essence(_ statement: OFXStatement) -> [String] {
        statement.transactions.map {
            "\($0.type) \($0.posted.instant) \($0.amount.centavos) \($0.fitID ?? "-") \($0.memo ?? "-") \($0.lineKey)"
        } + [statement.account.normalizedIdentifier, statement.currency ?? "-"]
    }

    @Test(arguments: [OFXFixture.LineEnding.lf, .crlf, .cr])
    func lineEndingsDoNotMatter(ending: OFXFixture.LineEnding) throws {
        let statement = try OFXFixture.statement(OFXFixture.bytes(Self.reference, lineEnding: ending))
        #expect(
            essence(statement) == [
                "CREDIT 1767618000 1000 A1 PIX RECEBIDO 341/1500/123456|F|A1", "341/1500/123456", "BRL",
            ])
        // Line 18 holds <STMTTRN> whatever ends the lines.
        #expect(statement.transactions[0].line == 18)
    }

    @Test func tagsInAnyCase() throws {
        let lower = Self.reference.lowercased().ofxReplacing("pix recebido", with: "PIX RECEBIDO")
            .ofxReplacing("<curdef>brl", with: "<curdef>BRL").ofxReplacing("<fitid>a1", with: "<fitid>A1")
        let statement = try OFXFixture.statement(OFXFixture.bytes(lower))
        #expect(essence(statement) == essence(try OFXFixture.statement(OFXFixture.bytes(Self.reference))))
    }

    @Test func whitespaceAndBlankLinesBetweenElements() throws {
        let spaced = Self.reference.ofxReplacing("\n<", with: "\n\n   \t<").ofxReplacing(
            "<TRNAMT>10.00", with: "<TRNAMT>   10.00   ")
        let statement = try OFXFixture.statement(OFXFixture.bytes(spaced))
        #expect(essence(statement) == essence(try OFXFixture.statement(OFXFixture.bytes(Self.reference))))
    }

    @Test func everythingOnOneLine() throws {
        let oneLine = Self.reference.split(separator: "\n").joined()
        let statement = try OFXFixture.statement(OFXFixture.bytes(oneLine))
        #expect(statement.transactions.map(\.amount) == [Money(centavos: 1_000)])
        #expect(statement.transactions[0].line == 1)
        #expect(statement.transactions[0].memo == "PIX RECEBIDO")
    }

    @Test func closedLeavesAsInXML() throws {
        let closed = """
            OFXHEADER:100

            <OFX><BANKMSGSRSV1><STMTTRNRS><STMTRS><CURDEF>BRL</CURDEF>
            <BANKACCTFROM><BANKID>341</BANKID><BRANCHID>1500</BRANCHID><ACCTID>12345-6</ACCTID></BANKACCTFROM>
            <BANKTRANLIST><STMTTRN><TRNTYPE>CREDIT</TRNTYPE><DTPOSTED>20260105100000[-3:BRT]</DTPOSTED>
            <TRNAMT>10.00</TRNAMT><FITID>A1</FITID><MEMO>PIX RECEBIDO</MEMO></STMTTRN></BANKTRANLIST>
            </STMTRS></STMTTRNRS></BANKMSGSRSV1></OFX>
            """
        let statement = try OFXFixture.statement(OFXFixture.bytes(closed))
        #expect(essence(statement) == essence(try OFXFixture.statement(OFXFixture.bytes(Self.reference))))
    }

    @Test func headerVariants() throws {
        let body = Self.reference[Self.reference.firstRange(of: "<OFX>")!.lowerBound...]
        let variants = [
            "OFXHEADER:100\nDATA:OFXSGML\nVERSION:102\n" + body,  // no blank line
            "OFXHEADER:100 DATA:OFXSGML VERSION:102 CHARSET:1252 " + body,  // one line
            "OFXHEADER: 100\nVERSION: 102\n\n" + body,  // space after the colon
            "\n\n  OFXHEADER:100\nVERSION:102\n\n" + body,  // leading blank lines
            String(body),  // no header at all
            "<?xml version=\"1.0\"?>\n<?OFX OFXHEADER=\"200\" VERSION=\"211\"?>\n" + body,
        ]
        for variant in variants {
            let document = try OFXDocument(parsing: OFXFixture.bytes(variant))
            #expect(document.statements[0].transactions.count == 1, "\(variant.prefix(40))")
        }
        #expect(try OFXDocument(parsing: OFXFixture.bytes(variants[1])).header.fields["CHARSET"] == "1252")
        #expect(try OFXDocument(parsing: OFXFixture.bytes(variants[2])).header.version == "102")
        #expect(try OFXDocument(parsing: OFXFixture.bytes(variants[4])).header.syntax == .none)
        #expect(try OFXDocument(parsing: OFXFixture.bytes(variants[5])).header.version == "211")
    }

    @Test func commentsAttributesAndTrailingGarbage() throws {
        let decorated = Self.reference
            .ofxReplacing("<OFX>", with: "<!-- gerado pelo internet banking --><OFX >")
            .ofxReplacing("</OFX>", with: "</OFX>\n\u{0}\u{0}lixo depois do fim <STMTTRN>")
        let statement = try OFXFixture.statement(OFXFixture.bytes(decorated))
        #expect(essence(statement) == essence(try OFXFixture.statement(OFXFixture.bytes(Self.reference))))
    }

    @Test func aLessThanSignInsideAMemoIsText() throws {
        let text = Self.reference.ofxReplacing("<MEMO>PIX RECEBIDO", with: "<MEMO>VALOR < 100 E A<B")
        let statement = try OFXFixture.statement(OFXFixture.bytes(text))
        #expect(statement.transactions[0].memo == "VALOR < 100 E A<B")
    }

    @Test func unknownElementsAreSkipped() throws {
        let text = Self.reference
            .ofxReplacing("<MEMO>", with: "<INTU.BID>12345\n<SIC>6011\n<BANK.EXTENSAO>\n<MEMO>")
            .ofxReplacing("<BANKTRANLIST>", with: "<XYZAGG><ACCTID>OUTRA</ACCTID></XYZAGG>\n<BANKTRANLIST>")
        let statement = try OFXFixture.statement(OFXFixture.bytes(text))
        #expect(essence(statement) == essence(try OFXFixture.statement(OFXFixture.bytes(Self.reference))))
        #expect(statement.warnings.isEmpty)
    }

    @Test func selfClosingAndEmptyLeaves() throws {
        let text = Self.reference.ofxReplacing(
            "<MEMO>PIX RECEBIDO", with: "<NAME/><CHECKNUM></CHECKNUM><MEMO>PIX RECEBIDO")
        let transaction = try OFXFixture.statement(OFXFixture.bytes(text)).transactions[0]
        #expect(transaction.name == nil)
        #expect(transaction.checkNumber == nil)
        #expect(transaction.memo == "PIX RECEBIDO")
    }

    @Test func elementOrderInsideALineDoesNotMatter() throws {
        let reordered = OFXFixture.sgml(
            transactions: """
                <STMTTRN>
                <MEMO>PIX RECEBIDO
                <FITID>A1
                <TRNAMT>10.00
                <DTPOSTED>20260105100000[-3:BRT]
                <TRNTYPE>CREDIT
                </STMTTRN>
                """)
        let statement = try OFXFixture.statement(OFXFixture.bytes(reordered))
        #expect(essence(statement) == essence(try OFXFixture.statement(OFXFixture.bytes(Self.reference))))
    }
}

extension String {
    /// Every occurrence replaced, without Foundation.
    func ofxReplacing(_ target: String, with replacement: String) -> String {
        var result = ""
        var rest = self[...]
        while let range = rest.firstRange(of: target) {
            result += rest[..<range.lowerBound] + replacement
            rest = rest[range.upperBound...]
        }
        return result + rest
    }
}
