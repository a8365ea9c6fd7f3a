/// A carnê: installments three to an A4 page, each a 99 mm strip with the canhoto (recibo do
/// pagador) on the left and a compact ficha de compensação on the right, separated by dashed
/// cut lines.
///
/// Each strip, cut out, is a 99 mm high ficha (FEBRABAN: 95–108 mm); its barcode keeps the
/// FEBRABAN size (103 × 13 mm, 5 mm quiet zones) and its centre is 17.5 mm above the strip's
/// bottom edge (FEBRABAN: at least 12 mm). The Pix QR of a boleto híbrido sits in a column at
/// the right of the grid, above the barcode's row, so the two never meet.
public enum CarneDocument {
    public static let installmentsPerPage = 3
    /// Height of one strip, mm: a third of A4.
    public static let stripHeight = 99.0

    /// Renders the installments in order, three per page.
    public static func render(_ sheets: [BoletoSheet], info: PDFInfo) -> [UInt8] {
        var document = PDFDocument(info: info, capacity: 16 * 1024 + sheets.count * 12 * 1024)
        if sheets.isEmpty {
            document.addPage { _ in }  // a valid, empty document rather than a crash
        }
        var start = 0
        while start < sheets.count {
            let end = min(start + installmentsPerPage, sheets.count)
            document.addPage { page in
                for (slot, sheet) in sheets[start..<end].enumerated() {
                    draw(sheet, on: &page, top: Double(slot) * stripHeight)
                }
            }
            start = end
        }
        return document.finish()
    }

    // MARK: Geometry (mm)

    static let stubLeft = 7.0
    static let stubWidth = 45.0
    /// The vertical cut line between canhoto and ficha.
    static let stubCut = 55.0
    public static let fichaLeft = 58.0
    static let fichaWidth = 145.0
    static var fichaRight: Double { fichaLeft + fichaWidth }
    /// Width of the Pix column at the right of the ficha.
    static let pixColumn = 33.0
    static let valueColumn = 32.0
    /// Barcode position inside a strip: 5 mm quiet zone after the ficha's left edge.
    public static let barcodeOffsetX = 5.0
    public static let barcodeOffsetY = 75.0

    /// Where the Pix block starts in a strip: caption, then the QR.
    static let pixTopOffset = 12.5
    static let pixCaptionSize = 7.0

    /// The square (mm) the Pix QR, quiet zone included, is drawn in for the strip whose top is
    /// `stripTop`: the top of the ficha's right-hand column, above the barcode's row.
    public static func pixQRArea(stripTop: Double) -> (x: Double, y: Double, side: Double) {
        (fichaRight - pixColumn, stripTop + pixTopOffset + PixLayout.qrOffset(captionSize: pixCaptionSize), pixColumn)
    }

    /// Draws one installment in the strip whose top is `top` mm.
    public static func draw(_ sheet: BoletoSheet, on page: inout PDFPage, top: Double) {
        if top > 0 { page.horizontalCutLine(y: top, from: stubLeft, to: fichaRight) }
        page.cutRule(x1: stubCut, y1: top + 2, x2: stubCut, y2: top + stripHeight - 2)
        drawStub(sheet, on: &page, top: top)
        drawFicha(sheet, on: &page, top: top)
    }

    // MARK: Canhoto

    private static func drawStub(_ sheet: BoletoSheet, on page: inout PDFPage, top: Double) {
        let x = stubLeft
        let width = stubWidth
        let right = x + width
        page.bankHeader(
            sheet, trailing: "", x: x, y: top + 4, width: width, height: 8, nameWidth: 27, codeWidth: 18,
            nameSize: 7.5, codeSize: 10, trailingSize: 8)
        var y = top + 12
        let half = width / 2
        page.field("Parcela", sheet.installment, x: x, y: y, width: 15, height: 6)
        page.field(
            "Vencimento", sheet.dueDate, x: x + 15, y: y, width: width - 15, height: 6, align: .right,
            font: .helveticaBold)
        page.vRule(x: x + 15, from: y, to: y + 6)
        y += 6
        for (label, value) in [
            ("Agência/Código do Beneficiário", sheet.agencyAndCode), ("Nosso número", sheet.ourNumber),
            ("Nº do documento", sheet.documentNumber),
        ] {
            page.hRule(y: y, from: x, to: right)
            page.field(label, value, x: x, y: y, width: width, height: 6, align: .right)
            y += 6
        }
        page.hRule(y: y, from: x, to: right)
        page.field(
            "(=) Valor do documento", sheet.amount, x: x, y: y, width: width, height: 6, align: .right,
            font: .helveticaBold)
        y += 6
        page.hRule(y: y, from: x, to: right)
        page.field("(-) Desc./Abatimento", sheet.discount, x: x, y: y, width: half, height: 6, align: .right)
        page.field("(+) Mora/Multa", sheet.penalty, x: x + half, y: y, width: half, height: 6, align: .right)
        page.vRule(x: x + half, from: y, to: y + 6)
        y += 6
        page.hRule(y: y, from: x, to: right)
        page.field("(=) Valor cobrado", sheet.chargedAmount, x: x, y: y, width: width, height: 6, align: .right)
        y += 6
        for (label, party) in [("Beneficiário", sheet.beneficiary), ("Pagador", sheet.payer)] {
            page.hRule(y: y, from: x, to: right)
            page.partyField(
                label, party, x: x, y: y, width: width, height: 9, size: 6.5, minSize: 5, includeAddress: false)
            y += 9
        }
        page.hRule(y: y, from: x, to: right)
        page.textMM("Recibo do Pagador", x: x, y: y + 3.5, font: .helveticaBold, size: 7)
        page.textMM("Autenticação mecânica", x: right, y: y + 3.5, size: 6, align: .right, color: FormStyle.labelColor)
    }

