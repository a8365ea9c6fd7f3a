/// Encodes bytes as a QR code (model 2, ISO/IEC 18004) in byte mode.
///
/// The encoder picks the smallest version from `minimumVersion` up that holds the data at
/// the requested error correction level, adds Reed–Solomon error correction per block,
/// interleaves the blocks, places them around the function patterns, and applies whichever
/// of the eight masks scores the lowest penalty.
public enum QREncoder {
    /// Encodes `data` in byte mode.
    ///
    /// - Parameters:
    ///   - level: how much damage the symbol survives; higher levels need larger symbols.
    ///   - minimumVersion: the smallest version (1...40) to use, e.g. to keep a layout's
    ///     module size constant across payloads of different lengths.
    /// - Throws: `QREncodingError.dataTooLong` when even version 40 cannot hold `data` at
    ///   `level`; `.invalidMinimumVersion` when `minimumVersion` is outside 1...40.
    public static func encode(
        _ data: [UInt8],
        level: QRErrorCorrectionLevel,
        minimumVersion: Int = 1
    ) throws(QREncodingError) -> QRCode {
        try encode(data, level: level, minimumVersion: minimumVersion, mask: nil)
    }

    /// Encodes the UTF-8 bytes of `text` in byte mode (readers recognise UTF-8 without an
    /// ECI header; a Pix BR Code is plain ASCII anyway).
    public static func encode(
        _ text: String,
        level: QRErrorCorrectionLevel,
        minimumVersion: Int = 1
    ) throws(QREncodingError) -> QRCode {
        try encode(Array(text.utf8), level: level, minimumVersion: minimumVersion)
    }

    /// How many bytes fit in byte mode in `version` (1...40) at `level`.
    public static func byteCapacity(version: Int, level: QRErrorCorrectionLevel) -> Int {
        precondition(QRTables.versions.contains(version), "QR versions are 1 through 40")
        return QRTables.byteCapacity(version: version, level: level)
    }

    /// As the public `encode`, with the option to force a mask (0...7) instead of choosing the
    /// best one: tests compare the penalties of all eight.
    static func encode(
        _ data: [UInt8],
        level: QRErrorCorrectionLevel,
        minimumVersion: Int,
        mask: Int?
    ) throws(QREncodingError) -> QRCode {
        let version = try version(forByteCount: data.count, level: level, minimumVersion: minimumVersion)
        let codewords = codewordSequence(data, version: version, level: level)
        let size = QRTables.size(version: version)
        // The narrowest bit row that holds a line of the symbol.
        if size <= QRRow64.capacity {
            return symbol(codewords, version: version, level: level, mask: mask, rowType: QRRow64.self)
        } else if size <= QRRow128.capacity {
            return symbol(codewords, version: version, level: level, mask: mask, rowType: QRRow128.self)
        } else {
            return symbol(codewords, version: version, level: level, mask: mask, rowType: QRRow192.self)
        }
    }

    /// The smallest version from `minimumVersion` up whose byte capacity at `level` is enough.
    static func version(
        forByteCount count: Int,
        level: QRErrorCorrectionLevel,
        minimumVersion: Int
    ) throws(QREncodingError) -> Int {
        guard QRTables.versions.contains(minimumVersion) else {
            throw .invalidMinimumVersion(minimumVersion)
        }
        for version in minimumVersion...QRTables.versions.upperBound
        where QRTables.byteCapacity(version: version, level: level) >= count {
            return version
        }
        throw .dataTooLong(
            byteCount: count,
            level: level,
            capacity: QRTables.byteCapacity(version: QRTables.versions.upperBound, level: level)
        )
    }

    private static func symbol<Row: QRBitRow>(
        _ codewords: [UInt8],
        version: Int,
        level: QRErrorCorrectionLevel,
        mask forcedMask: Int?,
        rowType _: Row.Type
    ) -> QRCode {
        var matrix = QRMatrix<Row>(version: version)
        matrix.place(codewords: codewords)
        let mask = forcedMask ?? QRMask.best(for: matrix, level: level)
        precondition((0..<QRMask.count).contains(mask), "QR masks are 0 through 7")

        let size = matrix.size
        var rows = [Row](repeating: Row(), count: size)
        rows.withUnsafeMutableBufferPointer { rows in
            QRMask.apply(mask, level: level, to: matrix, rows: rows, columns: nil)
        }
        let modules = [Bool](unsafeUninitializedCapacity: size * size) { buffer, initialized in
            for y in 0..<size {
                let row = rows[y]
                for x in 0..<size {
                    buffer[y * size + x] = row.bit(x)
                }
            }
            initialized = size * size
        }
        return QRCode(size: size, version: version, level: level, modules: modules)
    }

