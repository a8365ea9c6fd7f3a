import DocumentKit
import Foundation
import Testing

/// A real reader agrees: pages are rasterised by poppler (as a printer or scanner would) and
/// decoded by zbar. The ITF must give back exactly the 44 digits and the QR exactly the Pix
/// copia-e-cola. Missing tools fail the test: "install poppler-utils zbar-tools".
@Suite("Barcode reader")
struct BarcodeReaderTests {
    /// Decodes page `page` of `pdf` at `dpi`, split by symbology.
    static func decode(_ pdf: [UInt8], page: Int = 1, dpi: Int = 300) throws -> (
        itf: [String], qr: [String], other: [String]
    ) {
        let directory = try ExternalTools.scratchDirectory()
        defer { ExternalTools.remove(directory) }
        let path = try ExternalTools.write(pdf, to: directory)
        let prefix = path + "-p\(page)-\(dpi)"
        let raster = try ExternalTools.run(
            "pdftoppm", ["-r", "\(dpi)", "-gray", "-f", "\(page)", "-l", "\(page)", "-singlefile", path, prefix])
        #expect(raster.status == 0, "\(raster.stderr)")
        let symbols = try ExternalTools.decodeSymbols(imagePaths: [prefix + ".pgm"])
        var itf: [String] = []
        var qr: [String] = []
        var other: [String] = []
        for symbol in symbols {
            if symbol.hasPrefix("I2/5:") {
                itf.append(String(symbol.dropFirst(5)))
            } else if symbol.hasPrefix("QR-Code:") {
                qr.append(String(symbol.dropFirst(8)))
            } else {
                other.append(symbol)
            }
        }
        return (itf, qr, other)
    }

    @Test(arguments: [300, 150])
    func boletoHibridoDecodesToTheSameCharge(dpi: Int) throws {
        let pdf = BoletoDocument.render(SampleSheets.itau(), info: SampleSheets.info)
        let found = try Self.decode(pdf, dpi: dpi)
        #expect(found.itf == [SampleSheets.itauBarcode])
        #expect(found.qr == [PixFixture.copyPaste])
        #expect(found.other.isEmpty, "unexpected symbols: \(found.other)")
    }

    @Test func boletoWithoutPixHasOnlyTheBarcode() throws {
        let found = try Self.decode(BoletoDocument.render(SampleSheets.itau(pix: false), info: SampleSheets.info))
        #expect(found.itf == [SampleSheets.itauBarcode])
        #expect(found.qr.isEmpty)
        #expect(found.other.isEmpty)
    }

    @Test func everyCarneInstallmentDecodes() throws {
        let sheets = SampleSheets.carne
        let pdf = CarneDocument.render(sheets, info: SampleSheets.info)
        for page in 1...4 {
            let found = try Self.decode(pdf, page: page)
            let expected = sheets[(page - 1) * 3..<(page * 3)].map(\.barcode)
            #expect(found.itf.sorted() == expected.sorted(), "page \(page)")
            #expect(found.qr == Array(repeating: PixFixture.copyPaste, count: 3), "page \(page)")
            #expect(found.other.isEmpty, "page \(page): \(found.other)")
        }
    }

    /// The check can fail: a barcode one digit off is read as what was drawn, not as the
    /// expected code.
    @Test func aDifferentCodeReadsDifferently() throws {
        var digits = Array(SampleSheets.itauBarcode)
        digits[43] = "9"
        let pdf = BoletoDocument.render(SampleSheets.itau(pix: false, barcode: String(digits)), info: SampleSheets.info)
        let found = try Self.decode(pdf)
        #expect(found.itf == [String(digits)])
        #expect(found.itf != [SampleSheets.itauBarcode])
    }

    /// With the project's own QR encoder: the QR a boleto híbrido prints is the copia-e-cola
    /// it was given, on the single page and on every carnê strip.
    @Test func qrFromQREncoderDecodesToTheCopyPaste() throws {
        let qrCode = try QREncoder.encode(Array(PixFixture.copyPaste.utf8), level: .medium)
        var sheet = SampleSheets.itau()
        sheet.pix = BoletoPix(copyPaste: PixFixture.copyPaste, qrCode: qrCode)
        let found = try Self.decode(BoletoDocument.render(sheet, info: SampleSheets.info))
        #expect(found.qr == [PixFixture.copyPaste])
        #expect(found.itf == [SampleSheets.itauBarcode])

        let sheets = SampleSheets.carne.prefix(3).map { installment in
            var installment = installment
            installment.pix = BoletoPix(copyPaste: PixFixture.copyPaste, qrCode: qrCode)
            return installment
        }
        let carne = try Self.decode(CarneDocument.render(Array(sheets), info: SampleSheets.info))
        #expect(carne.qr == Array(repeating: PixFixture.copyPaste, count: 3))
        #expect(carne.itf.sorted() == sheets.map(\.barcode).sorted())
    }
}
