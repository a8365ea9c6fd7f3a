/// Text on a page: single lines (aligned, cut to fit with "…") and wrapped paragraphs.
extension PDFPage {
    /// Draws `string` with its baseline at `y`. `x` is the left end, the centre or the right
    /// end according to `align`. With `maxWidth`, text wider than that is first set smaller,
    /// down to `minSize` (when given), and then cut to end in "…".
    ///
    /// - Returns: the width drawn, in points.
    @discardableResult
    public mutating func text(
        _ string: String, x: Double, y: Double, font: PDFFont, size: Double,
        align: PDFTextAlignment = .left, maxWidth: Double? = nil, minSize: Double? = nil
    ) -> Double {
        var encoded = takeScratch()
        defer { scratch = encoded }
        WinAnsiEncoding.encode(string, into: &encoded)
        var size = size
        if let maxWidth, let minSize, minSize < size {
            let natural = Double(font.widthUnits(of: encoded[...])) * size / 1000
            if natural > maxWidth {
                // Round down to 0.1 pt so the smaller text surely fits.
                size = max(minSize, (size * maxWidth / natural * 10).rounded(.down) / 10)
            }
        }
        let limit = maxWidth.map { Self.units($0, size: size) } ?? Int.max
        let fit = Self.fit(encoded[...], font: font, limit: limit)
        return show(encoded[..<fit.end], ellipsis: fit.cut, x: x, y: y, font: font, size: size, align: align)
    }

    /// Draws `string` wrapped into lines no wider than `width`, and at line feeds. The first
    /// baseline is at `y`, the next ones `lineHeight` lower. Text beyond `maxLines` is cut and
    /// the last line ends in "…".
    ///
    /// `.words` breaks at spaces (inside a word only when it is longer than a line);
    /// `.characters` fills every line to the width and keeps every space, for codes such as a
    /// Pix copia-e-cola, where a space lost at a line break would change the code.
    ///
    /// - Returns: the number of lines drawn.
    @discardableResult
    public mutating func paragraph(
        _ string: String, x: Double, y: Double, width: Double, font: PDFFont, size: Double,
        lineHeight: Double, maxLines: Int = .max, align: PDFTextAlignment = .left, wrap: PDFTextWrapping = .words
    ) -> Int {
        var encoded = takeScratch()
        defer { scratch = encoded }
        WinAnsiEncoding.encode(string, into: &encoded, keepNewlines: true)
        while let last = encoded.last, last == 0x20 || last == 0x0A { encoded.removeLast() }
        let limit = Self.units(width, size: size)
        var start = 0
        var lines = 0
        while lines < maxLines {
            if wrap == .words { start = Self.skipSpaces(encoded, from: start) }
            guard start < encoded.count else { break }
            let baseline = y + Double(lines) * lineHeight
            lines += 1
            if lines == maxLines {
                // The last line allowed: whatever does not fit ends in an ellipsis.
                let fit = Self.fit(encoded[start...], font: font, limit: limit)
                show(
                    encoded[start..<fit.end], ellipsis: fit.cut, x: x, y: baseline, font: font, size: size, align: align
                )
                break
            }
            let line =
                wrap == .words
                ? Self.nextLine(encoded, from: start, font: font, limit: limit)
                : Self.nextCharacterLine(encoded, from: start, font: font, limit: limit)
            show(encoded[start..<line.end], ellipsis: false, x: x, y: baseline, font: font, size: size, align: align)
            start = line.next
        }
        return lines
    }

    /// How many lines `paragraph` would need for `string` at this width, without drawing.
    public static func lineCount(
        of string: String, width: Double, font: PDFFont, size: Double, wrap: PDFTextWrapping = .words
    ) -> Int {
        var encoded: [UInt8] = []
        encoded.reserveCapacity(string.utf8.count)
        WinAnsiEncoding.encode(string, into: &encoded, keepNewlines: true)
        while let last = encoded.last, last == 0x20 || last == 0x0A { encoded.removeLast() }
        let limit = units(width, size: size)
        var start = 0
        var lines = 0
        while true {
            if wrap == .words { start = skipSpaces(encoded, from: start) }
            guard start < encoded.count else { return lines }
            lines += 1
            let line =
                wrap == .words
                ? nextLine(encoded, from: start, font: font, limit: limit)
                : nextCharacterLine(encoded, from: start, font: font, limit: limit)
            start = line.next
        }
    }

    /// Draws a ZapfDingbats glyph with its baseline at `y`, left end at `x`.
    public mutating func symbol(_ symbol: PDFSymbol, x: Double, y: Double, size: Double) {
        selectFontForText(slot: Self.zapfDingbatsSlot, size: size)
        writePoint(x, y)
        out.append(" Td(")
        out.append(symbol.code)
        out.append(")Tj ET\n")
    }

