@testable import DocumentKit
import Testing

/// Known answers for GF(256), the generator polynomials, the data codewords and the EC
/// codewords, from ISO/IEC 18004 and the widely used Thonky QR code tutorial.
@Suite struct ReedSolomonTests {
    @Test func fieldTablesFollowPolynomial0x11D() {
        // α⁸ = α⁴ + α³ + α² + 1 = 29 in this field; α²⁵ = 3; α²⁵⁵ = α⁰ = 1.
        #expect(GF256.exp[0] == 1)
        #expect(GF256.exp[7] == 128)
        #expect(GF256.exp[8] == 29)
        #expect(GF256.exp[25] == 3)
        #expect(GF256.exp[255] == 1)
        #expect(GF256.log[29] == 8)
        // Every non-zero element appears exactly once in one period.
        #expect(Set(GF256.exp[0..<255]).count == 255)
        #expect(GF256.multiply(0x53, 0xCA) == GF256.multiply(0xCA, 0x53))
        #expect(GF256.multiply(3, 7) == 9)  // (x + 1)(x² + x + 1) = x³ + 1
    }

    @Test func generatorPolynomialsMatchPublishedExponents() {
        // Published as exponents of α, highest power first (the leading α⁰ omitted).
        let degree7: [UInt8] = [87, 229, 146, 149, 238, 102, 21]
        let degree10: [UInt8] = [251, 67, 46, 61, 118, 70, 64, 94, 32, 45]
        #expect(ReedSolomon.generatorLogs[7] == degree7)
        #expect(ReedSolomon.generatorLogs[10] == degree10)
        // Every degree a symbol uses has a generator without zero coefficients.
        for degree in [7, 10, 13, 15, 16, 17, 18, 20, 22, 24, 26, 28, 30] {
            #expect(ReedSolomon.generator(degree: degree).count == degree)
            #expect(!ReedSolomon.generator(degree: degree).contains(0))
        }
    }

    /// "HELLO WORLD" in alphanumeric mode, version 1-M (Thonky tutorial).
    @Test func helloWorld1M() {
        let data: [UInt8] = [32, 91, 11, 120, 209, 114, 220, 77, 67, 64, 236, 17, 236, 17, 236, 17]
        let ec: [UInt8] = [196, 35, 39, 119, 235, 215, 231, 226, 93, 23]
        #expect(ReedSolomon.ecCodewords(for: data, count: 10) == ec)
    }

    /// "01234567" in numeric mode, version 1-M (ISO/IEC 18004 Annex I).
    @Test func isoAnnexExample1M() {
        let data: [UInt8] = [
            0b0001_0000, 0b0010_0000, 0b0000_1100, 0b0101_0110, 0b0110_0001, 0b1000_0000,
            0b1110_1100, 0b0001_0001, 0b1110_1100, 0b0001_0001, 0b1110_1100, 0b0001_0001,
            0b1110_1100, 0b0001_0001, 0b1110_1100, 0b0001_0001,
        ]
        let ec: [UInt8] = [
            0b1010_0101, 0b0010_0100, 0b1101_0100, 0b1100_0001, 0b1110_1101,
            0b0011_0110, 0b1100_0111, 0b1000_0111, 0b0010_1100, 0b0101_0101,
        ]
        #expect(ReedSolomon.ecCodewords(for: data, count: 10) == ec)
    }

    /// Byte-mode data codewords for "Hi" at 1-M, worked out by hand:
    /// 0100 (byte mode) 00000010 (count 2) 01001000 ('H') 01101001 ('i') 0000 (terminator)
    /// = 01000000 00100100 10000110 10010000, then pad codewords EC 11 EC 11 … to 16.
    @Test func byteModeDataCodewordsByHand() {
        let expected: [UInt8] = [0x40, 0x24, 0x86, 0x90] + (0..<12).map { $0 % 2 == 0 ? 0xEC : 0x11 }
        #expect(QREncoder.dataCodewords(Array("Hi".utf8), version: 1, level: .medium) == expected)

        // Version 10 and up spend 16 bits on the count: 0100 0000000000000001 01000001 ('A')
        // 0000 → 01000000 00000001 01000001 0000 + padding.
        let v10 = QREncoder.dataCodewords(Array("A".utf8), version: 10, level: .high)
        #expect(Array(v10.prefix(5)) == [0x40, 0x00, 0x14, 0x10, 0xEC])
        #expect(v10.count == 122)

        // Data that fills the capacity exactly leaves no room for a terminator or padding.
        let full = QREncoder.dataCodewords([UInt8](repeating: 0xFF, count: 14), version: 1, level: .medium)
        #expect(full.count == 16)
        #expect(full[0] == 0x40 && full[1] == 0xEF && full[15] == 0xF0)
    }

    /// Thonky's 5-Q byte-mode example: 53 bytes in four blocks (2 × 15 + 2 × 16 data
    /// codewords, 18 EC codewords each). The tutorial publishes the data codewords and the EC
    /// codewords of each block.
    @Test func byteModeExample5Q() {
        let text = Array(#"There\'s a frood who really knows where his towel is!"#.utf8)
        #expect(text.count == 53)
        let blocks: [[UInt8]] = [
            [67, 85, 70, 134, 87, 38, 85, 194, 119, 50, 6, 18, 6, 103, 38],
            [246, 246, 66, 7, 118, 134, 242, 7, 38, 86, 22, 198, 199, 146, 6],
            [182, 230, 247, 119, 50, 7, 118, 134, 87, 38, 82, 6, 134, 151, 50, 7],
            [70, 247, 118, 86, 194, 6, 151, 50, 16, 236, 17, 236, 17, 236, 17, 236],
        ]
        #expect(QREncoder.dataCodewords(text, version: 5, level: .quartile) == blocks.flatMap { $0 })

        let published: [[UInt8]] = [
            [213, 199, 11, 45, 115, 247, 241, 223, 229, 248, 154, 117, 154, 111, 86, 161, 111, 39],
            [87, 204, 96, 60, 202, 182, 124, 157, 200, 134, 27, 129, 209, 17, 163, 163, 120, 133],
            [148, 116, 177, 212, 76, 133, 75, 242, 238, 76, 195, 230, 189, 10, 108, 240, 192, 141],
        ]
        for (block, ec) in zip(blocks, published) {
            #expect(ReedSolomon.ecCodewords(for: block, count: 18) == ec)
        }

        // Interleaving: first the first data codeword of each block, …, the 16th codeword of
        // the long blocks only, then the EC codewords the same way.
        let sequence = QREncoder.codewordSequence(text, version: 5, level: .quartile)
        #expect(sequence.count == 134)
        #expect(Array(sequence.prefix(8)) == [67, 246, 182, 70, 85, 246, 230, 247])
        #expect(Array(sequence[56..<62]) == [38, 6, 50, 17, 7, 236])  // 15th of all, 16th of 3–4
        #expect(Array(sequence[62..<66]) == [213, 87, 148, 235])  // block 4's EC starts with 235
    }

    @Test func ecCodewordsMakeTheBlockDivisibleByTheGenerator() {
        // The full block (data followed by EC) must vanish at every root α⁰…αⁿ⁻¹.
        let data = Array("Pix: 00020126580014br.gov.bcb.pix".utf8)
        for degree in [7, 18, 30] {
            let block = data + ReedSolomon.ecCodewords(for: data, count: degree)
            for i in 0..<degree {
                let root = GF256.exp[i]
                let value = block.reduce(UInt8(0)) { GF256.multiply($0, root) ^ $1 }
                #expect(value == 0, "degree \(degree), root α^\(i)")
            }
        }
    }
}