    // MARK: Ficha

    private static func drawFicha(_ sheet: BoletoSheet, on page: inout PDFPage, top: Double) {
        let x = fichaLeft
        page.bankHeader(
            sheet, trailing: sheet.digitableLine, x: x, y: top + 4, width: fichaWidth, height: 8, nameWidth: 25,
            codeWidth: 15, nameSize: 8, codeSize: 12, trailingSize: 10)
        let gridRight = sheet.pix == nil ? fichaRight : fichaRight - pixColumn - 2
        let split = gridRight - valueColumn
        let leftWidth = split - x
        var y = top + 12

        page.field(
            "Local de pagamento", sheet.paymentPlace, x: x, y: y, width: leftWidth, height: 6, size: 7, minSize: 5.5)
        page.field(
            "Vencimento", sheet.dueDate, x: split, y: y, width: valueColumn, height: 6, align: .right,
            font: .helveticaBold,
            size: 8.5)
        y += 6
        page.hRule(y: y, from: x, to: gridRight)
        page.partyField("Beneficiário", sheet.beneficiary, x: x, y: y, width: leftWidth, height: 12, size: 7)
        page.field(
            "Agência/Código do Beneficiário", sheet.agencyAndCode, x: split, y: y, width: valueColumn, height: 12,
            align: .right)
        y += 12
        page.hRule(y: y, from: x, to: gridRight)
        row(
            [
                ("Data do documento", sheet.documentDate, 0.21), ("Nº do documento", sheet.documentNumber, 0.3),
                ("Espécie doc.", sheet.documentKind, 0.15), ("Aceite", sheet.acceptance, 0.1),
                ("Data process.", sheet.processingDate, 0.24),
            ], x: x, y: y, width: leftWidth, on: &page)
        page.field("Nosso número", sheet.ourNumber, x: split, y: y, width: valueColumn, height: 6, align: .right)
        y += 6
        page.hRule(y: y, from: x, to: gridRight)
        row(
            [
                ("Carteira", sheet.wallet, 0.2), ("Espécie", sheet.currency, 0.16),
                ("Parcela", sheet.installment, 0.16),
                ("Sacador/Avalista", sheet.guarantor?.nameAndDocument ?? "", 0.48),
            ], x: x, y: y, width: leftWidth, on: &page)
        page.field(
            "(=) Valor do documento", sheet.amount, x: split, y: y, width: valueColumn, height: 6, align: .right,
            font: .helveticaBold)
        y += 6
        page.hRule(y: y, from: x, to: gridRight)
        page.instructionsField(sheet.instructions, x: x, y: y, width: leftWidth, height: 18, size: 6.5, minSize: 5.5)
        for (index, (label, value)) in [
            ("(-) Desconto/Abatimento", sheet.discount), ("(+) Mora/Multa", sheet.penalty),
            ("(=) Valor cobrado", sheet.chargedAmount),
        ].enumerated() {
            let boxY = y + Double(index) * 6
            if index > 0 { page.hRule(y: boxY, from: split, to: gridRight) }
            page.field(label, value, x: split, y: boxY, width: valueColumn, height: 6, align: .right)
        }
        y += 18
        page.hRule(y: y, from: x, to: gridRight)
        page.vRule(x: split, from: top + 12, to: y)
        payer(sheet, x: x, y: y, width: gridRight - x, height: 11, on: &page)
        y += 11
        page.hRule(y: y, from: x, to: gridRight)

        if let pix = sheet.pix {
            page.pixBlock(
                pix, x: fichaRight - pixColumn, y: top + pixTopOffset, width: pixColumn, qrSide: pixColumn,
                captionSize: pixCaptionSize,
                codeSize: 4.5, maxCodeLines: 8)
        }
        let barcodeRight = x + barcodeOffsetX + BoletoBarcode.widthMM + BoletoBarcode.quietZoneMM
        let labelX = max(fichaRight, barcodeRight)
        page.textMM(
            "Autenticação mecânica", x: labelX, y: top + 78, size: 6, align: .right, color: FormStyle.labelColor)
        page.textMM(
            "Ficha de Compensação", x: labelX, y: top + 81, font: .helveticaBold, size: 6.5, align: .right)
        page.boletoBarcode(sheet.barcode, x: x + barcodeOffsetX, y: top + barcodeOffsetY)
    }

    /// A row of boxes sharing `width` by the given fractions, with separators between them.
    private static func row(
        _ boxes: [(label: String, value: String, fraction: Double)], x: Double, y: Double, width: Double,
        on page: inout PDFPage
    ) {
        var boxX = x
        for (index, box) in boxes.enumerated() {
            let boxWidth = width * box.fraction
            if index > 0 { page.vRule(x: boxX, from: y, to: y + 6) }
            page.field(box.label, box.value, x: boxX, y: y, width: boxWidth, height: 6, size: 7, minSize: 5.5)
            boxX += boxWidth
        }
    }

    /// The pagador across the grid (the sacador/avalista has its box in the row above, to
    /// leave the pagador's name, CPF/CNPJ and address the whole height).
    private static func payer(
        _ sheet: BoletoSheet, x: Double, y: Double, width: Double, height: Double, on page: inout PDFPage
    ) {
        page.partyField("Pagador", sheet.payer, x: x, y: y, width: width, height: height, size: 7)
    }
}
