import DocumentKit
import Testing

@Suite("ITF")
struct ITFTests {
    /// "12" by hand: start N-bar N-space N-bar N-space; pair (1, 2): bars of 1 = 10001 (W N N N W),
    /// spaces of 2 = 01001 (N W N N W), interleaved bar/space; stop W-bar N-space N-bar.
    ///   start  |x 0..4   bars at 0 (1), 2 (1)
    ///   pair   |bar 4 (3) sp 1, bar 8 (1) sp 3, bar 12 (1) sp 1, bar 14 (1) sp 1, bar 16 (3) sp 3
    ///   stop   |bar 22 (3) sp 1, bar 26 (1)  → 27 modules
    @Test func barsOfAShortCodeFollowThePatternTable() throws {
        let bars = try ITF.bars(for: "12")
        let expected: [(Int, Int)] = [(0, 1), (2, 1), (4, 3), (8, 1), (12, 1), (14, 1), (16, 3), (22, 3), (26, 1)]
        #expect(bars == expected.map { ITFBar(x: $0.0, width: $0.1) })
        #expect(ITF.moduleCount(digitCount: 2) == 27)
    }

    /// "90": bars of 9 = 01010 (N W N W N), spaces of 0 = 00110 (N N W W N).
    @Test func secondPairByHand() throws {
        let bars = try ITF.bars(for: "90")
        // bar 4 (1) sp 1; bar 6 (3) sp 1; bar 10 (1) sp 3; bar 14 (3) sp 3; bar 20 (1) sp 1; stop at 22.
        let expected: [(Int, Int)] = [(0, 1), (2, 1), (4, 1), (6, 3), (10, 1), (14, 3), (20, 1), (22, 3), (26, 1)]
        #expect(bars == expected.map { ITFBar(x: $0.0, width: $0.1) })
    }

    @Test func everyDigitHasTwoWideElements() throws {
        for digit in 0...9 {
            // Digit in the bars, 0 in the spaces: the pair's bars total 3 narrow + 2 wide = 9.
            let bars = try ITF.bars(for: "\(digit)0")
            let pairBars = bars[2..<7]
            #expect(pairBars.map(\.width).reduce(0, +) == 9, "digit \(digit)")
            #expect(pairBars.filter { $0.width == 3 }.count == 2, "digit \(digit)")
        }
    }

    @Test func boletoBarcodeIs405ModulesIn103Millimetres() throws {
        #expect(BoletoBarcode.moduleCount == 405)
        #expect(abs(BoletoBarcode.moduleWidthMM - 0.254_32) < 0.000_01)
        let bars = try BoletoBarcode.barsMM(for: SampleSheets.itauBarcode)
        #expect(bars.count == 2 + 44 / 2 * 5 + 2)
        let first = try #require(bars.first)
        let last = try #require(bars.last)
        #expect(first.x == 0)
        #expect(abs(last.x + last.width - 103) < 1e-9)
        // Narrow:wide is 1:3 and every bar lands on a whole module.
        let module = BoletoBarcode.moduleWidthMM
        for bar in bars {
            let modules = bar.width / module
            #expect(abs(modules - 1) < 1e-9 || abs(modules - 3) < 1e-9)
            #expect(abs((bar.x / module).rounded() - bar.x / module) < 1e-9)
        }
    }

    @Test func drawingUsesTheFEBRABANSizeAtExactModules() throws {
        var document = PDFDocument(info: PDFInfo(title: "t"))
        try document.addPage { page throws(ITFError) in
            try BoletoBarcode.draw(SampleSheets.itauBarcode, on: &page, x: 50, y: 700)
        }
        let stream = PDFInspection.latin1(try #require(PDFInspection.streams(document.finish())?.first))
        // One transform scales module units to points (0.254 mm ≈ 0.721 pt, 13 mm ≈ 36.85 pt).
        let cm = try #require(stream.split(separator: "\n").first { $0.hasSuffix(" cm") })
        let numbers = cm.split(separator: " ").dropFirst().prefix(4).compactMap { Double($0) }
        #expect(numbers[0] == 0.721)
        #expect(numbers[3] == -36.85)
        #expect(abs(PDFUnit.millimetres(fromPoints: numbers[0] * 405) - 103) < 0.02)
        // 114 bars, each a rectangle of whole modules.
        let rects = stream.split(separator: "\n").filter { $0.hasSuffix(" re") }
        #expect(rects.count == 114)
        #expect(rects.allSatisfy { $0.split(separator: " ").dropLast().allSatisfy { Int($0) != nil } })
    }

    @Test func invalidInputIsRejected() {
        #expect(throws: ITFError.oddDigitCount(3)) { try ITF.bars(for: "123") }
        #expect(throws: ITFError.notADigit(position: 2)) { try ITF.bars(for: "12a4") }
        #expect(throws: ITFError.empty) { try ITF.bars(for: "") }
        #expect(throws: ITFError.wrongDigitCount(expected: 44, actual: 42)) {
            try BoletoBarcode.barsMM(for: String(repeating: "1", count: 42))
        }
        var sheet = SampleSheets.itau()
        sheet.barcode = "3419616670000012345110123456788005712345700X"
        #expect(throws: ITFError.notADigit(position: 43)) { try sheet.validate() }
        #expect(throws: Never.self) { try SampleSheets.itau().validate() }
    }
}
