/// Bradesco (237), Bradesco-400 p.17–18 and p.28.
///
/// Campo livre: 20–23 agência (no DV), 24–25 carteira, 26–36 nosso número (11, no DV), 37–43 conta (7, no
/// DV), 44 `0`. Nosso-número DV: mod 11 base 7 over carteira + nosso número, remainder 1 → "P".
struct BradescoRules: BankRules {
    let agencia: [UInt8]
    let conta: [UInt8]
    let carteira: [UInt8]
    let agenciaDigito: String?
    let contaDigito: String?

    init(agencia: String, conta: String, carteira: String, agenciaDigito: String?, contaDigito: String?)
        throws(BoletoError)
    {
        self.agencia = try AccountField.padded(agencia, field: "agencia", width: 4)
        self.conta = try AccountField.padded(conta, field: "conta", width: 7)
        self.carteira = try AccountField.padded(carteira, field: "carteira", width: 2)
        // The agência and conta DVs are not in the manuals we rely on (rails §1.7), so they are taken as the
        // bank gave them, only to be printed.
        self.agenciaDigito = try AccountField.checkDigit(agenciaDigito, field: "agenciaDigito")
        self.contaDigito = try AccountField.checkDigit(contaDigito, field: "contaDigito")
    }

    var maxSequence: Int64 { 99_999_999_999 }

    func nossoNumero(sequence: Int64, issueYear: Int?) -> NossoNumero {
        let digits = sequence.digitValues(width: 11)
        let checkDigit = String(CheckDigit.bradesco(carteira + digits))
        return NossoNumero(
            bank: .bradesco, sequence: sequence, digits: digits, checkDigit: checkDigit,
            formatted: String(digitValues: carteira) + "/" + String(digitValues: digits) + "-" + checkDigit)
    }

    func campoLivre(for nossoNumero: NossoNumero) -> [UInt8] {
        agencia + carteira + nossoNumero.digitValues + conta + [0]
    }

    func sequence(inCampoLivre fields: CampoLivreFields) -> Int64? {
        guard fields[20...23] == agencia, fields[24...25] == carteira, fields[37...43] == conta, fields[44] == 0
        else { return nil }
        return fields[26...36].numberValue
    }

    /// `4042-8 / 0061900-0`, or without the DVs when the bank's were not given.
    var agenciaCodigoBeneficiario: String {
        String(digitValues: agencia) + (agenciaDigito.map { "-" + $0 } ?? "") + " / " + String(digitValues: conta)
            + (contaDigito.map { "-" + $0 } ?? "")
    }

    var carteiraText: String { String(digitValues: carteira) }

    static func describe(_ fields: CampoLivreFields) -> CampoLivreDescription {
        var description = CampoLivreDescription(bank: .bradesco, layout: "standard")
        description.agencia = fields.text(20...23)
        description.carteira = fields.text(24...25)
        description.nossoNumero =
            fields.text(24...25) + "/" + fields.text(26...36) + "-"
            + String(CheckDigit.bradesco(fields[24...36]))
        description.conta = fields.text(37...43)
        return description
    }
}
