/// Lengths. PDF works in points (1/72 inch); boleto specifications are in millimetres.
public enum PDFUnit {
    /// 72 / 25.4: points in one millimetre.
    public static let pointsPerMillimetre = 72.0 / 25.4

    /// Millimetres to points.
    @inline(__always)
    public static func mm(_ millimetres: Double) -> Double { millimetres * pointsPerMillimetre }

    /// Points to millimetres.
    @inline(__always)
    public static func millimetres(fromPoints points: Double) -> Double { points / pointsPerMillimetre }
}

/// A page size in points.
public struct PDFPageSize: Hashable, Sendable {
    public var width: Double
    public var height: Double

    public init(width: Double, height: Double) {
        self.width = width
        self.height = height
    }

    /// ISO A4, 210 × 297 mm, rounded to the 0.01 pt written in /MediaBox so that the page's
    /// own coordinates and the box a viewer uses are the same numbers.
    public static let a4 = PDFPageSize(width: 595.28, height: 841.89)
}
