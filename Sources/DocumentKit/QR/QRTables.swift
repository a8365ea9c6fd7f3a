/// Constants of QR code model 2 from ISO/IEC 18004: symbol sizes, block structure,
/// alignment pattern positions and byte-mode capacities.
enum QRTables {
    /// The versions QR code model 2 defines.
    static let versions: ClosedRange<Int> = 1...40

    /// Modules per side, without the quiet zone.
    static func size(version: Int) -> Int { 17 + 4 * version }

    /// Bits of the character count indicator in byte mode (8 below version 10, 16 from it).
    static func byteCountBits(version: Int) -> Int { version < 10 ? 8 : 16 }

    /// Modules left for codewords (and remainder bits) once every function pattern, the format
    /// and version information and the dark module are placed. Counted rather than tabulated:
    /// three 8×8 finder+separator corners, two timing lines between them, 31 format/dark
    /// modules, 5×5 alignment patterns (five modules of each one on a timing line are already
    /// counted there) and 2×18 version information modules from version 7.
    static func rawDataModules(version: Int) -> Int {
        let size = size(version: version)
        var modules = size * size - 3 * 64 - 2 * (size - 16) - 31
        let perAxis = alignmentPositions(version: version).count
        if perAxis > 0 {
            let patterns = perAxis * perAxis - 3
            let onTiming = 2 * (perAxis - 2)
            modules -= 25 * patterns - 5 * onTiming
        }
        if version >= 7 { modules -= 36 }
        return modules
    }

    /// All codewords (data + error correction) of a version; leftover modules are remainder bits.
    static func totalCodewords(version: Int) -> Int { rawDataModules(version: version) / 8 }

    /// How the codewords of a version and level split into Reed–Solomon blocks.
    static func blockLayout(version: Int, level: QRErrorCorrectionLevel) -> QRBlockLayout {
        let entry = blockTable[(version - 1) * 4 + level.tableIndex]
        return QRBlockLayout(
            ecCodewordsPerBlock: Int(entry.ecPerBlock),
            blockCount: Int(entry.blocks),
            totalCodewords: totalCodewords(version: version)
        )
    }

    /// Bytes that fit in byte mode: the data codewords less the 4-bit mode indicator and the
    /// character count, rounded down to whole bytes.
    static func byteCapacity(version: Int, level: QRErrorCorrectionLevel) -> Int {
        let dataBits = blockLayout(version: version, level: level).dataCodewords * 8
        return (dataBits - 4 - byteCountBits(version: version)) / 8
    }

    /// Row/column coordinates of alignment pattern centres (ISO/IEC 18004 Annex E). Every
    /// combination is used except the three that would overlap a finder pattern.
    static func alignmentPositions(version: Int) -> [Int] {
        alignmentTable[version - 1].map(Int.init)
    }

    /// Error correction codewords per block and number of blocks, per version, in the order
    /// L, M, Q, H (ISO/IEC 18004 Table 9). Blocks of one symbol share the EC count; when the
    /// data does not divide evenly the later blocks take one data codeword more.
    private static let blockTable: [(ecPerBlock: UInt8, blocks: UInt8)] = [
        /*  1 */ (7, 1), (10, 1), (13, 1), (17, 1),
        /*  2 */ (10, 1), (16, 1), (22, 1), (28, 1),
        /*  3 */ (15, 1), (26, 1), (18, 2), (22, 2),
        /*  4 */ (20, 1), (18, 2), (26, 2), (16, 4),
        /*  5 */ (26, 1), (24, 2), (18, 4), (22, 4),
        /*  6 */ (18, 2), (16, 4), (24, 4), (28, 4),
        /*  7 */ (20, 2), (18, 4), (18, 6), (26, 5),
        /*  8 */ (24, 2), (22, 4), (22, 6), (26, 6),
        /*  9 */ (30, 2), (22, 5), (20, 8), (24, 8),
        /* 10 */ (18, 4), (26, 5), (24, 8), (28, 8),
        /* 11 */ (20, 4), (30, 5), (28, 8), (24, 11),
        /* 12 */ (24, 4), (22, 8), (26, 10), (28, 11),
        /* 13 */ (26, 4), (22, 9), (24, 12), (22, 16),
        /* 14 */ (30, 4), (24, 9), (20, 16), (24, 16),
        /* 15 */ (22, 6), (24, 10), (30, 12), (24, 18),
        /* 16 */ (24, 6), (28, 10), (24, 17), (30, 16),
        /* 17 */ (28, 6), (28, 11), (28, 16), (28, 19),
        /* 18 */ (30, 6), (26, 13), (28, 18), (28, 21),
        /* 19 */ (28, 7), (26, 14), (26, 21), (26, 25),
        /* 20 */ (28, 8), (26, 16), (30, 20), (28, 25),
        /* 21 */ (28, 8), (26, 17), (28, 23), (30, 25),
        /* 22 */ (28, 9), (28, 17), (30, 23), (24, 34),
        /* 23 */ (30, 9), (28, 18), (30, 25), (30, 30),
        /* 24 */ (30, 10), (28, 20), (30, 27), (30, 32),
        /* 25 */ (26, 12), (28, 21), (30, 29), (30, 35),
        /* 26 */ (28, 12), (28, 23), (28, 34), (30, 37),
        /* 27 */ (30, 12), (28, 25), (30, 34), (30, 40),
        /* 28 */ (30, 13), (28, 26), (30, 35), (30, 42),
        /* 29 */ (30, 14), (28, 28), (30, 38), (30, 45),
        /* 30 */ (30, 15), (28, 29), (30, 40), (30, 48),
        /* 31 */ (30, 16), (28, 31), (30, 43), (30, 51),
        /* 32 */ (30, 17), (28, 33), (30, 45), (30, 54),
        /* 33 */ (30, 18), (28, 35), (30, 48), (30, 57),
        /* 34 */ (30, 19), (28, 37), (30, 51), (30, 60),
        /* 35 */ (30, 19), (28, 38), (30, 53), (30, 63),
        /* 36 */ (30, 20), (28, 40), (30, 56), (30, 66),
        /* 37 */ (30, 21), (28, 43), (30, 59), (30, 70),
        /* 38 */ (30, 22), (28, 45), (30, 62), (30, 74),
        /* 39 */ (30, 24), (28, 47), (30, 65), (30, 77),
        /* 40 */ (30, 25), (28, 49), (30, 68), (30, 81),
    ]

