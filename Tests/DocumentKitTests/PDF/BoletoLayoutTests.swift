import DocumentKit
import Foundation
import Testing

/// Where things land on the printed page, measured on a 300 dpi raster (poppler) and on the
/// word boxes pdftotext reports, against the FEBRABAN rules (rails.md §1.8) and CDC art. 42-A.
@Suite("Boleto layout")
struct BoletoLayoutTests {
    static let tolerance = 0.25  // mm: about 3 pixels at 300 dpi

    static func renderAndRasterize(_ pdf: [UInt8], page: Int = 1) throws -> GrayImage {
        let directory = try ExternalTools.scratchDirectory()
        defer { ExternalTools.remove(directory) }
        let path = try ExternalTools.write(pdf, to: directory)
        return try ExternalTools.rasterize(path, page: page)
    }

    /// Checks one FEBRABAN barcode whose start bar's top-left corner is at (x, y) mm and whose
    /// ficha ends at `fichaBottom` mm.
    static func checkBarcode(_ image: GrayImage, x: Double, y: Double, fichaBottom: Double) {
        let centreRow = y + BoletoBarcode.heightMM / 2
        // Length 103 mm, from the start bar to the end of the stop bar.
        guard let bars = image.darkExtent(rowMM: centreRow, fromMM: x - 6, toMM: x + 110) else {
            Issue.record("no bars at \(centreRow) mm")
            return
        }
        let first = image.millimetres(fromPixels: bars.first)
        let length = image.millimetres(fromPixels: bars.last - bars.first + 1)
        #expect(abs(first - x) < tolerance, "start bar at \(first) mm")
        #expect(abs(length - 103) < tolerance, "barcode is \(length) mm long")
        // Height 13 mm, measured through the start bar.
        if let rows = image.darkRun(columnMM: x + 0.12, aroundMM: centreRow) {
            let height = image.millimetres(fromPixels: rows.last - rows.first + 1)
            #expect(abs(height - 13) < tolerance, "bars are \(height) mm high")
            let centre = image.millimetres(fromPixels: rows.first + rows.last + 1) / 2
            #expect(fichaBottom - centre >= 12, "centre \(fichaBottom - centre) mm above the ficha's bottom edge")
        } else {
            Issue.record("no start bar")
        }
        // Quiet zones: 5 mm blank on both sides, the full height of the bars.
        let quiet = BoletoBarcode.quietZoneMM
        // The quiet zones are on the paper and inside a printer's 5 mm margin.
        #expect(x - quiet >= 5 && x + 103 + quiet <= 205, "quiet zones off the printable page")
        #expect(image.isBlank(xMM: x - quiet, yMM: y, widthMM: quiet - 0.1, heightMM: 13), "left quiet zone")
        #expect(image.isBlank(xMM: x + 103.1, yMM: y, widthMM: quiet - 0.1, heightMM: 13), "right quiet zone")
    }

