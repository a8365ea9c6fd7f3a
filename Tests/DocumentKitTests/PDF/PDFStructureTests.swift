import DocumentKit
import Foundation
import Testing

/// The file is well-formed PDF 1.4: header, objects where the xref says, exact stream
/// lengths, a trailer that points at the table; and real readers (pdfinfo, pdftotext,
/// pdffonts) accept it and read back what was written.
@Suite("PDF structure")
struct PDFStructureTests {
    /// A page with the characters that go wrong when encodings are confused.
    static func accentsDocument() -> [UInt8] {
        var document = PDFDocument(info: PDFInfo(title: "Teste de acentuação", creationDate: nil))
        document.addPage { page in
            page.text("Não receber após o vencimento", x: 50, y: 60, font: .helvetica, size: 12)
            page.text("Ação ÇÃÕ áàâãéêíóôõúç ÁÀÂÉÊÍÓÔÚ", x: 50, y: 80, font: .helveticaBold, size: 12)
            page.text("1º 2ª € 10 – 20 — “aspas” ‘simples’ • item", x: 50, y: 100, font: .courier, size: 10)
            page.text("a(b)c\\d", x: 50, y: 120, font: .courierBold, size: 10)
        }
        return document.finish()
    }

    static func samples() -> [(name: String, bytes: [UInt8])] {
        [
            ("boleto", BoletoDocument.render(SampleSheets.itau(), info: SampleSheets.info)),
            ("boleto without Pix", BoletoDocument.render(SampleSheets.itau(pix: false), info: SampleSheets.info)),
            ("carnê", CarneDocument.render(SampleSheets.carne, info: SampleSheets.info)),
            ("accents", accentsDocument()),
        ]
    }

    @Test func headerIsPDF14WithBinaryMarker() {
        for sample in Self.samples() {
            let bytes = sample.bytes
            #expect(Array(bytes.prefix(10)) == Array("%PDF-1.4\n%".utf8), "\(sample.name)")
            #expect(bytes[10..<14].allSatisfy { $0 >= 0x80 }, "\(sample.name): binary comment")
            #expect(Array(bytes.suffix(6)) == Array("%%EOF\n".utf8), "\(sample.name)")
        }
    }

    @Test func everyXrefOffsetPointsAtItsObject() throws {
        for sample in Self.samples() {
            let bytes = sample.bytes
            let start = try #require(PDFInspection.startxref(bytes), "\(sample.name): startxref")
            #expect(Array(bytes[start..<(start + 5)]) == Array("xref\n".utf8), "\(sample.name): startxref → xref")
            let table = try #require(PDFInspection.xref(bytes, at: start), "\(sample.name): xref table")
            #expect(table.rawEntriesAre20Bytes, "\(sample.name): 20-byte entries")
            #expect(table.entries.first?.inUse == false)
            for entry in table.entries.dropFirst() {
                #expect(entry.inUse)
                let expected = Array("\(entry.object) 0 obj\n".utf8)
                let actual = Array(bytes[entry.offset..<min(bytes.count, entry.offset + expected.count)])
                #expect(actual == expected, "\(sample.name): object \(entry.object) at \(entry.offset)")
            }
            // The trailer's /Size is the number of entries, and it names the catalog and /Info.
            let trailer = PDFInspection.latin1(Array(bytes[start...]))
            #expect(trailer.contains("/Size \(table.entries.count)/Root 1 0 R/Info 4 0 R"), "\(sample.name)")
            // Every object the file defines is in the table, and no other.
            #expect(PDFInspection.count(" 0 obj\n", in: bytes) == table.entries.count - 1, "\(sample.name)")
        }
    }

    @Test func streamLengthsAreExact() throws {
        for sample in Self.samples() {
            let streams = try #require(PDFInspection.streams(sample.bytes), "\(sample.name): a /Length is wrong")
            #expect(!streams.isEmpty)
        }
        let carne = CarneDocument.render(SampleSheets.carne, info: SampleSheets.info)
        #expect(PDFInspection.streams(carne)?.count == 4, "12 installments, 3 a page")
    }

