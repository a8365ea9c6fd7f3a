/// Interleaved 2 of 5: the symbology of the boleto barcode (FEBRABAN) and of many logistics
/// labels.
///
/// Digits go in pairs: the first digit of a pair is written in five bars, the second in the five
/// spaces between them. Each digit has two wide and three narrow elements. A start pattern
/// (narrow bar, narrow space, narrow bar, narrow space) opens the symbol and a stop pattern
/// (wide bar, narrow space, narrow bar) closes it. Widths are in modules: narrow = 1,
/// wide = `wideRatio`.
public enum ITF {
    /// The five elements of each digit, most significant bit first; 1 = wide.
    /// 0 = 00110, 1 = 10001, 2 = 01001, 3 = 11000, 4 = 00101,
    /// 5 = 10100, 6 = 01100, 7 = 00011, 8 = 10010, 9 = 01010.
    static let patterns: [UInt8] = [
        0b00110, 0b10001, 0b01001, 0b11000, 0b00101,
        0b10100, 0b01100, 0b00011, 0b10010, 0b01010,
    ]

    /// Modules in a symbol of `digitCount` digits: each pair is 3 narrow + 2 wide bars and as
    /// many spaces; the start is 4 narrow elements; the stop is wide + 2 narrow.
    /// 44 digits at ratio 3 → 22 × 18 + 4 + 5 = 405.
    public static func moduleCount(digitCount: Int, wideRatio: Int = 3) -> Int {
        digitCount / 2 * 2 * (3 + 2 * wideRatio) + 4 + wideRatio + 2
    }

    /// The bars (dark elements) of the symbol for `digits`, left to right, with `x` and `width`
    /// in modules from the left edge of the start pattern.
    public static func bars(for digits: String, wideRatio: Int = 3) throws(ITFError) -> [ITFBar] {
        var bars: [ITFBar] = []
        bars.reserveCapacity(digits.utf8.count / 2 * 5 + 4)
        try forEachBar(of: digits, wideRatio: wideRatio) { x, width in
            bars.append(ITFBar(x: x, width: width))
        }
        return bars
    }

    /// Calls `body(x, width)` for each bar in modules, without building an array.
    static func forEachBar(
        of digits: String, wideRatio: Int, _ body: (Int, Int) -> Void
    ) throws(ITFError) {
        precondition(wideRatio >= 2, "ITF needs wide elements at least twice the narrow ones")
        try validate(digits)
        var x = 0
        // Start: narrow bar, narrow space, narrow bar, narrow space.
        body(0, 1)
        body(2, 1)
        x = 4
        var utf8 = digits.utf8.makeIterator()
        while let first = utf8.next(), let second = utf8.next() {
            let barPattern = patterns[Int(first &- 48)]
            let spacePattern = patterns[Int(second &- 48)]
            var bit: UInt8 = 0b10000
            while bit != 0 {
                let bar = barPattern & bit != 0 ? wideRatio : 1
                body(x, bar)
                x += bar + (spacePattern & bit != 0 ? wideRatio : 1)
                bit >>= 1
            }
        }
        // Stop: wide bar, narrow space, narrow bar.
        body(x, wideRatio)
        body(x + wideRatio + 1, 1)
    }

    static func validate(_ digits: String) throws(ITFError) {
        var count = 0
        for byte in digits.utf8 {
            guard byte >= 48 && byte <= 57 else { throw .notADigit(position: count) }
            count += 1
        }
        if count == 0 { throw .empty }
        if count % 2 != 0 { throw .oddDigitCount(count) }
    }
}

/// One dark bar of a linear barcode: its left edge and width, in modules.
public struct ITFBar: Hashable, Sendable {
    public var x: Int
    public var width: Int

    public init(x: Int, width: Int) {
        self.x = x
        self.width = width
    }
}

/// Why digits cannot be drawn as ITF.
public enum ITFError: Error, Hashable, Sendable {
    case empty
    /// ITF encodes pairs: pad with a leading zero to make the count even.
    case oddDigitCount(Int)
    /// Position (0-based) of the first character that is not an ASCII digit.
    case notADigit(position: Int)
    /// A boleto barcode has exactly 44 digits.
    case wrongDigitCount(expected: Int, actual: Int)
}
