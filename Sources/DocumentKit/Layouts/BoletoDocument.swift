/// One boleto on one A4 page: printing instructions, the recibo do pagador (with the Pix of a
/// boleto híbrido), a cut line, and the ficha de compensação in the FEBRABAN grid with the ITF
/// barcode.
///
/// Vertical budget, mm from the top of the page: instructions 10–24; recibo 32–99; Pix box
/// 106–150; cut line at 190; ficha 194–275 with the barcode at 273.5–286.5. The ficha, cut
/// off at the line, is 107 mm high (FEBRABAN: 95–108) and the barcode's centre is 17 mm
/// above its bottom edge (FEBRABAN: at least 12).
public enum BoletoDocument {
    /// Renders `sheet` as a one-page PDF.
    public static func render(_ sheet: BoletoSheet, info: PDFInfo) -> [UInt8] {
        var document = PDFDocument(info: info, capacity: 48 * 1024)
        document.addPage { page in draw(sheet, on: &page) }
        return document.finish()
    }

    /// Draws `sheet` on an A4 page (to put boletos in a document of your own).
    public static func draw(_ sheet: BoletoSheet, on page: inout PDFPage) {
        drawPrintingInstructions(on: &page)
        drawReceipt(sheet, on: &page)
        if let pix = sheet.pix { drawPixBox(pix, on: &page) }
        page.horizontalCutLine(y: cutLineY, from: left, to: right)
        drawFicha(sheet, on: &page)
    }

    // MARK: Geometry (mm from the page's top-left corner)

    static let left = 10.0
    static let right = 200.0
    /// Width of the right-hand column (vencimento, valores).
    static let valueColumn = 45.0
    static var split: Double { right - valueColumn }

    static let receiptTop = 32.0
    static let pixBoxTop = 106.0
    static let pixBoxHeight = 44.0
    /// The square the Pix QR, quiet zone included, is drawn in (mm): at the left of the Pix
    /// box, clear of everything else; the symbol is centred vertically in it.
    public static let pixQRArea = (x: left + 2, y: pixBoxTop + 2, side: 40.0)
    /// The cut line above the ficha; the ficha runs from here to the bottom edge of the paper.
    public static let cutLineY = 190.0
    /// Top of the ficha's bank header.
    public static let fichaTop = 194.0
    /// Bottom edge of the ficha: the bottom of the A4 sheet.
    public static let fichaBottom = 297.0
    /// Top-left corner of the barcode's start bar: 5 mm of quiet zone after the 10 mm margin.
    public static let barcodeX = 15.0
    public static let barcodeY = 273.5

    // MARK: Parts

    private static func drawPrintingInstructions(on page: inout PDFPage) {
        page.textMM("Instruções de impressão", x: left, y: 12, font: .helveticaBold, size: 7)
        page.setFillColor(FormStyle.labelColor)
        page.paragraph(
            "Imprima em impressora jato de tinta (ink jet) ou laser, em qualidade normal ou alta (não use modo "
                + "econômico). Utilize folha A4 (210 x 297 mm) e margens mínimas à esquerda e à direita do formulário. "
                + "Corte na linha indicada. Não rasure, risque, fure ou dobre a região onde se encontra o código de barras.",
            x: mm(left), y: mm(15.5), width: mm(right - left), font: .helvetica, size: 6.5, lineHeight: 8, maxLines: 3)
    }

