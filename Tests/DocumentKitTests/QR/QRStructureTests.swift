@testable import DocumentKit
import Testing

/// The function patterns every symbol must show, checked on encoder output for all versions.
@Suite struct QRStructureTests {
    /// One symbol per version, levels rotating, forced up to the version with a tiny payload.
    static let symbols: [QRCode] = (1...40).map { version in
        let level = QRErrorCorrectionLevel.allCases[version % 4]
        // Cannot fail: 9 bytes fit every version at every level.
        return try! QREncoder.encode("structure", level: level, minimumVersion: version)
    }

    @Test func sizeIsSeventeenPlusFourPerVersion() {
        for (index, code) in Self.symbols.enumerated() {
            #expect(code.version == index + 1)
            #expect(code.size == 17 + 4 * code.version)
            #expect(code.modules.count == code.size * code.size)
        }
    }

    @Test func findersWithSeparatorsInThreeCorners() {
        for code in Self.symbols {
            let n = code.size
            for (left, top) in [(0, 0), (n - 7, 0), (0, n - 7)] {
                for dy in 0..<7 {
                    for dx in 0..<7 {
                        // Dark outer ring, light ring, dark 3×3 centre.
                        let ring = max(abs(dx - 3), abs(dy - 3))
                        #expect(code.isDark(x: left + dx, y: top + dy) == (ring != 2), "v\(code.version) finder at \(left),\(top)")
                    }
                }
                // Separator: the light line of modules just inside the symbol around the finder.
                for i in -1...7 {
                    for (x, y) in [(left + i, top - 1), (left + i, top + 7), (left - 1, top + i), (left + 7, top + i)]
                    where x >= 0 && y >= 0 && x < n && y < n {
                        #expect(!code.isDark(x: x, y: y), "v\(code.version) separator at \(x),\(y)")
                    }
                }
            }
        }
    }

    @Test func timingPatternsAlternateBetweenTheFinders() {
        for code in Self.symbols {
            for i in 8..<(code.size - 8) {
                #expect(code.isDark(x: i, y: 6) == (i % 2 == 0), "v\(code.version) row 6, column \(i)")
                #expect(code.isDark(x: 6, y: i) == (i % 2 == 0), "v\(code.version) column 6, row \(i)")
            }
        }
    }

    @Test func darkModuleAboveTheBottomLeftFinder() {
        for code in Self.symbols {
            // Column 8, row 4·version + 9.
            #expect(code.isDark(x: 8, y: 4 * code.version + 9))
            #expect(4 * code.version + 9 == code.size - 8)
        }
    }

    @Test func alignmentPatternsAtEveryListedCentre() {
        for code in Self.symbols {
            let centres = QRTables.alignmentPositions(version: code.version)
            var drawn = 0
            for cy in centres {
                for cx in centres {
                    // Skipped where a finder sits.
                    if (cx == 6 && cy == 6) || (cx == 6 && cy == centres.last) || (cx == centres.last && cy == 6) {
                        continue
                    }
                    for dy in -2...2 {
                        for dx in -2...2 {
                            let dark = max(abs(dx), abs(dy)) != 1
                            #expect(code.isDark(x: cx + dx, y: cy + dy) == dark, "v\(code.version) alignment \(cx),\(cy)")
                        }
                    }
                    drawn += 1
                }
            }
            #expect(drawn == (code.version == 1 ? 0 : centres.count * centres.count - 3))
        }
    }

    @Test func functionModulesDoNotDependOnTheData() {
        // Symbols that differ only in data must agree on every function module.
        for version in [1, 7, 20, 40] {
            let a = try! QREncoder.encode(Array("a".utf8), level: .low, minimumVersion: version, mask: 0)
            let b = try! QREncoder.encode(Array("zzzzzzzz".utf8), level: .low, minimumVersion: version, mask: 0)
            let matrix = QRMatrix<QRRow192>(version: version)
            for y in 0..<a.size {
                for x in 0..<a.size where matrix.isFunction(x: x, y: y) {
                    #expect(a.isDark(x: x, y: y) == b.isDark(x: x, y: y), "v\(version) \(x),\(y)")
                }
            }
        }
    }
}
