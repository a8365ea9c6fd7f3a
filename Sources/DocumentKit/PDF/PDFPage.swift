/// One page's content stream, drawn with the origin at the **top-left** corner and y growing
/// downwards (as layouts are specified), in points. The page converts to PDF's bottom-left
/// origin as it writes.
///
/// Get one from `PDFDocument.addPage`. The page writes straight into the document's single
/// output buffer, so drawing never copies. It remembers the graphics state it has set (line
/// width, dash, colours, font) and writes an operator only when the value changes.
public struct PDFPage {
    public let size: PDFPageSize

    var out: PDFByteWriter
    /// Reused for encoding text, so drawing a string does not allocate.
    var scratch: [UInt8]
    /// Bit n set: font resource /F(n+1) is used (PDFFont raw values, then ZapfDingbats).
    var fontsUsed: UInt8 = 0

    private var lineWidth = 1.0
    private var dash = PDFDash.solid
    private var strokeColor = PDFColor.black
    private var fillColor = PDFColor.black
    private var fontSlot = -1
    private var fontSize = 0.0
    private var cellsOpen = false

    static let zapfDingbatsSlot = 4

    init(size: PDFPageSize, out: PDFByteWriter, scratch: [UInt8]) {
        self.size = size
        self.out = out
        self.scratch = scratch
    }

    // MARK: Graphics state

    public mutating func setLineWidth(_ width: Double) {
        guard width != lineWidth else { return }
        lineWidth = width
        out.appendNumber(width, decimals: 3)
        out.append(" w\n")
    }

    public mutating func setDash(_ pattern: PDFDash) {
        guard pattern != dash else { return }
        dash = pattern
        switch pattern {
        case .solid:
            out.append("[]0 d\n")
        case .dashed(let on, let off):
            out.append("[")
            out.appendNumber(on)
            out.append(" ")
            out.appendNumber(off)
            out.append("]0 d\n")
        }
    }

    public mutating func setStrokeColor(_ color: PDFColor) {
        guard color != strokeColor else { return }
        strokeColor = color
        writeColor(color, gray: " G\n", rgb: " RG\n")
    }

    /// The colour of fills and of text.
    public mutating func setFillColor(_ color: PDFColor) {
        guard color != fillColor else { return }
        fillColor = color
        writeColor(color, gray: " g\n", rgb: " rg\n")
    }

    private mutating func writeColor(_ color: PDFColor, gray: StaticString, rgb: StaticString) {
        switch color {
        case .gray(let level):
            out.appendNumber(level, decimals: 3)
            out.append(gray)
        case .rgb(let red, let green, let blue):
            out.appendNumber(red, decimals: 3)
            out.append(" ")
            out.appendNumber(green, decimals: 3)
            out.append(" ")
            out.appendNumber(blue, decimals: 3)
            out.append(rgb)
        }
    }

    // MARK: Paths

    /// A straight line with the current width, dash and stroke colour.
    public mutating func strokeLine(x1: Double, y1: Double, x2: Double, y2: Double) {
        writePoint(x1, y1)
        out.append(" m ")
        writePoint(x2, y2)
        out.append(" l S\n")
    }

    /// The outline of a rectangle whose top-left corner is (x, y).
    public mutating func strokeRect(x: Double, y: Double, width: Double, height: Double) {
        writeRect(x: x, y: y, width: width, height: height)
        out.append(" re S\n")
    }

    /// A filled rectangle whose top-left corner is (x, y), in the current fill colour.
    public mutating func fillRect(x: Double, y: Double, width: Double, height: Double) {
        writeRect(x: x, y: y, width: width, height: height)
        out.append(" re f\n")
    }

    private mutating func writeRect(x: Double, y: Double, width: Double, height: Double) {
        writePoint(x, y + height)
        out.append(" ")
        out.appendNumber(width)
        out.append(" ")
        out.appendNumber(height)
    }

    @inline(__always)
    mutating func writePoint(_ x: Double, _ y: Double) {
        out.appendNumber(x)
        out.append(" ")
        out.appendNumber(size.height - y)
    }

    // MARK: Cell grids (barcodes, QR codes)

    /// Starts a grid of `cellWidth` × `cellHeight` cells whose top-left corner is (x, y); cells
    /// are then given in whole grid units with `cell`, and `endCells` fills them all at once.
    ///
    /// Barcodes and QR codes are drawn this way: the grid's scale goes into one transform
    /// (`cm`), so every module edge falls on an exact multiple of the module, each rectangle is
    /// a few small integers, and the union is filled in one operation without seams between
    /// neighbours.
    public mutating func beginCells(x: Double, y: Double, cellWidth: Double, cellHeight: Double) {
        precondition(!cellsOpen, "beginCells called twice without endCells")
        cellsOpen = true
        out.append("q ")
        out.appendNumber(cellWidth, decimals: 3)
        out.append(" 0 0 ")
        out.appendNumber(-cellHeight, decimals: 3)
        out.append(" ")
        writePoint(x, y)
        out.append(" cm\n")
    }

    /// Adds a rectangle of `width` × `height` cells at column `x`, row `y` of the open grid.
    @inline(__always)
    public mutating func cell(x: Int, y: Int, width: Int = 1, height: Int = 1) {
        out.appendInt(x)
        out.append(" ")
        out.appendInt(y)
        out.append(" ")
        out.appendInt(width)
        out.append(" ")
        out.appendInt(height)
        out.append(" re\n")
    }

    /// Fills the cells added since `beginCells` with the current fill colour.
    public mutating func endCells() {
        precondition(cellsOpen, "endCells without beginCells")
        cellsOpen = false
        out.append("f Q\n")
    }

    // MARK: Fonts

    mutating func selectFont(slot: Int, size: Double) {
        fontsUsed |= 1 << UInt8(slot)
        guard slot != fontSlot || size != fontSize else { return }
        fontSlot = slot
        fontSize = size
        out.append("/F")
        out.appendInt(slot + 1)
        out.append(" ")
        out.appendNumber(size)
        out.append(" Tf ")
    }
}
