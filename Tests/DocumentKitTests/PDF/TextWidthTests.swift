import DocumentKit
import Foundation
import Testing

/// Widths from the Adobe AFM metrics (WX values, per 1000 em), added up by hand here.
@Suite("Text width")
struct TextWidthTests {
    @Test func helveticaWidths() {
        // P 667 + a 556 + g 556 + a 556 + d 556 + o 556 + r 333 = 3780
        #expect(abs(PDFFont.helvetica.width(of: "Pagador", size: 10) - 37.8) < 1e-9)
        // ç 500 + ã 556 + o 556 = 1612 (accented letters measure as their WinAnsi glyphs)
        #expect(abs(PDFFont.helvetica.width(of: "ção", size: 1000) - 1612) < 1e-9)
        // R 722 + $ 556 + space 278 + 1 556 + . 278 + 2 556 + 3 556 + 4 556 + , 278 + 5 556 + 6 556 = 5448
        #expect(abs(PDFFont.helvetica.width(of: "R$ 1.234,56", size: 8) - 43.584) < 1e-9)
        // € 556 + – 556 + — 1000 + “ 333 + ” 333 + • 350 = 3128
        #expect(abs(PDFFont.helvetica.width(of: "€–—“”•", size: 1) - 3.128) < 1e-9)
    }

    @Test func helveticaBoldWidths() {
        // V 667 e 556 n 611 c 556 i 278 m 889 e 556 n 611 t 333 o 611 = 5668
        #expect(abs(PDFFont.helveticaBold.width(of: "Vencimento", size: 10) - 56.68) < 1e-9)
        // 3 556 4 556 1 556 - 333 7 556 = 2557
        #expect(abs(PDFFont.helveticaBold.width(of: "341-7", size: 14) - 35.798) < 1e-9)
        // Ç 722 Ã 722 Õ 778 = 2222
        #expect(abs(PDFFont.helveticaBold.width(of: "ÇÃÕ", size: 1000) - 2222) < 1e-9)
    }

    @Test func courierIsMonospaced() {
        #expect(PDFFont.courier.width(of: "00020101", size: 10) == 48)
        #expect(PDFFont.courierBold.width(of: "ção!", size: 5) == 12)
    }

    /// The x of each `Td` in the page's stream, in order.
    static func textOrigins(_ draw: (inout PDFPage) -> Void) -> [Double] {
        var document = PDFDocument(info: PDFInfo(title: "t"))
        document.addPage(draw)
        let stream = PDFInspection.latin1(PDFInspection.streams(document.finish())?.first ?? [])
        return stream.split(separator: "\n").compactMap { line in
            guard let td = line.range(of: " Td(") else { return nil }
            let operands = line[..<td.lowerBound].split(separator: " ")
            return Double(operands[operands.count - 2])
        }
    }

    @Test func alignmentUsesTheMeasuredWidth() {
        let origins = Self.textOrigins { page in
            page.text("Pagador", x: 100, y: 50, font: .helvetica, size: 10, align: .left)
            page.text("Pagador", x: 100, y: 60, font: .helvetica, size: 10, align: .right)
            page.text("Pagador", x: 100, y: 70, font: .helvetica, size: 10, align: .center)
        }
        #expect(origins == [100, 62.2, 81.1])  // 100 − 37.8, 100 − 18.9
    }

    @Test func textTooWideIsCutWithAnEllipsis() throws {
        var width = 0.0
        let strings = TextEncodingTests.shownStrings { page in
            width = page.text("Beneficiário", x: 0, y: 10, font: .helvetica, size: 10, maxWidth: 40)
            page.text("Pagador", x: 0, y: 20, font: .helvetica, size: 10, maxWidth: 37.8)  // exactly fits
        }
        // B 667 e 556 n 556 e 556 f 278 i 222 c 500 = 3335, + … 1000 = 4335 > 4000;
        // B e n e f i = 2835, + … = 3835 ≤ 4000, adding c (500) would exceed.
        #expect(strings[0] == Array("Benefi".utf8) + [0x85])
        #expect(abs(width - 38.35) < 1e-9)
        #expect(strings[1] == Array("Pagador".utf8))
    }

    @Test func paragraphsWrapAtSpacesOrAnywhere() {
        var lines = 0
        let words = TextEncodingTests.shownStrings { page in
            // "Pague com Pix" = P 667 a 556 g 556 u 556 e 556 = 2891, space 278, c o m 500+556+833 = 1889, …
            lines = page.paragraph(
                "Pague com Pix agora", x: 0, y: 10, width: 52, font: .helvetica, size: 10, lineHeight: 12)
        }
        // 52 pt at 10 pt = 5200 units: "Pague com" = 2891 + 278 + 1889 = 5058 fits; " Pix" does not.
        #expect(lines == 2)
        #expect(words == [Array("Pague com".utf8), Array("Pix agora".utf8)])

        let code = TextEncodingTests.shownStrings { page in
            // Courier 10 pt: 6 pt a character; 30 pt holds 5.
            page.paragraph(
                "0002 0101 0212", x: 0, y: 10, width: 30, font: .courier, size: 10, lineHeight: 12, wrap: .characters)
        }
        #expect(code == [Array("0002 ".utf8), Array("0101 ".utf8), Array("0212".utf8)])

        let cut = TextEncodingTests.shownStrings { page in
            page.paragraph(
                "um dois três quatro cinco seis", x: 0, y: 10, width: 30, font: .courier, size: 10, lineHeight: 12,
                maxLines: 2)
        }
        #expect(cut.count == 2)
        #expect(cut[1].last == 0x85, "the last line allowed ends in …")
    }
}
