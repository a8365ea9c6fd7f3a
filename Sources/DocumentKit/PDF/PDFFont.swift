/// The standard Type 1 fonts this writer uses. Every PDF reader has them, so nothing is
/// embedded; they are declared with /WinAnsiEncoding to print Portuguese.
public enum PDFFont: Int, CaseIterable, Hashable, Sendable {
    case helvetica
    case helveticaBold
    case courier
    case courierBold

    /// The /BaseFont name.
    var baseFontName: StaticString {
        switch self {
        case .helvetica: "Helvetica"
        case .helveticaBold: "Helvetica-Bold"
        case .courier: "Courier"
        case .courierBold: "Courier-Bold"
        }
    }

    /// Width of `string` set at `size` points, in points, as the reader will lay it out
    /// (standard AFM widths; the standard fonts have no kerning unless a writer applies it).
    public func width(of string: String, size: Double) -> Double {
        var encoded: [UInt8] = []
        encoded.reserveCapacity(string.utf8.count)
        WinAnsiEncoding.encode(string, into: &encoded)
        return Double(widthUnits(of: encoded[...])) * size / 1000
    }

    /// Sum of the advance widths of WinAnsi bytes, in 1/1000 of the font size.
    func widthUnits(of bytes: ArraySlice<UInt8>) -> Int {
        switch self {
        case .courier, .courierBold:
            return bytes.count * PDFFontMetrics.courier
        case .helvetica:
            return Self.sum(bytes, PDFFontMetrics.helvetica)
        case .helveticaBold:
            return Self.sum(bytes, PDFFontMetrics.helveticaBold)
        }
    }

    @inline(__always)
    func widthUnits(of byte: UInt8) -> Int {
        switch self {
        case .courier, .courierBold: PDFFontMetrics.courier
        case .helvetica: Int(PDFFontMetrics.helvetica[Int(byte)])
        case .helveticaBold: Int(PDFFontMetrics.helveticaBold[Int(byte)])
        }
    }

    private static func sum(_ bytes: ArraySlice<UInt8>, _ table: [UInt16]) -> Int {
        table.withUnsafeBufferPointer { widths in
            var total = 0
            for byte in bytes { total &+= Int(widths[Int(byte)]) }
            return total
        }
    }
}

/// Glyphs from the ZapfDingbats standard font that layouts need.
public enum PDFSymbol: Hashable, Sendable {
    /// ✂ (ZapfDingbats "a2"), for cut lines.
    case scissors

    var code: UInt8 {
        switch self {
        case .scissors: 0x22
        }
    }

    var widthUnits: Int {
        switch self {
        case .scissors: PDFFontMetrics.scissorsWidth
        }
    }
}
