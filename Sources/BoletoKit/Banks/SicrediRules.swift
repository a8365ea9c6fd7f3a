/// Sicredi (748), Sicredi-400 §5.3–5.4 and §10.7.
///
/// Nosso número `AA/BXXXXX-D`: year, byte de geração, 5-digit sequential, DV (mod 11 over cooperativa, posto,
/// código do beneficiário, year, byte, sequential; a result above 9 gives 0).
/// Campo livre: 20 tipo de cobrança (`1` com registro), 21 carteira `1`, 22–30 nosso número with DV, 31–34
/// cooperativa, 35–36 posto, 37–41 código do beneficiário, 42 `1` when the code has an amount, 43 `0`,
/// 44 DV of 20–43 (mod 11, remainders 0 and 1 give 0).
struct SicrediRules: BankRules {
    let cooperativa: [UInt8]
    let posto: [UInt8]
    let codigoBeneficiario: [UInt8]
    let byteGeracao: UInt8

    init(cooperativa: String, posto: String, codigoBeneficiario: String, byteGeracao: Int) throws(BoletoError) {
        self.cooperativa = try AccountField.padded(cooperativa, field: "cooperativa", width: 4)
        self.posto = try AccountField.padded(posto, field: "posto", width: 2)
        self.codigoBeneficiario = try AccountField.padded(
            codigoBeneficiario, field: "codigoBeneficiario", width: 5)
        // Byte 1 is reserved to nosso números the cooperativa makes (Sicredi-400 §5.3).
        guard (2...9).contains(byteGeracao) else {
            throw .invalidAccountField(field: "byteGeracao", reason: .outOfRange(value: byteGeracao, range: 2...9))
        }
        self.byteGeracao = UInt8(byteGeracao)
    }

    var maxSequence: Int64 { 99_999 }

    func nossoNumero(sequence: Int64, issueYear: Int?) throws(BoletoError) -> NossoNumero {
        guard let issueYear else { throw .invalidAccountField(field: "issueYear", reason: .missing) }
        guard (2000...2099).contains(issueYear) else {
            throw .invalidAccountField(field: "issueYear", reason: .outOfRange(value: issueYear, range: 2000...2099))
        }
        let year = Int64(issueYear % 100).digitValues(width: 2)
        let digits = year + [byteGeracao] + sequence.digitValues(width: 5)
        let checkDigit = String(nossoNumeroDV(digits))
        return NossoNumero(
            bank: .sicredi, sequence: sequence, digits: digits, checkDigit: checkDigit,
            formatted: String(digitValues: year) + "/" + String(digitValues: digits[2...]) + "-" + checkDigit)
    }

    /// The digits carry only the last two digits of the year; any year of that century makes the same ones.
    func issueYear(of nossoNumero: NossoNumero) -> Int? {
        guard let digits = nossoNumero.digitValues.first(2) else { return nil }
        return 2000 + Int(digits.numberValue)
    }

    /// Tipo `1` (com registro) and position 42 `1`: boletos are registered, and issued with an amount.
    func campoLivre(for nossoNumero: NossoNumero) -> [UInt8] {
        let digits = nossoNumero.digitValues
        let body = [1, 1] + digits + [nossoNumeroDV(digits)] + cooperativa + posto + codigoBeneficiario + [1, 0]
        return body + [CheckDigit.mod11ZeroAbove9(body)]
    }

    /// Position 42 may be 0 or 1: it depends on the boleto's amount, not on the account.
    func sequence(inCampoLivre fields: CampoLivreFields) -> Int64? {
        guard fields[20] == 1, fields[21] == 1, fields[24] == byteGeracao, fields[31...34] == cooperativa,
            fields[35...36] == posto, fields[37...41] == codigoBeneficiario, fields[42] <= 1, fields[43] == 0,
            Self.checkDigitsHold(fields)
        else { return nil }
        return fields[25...29].numberValue
    }

    /// `1234.18.12345`: cooperativa, posto and código do beneficiário.
    var agenciaCodigoBeneficiario: String {
        String(digitValues: cooperativa) + "." + String(digitValues: posto) + "."
            + String(digitValues: codigoBeneficiario)
    }

    /// Position 21, carteira 1 (cobrança simples).
    var carteiraText: String { "1" }

    private func nossoNumeroDV(_ digits: [UInt8]) -> UInt8 {
        CheckDigit.mod11ZeroAbove9(cooperativa + posto + codigoBeneficiario + digits)
    }

    private static func checkDigitsHold(_ fields: CampoLivreFields) -> Bool {
        fields[30] == CheckDigit.mod11ZeroAbove9(fields[31...41] + fields[22...29])
            && fields[44] == CheckDigit.mod11ZeroAbove9(fields[20...43])
    }

    static func describe(_ fields: CampoLivreFields) -> CampoLivreDescription {
        var description = CampoLivreDescription(bank: .sicredi, layout: "standard")
        description.carteira = fields.text(21...21)
        description.nossoNumero = fields.text(22...23) + "/" + fields.text(24...29) + "-" + fields.text(30...30)
        description.cooperativa = fields.text(31...34)
        description.posto = fields.text(35...36)
        description.codigoBeneficiario = fields.text(37...41)
        description.checkDigitsHold = checkDigitsHold(fields)
        return description
    }
}

extension Array {
    /// The first `count` elements when there are that many.
    fileprivate func first(_ count: Int) -> [Element]? {
        self.count >= count ? Array(prefix(count)) : nil
    }
}