    private static func drawReceipt(_ sheet: BoletoSheet, on page: inout PDFPage) {
        let top = receiptTop
        page.bankHeader(
            sheet, trailing: sheet.digitableLine, x: left, y: top, width: right - left, height: 9, nameWidth: 42,
            codeWidth: 20, nameSize: 10, codeSize: 14, trailingSize: 11)
        var y = top + 9
        // Beneficiário | Agência/Código
        page.partyField("Beneficiário", sheet.beneficiary, x: left, y: y, width: split - left, height: 10)
        page.field(
            "Agência/Código do Beneficiário", sheet.agencyAndCode, x: split, y: y, width: valueColumn, height: 10,
            align: .right)
        y += 10
        page.hRule(y: y, from: left, to: right)
        // Pagador | Vencimento
        page.partyField("Pagador", sheet.payer, x: left, y: y, width: split - left, height: 10)
        page.field(
            "Vencimento", sheet.dueDate, x: split, y: y, width: valueColumn, height: 10, align: .right,
            font: .helveticaBold,
            size: 9)
        y += 10
        page.hRule(y: y, from: left, to: right)
        documentRow(sheet, y: y, on: &page)
        y += 7
        page.hRule(y: y, from: left, to: right)
        let guarantor = sheet.guarantor?.nameAndDocument ?? ""
        page.field("Carteira", sheet.wallet, x: left, y: y, width: 28, height: 7)
        page.field("Espécie", sheet.currency, x: 38, y: y, width: 20, height: 7)
        page.field("Sacador/Avalista", guarantor, x: 58, y: y, width: split - 58, height: 7, minSize: 5.5)
        page.field(
            "(=) Valor do documento", sheet.amount, x: split, y: y, width: valueColumn, height: 7, align: .right,
            font: .helveticaBold)
        page.vRule(x: 38, from: y, to: y + 7)
        page.vRule(x: 58, from: y, to: y + 7)
        y += 7
        page.hRule(y: y, from: left, to: right)
        amountsColumn(sheet, y: y, on: &page)
        instructionsBox(sheet, y: y, height: 21, on: &page)
        y += 21
        page.hRule(y: y, from: left, to: right)
        page.vRule(x: split, from: top + 9, to: y)
        page.textMM(
            "Autenticação mecânica - Recibo do Pagador", x: right, y: y + 3, size: 6.5, align: .right,
            color: FormStyle.labelColor)
    }

    /// Data do documento | Nº do documento | Espécie doc. | Aceite | Data processamento | Nosso número
    private static func documentRow(_ sheet: BoletoSheet, y: Double, on page: inout PDFPage) {
        page.field("Data do documento", sheet.documentDate, x: left, y: y, width: 28, height: 7)
        page.field("Nº do documento", sheet.documentNumber, x: 38, y: y, width: 35, height: 7, minSize: 5.5)
        page.field("Espécie doc.", sheet.documentKind, x: 73, y: y, width: 19, height: 7)
        page.field("Aceite", sheet.acceptance, x: 92, y: y, width: 14, height: 7)
        page.field("Data processamento", sheet.processingDate, x: 106, y: y, width: split - 106, height: 7)
        page.field("Nosso número", sheet.ourNumber, x: split, y: y, width: valueColumn, height: 7, align: .right)
        for x in [38.0, 73, 92, 106] { page.vRule(x: x, from: y, to: y + 7) }
    }

    /// (−) Desconto/Abatimento, (+) Mora/Multa, (=) Valor cobrado: three 7 mm boxes on the right.
    private static func amountsColumn(_ sheet: BoletoSheet, y: Double, on page: inout PDFPage) {
        page.field(
            "(-) Desconto/Abatimento", sheet.discount, x: split, y: y, width: valueColumn, height: 7, align: .right)
        page.hRule(y: y + 7, from: split, to: right)
        page.field("(+) Mora/Multa", sheet.penalty, x: split, y: y + 7, width: valueColumn, height: 7, align: .right)
        page.hRule(y: y + 14, from: split, to: right)
        page.field(
            "(=) Valor cobrado", sheet.chargedAmount, x: split, y: y + 14, width: valueColumn, height: 7, align: .right)
    }

    /// The instructions box on the left of the amounts.
    private static func instructionsBox(_ sheet: BoletoSheet, y: Double, height: Double, on page: inout PDFPage) {
        page.instructionsField(
            sheet.instructions, x: left, y: y, width: split - left, height: height, size: 8, minSize: 6)
    }

    private static func drawPixBox(_ pix: BoletoPix, on page: inout PDFPage) {
        let top = pixBoxTop
        let height = pixBoxHeight
        page.hRule(y: top, from: left, to: right)
        page.hRule(y: top + height, from: left, to: right)
        page.vRule(x: left, from: top, to: top + height)
        page.vRule(x: right, from: top, to: top + height)
        // QR on the left, 40 mm with its quiet zone.
        let area = pixQRArea
        let module = PixLayout.moduleSize(for: pix.qrCode, side: area.side)
        let drawn = PDFUnit.millimetres(
            fromPoints: module * Double(pix.qrCode.sideModules(quietZone: PixLayout.quietZone)))
        page.setFillColor(.black)
        pix.qrCode.draw(
            on: &page, x: mm(area.x), y: mm(area.y + (area.side - drawn) / 2), moduleSize: module,
            quietZone: PixLayout.quietZone)
        let textX = area.x + area.side + 4
        let textWidth = right - 3 - textX
        page.textMM("Pague com Pix", x: textX, y: top + 7, font: .helveticaBold, size: 12)
        page.setFillColor(FormStyle.valueColor)
        page.paragraph(
            "Aponte a câmera do aplicativo do seu banco para o QR Code ao lado ou copie o código abaixo (Pix Copia "
                + "e Cola). O Pix e o código de barras pagam o mesmo boleto: pague só uma vez.",
            x: mm(textX), y: mm(top + 12.5), width: mm(textWidth), font: .helvetica, size: 8, lineHeight: 9.6,
            maxLines: 3)
        page.textMM("Pix Copia e Cola", x: textX, y: top + 24, size: FormStyle.labelSize, color: FormStyle.labelColor)
        page.setFillColor(.black)
        page.paragraph(
            pix.copyPaste, x: mm(textX), y: mm(top + 27.5), width: mm(textWidth), font: .courier, size: 7,
            lineHeight: 8.4, maxLines: 5, wrap: .characters)
    }

