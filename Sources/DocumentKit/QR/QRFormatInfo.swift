/// Format information (level + mask) and version information: the BCH codes and where their
/// bits go in the symbol. Bit 0 is the least significant bit throughout.
enum QRFormatInfo {
    /// Generator of the (15, 5) BCH code: x¹⁰ + x⁸ + x⁵ + x⁴ + x² + x + 1.
    static let formatGenerator = 0b101_0011_0111
    /// XORed into the format bits so that no level/mask pair gives all light modules.
    static let formatMask = 0b101_0100_0001_0010
    /// Generator of the (18, 6) BCH code: x¹² + x¹¹ + x¹⁰ + x⁹ + x⁸ + x⁵ + x² + 1.
    static let versionGenerator = 0b1_1111_0010_0101

    /// The 15 format bits for `level` and `mask` (0...7), masked.
    static func formatBits(level: QRErrorCorrectionLevel, mask: Int) -> Int {
        let data = level.formatBits << 3 | mask
        return (data << 10 | bchRemainder(data << 10, generator: formatGenerator, degree: 10)) ^ formatMask
    }

    /// The 18 version bits of versions 7 and up (6 data bits, 12 BCH bits, not masked).
    static func versionBits(version: Int) -> Int {
        version << 12 | bchRemainder(version << 12, generator: versionGenerator, degree: 12)
    }

    /// Remainder of the polynomial `value` (over GF(2)) divided by `generator` of `degree`.
    private static func bchRemainder(_ value: Int, generator: Int, degree: Int) -> Int {
        var remainder = value
        var bit = Int.bitWidth - 1 - remainder.leadingZeroBitCount
        while bit >= degree {
            if remainder >> bit & 1 != 0 { remainder ^= generator << (bit - degree) }
            bit -= 1
        }
        return remainder
    }

    /// (x, y) of format bit i in the copy around the top-left finder: bits 0–7 run down
    /// column 8 (skipping the timing row 6), bits 8–14 run leftwards along row 8 (skipping
    /// the timing column 6), so bit 14 sits at column 0.
    static func firstCopyPosition(bit i: Int) -> (x: Int, y: Int) {
        switch i {
        case 0...5: (8, i)
        case 6: (8, 7)
        case 7: (8, 8)
        case 8: (7, 8)
        default: (14 - i, 8)
        }
    }

    /// (x, y) of format bit i in the split copy: bits 0–7 along row 8 under the top-right
    /// finder (bit 0 at the right edge), bits 8–14 down column 8 beside the bottom-left
    /// finder (bit 14 at the bottom edge).
    static func secondCopyPosition(bit i: Int, size: Int) -> (x: Int, y: Int) {
        i < 8 ? (size - 1 - i, 8) : (8, size - 15 + i)
    }

    /// (x, y) of version bit i in the block above the bottom-left finder (6 wide, 3 tall);
    /// the block left of the top-right finder is its transpose.
    static func versionPosition(bit i: Int, size: Int) -> (x: Int, y: Int) {
        (i / 3, size - 11 + i % 3)
    }
}
