/// Drawing helpers shared by the boleto and carnê layouts. Everything here takes
/// millimetres from the page's top-left corner, because the FEBRABAN rules and the grids are
/// specified in millimetres.

/// Millimetres to points.
@inline(__always)
func mm(_ millimetres: Double) -> Double { millimetres * PDFUnit.pointsPerMillimetre }

/// Type sizes and line weights of the forms, in points.
enum FormStyle {
    /// The small caption at the top of each box ("Vencimento", "Nosso número").
    static let labelSize = 5.5
    static let labelColor = PDFColor.gray(0.25)
    static let valueSize = 8.0
    static let valueColor = PDFColor.black
    /// Values set smaller than this to fit a box are cut instead.
    static let minimumValueSize = 6.0
    /// Lines between boxes.
    static let gridLine = 0.5
    /// The line under the bank header and the bars beside the bank code.
    static let heavyLine = 1.4
    /// Distance from a box's top to the label's baseline, mm.
    static let labelBaseline = 2.1
    /// Distance from a box's bottom to a one-line value's baseline, mm.
    static let valueDescent = 1.3
    /// Inner left/right padding of a box, mm.
    static let padding = 0.8
}

extension PDFPage {
    /// A horizontal grid line.
    mutating func hRule(y: Double, from x1: Double, to x2: Double, weight: Double = FormStyle.gridLine) {
        setLineWidth(weight)
        setDash(.solid)
        strokeLine(x1: mm(x1), y1: mm(y), x2: mm(x2), y2: mm(y))
    }

    /// A vertical grid line.
    mutating func vRule(x: Double, from y1: Double, to y2: Double, weight: Double = FormStyle.gridLine) {
        setLineWidth(weight)
        setDash(.solid)
        strokeLine(x1: mm(x), y1: mm(y1), x2: mm(x), y2: mm(y2))
    }

    /// A dashed cut line.
    mutating func cutRule(x1: Double, y1: Double, x2: Double, y2: Double) {
        setLineWidth(0.5)
        setDash(.dashed(on: 3, off: 2))
        strokeLine(x1: mm(x1), y1: mm(y1), x2: mm(x2), y2: mm(y2))
        setDash(.solid)
    }

    /// Text in mm coordinates, in a colour. With `maxWidth` and a `minSize` below `size`, text
    /// too wide is first set smaller (down to `minSize`) and only then cut with "…".
    mutating func textMM(
        _ string: String, x: Double, y: Double, font: PDFFont = .helvetica, size: Double = FormStyle.valueSize,
        align: PDFTextAlignment = .left, maxWidth: Double? = nil, minSize: Double? = nil,
        color: PDFColor = FormStyle.valueColor
    ) {
        guard !string.isEmpty else { return }
        setFillColor(color)
        text(
            string, x: mm(x), y: mm(y), font: font, size: size, align: align, maxWidth: maxWidth.map(mm),
            minSize: minSize)
    }

    /// A box's caption: small, at its top-left; set smaller rather than cut in narrow boxes.
    mutating func boxLabel(_ label: String, x: Double, y: Double, width: Double) {
        textMM(
            label, x: x + FormStyle.padding, y: y + FormStyle.labelBaseline, size: FormStyle.labelSize,
            maxWidth: width - 2 * FormStyle.padding, minSize: 4.5, color: FormStyle.labelColor)
    }

    /// A box of the grid: the caption at the top, one value on the bottom line (left or right
    /// aligned; set smaller down to `minSize`, then cut with "…", if it does not fit; nil
    /// `minSize` cuts at once). Lines are
    /// drawn separately by the layouts.
    mutating func field(
        _ label: String, _ value: String, x: Double, y: Double, width: Double, height: Double,
        align: PDFTextAlignment = .left, font: PDFFont = .helvetica, size: Double = FormStyle.valueSize,
        minSize: Double? = FormStyle.minimumValueSize
    ) {
        boxLabel(label, x: x, y: y, width: width)
        let inner = width - 2 * FormStyle.padding
        let valueX = align == .right ? x + width - FormStyle.padding : x + FormStyle.padding
        textMM(
            value, x: valueX, y: y + height - FormStyle.valueDescent, font: font, size: size, align: align,
            maxWidth: inner, minSize: minSize)
    }

