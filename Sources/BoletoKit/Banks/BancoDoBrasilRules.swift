/// Banco do Brasil (001), BB-Bloqueto Anexos VII–XI.
///
/// The convênio length picks the layout:
/// - 4 digits: 20–23 convênio, 24–30 sequence (7), 31–34 agência, 35–42 conta, 43–44 carteira; nosso número
///   `CCCCNNNNNNN-X`.
/// - 6 digits: 20–25 convênio, 26–30 sequence (5), then as above; nosso número `CCCCCCNNNNN-X`.
/// - 7 digits: 20–25 `000000`, 26–32 convênio, 33–42 sequence (10), 43–44 carteira; nosso número
///   `CCCCCCCNNNNNNNNNN`, 17 digits with no DV.
struct BancoDoBrasilRules: BankRules {
    let agencia: [UInt8]
    let conta: [UInt8]
    let convenio: [UInt8]
    let carteira: [UInt8]

    init(agencia: String, conta: String, convenio: String, carteira: String) throws(BoletoError) {
        self.agencia = try AccountField.padded(agencia, field: "agencia", width: 4)
        self.conta = try AccountField.padded(conta, field: "conta", width: 8)
        self.convenio = try AccountField.exact(convenio, field: "convenio", lengths: [4, 6, 7])
        self.carteira = try AccountField.padded(carteira, field: "carteira", width: 2)
        if self.convenio.count != 7, self.carteira == [2, 1] {
            throw .invalidAccountField(field: "carteira", reason: .reservedForFreeNossoNumero(value: carteira))
        }
    }

    private var hasSevenDigitConvenio: Bool { convenio.count == 7 }

    /// Digits of the sequence: 7 (convênio 4), 5 (convênio 6) or 10 (convênio 7).
    private var sequenceWidth: Int { hasSevenDigitConvenio ? 10 : 11 - convenio.count }

    var maxSequence: Int64 {
        var maximum: Int64 = 1
        for _ in 0..<sequenceWidth { maximum *= 10 }
        return maximum - 1
    }

    func nossoNumero(sequence: Int64, issueYear: Int?) -> NossoNumero {
        let digits = convenio + sequence.digitValues(width: sequenceWidth)
        if hasSevenDigitConvenio {
            return NossoNumero(
                bank: .bancoDoBrasil, sequence: sequence, digits: digits, checkDigit: nil,
                formatted: String(digitValues: digits))
        }
        let checkDigit = String(CheckDigit.bancoDoBrasil(digits))
        return NossoNumero(
            bank: .bancoDoBrasil, sequence: sequence, digits: digits, checkDigit: checkDigit,
            formatted: String(digitValues: digits) + "-" + checkDigit)
    }

    func campoLivre(for nossoNumero: NossoNumero) -> [UInt8] {
        if hasSevenDigitConvenio {
            return [0, 0, 0, 0, 0, 0] + nossoNumero.digitValues + carteira
        }
        return nossoNumero.digitValues + agencia + conta + carteira
    }

    func sequence(inCampoLivre fields: CampoLivreFields) -> Int64? {
        if hasSevenDigitConvenio {
            guard fields[20...25] == [0, 0, 0, 0, 0, 0], fields[26...32] == convenio, fields[43...44] == carteira
            else { return nil }
            return fields[33...42].numberValue
        }
        let convenioEnd = 19 + convenio.count
        guard fields[20...convenioEnd] == convenio, fields[31...34] == agencia, fields[35...42] == conta,
            fields[43...44] == carteira
        else { return nil }
        return fields[(convenioEnd + 1)...30].numberValue
    }

    /// `4042-8 / 00061900-0`: agência and conta with their DVs, which use the nosso número rule (Anexo XI).
    var agenciaCodigoBeneficiario: String {
        String(digitValues: agencia) + "-" + String(CheckDigit.bancoDoBrasil(agencia)) + " / "
            + String(digitValues: conta) + "-" + String(CheckDigit.bancoDoBrasil(conta))
    }

    var carteiraText: String { String(digitValues: carteira) }

    /// Positions 20–25 = 000000 mean a 7-digit convênio; 43–44 = 21 the free 17-digit nosso número (Anexo X);
    /// otherwise convênio 4 or 6, which share the 11-digit nosso número in 20–30 and cannot be told apart.
    static func describe(_ fields: CampoLivreFields) -> CampoLivreDescription {
        if fields[20...25] == [0, 0, 0, 0, 0, 0] {
            var description = CampoLivreDescription(bank: .bancoDoBrasil, layout: "convenio-7")
            description.convenio = fields.text(26...32)
            description.nossoNumero = fields.text(26...42)
            description.carteira = fields.text(43...44)
            return description
        }
        if fields[43...44] == [2, 1] {
            var description = CampoLivreDescription(bank: .bancoDoBrasil, layout: "free-nosso-numero")
            description.convenio = fields.text(20...25)
            description.nossoNumero = fields.text(26...42)
            description.carteira = "21"
            return description
        }
        var description = CampoLivreDescription(bank: .bancoDoBrasil, layout: "convenio-4-or-6")
        description.nossoNumero = fields.text(20...30) + "-" + String(CheckDigit.bancoDoBrasil(fields[20...30]))
        description.agencia = fields.text(31...34)
        description.conta = fields.text(35...42)
        description.carteira = fields.text(43...44)
        return description
    }
}
