/// Sicoob (756), Sicoob-XLSX.
///
/// Campo livre: 20 carteira, 21–24 cooperativa, 25–26 modalidade, 27–33 código do cliente (7), 34–41 nosso
/// número (7) + DV, 42–44 parcela (`001`, one boleto per nosso número). The DV weights 3, 1, 9, 7 from the
/// left over cooperativa(4) + cliente(10) + nosso número(7).
struct SicoobRules: BankRules {
    let cooperativa: [UInt8]
    let codigoCliente: [UInt8]
    let modalidade: [UInt8]
    let carteira: [UInt8]

    /// 01 simples com registro, 03 garantida caucionada.
    static let supportedModalidades = ["01", "03"]

    init(cooperativa: String, codigoCliente: String, modalidade: String, carteira: String) throws(BoletoError) {
        self.cooperativa = try AccountField.padded(cooperativa, field: "cooperativa", width: 4)
        self.codigoCliente = try AccountField.padded(codigoCliente, field: "codigoCliente", width: 7)
        self.modalidade = try AccountField.oneOf(
            modalidade, field: "modalidade", width: 2, supported: Self.supportedModalidades)
        self.carteira = try AccountField.padded(carteira, field: "carteira", width: 1)
    }

    var maxSequence: Int64 { 9_999_999 }

    func nossoNumero(sequence: Int64, issueYear: Int?) -> NossoNumero {
        let digits = sequence.digitValues(width: 7)
        let checkDigit = String(Self.nossoNumeroDV(cooperativa: cooperativa, cliente: codigoCliente, digits))
        return NossoNumero(
            bank: .sicoob, sequence: sequence, digits: digits, checkDigit: checkDigit,
            formatted: String(digitValues: digits) + "-" + checkDigit)
    }

    func campoLivre(for nossoNumero: NossoNumero) -> [UInt8] {
        let digits = nossoNumero.digitValues
        return carteira + cooperativa + modalidade + codigoCliente + digits
            + [Self.nossoNumeroDV(cooperativa: cooperativa, cliente: codigoCliente, digits), 0, 0, 1]
    }

    func sequence(inCampoLivre fields: CampoLivreFields) -> Int64? {
        guard fields[20...20] == carteira, fields[21...24] == cooperativa, fields[25...26] == modalidade,
            fields[27...33] == codigoCliente, fields[42...44] == [0, 0, 1], Self.checkDigitsHold(fields)
        else { return nil }
        return fields[34...40].numberValue
    }

    /// `3007 / 0318957`: cooperativa and código do cliente.
    var agenciaCodigoBeneficiario: String {
        String(digitValues: cooperativa) + " / " + String(digitValues: codigoCliente)
    }

    var carteiraText: String { String(digitValues: carteira) }

    /// The cliente enters the DV with 10 digits; the campo livre holds 7, so it is padded again.
    static func nossoNumeroDV(cooperativa: [UInt8], cliente: [UInt8], _ number: [UInt8]) -> UInt8 {
        let paddedCliente = [UInt8](repeating: 0, count: 10 - cliente.count) + cliente
        return CheckDigit.sicoob(cooperativa + paddedCliente + number)
    }

    private static func checkDigitsHold(_ fields: CampoLivreFields) -> Bool {
        fields[41] == nossoNumeroDV(cooperativa: fields[21...24], cliente: fields[27...33], fields[34...40])
    }

    static func describe(_ fields: CampoLivreFields) -> CampoLivreDescription {
        var description = CampoLivreDescription(bank: .sicoob, layout: "standard")
        description.carteira = fields.text(20...20)
        description.cooperativa = fields.text(21...24)
        description.modalidade = fields.text(25...26)
        description.codigoCliente = fields.text(27...33)
        description.nossoNumero = fields.text(34...40) + "-" + fields.text(41...41)
        description.checkDigitsHold = checkDigitsHold(fields)
        return description
    }
}