    /// The instructions box: its label, then the instructions one per line (long ones wrap),
    /// at the largest size from `size` down to `minSize` at which all fit; below that the last
    /// line shows ends in "…".
    mutating func instructionsField(
        _ instructions: [String], x: Double, y: Double, width: Double, height: Double, size: Double, minSize: Double
    ) {
        boxLabel("Instruções (texto de responsabilidade do beneficiário)", x: x, y: y, width: width)
        guard !instructions.isEmpty else { return }
        let text = instructions.joined(separator: "\n")
        let inner = mm(width - 2 * FormStyle.padding)
        var candidate = size
        var capacity = 1
        while true {
            let lineHeight = candidate * 1.15
            let first = mm(y + FormStyle.labelBaseline + 0.4) + candidate
            let last = mm(y + height - 0.8)
            capacity = max(1, Int(((last - first) / lineHeight).rounded(.down)) + 1)
            let needed = PDFPage.lineCount(of: text, width: inner, font: .helvetica, size: candidate)
            if needed <= capacity || candidate - 0.5 < minSize {
                setFillColor(FormStyle.valueColor)
                paragraph(
                    text, x: mm(x + FormStyle.padding), y: first, width: inner, font: .helvetica, size: candidate,
                    lineHeight: lineHeight, maxLines: capacity)
                return
            }
            candidate -= 0.5
        }
    }

    /// The bank header of a ficha or recibo: bank name, the bank code between two heavy bars,
    /// and on the right `trailing` (the linha digitável, or a title) in bold.
    mutating func bankHeader(
        _ sheet: BoletoSheet, trailing: String, x: Double, y: Double, width: Double, height: Double,
        nameWidth: Double, codeWidth: Double, nameSize: Double, codeSize: Double, trailingSize: Double
    ) {
        let baseline = y + height - 1.6
        textMM(
            sheet.bankName, x: x + 0.5, y: baseline, font: .helveticaBold, size: nameSize, maxWidth: nameWidth - 1.5,
            minSize: nameSize * 0.7)
        vRule(x: x + nameWidth, from: y + 1.5, to: y + height, weight: FormStyle.heavyLine)
        vRule(x: x + nameWidth + codeWidth, from: y + 1.5, to: y + height, weight: FormStyle.heavyLine)
        textMM(
            sheet.bankCode, x: x + nameWidth + codeWidth / 2, y: baseline, font: .helveticaBold, size: codeSize,
            align: .center, maxWidth: codeWidth - 1.5)
        textMM(
            trailing, x: x + width, y: baseline, font: .helveticaBold, size: trailingSize, align: .right,
            maxWidth: width - nameWidth - codeWidth - 2, minSize: trailingSize * 0.7)
        hRule(y: y + height, from: x, to: x + width, weight: FormStyle.heavyLine)
    }

    /// The 44-digit barcode with its top-left bar corner at (x, y) mm. A sheet whose barcode is
    /// not 44 digits gets a crossed-out box instead, so nobody tries to pay it.
    mutating func boletoBarcode(_ digits: String, x: Double, y: Double) {
        setFillColor(.black)
        do {
            try BoletoBarcode.draw(digits, on: &self, x: mm(x), y: mm(y))
        } catch {
            let width = BoletoBarcode.widthMM
            let height = BoletoBarcode.heightMM
            hRule(y: y, from: x, to: x + width)
            hRule(y: y + height, from: x, to: x + width)
            vRule(x: x, from: y, to: y + height)
            vRule(x: x + width, from: y, to: y + height)
            setLineWidth(FormStyle.gridLine)
            strokeLine(x1: mm(x), y1: mm(y), x2: mm(x + width), y2: mm(y + height))
            textMM(
                "Código de barras inválido", x: x + width / 2, y: y + height / 2 + 1, font: .helveticaBold,
                size: 9, align: .center)
        }
    }

    /// The cut line across the page with scissors and "Corte na linha pontilhada".
    mutating func horizontalCutLine(y: Double, from x1: Double, to x2: Double) {
        cutRule(x1: x1, y1: y, x2: x2, y2: y)
        let scissorsSize = 10.0
        // A white box behind the scissors so the dashes do not run through the glyph.
        setFillColor(.white)
        fillRect(
            x: mm(x1), y: mm(y - 1.6), width: PDFPage.width(of: .scissors, size: scissorsSize) + mm(1), height: mm(3.2))
        setFillColor(.black)
        symbol(.scissors, x: mm(x1), y: mm(y + 1.2), size: scissorsSize)
        textMM("Corte na linha pontilhada", x: x2, y: y - 1.2, size: 6, align: .right, color: FormStyle.labelColor)
    }
}
