/// The modules of one symbol before masking: function patterns, version information and the
/// codeword bits, with the format information area reserved but still light (it depends on
/// the mask).
///
/// Everything is kept twice, by row and by column, because the penalty rules scan both
/// directions: writing each module twice here is cheaper than transposing eight masked
/// symbols later.
struct QRMatrix<Row: QRBitRow> {
    let version: Int
    let size: Int
    /// Dark modules by row: module (x, y) is bit x of `darkRows[y]`.
    private(set) var darkRows: [Row]
    /// Dark modules by column: module (x, y) is bit y of `darkColumns[x]`.
    private(set) var darkColumns: [Row]
    /// Function modules by row: finder, separator, timing and alignment patterns, format
    /// and version information areas and the dark module.
    private(set) var functionRows: [Row]
    /// Function modules by column.
    private var functionColumns: [Row]
    /// Data modules (all the others) by row and by column: the modules a mask inverts.
    private(set) var dataRows: [Row]
    private(set) var dataColumns: [Row]

    /// A symbol of `version` with its function patterns drawn and no data yet.
    init(version: Int) {
        precondition(QRTables.versions.contains(version), "QR versions are 1 through 40")
        let size = QRTables.size(version: version)
        precondition(size <= Row.capacity, "row type too narrow for version \(version)")
        self.version = version
        self.size = size
        let empty = [Row](repeating: Row(), count: size)
        darkRows = empty
        darkColumns = empty
        functionRows = empty
        functionColumns = empty
        dataRows = []
        dataColumns = []
        drawFunctionPatterns()
        let modules = Row.modules(count: size)
        dataRows = functionRows.map { ~$0 & modules }
        dataColumns = functionColumns.map { ~$0 & modules }
    }

    func isDark(x: Int, y: Int) -> Bool { darkRows[y].bit(x) }
    func isFunction(x: Int, y: Int) -> Bool { functionRows[y].bit(x) }

    private mutating func setFunctionModule(x: Int, y: Int, dark: Bool) {
        functionRows[y].setBit(x)
        functionColumns[x].setBit(y)
        if dark {
            darkRows[y].setBit(x)
            darkColumns[x].setBit(y)
        }
    }

    private mutating func drawFunctionPatterns() {
        // Timing patterns: alternate dark/light along row 6 and column 6 between the finders,
        // dark on even coordinates.
        for i in 8..<(size - 8) {
            setFunctionModule(x: i, y: 6, dark: i % 2 == 0)
            setFunctionModule(x: 6, y: i, dark: i % 2 == 0)
        }

        drawFinder(left: 0, top: 0)
        drawFinder(left: size - 7, top: 0)
        drawFinder(left: 0, top: size - 7)

        // Alignment patterns at every pair of listed centres, except the three corners a
        // finder already occupies. Those on row or column 6 cross the timing pattern, and
        // agree with it because all centres are even.
        let centres = QRTables.alignmentPositions(version: version)
        if let first = centres.first, let last = centres.last {
            for cy in centres {
                for cx in centres {
                    let nearFinder = (cx == first && cy == first) || (cx == first && cy == last)
                        || (cx == last && cy == first)
                    if !nearFinder { drawAlignment(centreX: cx, centreY: cy) }
                }
            }
        }

        // Format information: reserved here, drawn once the mask is known.
        for i in 0..<15 {
            let a = QRFormatInfo.firstCopyPosition(bit: i)
            let b = QRFormatInfo.secondCopyPosition(bit: i, size: size)
            setFunctionModule(x: a.x, y: a.y, dark: false)
            setFunctionModule(x: b.x, y: b.y, dark: false)
        }
        // The single dark module beside the bottom-left finder, always dark.
        setFunctionModule(x: 8, y: size - 8, dark: true)

        // Version information, from version 7: two transposed 6×3 blocks.
        if version >= 7 {
            let bits = QRFormatInfo.versionBits(version: version)
            for i in 0..<18 {
                let dark = bits >> i & 1 != 0
                let p = QRFormatInfo.versionPosition(bit: i, size: size)
                setFunctionModule(x: p.x, y: p.y, dark: dark)
                setFunctionModule(x: p.y, y: p.x, dark: dark)
            }
        }
    }

    /// A 7×7 finder pattern (dark ring, light ring, dark 3×3 centre) plus the light separator
    /// around it, clipped at the symbol edge.
    private mutating func drawFinder(left: Int, top: Int) {
        for dy in -1...7 {
            for dx in -1...7 {
                let x = left + dx
                let y = top + dy
                guard x >= 0, x < size, y >= 0, y < size else { continue }
                // Chebyshev distance from the centre: 0–1 centre, 2 light ring, 3 dark ring,
                // 4 separator.
                let ring = max(abs(dx - 3), abs(dy - 3))
                setFunctionModule(x: x, y: y, dark: ring != 2 && ring != 4)
            }
        }
    }

    /// A 5×5 alignment pattern: dark centre, light ring, dark ring.
    private mutating func drawAlignment(centreX: Int, centreY: Int) {
        for dy in -2...2 {
            for dx in -2...2 {
                setFunctionModule(x: centreX + dx, y: centreY + dy, dark: max(abs(dx), abs(dy)) != 1)
            }
        }
    }

    /// Places the codeword bits (most significant first) in the two-column zigzag: from the
    /// bottom-right corner upwards, then down the next pair of columns, and so on leftwards,
    /// skipping column 6 (vertical timing) and every function module. Modules left over after
    /// the last codeword are remainder bits, light before masking.
    mutating func place(codewords: [UInt8]) {
        // Work on uniquely owned local arrays through raw buffers: this loop visits every
        // module, and bounds and uniqueness checks per module would dominate the encoder.
        var rows = darkRows
        var columns = darkColumns
        darkRows = []
        darkColumns = []
        let size = size
        let totalBits = codewords.count * 8
        var bitIndex = 0
        rows.withUnsafeMutableBufferPointer { rows in
            columns.withUnsafeMutableBufferPointer { columns in
                functionRows.withUnsafeBufferPointer { function in
                    codewords.withUnsafeBufferPointer { codewords in
                        var right = size - 1
                        var upward = true
                        while right >= 1 {
                            if right == 6 { right = 5 }
                            for step in 0..<size {
                                let y = upward ? size - 1 - step : step
                                let functionRow = function[y]
                                var x = right
                                while x >= right - 1 {
                                    if !functionRow.bit(x) {
                                        if bitIndex < totalBits,
                                            codewords[bitIndex >> 3] >> (7 - bitIndex & 7) & 1 != 0
                                        {
                                            rows[y].setBit(x)
                                            columns[x].setBit(y)
                                        }
                                        bitIndex += 1
                                    }
                                    x -= 1
                                }
                            }
                            upward.toggle()
                            right -= 2
                        }
                    }
                }
            }
        }
        darkRows = rows
        darkColumns = columns
        assert(bitIndex == QRTables.rawDataModules(version: version), "every data module visited")
    }
}
