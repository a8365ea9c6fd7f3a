/// Itaú (341), Itaú-400 §7.3.2 and Anexos 3–5.
///
/// Most carteiras: 20–22 carteira, 23–30 nosso número (8), 31 DAC of agência/conta/carteira/nosso número,
/// 32–35 agência, 36–40 conta, 41 DAC of agência/conta, 42–44 `000`.
/// 15-position carteiras (Anexo 5): 20–22 carteira, 23–30 nosso número, 31–37 seu número (7), 38–42 código
/// do cliente (5), 43 DAC of positions 20–42, 44 `0`.
struct ItauRules: BankRules {
    let agencia: [UInt8]
    let conta: [UInt8]
    let carteira: [UInt8]
    /// Only for the 15-position carteiras.
    let codigoCliente: [UInt8]?

    /// Carteiras whose nosso-número DAC covers only carteira + nosso número (Anexo 4). brcobranca adds 112;
    /// the manual does not, and the manual wins.
    static let shortDACCarteiras: Set<[UInt8]> = [[1, 2, 6], [1, 3, 1], [1, 4, 6], [1, 5, 0], [1, 6, 8]]

    /// The carteiras the manual's Anexo 5 names (text: 107, 122, 142, 143, 196; title: 198).
    static let fifteenPositionCarteiras: Set<[UInt8]> = [
        [1, 0, 7], [1, 2, 2], [1, 4, 2], [1, 4, 3], [1, 9, 6], [1, 9, 8],
    ]

    init(agencia: String, conta: String, carteira: String, codigoCliente: String?) throws(BoletoError) {
        self.agencia = try AccountField.padded(agencia, field: "agencia", width: 4)
        self.conta = try AccountField.padded(conta, field: "conta", width: 5)
        self.carteira = try AccountField.padded(carteira, field: "carteira", width: 3)
        if Self.fifteenPositionCarteiras.contains(self.carteira) {
            guard let codigoCliente else { throw .invalidAccountField(field: "codigoCliente", reason: .missing) }
            self.codigoCliente = try AccountField.padded(codigoCliente, field: "codigoCliente", width: 5)
        } else {
            self.codigoCliente = nil
        }
    }

    var maxSequence: Int64 { 99_999_999 }

    /// The 8-digit nosso número, followed on the 15-position carteiras by the 7-digit seu número. Adimple
    /// has one number per boleto, so seu número repeats the sequence's last 7 digits.
    func nossoNumero(sequence: Int64, issueYear: Int?) -> NossoNumero {
        let number = sequence.digitValues(width: 8)
        var digits = number
        if codigoCliente != nil { digits += (sequence % 10_000_000).digitValues(width: 7) }
        let checkDigit = String(Self.nossoNumeroDAC(agencia: agencia, conta: conta, carteira: carteira, number))
        return NossoNumero(
            bank: .itau, sequence: sequence, digits: digits, checkDigit: checkDigit,
            formatted: String(digitValues: carteira) + "/" + String(digitValues: number) + "-" + checkDigit)
    }

    func campoLivre(for nossoNumero: NossoNumero) -> [UInt8] {
        let digits = nossoNumero.digitValues
        if let codigoCliente {
            let body = carteira + digits + codigoCliente
            return body + [CheckDigit.mod10(body), 0]
        }
        return carteira + digits + [Self.nossoNumeroDAC(agencia: agencia, conta: conta, carteira: carteira, digits)]
            + agencia + conta + [CheckDigit.mod10(agencia + conta), 0, 0, 0]
    }

    func sequence(inCampoLivre fields: CampoLivreFields) -> Int64? {
        guard fields[20...22] == carteira else { return nil }
        if let codigoCliente {
            guard fields[38...42] == codigoCliente, Self.checkDigitsHold(fields) else { return nil }
            return fields[23...30].numberValue
        }
        guard fields[32...35] == agencia, fields[36...40] == conta, Self.checkDigitsHold(fields) else { return nil }
        return fields[23...30].numberValue
    }

    /// `0607 / 15255-0`: agência, conta and the conta's DAC (mod 10 of agência + conta).
    var agenciaCodigoBeneficiario: String {
        String(digitValues: agencia) + " / " + String(digitValues: conta) + "-"
            + String(CheckDigit.mod10(agencia + conta))
    }

    var carteiraText: String { String(digitValues: carteira) }

    /// Anexo 4: mod 10 over agência + conta + carteira + nosso número, or carteira + nosso número alone for
    /// carteiras 126, 131, 146, 150 and 168. Example: 0057/12345, carteira 110, 12345678 → 8.
    static func nossoNumeroDAC(agencia: [UInt8], conta: [UInt8], carteira: [UInt8], _ number: [UInt8]) -> UInt8 {
        if shortDACCarteiras.contains(carteira) { return CheckDigit.mod10(carteira + number) }
        return CheckDigit.mod10(agencia + conta + carteira + number)
    }

    private static func checkDigitsHold(_ fields: CampoLivreFields) -> Bool {
        if fifteenPositionCarteiras.contains(fields[20...22]) {
            return fields[43] == CheckDigit.mod10(fields[20...42]) && fields[44] == 0
        }
        return fields[31]
            == nossoNumeroDAC(
                agencia: fields[32...35], conta: fields[36...40],
                carteira: fields[20...22], fields[23...30])
            && fields[41] == CheckDigit.mod10(fields[32...40])
            && fields[42...44] == [0, 0, 0]
    }

    static func describe(_ fields: CampoLivreFields) -> CampoLivreDescription {
        let carteira = fields[20...22]
        if fifteenPositionCarteiras.contains(carteira) {
            var description = CampoLivreDescription(bank: .itau, layout: "15-positions")
            description.carteira = fields.text(20...22)
            description.nossoNumero = fields.text(20...22) + "/" + fields.text(23...30)
            description.seuNumero = fields.text(31...37)
            description.codigoCliente = fields.text(38...42)
            description.checkDigitsHold = checkDigitsHold(fields)
            return description
        }
        var description = CampoLivreDescription(bank: .itau, layout: "standard")
        description.carteira = fields.text(20...22)
        description.nossoNumero = fields.text(20...22) + "/" + fields.text(23...30) + "-" + fields.text(31...31)
        description.agencia = fields.text(32...35)
        description.conta = fields.text(36...40) + "-" + fields.text(41...41)
        description.checkDigitsHold = checkDigitsHold(fields)
        return description
    }
}
