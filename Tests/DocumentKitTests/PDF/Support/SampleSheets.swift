import DocumentKit

/// Boletos used across the tests. The barcode and linha digitável are Itaú's worked example
/// (manual Itaú-400 §8.4, checked in rails.md §1.7), so their check digits are real.
enum SampleSheets {
    static let itauBarcode = "34196166700000123451101234567880057123457000"
    static let itauDigitableLine = "34191.10121 34567.880058 71234.570001 6 16670000012345"

    static let beneficiary = BoletoParty(
        name: "Adimple Serviços de Cobrança Ltda.", document: "12.345.678/0001-90",
        address: ["Rua da Conceição, 1.250 - sala 7 - Centro", "01001-000 São Paulo - SP"])

    static let payer = BoletoParty(
        name: "João Antônio Gonçalves", document: "123.456.789-09",
        address: ["Av. Brigadeiro Faria Lima, 3.477 - apto. 12", "04538-133 São Paulo - SP"])

    static var pixCode: QRCode {
        let rows = PixFixture.rows
        return QRCode(
            size: rows.count, version: PixFixture.version, level: .medium,
            modules: rows.flatMap { $0.map { $0 == "#" } })
    }

    static func itau(pix: Bool = true, barcode: String = itauBarcode, installment: String = "") -> BoletoSheet {
        BoletoSheet(
            bankCode: "341-7", bankName: "Itaú Unibanco S.A.", digitableLine: itauDigitableLine, barcode: barcode,
            paymentPlace: "Até o vencimento, preferencialmente no Itaú. Após o vencimento, somente no Itaú",
            dueDate: "01/05/2002", beneficiary: beneficiary, agencyAndCode: "0057/12345-7", documentDate: "15/04/2002",
            documentNumber: "NF 2002/0415-01", documentKind: "DM", acceptance: "N", processingDate: "15/04/2002",
            ourNumber: "110/12345678-8", wallet: "110", currency: "R$", amount: "123,45", discount: "", penalty: "",
            chargedAmount: "", installment: installment,
            instructions: [
                "Não receber após o vencimento.",
                "Após o vencimento cobrar multa de 2% (R$ 2,47) e juros de mora de 1% ao mês (R$ 0,04 por dia de atraso).",
                "Desconto de R$ 5,00 até 25/04/2002.",
            ],
            payer: payer, guarantor: nil,
            pix: pix ? BoletoPix(copyPaste: PixFixture.copyPaste, qrCode: pixCode) : nil)
    }

    /// Twelve installments with distinct barcodes (the amount field changes), so a reader
    /// must tell them apart.
    static var carne: [BoletoSheet] {
        (1...12).map { number in
            var digits = Array(itauBarcode)
            let amount = String(1000 + number)  // positions 16–19 of the amount
            digits.replaceSubrange(15..<19, with: Array(amount))
            var sheet = itau(pix: true, barcode: String(digits), installment: "\(number)/12")
            sheet.documentNumber = "CARNÊ 2025-\(number)"
            return sheet
        }
    }

    /// Everything too long: names, addresses, instructions, a sacador/avalista, a 200-byte Pix.
    static func overfull(qrCode: QRCode, copyPaste: String) -> BoletoSheet {
        var sheet = itau()
        sheet.bankName = "Banco Cooperativo de Crédito Rural e Urbano do Interior S.A."
        sheet.beneficiary = BoletoParty(
            name: "Associação Beneficente dos Trabalhadores em Transportes Rodoviários do Estado de São Paulo",
            document: "12.345.678/0001-90",
            address: [
                "Avenida Presidente Juscelino Kubitschek de Oliveira, 12.345 - Bloco C - Conjunto 1.501",
                "Jardim Paulistano", "01451-000 São Paulo - SP",
            ])
        sheet.payer = BoletoParty(
            name: "Maria da Conceição Albuquerque de Souza Gonçalves Pereira dos Santos", document: "123.456.789-09",
            address: [
                "Rua Professor Doutor Antônio Carlos de Assunção Bittencourt, 3.477 - apto. 1203 - bloco B",
                "Vila Olímpia", "04538-133 São Paulo - SP",
            ])
        sheet.guarantor = BoletoParty(
            name: "Financeira Garantidora de Recebíveis Mercantis S.A.", document: "98.765.432/0001-10")
        sheet.paymentPlace =
            "Pagável em qualquer banco, lotérica ou correspondente bancário até o vencimento; após, somente nos canais do banco emissor"
        sheet.documentNumber = "NF-e 35250412345678000190550010000012341000012345"
        sheet.instructions = (1...10).map {
            "Instrução \($0): após o vencimento cobrar multa de 2% e juros de 1% ao mês; não receber após 30 dias."
        }
        sheet.discount = "99.999.999,99"
        sheet.penalty = "99.999.999,99"
        sheet.chargedAmount = "99.999.999,99"
        sheet.amount = "99.999.999,99"
        sheet.pix = BoletoPix(copyPaste: copyPaste, qrCode: qrCode)
        return sheet
    }

    /// A Pix BR Code of 200 bytes, about the longest a dynamic cobv payload gets.
    static let longCopyPaste = String(PixFixture.copyPaste.prefix(120)) + String(repeating: "X", count: 76) + "6304"

    static let info = PDFInfo(
        title: "Boleto nº 110/12345678-8 – Março", producer: "Adimple DocumentKit tests",
        creationDate: PDFDate(year: 2025, month: 3, day: 10, hour: 14, minute: 30, second: 5, utcOffsetMinutes: -180))
}