    /// Width of a symbol at `size`, in points.
    public static func width(of symbol: PDFSymbol, size: Double) -> Double {
        Double(symbol.widthUnits) * size / 1000
    }

    // MARK: Writing

    @discardableResult
    private mutating func show(
        _ bytes: ArraySlice<UInt8>, ellipsis: Bool, x: Double, y: Double, font: PDFFont, size: Double,
        align: PDFTextAlignment
    ) -> Double {
        var units = font.widthUnits(of: bytes)
        if ellipsis { units += font.widthUnits(of: WinAnsiEncoding.ellipsis) }
        guard units > 0 else { return 0 }
        let width = Double(units) * size / 1000
        let left: Double =
            switch align {
            case .left: x
            case .center: x - width / 2
            case .right: x - width
            }
        selectFontForText(slot: font.rawValue, size: size)
        writePoint(left, y)
        out.append(" Td(")
        for byte in bytes { appendEscaped(byte) }
        if ellipsis { out.append(WinAnsiEncoding.ellipsis) }
        out.append(")Tj ET\n")
        return width
    }

    /// Opens a text object and selects the font (the font persists across text objects, so
    /// `Tf` is written only when it changes).
    private mutating func selectFontForText(slot: Int, size: Double) {
        out.append("BT ")
        selectFont(slot: slot, size: size)
    }

    @inline(__always)
    private mutating func appendEscaped(_ byte: UInt8) {
        // Only these three are special inside a literal string; the bytes 0x80–0xFF go as they
        // are (the file header marks the file as binary).
        if byte == UInt8(ascii: "(") || byte == UInt8(ascii: ")") || byte == UInt8(ascii: "\\") {
            out.append(UInt8(ascii: "\\"))
        }
        out.append(byte)
    }

    private mutating func takeScratch() -> [UInt8] {
        var buffer: [UInt8] = []
        swap(&buffer, &scratch)
        buffer.removeAll(keepingCapacity: true)
        return buffer
    }

    // MARK: Measuring and breaking (in 1/1000 of the font size)

    private static func units(_ points: Double, size: Double) -> Int {
        size > 0 ? Int((points * 1000 / size).rounded(.down)) : 0
    }

    /// How much of `bytes` fits in `limit` units: up to the end (`cut` false), or a shorter
    /// prefix that leaves room for "…" (`cut` true). Stops at a line feed, which also counts
    /// as a cut since the rest is not shown.
    static func fit(_ bytes: ArraySlice<UInt8>, font: PDFFont, limit: Int) -> (end: Int, cut: Bool) {
        let newline = bytes.firstIndex(of: 0x0A)
        let visibleEnd = newline ?? bytes.endIndex
        if newline == nil && font.widthUnits(of: bytes) <= limit { return (visibleEnd, false) }
        // Something is left out: keep room for the ellipsis that says so.
        let room = limit - font.widthUnits(of: WinAnsiEncoding.ellipsis)
        var used = 0
        var end = bytes.startIndex
        while end < visibleEnd {
            let width = font.widthUnits(of: bytes[end])
            if used + width > room { break }
            used += width
            end += 1
        }
        while end > bytes.startIndex && bytes[end - 1] == 0x20 { end -= 1 }
        return (end, true)
    }

    /// The next line of a paragraph starting at `start`: where it ends (trailing spaces
    /// excluded) and where the following line starts.
    static func nextLine(_ bytes: [UInt8], from start: Int, font: PDFFont, limit: Int) -> (end: Int, next: Int) {
        var index = start
        var used = 0
        var lastSpace = -1
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x0A { return (trimmed(bytes, start, index), index + 1) }
            let width = font.widthUnits(of: byte)
            if used + width > limit && index > start {
                if byte == 0x20 { return (trimmed(bytes, start, index), index) }
                if lastSpace > start { return (trimmed(bytes, start, lastSpace), lastSpace + 1) }
                return (index, index)
            }
            if byte == 0x20 { lastSpace = index }
            used += width
            index += 1
        }
        return (trimmed(bytes, start, index), index)
    }

    /// The next line when breaking anywhere: as many bytes as fit, spaces included.
    static func nextCharacterLine(_ bytes: [UInt8], from start: Int, font: PDFFont, limit: Int) -> (end: Int, next: Int)
    {
        var index = start
        var used = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x0A { return (index, index + 1) }
            let width = font.widthUnits(of: byte)
            if used + width > limit && index > start { break }
            used += width
            index += 1
        }
        return (index, index)
    }

    private static func trimmed(_ bytes: [UInt8], _ start: Int, _ end: Int) -> Int {
        var end = end
        while end > start && bytes[end - 1] == 0x20 { end -= 1 }
        return end
    }

    private static func skipSpaces(_ bytes: [UInt8], from start: Int) -> Int {
        var index = start
        while index < bytes.count && bytes[index] == 0x20 { index += 1 }
        return index
    }
}