    private static func drawFicha(_ sheet: BoletoSheet, on page: inout PDFPage) {
        let top = fichaTop
        page.bankHeader(
            sheet, trailing: sheet.digitableLine, x: left, y: top, width: right - left, height: 9, nameWidth: 42,
            codeWidth: 20, nameSize: 10, codeSize: 14, trailingSize: 11.5)
        var y = top + 9
        page.field("Local de pagamento", sheet.paymentPlace, x: left, y: y, width: split - left, height: 7, minSize: 6)
        page.field(
            "Vencimento", sheet.dueDate, x: split, y: y, width: valueColumn, height: 7, align: .right,
            font: .helveticaBold,
            size: 9)
        y += 7
        page.hRule(y: y, from: left, to: right)
        page.partyField("Beneficiário", sheet.beneficiary, x: left, y: y, width: split - left, height: 10)
        page.field(
            "Agência/Código do Beneficiário", sheet.agencyAndCode, x: split, y: y, width: valueColumn, height: 10,
            align: .right)
        y += 10
        page.hRule(y: y, from: left, to: right)
        documentRow(sheet, y: y, on: &page)
        y += 7
        page.hRule(y: y, from: left, to: right)
        // Uso do banco | Carteira | Espécie | Quantidade | (x) Valor | (=) Valor do documento
        page.field("Uso do banco", "", x: left, y: y, width: 28, height: 7)
        page.field("Carteira", sheet.wallet, x: 38, y: y, width: 20, height: 7)
        page.field("Espécie", sheet.currency, x: 58, y: y, width: 15, height: 7)
        page.field("Quantidade", "", x: 73, y: y, width: 33, height: 7)
        page.field("(x) Valor", "", x: 106, y: y, width: split - 106, height: 7)
        page.field(
            "(=) Valor do documento", sheet.amount, x: split, y: y, width: valueColumn, height: 7, align: .right,
            font: .helveticaBold)
        for x in [38.0, 58, 73, 106] { page.vRule(x: x, from: y, to: y + 7) }
        y += 7
        page.hRule(y: y, from: left, to: right)
        amountsColumn(sheet, y: y, on: &page)
        instructionsBox(sheet, y: y, height: 21, on: &page)
        y += 21
        page.hRule(y: y, from: left, to: right)
        page.vRule(x: split, from: top + 9, to: y)
        payerBox(sheet, y: y, height: 16, on: &page)
        y += 16
        page.hRule(y: y, from: left, to: right)
        page.textMM(
            "Autenticação mecânica - Ficha de Compensação", x: right, y: y + 3, size: 6.5, align: .right,
            color: FormStyle.labelColor)
        page.boletoBarcode(sheet.barcode, x: barcodeX, y: barcodeY)
    }

    /// Pagador (name, CPF/CNPJ, address) and Sacador/Avalista across the ficha's width.
    private static func payerBox(_ sheet: BoletoSheet, y: Double, height: Double, on page: inout PDFPage) {
        let width = right - left
        page.partyField("Pagador", sheet.payer, x: left, y: y, width: width, height: height - 3)
        let x = left + FormStyle.padding
        page.textMM(
            "Sacador/Avalista:", x: x, y: y + height - 1.6, size: FormStyle.labelSize, color: FormStyle.labelColor)
        if let guarantor = sheet.guarantor {
            page.textMM(
                guarantor.nameAndDocument, x: x + 17, y: y + height - 1.6, size: 7,
                maxWidth: width - 2 * FormStyle.padding - 17,
                minSize: 5.5)
        }
    }
}