    @Test func pdfinfoReadsItWithoutComplaint() throws {
        let directory = try ExternalTools.scratchDirectory()
        defer { ExternalTools.remove(directory) }
        for sample in Self.samples() {
            let path = try ExternalTools.write(sample.bytes, to: directory)
            let info = try ExternalTools.run("pdfinfo", ["-isodates", path])
            #expect(info.status == 0, "\(sample.name): \(info.stderr)")
            #expect(info.stderr.isEmpty, "\(sample.name): \(info.stderr)")
            #expect(info.stdout.contains("PDF version:     1.4"))
            #expect(info.stdout.contains("Page size:       595.28 x 841.89 pts (A4)"))
        }
        let path = try ExternalTools.write(
            BoletoDocument.render(SampleSheets.itau(), info: SampleSheets.info), to: directory)
        let info = try ExternalTools.run("pdfinfo", ["-isodates", path]).stdout
        #expect(info.contains("Title:           Boleto nº 110/12345678-8 – Março"))
        #expect(info.contains("Producer:        Adimple DocumentKit tests"))
        #expect(info.contains("CreationDate:    2025-03-10T14:30:05-03"))
        #expect(info.contains("Pages:           1"))
    }

    @Test func pdftotextReadsPortugueseBack() throws {
        let directory = try ExternalTools.scratchDirectory()
        defer { ExternalTools.remove(directory) }
        let path = try ExternalTools.write(Self.accentsDocument(), to: directory)
        let result = try ExternalTools.run("pdftotext", ["-enc", "UTF-8", path, "-"])
        #expect(result.status == 0, "\(result.stderr)")
        let text = result.stdout
        #expect(text.contains("Não receber após o vencimento"))
        #expect(text.contains("Ação ÇÃÕ áàâãéêíóôõúç ÁÀÂÉÊÍÓÔÚ"))
        #expect(text.contains("1º 2ª € 10 – 20 — “aspas” ‘simples’ • item"))
        #expect(text.contains("a(b)c\\d"))

        let boleto = try ExternalTools.write(
            BoletoDocument.render(SampleSheets.itau(), info: SampleSheets.info), to: directory)
        let boletoText = try ExternalTools.run("pdftotext", ["-enc", "UTF-8", boleto, "-"]).stdout
        for expected in [
            "Pagador", "Beneficiário", "Não receber após o vencimento.", "João Antônio Gonçalves",
            "Adimple Serviços de Cobrança Ltda.", "Rua da Conceição", "Ficha de Compensação", "Recibo do Pagador",
            "Corte na linha pontilhada", "Pague com Pix", "Agência/Código do Beneficiário", "Nosso número",
        ] {
            #expect(boletoText.contains(expected), "missing \(expected)")
        }
    }

    @Test func fontsAreDeclaredOncePerDocumentWithWinAnsi() throws {
        let carne = CarneDocument.render(SampleSheets.carne, info: SampleSheets.info)
        // Four pages share one resources dictionary and one object per font.
        #expect(PDFInspection.count("/Type/Font", in: carne) == 4)
        #expect(PDFInspection.count("/Resources 3 0 R", in: carne) == 4)
        let directory = try ExternalTools.scratchDirectory()
        defer { ExternalTools.remove(directory) }
        let path = try ExternalTools.write(carne, to: directory)
        let fonts = try ExternalTools.run("pdffonts", [path])
        #expect(fonts.status == 0)
        let rows = fonts.stdout.split(separator: "\n").dropFirst(2).map {
            $0.split(separator: " ", omittingEmptySubsequences: true)
        }
        #expect(rows.map { String($0[0]) } == ["Helvetica", "Helvetica-Bold", "Courier", "ZapfDingbats"])
        for row in rows where row[0] != "ZapfDingbats" {
            #expect(row.contains("WinAnsi"), "\(row)")
        }
        // A document that uses one font declares one.
        var document = PDFDocument(info: PDFInfo(title: "x"))
        document.addPage { $0.text("só Courier", x: 10, y: 10, font: .courier, size: 9) }
        let single = document.finish()
        #expect(PDFInspection.count("/Type/Font", in: single) == 1)
        #expect(PDFInspection.count("/BaseFont/Courier/Encoding/WinAnsiEncoding", in: single) == 1)
    }

