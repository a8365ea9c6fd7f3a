@testable import DocumentKit

/// Helpers shared by the QR tests: reading back what the encoder drew, a deliberately naive
/// penalty to check the bit-parallel one against, payloads and image rendering.
enum QRTestSupport {
    /// Parses a string of 0s and 1s (spaces ignored), most significant bit first.
    static func bits(_ string: String) -> Int {
        string.reduce(0) { value, character in
            switch character {
            case "0": value << 1
            case "1": value << 1 | 1
            default: value
            }
        }
    }

    /// The 15 format bits as drawn in the copy around the top-left finder, read module by
    /// module in the order ISO/IEC 18004 Figure 25 gives (bit 14 at row 8, column 0).
    static func formatBitsFirstCopy(_ code: QRCode) -> Int {
        // (x, y) of bits 14 down to 0.
        let positions = [(0, 8), (1, 8), (2, 8), (3, 8), (4, 8), (5, 8), (7, 8), (8, 8),
                         (8, 7), (8, 5), (8, 4), (8, 3), (8, 2), (8, 1), (8, 0)]
        return positions.reduce(0) { $0 << 1 | (code.isDark(x: $1.0, y: $1.1) ? 1 : 0) }
    }

    /// The second copy: bits 14–8 up from the bottom of column 8, bits 7–0 along row 8 to the
    /// right edge.
    static func formatBitsSecondCopy(_ code: QRCode) -> Int {
        let n = code.size
        var positions: [(Int, Int)] = (0..<7).map { (8, n - 1 - $0) }
        positions += (0..<8).map { (n - 8 + $0, 8) }
        return positions.reduce(0) { $0 << 1 | (code.isDark(x: $1.0, y: $1.1) ? 1 : 0) }
    }

    /// The mask number a symbol's format information announces.
    static func mask(of code: QRCode) -> Int {
        (formatBitsFirstCopy(code) ^ 0b101_0100_0001_0010) >> 10 & 0b111
    }

    /// Printable ASCII (space through tilde) from a fixed-seed generator, so failures repeat.
    static func printablePayload(count: Int, seed: UInt64) -> String {
        var state = seed &* 0x9E37_79B9_7F4A_7C15 | 1
        var scalars = String.UnicodeScalarView()
        for _ in 0..<count {
            // xorshift64*
            state ^= state >> 12
            state ^= state << 25
            state ^= state >> 27
            let value = (state &* 0x2545_F491_4F6C_DD1D) >> 33
            scalars.append(Unicode.Scalar(UInt8(32 + value % 95)))
        }
        return String(scalars)
    }

    /// A binary PGM (P5) of the symbol with a quiet zone, `scale` pixels per module.
    static func pgm(_ code: QRCode, scale: Int = 3, quietZone: Int = 4) -> [UInt8] {
        let side = (code.size + 2 * quietZone) * scale
        var image = Array("P5\n\(side) \(side)\n255\n".utf8)
        image.reserveCapacity(image.count + side * side)
        for py in 0..<side {
            let y = py / scale - quietZone
            for px in 0..<side {
                let x = px / scale - quietZone
                let inside = x >= 0 && y >= 0 && x < code.size && y < code.size
                image.append(inside && code.isDark(x: x, y: y) ? 0 : 255)
            }
        }
        return image
    }

    /// The four penalty rules written the obvious way, module by module, as an independent
    /// check of `QRMask.penalty` (which works on bit rows). Same conventions: runs and blocks
    /// count inside the symbol only; for the finder-like rule the area outside the symbol is
    /// light (quiet zone), and light on both sides counts twice.
    static func naivePenalty(_ code: QRCode) -> Int {
        let n = code.size
        func dark(_ x: Int, _ y: Int) -> Bool {
            x >= 0 && y >= 0 && x < n && y < n && code.isDark(x: x, y: y)
        }
        var penalty = 0
        // N1 and N3, rows then columns.
        for transposed in [false, true] {
            func at(_ line: Int, _ i: Int) -> Bool { transposed ? dark(line, i) : dark(i, line) }
            for line in 0..<n {
                var runColour = at(line, 0)
                var runLength = 1
                for i in 1...n {
                    if i < n, at(line, i) == runColour {
                        runLength += 1
                    } else {
                        if runLength >= 5 { penalty += 3 + (runLength - 5) }
                        if i < n {
                            runColour = at(line, i)
                            runLength = 1
                        }
                    }
                }
                let core = [true, false, true, true, true, false, true]
                for start in 0..<n {
                    guard (0..<7).allSatisfy({ at(line, start + $0) == core[$0] }) else { continue }
                    if (7..<11).allSatisfy({ !at(line, start + $0) }) { penalty += 40 }
                    if (1...4).allSatisfy({ !at(line, start - $0) }) { penalty += 40 }
                }
            }
        }
        // N2: every 2×2 block of one colour.
        for y in 0..<(n - 1) {
            for x in 0..<(n - 1) {
                let c = dark(x, y)
                if dark(x + 1, y) == c, dark(x, y + 1) == c, dark(x + 1, y + 1) == c { penalty += 3 }
            }
        }
        // N4: 10 per full 5 % step away from 50 % dark.
        let darkCount = code.modules.filter { $0 }.count
        let percent = Double(darkCount) * 100 / Double(n * n)
        penalty += 10 * Int((abs(percent - 50) / 5).rounded(.down))
        return penalty
    }
}
