/// The Pix part of a boleto híbrido: caption, QR code and copia-e-cola.
enum PixLayout {
    /// Smallest module a phone camera reads reliably on paper, mm.
    static let minimumModuleMM = 0.5
    /// Modules of blank space around the symbol, as ISO/IEC 18004 asks.
    static let quietZone = 4

    /// Distance (mm) from the top of a Pix block to the top of its QR: the caption's height
    /// and a gap that keeps its descenders out of the quiet zone.
    static func qrOffset(captionSize: Double) -> Double { PDFUnit.millimetres(fromPoints: captionSize) + 0.8 }

    /// The module size for a QR that must fit in `side` mm (quiet zone included), in points
    /// rounded down to the 0.001 pt the content stream writes, so the symbol is never larger
    /// than its box.
    static func moduleSize(for qrCode: QRCode, side: Double) -> Double {
        let exact = mm(side) / Double(qrCode.sideModules(quietZone: quietZone))
        return (exact * 1000).rounded(.down) / 1000
    }
}

extension PDFPage {
    /// Draws "Pague com Pix", the QR (at most `qrSide` mm with its quiet zone, centred in
    /// `width`) and, below it, the copia-e-cola in small Courier wrapped to `width`.
    mutating func pixBlock(
        _ pix: BoletoPix, x: Double, y: Double, width: Double, qrSide: Double, captionSize: Double,
        codeSize: Double, maxCodeLines: Int
    ) {
        let centre = x + width / 2
        let captionBaseline = y + PDFUnit.millimetres(fromPoints: captionSize)
        textMM("Pague com Pix", x: centre, y: captionBaseline, font: .helveticaBold, size: captionSize, align: .center)
        let qrTop = y + PixLayout.qrOffset(captionSize: captionSize)
        let module = PixLayout.moduleSize(for: pix.qrCode, side: min(qrSide, width))
        let drawnSide = module * Double(pix.qrCode.sideModules(quietZone: PixLayout.quietZone))
        setFillColor(.black)
        pix.qrCode.draw(
            on: &self, x: mm(centre) - drawnSide / 2, y: mm(qrTop), moduleSize: module, quietZone: PixLayout.quietZone)
        let textTop = qrTop + PDFUnit.millimetres(fromPoints: drawnSide)
        textMM(
            "Pix Copia e Cola", x: x, y: textTop + 2, size: FormStyle.labelSize, color: FormStyle.labelColor)
        setFillColor(.black)
        paragraph(
            pix.copyPaste, x: mm(x), y: mm(textTop + 2) + codeSize * 1.15, width: mm(width), font: .courier,
            size: codeSize,
            lineHeight: codeSize * 1.15, maxLines: maxCodeLines, wrap: .characters)
    }
}
