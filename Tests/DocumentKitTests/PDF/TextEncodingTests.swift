import DocumentKit
import Testing

/// Unicode → WinAnsiEncoding as written into the content stream: the raw bytes between the
/// parentheses of each `Tj`.
@Suite("Text encoding")
struct TextEncodingTests {
    /// The string operands of the page's `Tj` operators, unescaped, in order.
    static func shownStrings(_ draw: (inout PDFPage) -> Void) -> [[UInt8]] {
        var document = PDFDocument(info: PDFInfo(title: "t"))
        document.addPage(draw)
        let stream = PDFInspection.streams(document.finish())?.first ?? []
        var result: [[UInt8]] = []
        var index = 0
        while index < stream.count {
            guard stream[index] == UInt8(ascii: "(") else {
                index += 1
                continue
            }
            var current: [UInt8] = []
            index += 1
            while stream[index] != UInt8(ascii: ")") {
                if stream[index] == UInt8(ascii: "\\") { index += 1 }
                current.append(stream[index])
                index += 1
            }
            result.append(current)
            index += 1
        }
        return result
    }

    static func encoded(_ string: String) -> [UInt8] {
        shownStrings { $0.text(string, x: 10, y: 10, font: .helvetica, size: 10) }.first ?? []
    }

    @Test func portugueseLettersAreTheirLatin1Bytes() {
        #expect(Self.encoded("ação") == [0x61, 0xE7, 0xE3, 0x6F])
        #expect(
            Self.encoded("ÁÀÂÃÉÊÍÓÔÕÚÇ") == [0xC1, 0xC0, 0xC2, 0xC3, 0xC9, 0xCA, 0xCD, 0xD3, 0xD4, 0xD5, 0xDA, 0xC7])
        #expect(Self.encoded("nº ª") == [0x6E, 0xBA, 0x20, 0xAA])
    }

    @Test func windowsExtrasMapToTheirCodes() {
        // € … – — “ ” ‘ ’ • ™
        #expect(Self.encoded("€…–—“”‘’•™") == [0x80, 0x85, 0x96, 0x97, 0x93, 0x94, 0x91, 0x92, 0x95, 0x99])
        // The minus sign of "(−) Desconto" has no WinAnsi glyph: it prints as a hyphen.
        #expect(Self.encoded("(−)") == Array("(-)".utf8))
    }

    @Test func decomposedAccentsAreComposed() {
        // "Ação" typed as A, c + cedilla, a + tilde, o (NFD).
        #expect(Self.encoded("Ac\u{327}a\u{303}o") == [0x41, 0xE7, 0xE3, 0x6F])
        #expect(Self.encoded("E\u{301}") == [0xC9])
    }

    @Test func unmappableCharactersBecomeQuestionMarks() {
        #expect(Self.encoded("Olá 😀 日本 ✓") == Array("Ol".utf8) + [0xE1] + Array(" ? ?? ?".utf8))
        // Line feeds and tabs in a single line are spaces.
        #expect(Self.encoded("a\nb\tc") == Array("a b c".utf8))
    }

    @Test func delimitersAreEscaped() {
        var document = PDFDocument(info: PDFInfo(title: "t"))
        document.addPage { $0.text("a(b)c\\d", x: 10, y: 10, font: .helvetica, size: 10) }
        let stream = PDFInspection.latin1(PDFInspection.streams(document.finish())?.first ?? [])
        #expect(stream.contains("(a\\(b\\)c\\\\d)Tj"))
    }
}
