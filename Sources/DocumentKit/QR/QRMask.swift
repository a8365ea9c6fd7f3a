/// The eight data masks, the four penalty rules of ISO/IEC 18004 §7.8.3, and the choice of
/// the mask with the lowest penalty.
enum QRMask {
    static let count = 8

    /// Penalty weights: N1 for a run of five same-colour modules (plus one per extra module),
    /// N2 per 2×2 same-colour block, N3 per finder-like 1:1:3:1:1 pattern with 4 light modules
    /// on one side, N4 per 5 % of dark-module deviation from 50 %.
    static let n1 = 3
    static let n2 = 3
    static let n3 = 40
    static let n4 = 10

    /// Whether mask `mask` inverts the data module at row `i`, column `j`.
    static func inverts(_ mask: Int, row i: Int, column j: Int) -> Bool {
        switch mask {
        case 0: (i + j) % 2 == 0
        case 1: i % 2 == 0
        case 2: j % 3 == 0
        case 3: (i + j) % 3 == 0
        case 4: (i / 2 + j / 3) % 2 == 0
        case 5: (i * j) % 2 + (i * j) % 3 == 0
        case 6: ((i * j) % 2 + (i * j) % 3) % 2 == 0
        default: ((i + j) % 2 + (i * j) % 3) % 2 == 0
        }
    }

    /// Every mask repeats every 12 rows and 12 columns (periods 2, 3, 4 and 6 all divide 12),
    /// so a row's inversion bits depend only on the row number modulo 12. Three words per
    /// (mask, phase) cover the widest row type.
    private static let phases = 12
    private static let wordsPerPattern = 3

    /// `rowPatterns[(mask × 12 + y mod 12) × 3 ...]`: the columns mask inverts in row y, as
    /// bits x.
    static let rowPatterns: [UInt64] = patternTable { mask, phase, index in
        inverts(mask, row: phase, column: index)
    }
    /// `columnPatterns[(mask × 12 + x mod 12) × 3 ...]`: the rows mask inverts in column x.
    static let columnPatterns: [UInt64] = patternTable { mask, phase, index in
        inverts(mask, row: index, column: phase)
    }

    private static func patternTable(_ inverts: (Int, Int, Int) -> Bool) -> [UInt64] {
        var words = [UInt64](repeating: 0, count: count * phases * wordsPerPattern)
        for mask in 0..<count {
            for phase in 0..<phases {
                for bit in 0..<QRRow192.capacity where inverts(mask, phase, bit) {
                    words[(mask * phases + phase) * wordsPerPattern + bit / 64] |= 1 << UInt64(bit % 64)
                }
            }
        }
        return words
    }

    /// Writes the symbol with `mask` applied and its format information drawn: into `rows`
    /// always, into `columns` when given (the penalty needs them, the final symbol does not).
    static func apply<Row: QRBitRow>(
        _ mask: Int,
        level: QRErrorCorrectionLevel,
        to matrix: QRMatrix<Row>,
        rows: UnsafeMutableBufferPointer<Row>,
        columns: UnsafeMutableBufferPointer<Row>?
    ) {
        let size = matrix.size
        invert(matrix.darkRows, where: matrix.dataRows, patterns: rowPatterns, mask: mask, into: rows)
        if let columns {
            invert(matrix.darkColumns, where: matrix.dataColumns, patterns: columnPatterns, mask: mask, into: columns)
        }
        let bits = QRFormatInfo.formatBits(level: level, mask: mask)
        func setDark(_ p: (x: Int, y: Int)) {
            rows[p.y].setBit(p.x)
            columns?[p.x].setBit(p.y)
        }
        for i in 0..<15 where bits >> i & 1 != 0 {
            setDark(QRFormatInfo.firstCopyPosition(bit: i))
            setDark(QRFormatInfo.secondCopyPosition(bit: i, size: size))
        }
    }

    /// `output[i] = base[i] ^ (pattern(i mod 12) & data[i])`: one XOR per word of a line.
    private static func invert<Row: QRBitRow>(
        _ base: [Row],
        where data: [Row],
        patterns: [UInt64],
        mask: Int,
        into output: UnsafeMutableBufferPointer<Row>
    ) {
        base.withUnsafeBufferPointer { base in
            data.withUnsafeBufferPointer { data in
                patterns.withUnsafeBufferPointer { patterns in
                    let first = patterns.baseAddress! + mask * phases * wordsPerPattern
                    var phase = 0
                    for i in 0..<base.count {
                        let pattern = Row(words: first + phase * wordsPerPattern)
                        output[i] = base[i] ^ (pattern & data[i])
                        phase = phase == phases - 1 ? 0 : phase + 1
                    }
                }
            }
        }
    }

