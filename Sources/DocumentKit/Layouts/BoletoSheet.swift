/// Everything printed on one boleto, already formatted by the caller (BoletoKit computes the
/// barcode and the linha digitável; the application formats dates, amounts and documents).
/// The layouts only place strings: they never compute, round or reformat a value.
///
/// Labels on the printed boleto are the FEBRABAN ones, in Portuguese; the field names here are
/// English with the Portuguese label in their documentation.
public struct BoletoSheet: Hashable, Sendable {
    /// Bank code with its check digit, "341-7".
    public var bankCode: String
    /// Bank name as printed in the logo area, "Itaú Unibanco S.A.".
    public var bankName: String
    /// Linha digitável, formatted: "34191.10121 34567.880058 71234.570001 6 16670000012345".
    public var digitableLine: String
    /// The 44 digits of the barcode, no separators.
    public var barcode: String
    /// Local de pagamento: "Pagável em qualquer banco até o vencimento".
    public var paymentPlace: String
    /// Vencimento, "10/03/2025".
    public var dueDate: String
    /// Beneficiário: the supplier. Name, CPF/CNPJ and address are mandatory (CDC art. 42-A).
    public var beneficiary: BoletoParty
    /// Agência/Código do beneficiário, "0057/12345-7".
    public var agencyAndCode: String
    /// Data do documento.
    public var documentDate: String
    /// Nº do documento.
    public var documentNumber: String
    /// Espécie doc., "DM", "DS", "RC"…
    public var documentKind: String
    /// Aceite, "N" or "S".
    public var acceptance: String
    /// Data de processamento.
    public var processingDate: String
    /// Nosso número, as the bank prints it, "110/12345678-8".
    public var ourNumber: String
    /// Carteira.
    public var wallet: String
    /// Espécie (moeda), "R$".
    public var currency: String
    /// (=) Valor do documento, "1.234,56".
    public var amount: String
    /// (−) Desconto/Abatimento; empty when none.
    public var discount: String
    /// (+) Mora/Multa; empty when none (the bank computes it at payment).
    public var penalty: String
    /// (=) Valor cobrado; usually empty, filled by the cashier.
    public var chargedAmount: String
    /// Parcela, "03/12", printed on carnês; empty for a single boleto.
    public var installment: String
    /// Instruções (texto de responsabilidade do beneficiário): one string per line; long lines wrap.
    public var instructions: [String]
    /// Pagador.
    public var payer: BoletoParty
    /// Sacador/Avalista, when someone other than the beneficiário issued the charge.
    public var guarantor: BoletoParty?
    /// The Pix of the same charge, for a boleto híbrido.
    public var pix: BoletoPix?

    public init(
        bankCode: String, bankName: String, digitableLine: String, barcode: String,
        paymentPlace: String = "Pagável em qualquer banco até o vencimento", dueDate: String,
        beneficiary: BoletoParty, agencyAndCode: String, documentDate: String, documentNumber: String,
        documentKind: String = "DM", acceptance: String = "N", processingDate: String, ourNumber: String,
        wallet: String, currency: String = "R$", amount: String, discount: String = "", penalty: String = "",
        chargedAmount: String = "", installment: String = "", instructions: [String] = [], payer: BoletoParty,
        guarantor: BoletoParty? = nil,
        pix: BoletoPix? = nil
    ) {
        self.bankCode = bankCode
        self.bankName = bankName
        self.digitableLine = digitableLine
        self.barcode = barcode
        self.paymentPlace = paymentPlace
        self.dueDate = dueDate
        self.beneficiary = beneficiary
        self.agencyAndCode = agencyAndCode
        self.documentDate = documentDate
        self.documentNumber = documentNumber
        self.documentKind = documentKind
        self.acceptance = acceptance
        self.processingDate = processingDate
        self.ourNumber = ourNumber
        self.wallet = wallet
        self.currency = currency
        self.amount = amount
        self.discount = discount
        self.penalty = penalty
        self.chargedAmount = chargedAmount
        self.installment = installment
        self.instructions = instructions
        self.payer = payer
        self.guarantor = guarantor
        self.pix = pix
    }

    /// Checks what the layout cannot show correctly: the barcode must be 44 digits. Rendering
    /// a sheet that fails this draws a crossed-out box instead of bars, so the page is
    /// visibly unpayable rather than wrong.
    public func validate() throws(ITFError) {
        let count = barcode.utf8.count
        guard count == BoletoBarcode.digitCount else {
            throw .wrongDigitCount(expected: BoletoBarcode.digitCount, actual: count)
        }
        try ITF.validate(barcode)
    }
}

/// A person or company on the boleto: beneficiário, pagador or sacador/avalista.
public struct BoletoParty: Hashable, Sendable {
    public var name: String
    /// CPF or CNPJ, formatted: "12.345.678/0001-90".
    public var document: String
    /// Address, one string per printed line: "Rua X, 100 - Centro", "01001-000 São Paulo - SP".
    public var address: [String]

    public init(name: String, document: String, address: [String] = []) {
        self.name = name
        self.document = document
        self.address = address
    }

    /// "NAME - CPF/CNPJ: document", as the boxes print it on one line.
    var nameAndDocument: String {
        document.isEmpty ? name : name + " - CPF/CNPJ: " + document
    }

    /// The address on one line, parts separated by " - ".
    var addressLine: String {
        var line = ""
        for part in address where !part.isEmpty {
            if !line.isEmpty { line += " - " }
            line += part
        }
        return line
    }
}

/// The Pix of a boleto híbrido: the BR Code payload (copia e cola) and its QR code, already
/// encoded (QREncoder), so the layout only draws.
public struct BoletoPix: Hashable, Sendable {
    public var copyPaste: String
    public var qrCode: QRCode

    public init(copyPaste: String, qrCode: QRCode) {
        self.copyPaste = copyPaste
        self.qrCode = qrCode
    }
}
