/// The boleto barcode as FEBRABAN draws it: the 44 digits in ITF, wide = 3 × narrow,
/// 103 mm long and 13 mm high, with at least 5 mm of blank space on each side.
///
/// 405 modules in 103 mm make a module of 0.2543 mm (about 0.01″, 3 pixels at 300 dpi). Bars are
/// drawn as vectors at exact module multiples, never as a scaled bitmap.
public enum BoletoBarcode {
    public static let digitCount = 44
    public static let wideRatio = 3
    /// Length of the symbol, start to stop, in millimetres.
    public static let widthMM = 103.0
    public static let heightMM = 13.0
    /// Blank space required on each side, in millimetres.
    public static let quietZoneMM = 5.0
    /// 405.
    public static let moduleCount = ITF.moduleCount(digitCount: digitCount, wideRatio: wideRatio)
    /// 103 mm / 405 ≈ 0.2543 mm.
    public static let moduleWidthMM = widthMM / Double(moduleCount)

    /// Draws the 44-digit barcode with the top-left corner of its start bar at (x, y), in
    /// points from the page's top-left corner. The caller keeps `quietZoneMM` clear on both
    /// sides (nothing else is drawn there).
    public static func draw(_ digits: String, on page: inout PDFPage, x: Double, y: Double) throws(ITFError) {
        let count = digits.utf8.count
        guard count == digitCount else { throw .wrongDigitCount(expected: digitCount, actual: count) }
        try ITF.draw(
            digits, on: &page, x: x, y: y, moduleWidth: PDFUnit.mm(moduleWidthMM), height: PDFUnit.mm(heightMM),
            wideRatio: wideRatio)
    }

    /// The bars of the 44-digit code in millimetres from the left end of the start bar:
    /// (x, width) pairs.
    public static func barsMM(for digits: String) throws(ITFError) -> [(x: Double, width: Double)] {
        let count = digits.utf8.count
        guard count == digitCount else { throw .wrongDigitCount(expected: digitCount, actual: count) }
        return try ITF.bars(for: digits, wideRatio: wideRatio).map {
            (Double($0.x) * moduleWidthMM, Double($0.width) * moduleWidthMM)
        }
    }
}

extension ITF {
    /// Draws `digits` in ITF with the top-left corner of the start bar at (x, y), in points,
    /// each module `moduleWidth` points wide, bars `height` points high, in the current fill
    /// colour.
    public static func draw(
        _ digits: String, on page: inout PDFPage, x: Double, y: Double, moduleWidth: Double, height: Double,
        wideRatio: Int = 3
    ) throws(ITFError) {
        try validate(digits)
        page.beginCells(x: x, y: y, cellWidth: moduleWidth, cellHeight: height)
        try forEachBar(of: digits, wideRatio: wideRatio) { barX, width in
            page.cell(x: barX, y: 0, width: width, height: 1)
        }
        page.endCells()
    }
}