    /// The QR in `area` (mm): module ≥ 0.5 mm and a blank quiet zone of 4 modules around it.
    static func checkQR(_ image: GrayImage, area: (x: Double, y: Double, side: Double), modules: Int) {
        var minX = Int.max
        var minY = Int.max
        var maxX = -1
        var maxY = -1
        let x0 = image.pixels(fromMM: area.x)
        let y0 = image.pixels(fromMM: area.y)
        let side = image.pixels(fromMM: area.side)
        for y in y0..<(y0 + side) {
            for x in x0..<(x0 + side) where image.pixel(x, y) < 128 {
                minX = min(minX, x)
                maxX = max(maxX, x)
                minY = min(minY, y)
                maxY = max(maxY, y)
            }
        }
        guard maxX >= 0 else {
            Issue.record("no QR in \(area)")
            return
        }
        let width = image.millimetres(fromPixels: maxX - minX + 1)
        let height = image.millimetres(fromPixels: maxY - minY + 1)
        let module = width / Double(modules)
        #expect(abs(width - height) < tolerance, "the QR is square")
        #expect(module >= 0.5, "module \(module) mm")
        // 4 modules of blank around the symbol (a little less, for anti-aliasing).
        let ring = 4 * module - 0.15
        let left = image.millimetres(fromPixels: minX)
        let top = image.millimetres(fromPixels: minY)
        #expect(
            image.isBlank(xMM: left - ring - 0.1, yMM: top - ring, widthMM: ring, heightMM: height + 2 * ring), "left")
        #expect(
            image.isBlank(xMM: left + width + 0.1, yMM: top - ring, widthMM: ring, heightMM: height + 2 * ring), "right"
        )
        #expect(image.isBlank(xMM: left, yMM: top - ring - 0.1, widthMM: width, heightMM: ring), "above")
        #expect(image.isBlank(xMM: left, yMM: top + height + 0.1, widthMM: width, heightMM: ring), "below")
    }

    /// The y (mm) of the dashed horizontal line between `fromMM` and `toMM`: a row about 60 %
    /// dark (3 pt dash, 2 pt gap) across the page.
    static func dashedRow(_ image: GrayImage, fromMM: Double, toMM: Double) -> Double? {
        for y in image.pixels(fromMM: fromMM)..<image.pixels(fromMM: toMM) {
            let x0 = image.pixels(fromMM: 30)
            let x1 = image.pixels(fromMM: 180)
            let dark = (x0..<x1).filter { image.pixel($0, y) < 128 }.count
            let fraction = Double(dark) / Double(x1 - x0)
            if fraction > 0.45 && fraction < 0.75 { return image.millimetres(fromPixels: y) }
        }
        return nil
    }

    @Test func barcodeFollowsFEBRABAN() throws {
        let image = try Self.renderAndRasterize(
            BoletoDocument.render(SampleSheets.itau(), info: SampleSheets.info))
        Self.checkBarcode(image, x: BoletoDocument.barcodeX, y: BoletoDocument.barcodeY, fichaBottom: 297)
        // The ficha, cut at the dashed line, is 95–108 mm high.
        let cut = try #require(Self.dashedRow(image, fromMM: 150, toMM: 200), "no cut line")
        #expect(abs(cut - BoletoDocument.cutLineY) < 0.3)
        #expect((95...108).contains(297 - cut), "ficha \(297 - cut) mm high")
    }

    @Test func pixQRIsReadableSizeAndClear() throws {
        let image = try Self.renderAndRasterize(
            BoletoDocument.render(SampleSheets.itau(), info: SampleSheets.info))
        Self.checkQR(image, area: BoletoDocument.pixQRArea, modules: SampleSheets.pixCode.size)
        // Nowhere near the barcode: the QR area ends well above the barcode's top.
        let area = BoletoDocument.pixQRArea
        #expect(area.y + area.side < BoletoDocument.cutLineY)
    }

    @Test func carneStripsFollowFEBRABAN() throws {
        let pdf = CarneDocument.render(SampleSheets.carne, info: SampleSheets.info)
        let image = try Self.renderAndRasterize(pdf)
        for strip in 0..<3 {
            let top = Double(strip) * CarneDocument.stripHeight
            Self.checkBarcode(
                image, x: CarneDocument.fichaLeft + CarneDocument.barcodeOffsetX, y: top + CarneDocument.barcodeOffsetY,
                fichaBottom: top + CarneDocument.stripHeight)
            Self.checkQR(image, area: CarneDocument.pixQRArea(stripTop: top), modules: SampleSheets.pixCode.size)
            let area = CarneDocument.pixQRArea(stripTop: top)
            #expect(area.y + area.side < top + CarneDocument.barcodeOffsetY, "QR above the barcode row")
            if strip > 0 {
                let cut = try #require(
                    Self.dashedRow(image, fromMM: top - 3, toMM: top + 3), "strip \(strip): no cut line")
                #expect(abs(cut - top) < 0.3)
            }
        }
    }

    /// No two words overlap and all stay on the printable page (5 mm margins): labels, values
    /// and cut-to-fit text keep to their places.
    @Test(arguments: ["boleto", "boleto without Pix", "carnê"])
    func textDoesNotCollide(sample: String) throws {
        let pdf: [UInt8] =
            switch sample {
            case "boleto": BoletoDocument.render(SampleSheets.itau(), info: SampleSheets.info)
            case "boleto without Pix": BoletoDocument.render(SampleSheets.itau(pix: false), info: SampleSheets.info)
            default: CarneDocument.render(SampleSheets.carne, info: SampleSheets.info)
            }
        let directory = try ExternalTools.scratchDirectory()
        defer { ExternalTools.remove(directory) }
        let words = try TextWord.read(pdfPath: try ExternalTools.write(pdf, to: directory))
        #expect(words.count > 100)
        let margin = PDFUnit.mm(5)
        for word in words {
            #expect(word.xMin >= margin && word.xMax <= 595.28 - margin, "\(word)")
            #expect(word.yMin >= margin && word.yMax <= 841.89 - margin, "\(word)")
        }
        for (index, word) in words.enumerated() {
            for other in words[(index + 1)...] where word.overlaps(other) {
                Issue.record("overlap: \(word) and \(other)")
            }
        }
    }

    /// Overlong content is set smaller or cut, never spilt over its neighbours; a 200-byte
    /// Pix keeps modules of at least 0.5 mm.
    @Test func overfullSheetsStayInTheirBoxes() throws {
        let qrCode = try QREncoder.encode(Array(SampleSheets.longCopyPaste.utf8), level: .medium)
        let sheet = SampleSheets.overfull(qrCode: qrCode, copyPaste: SampleSheets.longCopyPaste)
        let directory = try ExternalTools.scratchDirectory()
        defer { ExternalTools.remove(directory) }
        for (name, pdf) in [
            ("boleto", BoletoDocument.render(sheet, info: SampleSheets.info)),
            ("carnê", CarneDocument.render([sheet, sheet, sheet], info: SampleSheets.info)),
        ] {
            let path = try ExternalTools.write(pdf, to: directory, name: name + ".pdf")
            let words = try TextWord.read(pdfPath: path)
            for word in words {
                #expect(word.xMin >= PDFUnit.mm(5) && word.xMax <= 595.28 - PDFUnit.mm(5), "\(name): \(word)")
            }
            for (index, word) in words.enumerated() {
                for other in words[(index + 1)...] where word.overlaps(other) {
                    Issue.record("\(name) overlap: \(word) and \(other)")
                }
            }
            let found = try BarcodeReaderTests.decode(pdf)
            #expect(found.qr.allSatisfy { $0 == SampleSheets.longCopyPaste } && !found.qr.isEmpty, "\(name)")
            #expect(found.itf.allSatisfy { $0 == SampleSheets.itauBarcode } && !found.itf.isEmpty, "\(name)")
            // The supplier's CNPJ is never cut away (CDC art. 42-A).
            let text = try ExternalTools.run("pdftotext", ["-enc", "UTF-8", path, "-"]).stdout
            #expect(
                text.components(separatedBy: "12.345.678/0001-90").count - 1 >= (name == "boleto" ? 2 : 6), "\(name)")
        }
        let image = try ExternalTools.rasterize(
            try ExternalTools.write(CarneDocument.render([sheet], info: SampleSheets.info), to: directory))
        Self.checkQR(image, area: CarneDocument.pixQRArea(stripTop: 0), modules: qrCode.size)
    }

    /// CDC art. 42-A: name, address and CPF/CNPJ of the supplier on every part the payer sees
    /// or pays with; the linha digitável on both.
    @Test func beneficiaryIsIdentifiedOnReciboAndFicha() throws {
        let directory = try ExternalTools.scratchDirectory()
        defer { ExternalTools.remove(directory) }
        let path = try ExternalTools.write(
            BoletoDocument.render(SampleSheets.itau(), info: SampleSheets.info), to: directory)
        let cut = Int(PDFUnit.mm(BoletoDocument.cutLineY))
        for (part, y, height) in [("recibo", 0, cut), ("ficha", cut, 842 - cut)] {
            let text = try ExternalTools.run(
                "pdftotext",
                ["-enc", "UTF-8", "-r", "72", "-x", "0", "-y", "\(y)", "-W", "596", "-H", "\(height)", path, "-"]
            ).stdout
            for expected in [
                "Adimple Serviços de Cobrança Ltda.", "12.345.678/0001-90", "Rua da Conceição, 1.250",
                "01001-000 São Paulo - SP", SampleSheets.itauDigitableLine, "João Antônio Gonçalves", "123.456.789-09",
                "01/05/2002", "123,45", "110/12345678-8", "0057/12345-7",
            ] {
                #expect(text.contains(expected), "\(part): missing \(expected)")
            }
        }
    }

    @Test func invalidBarcodeIsVisiblyCrossedOut() throws {
        let sheet = SampleSheets.itau(pix: false, barcode: "123")
        let directory = try ExternalTools.scratchDirectory()
        defer { ExternalTools.remove(directory) }
        let path = try ExternalTools.write(BoletoDocument.render(sheet, info: SampleSheets.info), to: directory)
        let text = try ExternalTools.run("pdftotext", ["-enc", "UTF-8", path, "-"]).stdout
        #expect(text.contains("Código de barras inválido"))
        #expect(try BarcodeReaderTests.decode(BoletoDocument.render(sheet, info: SampleSheets.info)).itf.isEmpty)
    }
}