    /// Alignment pattern centre coordinates per version (ISO/IEC 18004 Annex E, Table E.1).
    private static let alignmentTable: [[UInt8]] = [
        /*  1 */ [],
        /*  2 */ [6, 18],
        /*  3 */ [6, 22],
        /*  4 */ [6, 26],
        /*  5 */ [6, 30],
        /*  6 */ [6, 34],
        /*  7 */ [6, 22, 38],
        /*  8 */ [6, 24, 42],
        /*  9 */ [6, 26, 46],
        /* 10 */ [6, 28, 50],
        /* 11 */ [6, 30, 54],
        /* 12 */ [6, 32, 58],
        /* 13 */ [6, 34, 62],
        /* 14 */ [6, 26, 46, 66],
        /* 15 */ [6, 26, 48, 70],
        /* 16 */ [6, 26, 50, 74],
        /* 17 */ [6, 30, 54, 78],
        /* 18 */ [6, 30, 56, 82],
        /* 19 */ [6, 30, 58, 86],
        /* 20 */ [6, 34, 62, 90],
        /* 21 */ [6, 28, 50, 72, 94],
        /* 22 */ [6, 26, 50, 74, 98],
        /* 23 */ [6, 30, 54, 78, 102],
        /* 24 */ [6, 28, 54, 80, 106],
        /* 25 */ [6, 32, 58, 84, 110],
        /* 26 */ [6, 30, 58, 86, 114],
        /* 27 */ [6, 34, 62, 90, 118],
        /* 28 */ [6, 26, 50, 74, 98, 122],
        /* 29 */ [6, 30, 54, 78, 102, 126],
        /* 30 */ [6, 26, 52, 78, 104, 130],
        /* 31 */ [6, 30, 56, 82, 108, 134],
        /* 32 */ [6, 34, 60, 86, 112, 138],
        /* 33 */ [6, 30, 58, 86, 114, 142],
        /* 34 */ [6, 34, 62, 90, 118, 146],
        /* 35 */ [6, 30, 54, 78, 102, 126, 150],
        /* 36 */ [6, 24, 50, 76, 102, 128, 154],
        /* 37 */ [6, 28, 54, 80, 106, 132, 158],
        /* 38 */ [6, 32, 58, 84, 110, 136, 162],
        /* 39 */ [6, 26, 54, 82, 110, 138, 166],
        /* 40 */ [6, 30, 58, 86, 114, 142, 170],
    ]
}

/// The Reed–Solomon block structure of one version and level.
struct QRBlockLayout: Hashable, Sendable {
    let ecCodewordsPerBlock: Int
    let blockCount: Int
    let totalCodewords: Int

    var dataCodewords: Int { totalCodewords - ecCodewordsPerBlock * blockCount }
    /// Blocks with one data codeword fewer; they come first.
    var shortBlockCount: Int { blockCount - totalCodewords % blockCount }
    var shortBlockDataCodewords: Int { totalCodewords / blockCount - ecCodewordsPerBlock }

    func dataCodewords(inBlock block: Int) -> Int {
        shortBlockDataCodewords + (block < shortBlockCount ? 0 : 1)
    }
}

extension QRErrorCorrectionLevel {
    /// Column of `QRTables.blockTable`: L, M, Q, H.
    var tableIndex: Int {
        switch self {
        case .low: 0
        case .medium: 1
        case .quartile: 2
        case .high: 3
        }
    }

    /// The two level bits of the format information; not in L-M-Q-H order (L = 01, M = 00,
    /// Q = 11, H = 10).
    var formatBits: Int {
        switch self {
        case .low: 0b01
        case .medium: 0b00
        case .quartile: 0b11
        case .high: 0b10
        }
    }
}
