@testable import DocumentKit
import Testing

/// Mask patterns, the penalty rules and the choice of mask.
@Suite struct QRMaskTests {
    static let payloads: [(String, QRErrorCorrectionLevel)] = [
        ("HELLO WORLD", .medium),
        ("https://example.com/boleto/123456", .low),
        (QRTestSupport.printablePayload(count: 150, seed: 7), .medium),  // Pix-sized, version 8
        // The widest symbol of each bit-row width, and the first one of the next.
        (QRTestSupport.printablePayload(count: 240, seed: 8), .medium),  // version 11, 61: one word
        (QRTestSupport.printablePayload(count: 270, seed: 9), .medium),  // version 12, 65: two words
        (QRTestSupport.printablePayload(count: 1400, seed: 10), .low),  // version 27, 125: two words
        (QRTestSupport.printablePayload(count: 1500, seed: 11), .low),  // version 28, 129: three words
    ]

    @Test func maskConditionsFromTheStandard() {
        // Spot checks of the eight conditions, i = row, j = column.
        #expect(QRMask.inverts(0, row: 0, column: 0) && !QRMask.inverts(0, row: 0, column: 1))
        #expect(QRMask.inverts(1, row: 2, column: 5) && !QRMask.inverts(1, row: 3, column: 5))
        #expect(QRMask.inverts(2, row: 1, column: 3) && !QRMask.inverts(2, row: 1, column: 4))
        #expect(QRMask.inverts(3, row: 1, column: 2) && !QRMask.inverts(3, row: 1, column: 1))
        #expect(QRMask.inverts(4, row: 1, column: 2) && !QRMask.inverts(4, row: 2, column: 2))
        #expect(QRMask.inverts(5, row: 0, column: 7) && !QRMask.inverts(5, row: 1, column: 1))
        #expect(QRMask.inverts(6, row: 1, column: 1) && !QRMask.inverts(6, row: 1, column: 5))
        #expect(QRMask.inverts(7, row: 0, column: 0) && !QRMask.inverts(7, row: 0, column: 1))
        // The bit tables repeat every 12 rows and columns, as `apply` assumes.
        for mask in 0..<8 {
            for i in 0..<24 {
                for j in 0..<24 {
                    #expect(QRMask.inverts(mask, row: i, column: j) == QRMask.inverts(mask, row: i % 12, column: j % 12))
                }
            }
        }
    }

    @Test func forcedMaskInvertsExactlyTheDataModules() throws {
        let data = Array("mask".utf8)
        let plain = QREncoder.codewordSequence(data, version: 2, level: .medium)
        var matrix = QRMatrix<QRRow64>(version: 2)
        matrix.place(codewords: plain)
        for mask in 0..<8 {
            let code = try QREncoder.encode(data, level: .medium, minimumVersion: 2, mask: mask)
            for y in 0..<code.size {
                for x in 0..<code.size where !matrix.isFunction(x: x, y: y) {
                    #expect(code.isDark(x: x, y: y) == (matrix.isDark(x: x, y: y) != QRMask.inverts(mask, row: y, column: x)))
                }
            }
        }
    }

    @Test func bitParallelPenaltyAgreesWithTheNaiveOne() throws {
        let versions = try Self.payloads.map { try QREncoder.encode($0.0, level: $0.1).version }
        #expect(versions == [1, 3, 8, 11, 12, 27, 28])
        for (text, level) in Self.payloads {
            for mask in 0..<8 {
                let code = try QREncoder.encode(Array(text.utf8), level: level, minimumVersion: 1, mask: mask)
                #expect(QRMask.penalty(of: code) == QRTestSupport.naivePenalty(code), "v\(code.version) mask \(mask)")
            }
        }
    }

    @Test func penaltyRulesOnHandMadeSymbols() {
        // All light 21×21: 42 lines with one run of 21 (3 + 16 each), 400 blocks of 2×2,
        // no finder-like pattern, 0 % dark (10 × 10).
        let light = QRCode(size: 21, version: 1, level: .low, modules: Array(repeating: false, count: 441))
        #expect(QRMask.penalty(of: light) == 42 * 19 + 400 * 3 + 100)
        #expect(QRTestSupport.naivePenalty(light) == QRMask.penalty(of: light))

        // One row holding 1011101 at the left edge and light elsewhere: the quiet zone
        // counts as light on the left and 4 light modules follow on the right (2 × 40).
        var modules = Array(repeating: false, count: 441)
        for x in [0, 2, 3, 4, 6] { modules[10 * 21 + x] = true }
        let finderLike = QRCode(size: 21, version: 1, level: .low, modules: modules)
        #expect(QRMask.penalty(of: finderLike) == QRTestSupport.naivePenalty(finderLike))
    }

    @Test func encoderChoosesTheMaskWithTheLowestPenalty() throws {
        for (text, level) in Self.payloads {
            let data = Array(text.utf8)
            let chosen = try QREncoder.encode(data, level: level)
            let penalties = try (0..<8).map { mask in
                QRMask.penalty(of: try QREncoder.encode(data, level: level, minimumVersion: 1, mask: mask))
            }
            let lowest = penalties.min()!
            let mask = QRTestSupport.mask(of: chosen)
            #expect(penalties[mask] == lowest, "penalties \(penalties), chose \(mask)")
            // Ties go to the lowest mask number, and the symbol is that forced-mask symbol.
            #expect(mask == penalties.firstIndex(of: lowest))
            #expect(chosen == (try QREncoder.encode(data, level: level, minimumVersion: 1, mask: mask)))
        }
    }
}
