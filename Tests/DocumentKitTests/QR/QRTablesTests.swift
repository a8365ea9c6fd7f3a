@testable import DocumentKit
import Testing

/// Capacities, codeword counts, block structure and alignment positions against values
/// quoted from ISO/IEC 18004 (Tables 1, 7 and 9, Annex E).
@Suite struct QRTablesTests {
    @Test(arguments: [
        // (version, [L, M, Q, H]) byte-mode capacities, Table 7.
        (1, [17, 14, 11, 7]),
        (2, [32, 26, 20, 14]),
        (3, [53, 42, 32, 24]),
        (4, [78, 62, 46, 34]),
        (5, [106, 84, 60, 44]),
        (7, [154, 122, 86, 64]),
        (10, [271, 213, 151, 119]),
        (25, [1273, 997, 715, 535]),
        (40, [2953, 2331, 1663, 1273]),
    ])
    func byteCapacity(version: Int, expected: [Int]) {
        let actual = QRErrorCorrectionLevel.allCases.map { QREncoder.byteCapacity(version: version, level: $0) }
        #expect(actual == expected)
    }

    @Test func totalCodewordsAndRemainderBits() {
        // Table 1: total codewords per version, and the remainder bits left over.
        let total = [
            26, 44, 70, 100, 134, 172, 196, 242, 292, 346, 404, 466, 532, 581, 655, 733, 815, 901, 991, 1085,
            1156, 1258, 1364, 1474, 1588, 1706, 1828, 1921, 2051, 2185, 2323, 2465, 2611, 2761, 2876, 3034,
            3196, 3362, 3532, 3706,
        ]
        let remainder = [
            0, 7, 7, 7, 7, 7, 0, 0, 0, 0, 0, 0, 0, 3, 3, 3, 3, 3, 3, 3,
            4, 4, 4, 4, 4, 4, 4, 3, 3, 3, 3, 3, 3, 3, 0, 0, 0, 0, 0, 0,
        ]
        for version in 1...40 {
            #expect(QRTables.totalCodewords(version: version) == total[version - 1], "version \(version)")
            #expect(QRTables.rawDataModules(version: version) % 8 == remainder[version - 1], "version \(version)")
        }
    }

    @Test func dataModulesCountedInTheMatrixAgreeWithTheFormula() {
        for version in 1...40 {
            let matrix = QRMatrix<QRRow192>(version: version)
            let data = matrix.dataRows.reduce(0) { $0 + $1.nonzeroBitCount }
            #expect(data == QRTables.rawDataModules(version: version), "version \(version)")
        }
    }

    @Test(arguments: [
        // (version, level, [(blocks, data codewords per block)], EC codewords per block)
        (1, QRErrorCorrectionLevel.high, [(1, 9)], 17),
        (5, .quartile, [(2, 15), (2, 16)], 18),
        (8, .medium, [(2, 38), (2, 39)], 22),
        (10, .low, [(2, 68), (2, 69)], 18),
        (14, .quartile, [(11, 16), (5, 17)], 20),
        (40, .high, [(20, 15), (61, 16)], 30),
    ])
    func blockStructure(version: Int, level: QRErrorCorrectionLevel, groups: [(Int, Int)], ec: Int) {
        let layout = QRTables.blockLayout(version: version, level: level)
        #expect(layout.ecCodewordsPerBlock == ec)
        let actual = (0..<layout.blockCount).map { layout.dataCodewords(inBlock: $0) }
        let expected = groups.flatMap { Array(repeating: $0.1, count: $0.0) }
        #expect(actual == expected)
    }

    @Test func everyLayoutIsConsistent() {
        for version in 1...40 {
            for level in QRErrorCorrectionLevel.allCases {
                let layout = QRTables.blockLayout(version: version, level: level)
                let blocks = (0..<layout.blockCount).map { layout.dataCodewords(inBlock: $0) }
                #expect(blocks.reduce(0, +) == layout.dataCodewords)
                #expect(blocks.reduce(0, +) + layout.blockCount * layout.ecCodewordsPerBlock == layout.totalCodewords)
                // More correction at each higher level.
                if level != .low {
                    let lower = QRErrorCorrectionLevel.allCases[level.tableIndex - 1]
                    #expect(layout.dataCodewords < QRTables.blockLayout(version: version, level: lower).dataCodewords)
                }
            }
        }
    }

    @Test(arguments: [
        (1, []),
        (2, [6, 18]),
        (6, [6, 34]),
        (7, [6, 22, 38]),
        (14, [6, 26, 46, 66]),
        (22, [6, 26, 50, 74, 98]),
        (32, [6, 34, 60, 86, 112, 138]),
        (36, [6, 24, 50, 76, 102, 128, 154]),
        (40, [6, 30, 58, 86, 114, 142, 170]),
    ])
    func alignmentCentres(version: Int, expected: [Int]) {
        #expect(QRTables.alignmentPositions(version: version) == expected)
    }

    @Test func alignmentCentresAreEvenlySpacedFromTheFarEdge() {
        for version in 2...40 {
            let centres = QRTables.alignmentPositions(version: version)
            #expect(centres.count == version / 7 + 2, "version \(version)")
            #expect(centres.first == 6)
            #expect(centres.last == QRTables.size(version: version) - 7)
            let gaps = zip(centres.dropFirst(), centres.dropFirst(2)).map { $1 - $0 }
            #expect(Set(gaps).count <= 1, "version \(version): \(centres)")
            #expect(gaps.allSatisfy { $0 % 2 == 0 })
        }
    }
}