    /// The total penalty of a finished symbol given by rows and by columns.
    static func penalty<Row: QRBitRow>(
        rows: UnsafeBufferPointer<Row>,
        columns: UnsafeBufferPointer<Row>,
        size: Int
    ) -> Int {
        let valid = Row.modules(count: size)
        // Bit x set when modules x and x + 1 both exist: where a 2×2 block can start.
        let blockStarts = valid & valid.shiftedDown(1)
        var score = 0
        var blocks = 0
        var dark = 0
        for y in 0..<size {
            let row = rows[y]
            score += linePenalty(row, valid: valid)
            dark += row.nonzeroBitCount
            if y + 1 < size {
                let sameBelow = ~(row ^ rows[y + 1])
                let sameRight = ~(row ^ row.shiftedDown(1))
                blocks += (sameBelow & sameBelow.shiftedDown(1) & sameRight & blockStarts).nonzeroBitCount
            }
        }
        for x in 0..<size {
            score += linePenalty(columns[x], valid: valid)
        }
        // N4: k whole steps of 5 % away from half dark, |dark/total − ½| / 5 %.
        let total = size * size
        let k = abs(20 * dark - 10 * total) / total
        return score + n2 * blocks + n4 * k
    }

    /// N1 and N3 of one row or column.
    @inline(__always)
    private static func linePenalty<Row: QRBitRow>(_ line: Row, valid: Row) -> Int {
        let s1 = line.shiftedDown(1)
        let s2 = line.shiftedDown(2)
        let s3 = line.shiftedDown(3)
        let s4 = line.shiftedDown(4)

        // N1: a run of n ≥ 5 costs n1 + (n − 5). It has n − 4 starting points of five
        // same-colour modules and one end, so cost = starts + 2 × ends (with n1 = 3).
        let darkFives = line & s1 & s2 & s3 & s4
        let light = ~line & valid
        let lightFives = light & light.shiftedDown(1) & light.shiftedDown(2) & light.shiftedDown(3)
            & light.shiftedDown(4)
        let runs = darkFives.nonzeroBitCount + (n1 - 1) * (darkFives & ~darkFives.shiftedDown(1)).nonzeroBitCount
            + lightFives.nonzeroBitCount + (n1 - 1) * (lightFives & ~lightFives.shiftedDown(1)).nonzeroBitCount

        // N3: dark-light-dark-dark-dark-light-dark starting at bit k, with four light modules
        // after it (bits k+7…k+10) or before it (bits k−4…k−1). Both shifts bring in light
        // bits outside the symbol, like the quiet zone a reader sees there.
        let core = line & ~s1 & s2 & s3 & s4 & ~line.shiftedDown(5) & line.shiftedDown(6)
        // Bit k: a dark module among k+7…k+10, resp. k−4…k−1. The second is built from
        // up-shifts of the line itself: shifting a window flag up would drop real modules
        // that sit below bit 4.
        let darkAfter = (line | s1 | s2 | s3).shiftedDown(7)
        let up = line.shiftedUp(1) | line.shiftedUp(2)
        let darkBefore = up | up.shiftedUp(2)
        let finders = (core & ~darkAfter).nonzeroBitCount + (core & ~darkBefore).nonzeroBitCount

        return runs + n3 * finders
    }

    /// The mask with the lowest penalty (the lowest number on a tie).
    static func best<Row: QRBitRow>(for matrix: QRMatrix<Row>, level: QRErrorCorrectionLevel) -> Int {
        let size = matrix.size
        var rows = [Row](repeating: Row(), count: size)
        var columns = [Row](repeating: Row(), count: size)
        var bestMask = 0
        var bestPenalty = Int.max
        rows.withUnsafeMutableBufferPointer { rows in
            columns.withUnsafeMutableBufferPointer { columns in
                for mask in 0..<count {
                    apply(mask, level: level, to: matrix, rows: rows, columns: columns)
                    let score = penalty(rows: UnsafeBufferPointer(rows), columns: UnsafeBufferPointer(columns), size: size)
                    if score < bestPenalty {
                        bestPenalty = score
                        bestMask = mask
                    }
                }
            }
        }
        return bestMask
    }

    /// The penalty of any symbol, for tests and diagnostics: the same code the encoder uses.
    static func penalty(of code: QRCode) -> Int {
        let size = code.size
        if size <= QRRow64.capacity { return penalty(of: code, as: QRRow64.self) }
        if size <= QRRow128.capacity { return penalty(of: code, as: QRRow128.self) }
        return penalty(of: code, as: QRRow192.self)
    }

    private static func penalty<Row: QRBitRow>(of code: QRCode, as _: Row.Type) -> Int {
        var rows = [Row](repeating: Row(), count: code.size)
        var columns = rows
        for y in 0..<code.size {
            for x in 0..<code.size where code.isDark(x: x, y: y) {
                rows[y].setBit(x)
                columns[x].setBit(y)
            }
        }
        return rows.withUnsafeBufferPointer { rows in
            columns.withUnsafeBufferPointer { columns in
                penalty(rows: rows, columns: columns, size: code.size)
            }
        }
    }
}
