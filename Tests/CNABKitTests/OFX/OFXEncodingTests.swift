import BrazilKit
import CNABKit
import Testing

@Suite struct OFXEncodingTests {
    private static let memoLine = "<STMTTRN><TRNTYPE>CREDIT<DTPOSTED>20260105<TRNAMT>1.00<FITID>A<MEMO>"

    private func memo(_ bytes: [UInt8]) throws -> (String?, OFXTextEncoding) {
        let document = try OFXDocument(parsing: bytes)
        return (document.statements[0].transactions[0].memo, document.textEncoding)
    }

    private func sample(memo: String) -> String {
        OFXFixture.sgml(transactions: Self.memoLine + memo + "\n</STMTTRN>")
    }

    @Test func windows1252IncludingTheTypographicRange() throws {
        // "–" is 0x96 and "•" 0x95 in Windows-1252, control codes in ISO-8859-1.
        let bytes = OFXFixture.bytes(sample(memo: "TRANSFERÊNCIA – JOÃO • AÇÃO “OK” €"), charset: .windows1252)
        #expect(bytes.contains(0x96) && bytes.contains(0x80))
        let (text, encoding) = try memo(bytes)
        #expect(text == "TRANSFERÊNCIA – JOÃO • AÇÃO “OK” €")
        #expect(encoding == .windows1252)
    }

    @Test func everyByteFrom0x80To0x9FFollowsTheCodePage() throws {
        // The code page chart, row by row; the five holes (81, 8D, 8F, 90, 9D) stay as C1 controls.
        let expected = "€\u{81}‚ƒ„…†‡ˆ‰Š‹Œ\u{8D}Ž\u{8F}\u{90}‘’“”•–—˜™š›œ\u{9D}žŸ"
        var bytes = Array(sample(memo: "[@@]").utf8)
        let marker = try #require(bytes.firstRange(of: Array("@@".utf8)))
        bytes.replaceSubrange(marker, with: Array(0x80...0x9F))
        #expect(try memo(bytes).0 == "[" + expected + "]")
    }

    @Test func isoLatin1ReadsTheSameAsWindows1252() throws {
        // Latin letters have the same byte in both: "ÇÃO" = C7 C3 4F.
        var bytes = Array(sample(memo: "PAGAMENTO XXX").utf8)
        let marker = Array("XXX".utf8)
        let start = try #require(bytes.firstRange(of: marker))
        bytes.replaceSubrange(start, with: [0xC7, 0xC3, 0x4F])
        #expect(try memo(bytes).0 == "PAGAMENTO ÇÃO")
    }

    @Test func utf8WithAndWithoutByteOrderMark() throws {
        let text = sample(memo: "Transferência recebida • São Paulo")
        let plain = try memo(OFXFixture.bytes(text))
        let marked = try memo(OFXFixture.bytes(text, byteOrderMark: true))
        #expect(plain.0 == "Transferência recebida • São Paulo")
        #expect(marked.0 == plain.0)
        #expect(plain.1 == .utf8)
    }

    @Test func utf8TextDeclaredAs1252IsStillReadAsUTF8() throws {
        // The helper's sample header says CHARSET:1252; the bytes are UTF-8, as Nubank sends.
        let (text, _) = try memo(OFXFixture.bytes(sample(memo: "Pão de Açúcar")))
        #expect(text == "Pão de Açúcar")
    }

    @Test func aFileMixingBothEncodingsIsReadValueByValue() throws {
        let utf8Line = Self.memoLine.replacingFITID("B") + "Açúcar\n</STMTTRN>"
        var bytes = OFXFixture.bytes(sample(memo: "AÇÚCAR"), charset: .windows1252)
        let closing = try #require(bytes.firstRange(of: Array("</BANKTRANLIST>".utf8)))
        bytes.insert(contentsOf: Array(utf8Line.utf8) + [0x0A], at: closing.lowerBound)
        let document = try OFXDocument(parsing: bytes)
        #expect(document.statements[0].transactions.map(\.memo) == ["AÇÚCAR", "Açúcar"])
        #expect(document.textEncoding == .mixed)
    }

    @Test func entitiesAreResolvedAndBareAmpersandsKept() throws {
        let (text, _) = try memo(
            OFXFixture.bytes(
                sample(memo: "A &amp; B &lt;C&gt; &quot;D&quot; &apos;E&apos; &#233; &#xE7; &foo; TOK & STOK &#0;")))
        #expect(text == "A & B <C> \"D\" 'E' é ç &foo; TOK & STOK &#0;")
    }

    @Test func utf16IsRefusedClearly() throws {
        let text = sample(memo: "X")
        var littleEndian: [UInt8] = [0xFF, 0xFE]
        for unit in text.utf16 { littleEndian += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        let error = try #require(OFXFixture.error(littleEndian))
        #expect(error.reason == .unsupportedEncoding("UTF-16"))
        #expect(error.message(.ptBR) == "codificação UTF-16 não suportada")
        #expect(error.message(.en) == "unsupported encoding UTF-16")
        let withoutMark = Array(littleEndian.dropFirst(2))
        #expect(OFXFixture.error(withoutMark)?.reason == .unsupportedEncoding("UTF-16"))
        var bigEndian: [UInt8] = []
        for unit in text.utf16 { bigEndian += [UInt8(unit >> 8), UInt8(unit & 0xFF)] }
        #expect(OFXFixture.error(bigEndian)?.reason == .unsupportedEncoding("UTF-16"))
    }

    @Test func asciiOnlyFilesReportASCII() throws {
        let document = try OFXDocument(parsing: OFXFixture.bytes(sample(memo: "PLAIN")))
        #expect(document.textEncoding == .ascii)
    }
}

extension String {
    /// The sample transaction line with another FITID, for a second line in the same file.
    fileprivate func replacingFITID(_ fitID: String) -> String {
        var copy = self
        if let range = copy.firstRange(of: "<FITID>A") { copy.replaceSubrange(range, with: "<FITID>" + fitID) }
        return copy
    }
}
