/// Santander (033), Santander-CB p.5–6 and p.13–14.
///
/// Campo livre: 20 fixed `9`, 21–27 código do beneficiário (PSK), 28–40 nosso número (12) + DV, 41 IOF (`0`
/// except for insurers), 42–44 modalidade (the carteira).
struct SantanderRules: BankRules {
    let agencia: [UInt8]
    let codigoBeneficiario: [UInt8]
    let carteira: [UInt8]

    /// 101 Cobrança Simples Rápida com registro, 201 Penhor Rápida com registro. 102 is the "sem registro"
    /// modalidade: every boleto must now be registered before it is issued (rails §1.10), so it is refused.
    static let supportedCarteiras = ["101", "201"]

    init(agencia: String, codigoBeneficiario: String, carteira: String) throws(BoletoError) {
        self.agencia = try AccountField.padded(agencia, field: "agencia", width: 4)
        self.codigoBeneficiario = try AccountField.padded(
            codigoBeneficiario, field: "codigoBeneficiario", width: 7)
        self.carteira = try AccountField.oneOf(
            carteira, field: "carteira", width: 3, supported: Self.supportedCarteiras)
    }

    var maxSequence: Int64 { 999_999_999_999 }

    func nossoNumero(sequence: Int64, issueYear: Int?) -> NossoNumero {
        let digits = sequence.digitValues(width: 12)
        let checkDigit = String(CheckDigit.mod11ZeroAbove9(digits))
        return NossoNumero(
            bank: .santander, sequence: sequence, digits: digits, checkDigit: checkDigit,
            formatted: String(digitValues: digits) + "-" + checkDigit)
    }

    func campoLivre(for nossoNumero: NossoNumero) -> [UInt8] {
        let digits = nossoNumero.digitValues
        return [9] + codigoBeneficiario + digits + [CheckDigit.mod11ZeroAbove9(digits), 0] + carteira
    }

    func sequence(inCampoLivre fields: CampoLivreFields) -> Int64? {
        guard fields[20] == 9, fields[21...27] == codigoBeneficiario,
            fields[40] == CheckDigit.mod11ZeroAbove9(fields[28...39]), fields[41] == 0, fields[42...44] == carteira
        else { return nil }
        return fields[28...39].numberValue
    }

    var agenciaCodigoBeneficiario: String {
        String(digitValues: agencia) + " / " + String(digitValues: codigoBeneficiario)
    }

    var carteiraText: String { String(digitValues: carteira) }

    static func describe(_ fields: CampoLivreFields) -> CampoLivreDescription {
        var description = CampoLivreDescription(bank: .santander, layout: "standard")
        description.codigoBeneficiario = fields.text(21...27)
        description.nossoNumero = fields.text(28...39) + "-" + fields.text(40...40)
        description.carteira = fields.text(42...44)
        description.checkDigitsHold = fields[20] == 9 && fields[40] == CheckDigit.mod11ZeroAbove9(fields[28...39])
        return description
    }
}