    @Test func contentNumbersAreCompact() throws {
        let bytes = BoletoDocument.render(SampleSheets.itau(), info: SampleSheets.info)
        let streams = try #require(PDFInspection.streams(bytes))
        for stream in streams {
            // Numbers only, outside strings: drop the text inside (...) first.
            var text = ""
            var depth = 0
            var escaped = false
            for byte in stream {
                if depth > 0 {
                    if escaped {
                        escaped = false
                    } else if byte == UInt8(ascii: "\\") {
                        escaped = true
                    } else if byte == UInt8(ascii: ")") {
                        depth -= 1
                    }
                    continue
                }
                if byte == UInt8(ascii: "(") { depth = 1; text += " "; continue }
                text.unicodeScalars.append(Unicode.Scalar(byte))
            }
            let numbers = text.split(whereSeparator: { !"0123456789.-".contains($0) })
            #expect(!numbers.isEmpty)
            for number in numbers where number.contains(".") {
                let fraction = number.split(separator: ".", omittingEmptySubsequences: false).last ?? ""
                #expect(fraction.count <= 3, "too many decimals: \(number)")
                #expect(!fraction.hasSuffix("0"), "trailing zero: \(number)")
                #expect(!fraction.isEmpty, "bare point: \(number)")
            }
        }
    }

    /// Fixed point by hand: rounding to 2 decimals, no trailing zeros, signs, big and tiny values,
    /// and NaN (which PDF cannot express) as 0.
    @Test func numbersAreWrittenAsFixedPoint() throws {
        let cases: [(Double, String)] = [
            (0, "0"), (0.004, "0"), (-0.004, "0"), (0.5, "0.5"), (100, "100"), (9.999, "10"), (-3.14159, "-3.14"),
            (12.05, "12.05"), (1_234_567.891, "1234567.89"), (-1000.1, "-1000.1"), (7, "7"), (70, "70"),
            (Double.nan, "0"),
        ]
        var document = PDFDocument(info: PDFInfo(title: "t"))
        document.addPage { page in
            // y = page height becomes 0 in PDF's bottom-up coordinates.
            for (value, _) in cases { page.strokeLine(x1: value, y1: 841.89, x2: 1, y2: 841.89) }
        }
        let stream = PDFInspection.latin1(try #require(PDFInspection.streams(document.finish())?.first))
        let written = stream.split(separator: "\n").filter { $0.hasSuffix(" l S") }.map {
            String($0.split(separator: " ")[0])
        }
        #expect(written == cases.map(\.1))
    }

    @Test func sameInputGivesSameBytes() {
        let sheet = SampleSheets.itau()
        #expect(
            BoletoDocument.render(sheet, info: SampleSheets.info)
                == BoletoDocument.render(sheet, info: SampleSheets.info))
    }

    @Test func infoDictionaryEncodesNonASCIIAsUTF16() {
        var document = PDFDocument(
            info: PDFInfo(
                title: "Boleto (1)", producer: "Adimple", author: "Ação",
                creationDate: PDFDate(year: 2025, month: 1, day: 2, hour: 3, minute: 4, second: 5)))
        document.addPage { _ in }
        let text = PDFInspection.latin1(document.finish())
        #expect(text.contains("/Title(Boleto \\(1\\))"))
        #expect(text.contains("/Author<FEFF004100E700E3006F>"))
        #expect(text.contains("/CreationDate(D:20250102030405Z)"))
    }
}
