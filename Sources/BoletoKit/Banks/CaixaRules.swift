/// Caixa (104), SIGCB: Caixa-SIGCB §4.2.4.6, §4.2.10.1.1, Anexos III, IV and VI.
///
/// Nosso número (17) = modalidade `1` (registrada) + emissão `4` (beneficiário) + 15 free digits, + DV.
/// Campo livre: 20–25 código do beneficiário, 26 its DV, 27–29 nosso número digits 3–5, 30 digit 1, 31–33
/// digits 6–8, 34 digit 2, 35–43 digits 9–17, 44 DV of positions 20–43. All three DVs are mod 11 with a
/// result above 9 giving 0.
struct CaixaRules: BankRules {
    let agencia: [UInt8]
    let codigoBeneficiario: [UInt8]

    init(agencia: String, codigoBeneficiario: String) throws(BoletoError) {
        self.agencia = try AccountField.padded(agencia, field: "agencia", width: 4)
        self.codigoBeneficiario = try AccountField.padded(
            codigoBeneficiario, field: "codigoBeneficiario", width: 6)
    }

    /// Registered (1), issued by the beneficiário (4): the only kind a billing system may issue now.
    private static let modalidadeEmissao: [UInt8] = [1, 4]

    var maxSequence: Int64 { 999_999_999_999_999 }

    func nossoNumero(sequence: Int64, issueYear: Int?) -> NossoNumero {
        let digits = Self.modalidadeEmissao + sequence.digitValues(width: 15)
        let checkDigit = String(CheckDigit.mod11ZeroAbove9(digits))
        return NossoNumero(
            bank: .caixa, sequence: sequence, digits: digits, checkDigit: checkDigit,
            formatted: String(digitValues: digits) + "-" + checkDigit)
    }

    func campoLivre(for nossoNumero: NossoNumero) -> [UInt8] {
        let number = nossoNumero.digitValues
        var digits = codigoBeneficiario + [CheckDigit.mod11ZeroAbove9(codigoBeneficiario)]
        digits += number[2..<5] + [number[0]] + number[5..<8] + [number[1]] + number[8..<17]
        return digits + [CheckDigit.mod11ZeroAbove9(digits)]
    }

    func sequence(inCampoLivre fields: CampoLivreFields) -> Int64? {
        guard fields[20...25] == codigoBeneficiario, Self.checkDigitsHold(fields), fields[30] == 1, fields[34] == 4
        else { return nil }
        return (fields[27...29] + fields[31...33] + fields[35...43]).numberValue
    }

    /// `1825/245274-0`: agência, código do beneficiário and its DV.
    var agenciaCodigoBeneficiario: String {
        String(digitValues: agencia) + "/" + String(digitValues: codigoBeneficiario) + "-"
            + String(CheckDigit.mod11ZeroAbove9(codigoBeneficiario))
    }

    /// "RG": cobrança registrada, as Caixa prints it.
    var carteiraText: String { "RG" }

    private static func checkDigitsHold(_ fields: CampoLivreFields) -> Bool {
        fields[26] == CheckDigit.mod11ZeroAbove9(fields[20...25])
            && fields[44] == CheckDigit.mod11ZeroAbove9(fields[20...43])
    }

    static func describe(_ fields: CampoLivreFields) -> CampoLivreDescription {
        var description = CampoLivreDescription(bank: .caixa, layout: "sigcb")
        description.codigoBeneficiario = fields.text(20...25) + "-" + fields.text(26...26)
        let number = [fields[30], fields[34]] + fields[27...29] + fields[31...33] + fields[35...43]
        description.nossoNumero = String(digitValues: number) + "-" + String(CheckDigit.mod11ZeroAbove9(number))
        // Nosso número digit 1 is the modalidade: 1 registrada ("RG"), 2 sem registro ("SR").
        description.carteira = fields[30] == 1 ? "RG" : fields[30] == 2 ? "SR" : nil
        description.checkDigitsHold = checkDigitsHold(fields)
        return description
    }
}