    /// The data codewords of a byte-mode segment: mode indicator 0100, the byte count, the
    /// bytes, a terminator of up to four zero bits, zero bits to the next byte boundary, then
    /// the pad codewords 11101100 and 00010001 alternately until the symbol is full.
    static func dataCodewords(_ data: [UInt8], version: Int, level: QRErrorCorrectionLevel) -> [UInt8] {
        let capacity = QRTables.blockLayout(version: version, level: level).dataCodewords
        var writer = QRBitWriter(byteCount: capacity)
        writer.append(0b0100, bits: 4)
        writer.append(data.count, bits: QRTables.byteCountBits(version: version))
        for byte in data { writer.append(Int(byte), bits: 8) }
        writer.skip(bits: min(4, capacity * 8 - writer.bitCount))
        var bytes = writer.bytes
        var padding: UInt8 = 0b1110_1100
        for index in ((writer.bitCount + 7) / 8)..<capacity {
            bytes[index] = padding
            padding ^= 0b1110_1100 ^ 0b0001_0001
        }
        return bytes
    }

    /// Data and EC codewords in symbol order: the data codewords split into blocks (short
    /// blocks first), each block's EC codewords computed, then the data codewords interleaved
    /// column by column across the blocks (short blocks dropping out at the end), followed by
    /// the EC codewords interleaved the same way.
    static func codewordSequence(_ data: [UInt8], version: Int, level: QRErrorCorrectionLevel) -> [UInt8] {
        let layout = QRTables.blockLayout(version: version, level: level)
        let dataCodewords = dataCodewords(data, version: version, level: level)
        let blocks = layout.blockCount
        let ecCount = layout.ecCodewordsPerBlock
        let shortLength = layout.shortBlockDataCodewords

        var ec = [UInt8](repeating: 0, count: ecCount * blocks)
        var result = [UInt8](repeating: 0, count: layout.totalCodewords)
        dataCodewords.withUnsafeBufferPointer { data in
            ec.withUnsafeMutableBufferPointer { ec in
                // Block b starts after b short blocks' worth, plus one per long block before it.
                func start(_ block: Int) -> Int { block * shortLength + max(0, block - layout.shortBlockCount) }
                for block in 0..<blocks {
                    let first = start(block)
                    ReedSolomon.remainder(
                        of: UnsafeBufferPointer(rebasing: data[first..<(first + layout.dataCodewords(inBlock: block))]),
                        into: UnsafeMutableBufferPointer(rebasing: ec[(block * ecCount)..<((block + 1) * ecCount)])
                    )
                }
                var next = 0
                for i in 0...shortLength {
                    for block in 0..<blocks where i < layout.dataCodewords(inBlock: block) {
                        result[next] = data[start(block) + i]
                        next += 1
                    }
                }
                for i in 0..<ecCount {
                    for block in 0..<blocks {
                        result[next] = ec[block * ecCount + i]
                        next += 1
                    }
                }
                precondition(next == layout.totalCodewords, "every codeword placed once")
            }
        }
        return result
    }
}

/// Appends bit fields, most significant bit first, into a zero-filled byte array of fixed size.
struct QRBitWriter {
    private(set) var bytes: [UInt8]
    private(set) var bitCount = 0

    init(byteCount: Int) {
        bytes = [UInt8](repeating: 0, count: byteCount)
    }

    /// Appends the low `bits` bits of `value`, filling the current byte first.
    mutating func append(_ value: Int, bits: Int) {
        var remaining = bits
        while remaining > 0 {
            let free = 8 - bitCount & 7
            let taken = min(free, remaining)
            let chunk = value >> (remaining - taken) & (1 << taken - 1)
            bytes[bitCount >> 3] |= UInt8(chunk << (free - taken))
            bitCount += taken
            remaining -= taken
        }
    }

    /// Zero bits: the array is already zero there.
    mutating func skip(bits: Int) { bitCount += bits }
}
