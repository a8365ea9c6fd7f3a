@testable import DocumentKit
import Testing

/// Format information (BCH 15,5, masked with 101010000010010) and version information
/// (BCH 18,6) against the values tabulated in ISO/IEC 18004 Annex C and D.
@Suite struct QRFormatInfoTests {
    @Test(arguments: [
        (QRErrorCorrectionLevel.low, 0, "111011111000100"),
        (.low, 4, "110011000101111"),
        (.low, 7, "110100101110110"),
        (.medium, 0, "101010000010010"),
        (.medium, 2, "101111001111100"),
        (.medium, 5, "100000011001110"),
        (.quartile, 0, "011010101011111"),
        (.quartile, 6, "010111011011010"),
        (.high, 0, "001011010001001"),
        (.high, 3, "001100111010000"),
        (.high, 7, "000100000111011"),
    ])
    func formatBits(level: QRErrorCorrectionLevel, mask: Int, expected: String) {
        #expect(QRFormatInfo.formatBits(level: level, mask: mask) == QRTestSupport.bits(expected))
    }

    @Test func formatBitsAreDistinctAndFarApart() {
        // A BCH(15,5) code has minimum distance 7; masking does not change distances.
        let all = QRErrorCorrectionLevel.allCases.flatMap { level in
            (0..<8).map { QRFormatInfo.formatBits(level: level, mask: $0) }
        }
        #expect(Set(all).count == 32)
        for (i, a) in all.enumerated() {
            for b in all[(i + 1)...] {
                #expect((a ^ b).nonzeroBitCount >= 7)
            }
        }
    }

    @Test(arguments: [
        (7, "000111110010010100"),
        (8, "001000010110111100"),
        (9, "001001101010011001"),
        (21, "010101011010000011"),
        (32, "100000100111010101"),
        (40, "101000110001101001"),
    ])
    func versionBits(version: Int, expected: String) {
        #expect(QRFormatInfo.versionBits(version: version) == QRTestSupport.bits(expected))
    }

    @Test func symbolsCarryTheirFormatInformationTwice() throws {
        for level in QRErrorCorrectionLevel.allCases {
            let code = try QREncoder.encode("format \(level)", level: level)
            let first = QRTestSupport.formatBitsFirstCopy(code)
            #expect(first == QRTestSupport.formatBitsSecondCopy(code))
            let mask = QRTestSupport.mask(of: code)
            #expect(first == QRFormatInfo.formatBits(level: level, mask: mask))
        }
    }

    @Test func symbolsFromVersion7CarryTheirVersionInformationTwice() throws {
        for version in [7, 8, 21, 40] {
            let code = try QREncoder.encode("v", level: .low, minimumVersion: version)
            let n = code.size
            // Bottom-left block: bit i at column i / 3, row n − 11 + i % 3; top-right is its
            // transpose.
            var bottomLeft = 0
            var topRight = 0
            for i in 0..<18 {
                if code.isDark(x: i / 3, y: n - 11 + i % 3) { bottomLeft |= 1 << i }
                if code.isDark(x: n - 11 + i % 3, y: i / 3) { topRight |= 1 << i }
            }
            #expect(bottomLeft == topRight, "version \(version)")
            #expect(bottomLeft == QRFormatInfo.versionBits(version: version), "version \(version)")
        }
    }
}
