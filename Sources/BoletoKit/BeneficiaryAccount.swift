/// The beneficiário's collection account at one bank: the fields that bank's campo livre, nosso número and
/// ficha need. Numeric fields are text so leading zeros survive; shorter values are zero-padded.
///
/// Cases are plain values (easy to store and decode); ``validate()`` — also run by every method that
/// builds something — says which field is wrong and why.
public enum BeneficiaryAccount: Hashable, Sendable, Codable {
    /// Banco do Brasil: agência (4, no DV), conta (up to 8, no DV), convênio of 4, 6 or 7 digits (the length
    /// picks the layout, BB-Bloqueto Anexos VII–IX) and carteira (2, e.g. 17 or 18).
    case bancoDoBrasil(agencia: String, conta: String, convenio: String, carteira: String)
    /// Santander: agência (4), código do beneficiário (the 7-digit PSK code) and carteira, the modalidade in
    /// positions 42–44: 101 (Cobrança Simples Rápida com registro) or 201 (Penhor Rápida com registro).
    case santander(agencia: String, codigoBeneficiario: String, carteira: String)
    /// Caixa SIGCB: agência (4) and código do beneficiário (6). Nosso números are "14…": registered (1),
    /// issued by the beneficiário (4).
    case caixa(agencia: String, codigoBeneficiario: String)
    /// Bradesco: agência (4), conta (7), carteira (2, e.g. 09) and, to print them in the ficha, the agência
    /// and conta check digits the bank gave with the account.
    case bradesco(
        agencia: String, conta: String, carteira: String, agenciaDigito: String? = nil,
        contaDigito: String? = nil)
    /// Itaú: agência (4), conta (5, without its DAC) and carteira (3, e.g. 109). The 15-position carteiras
    /// (107, 122, 142, 143, 196, 198; Itaú-400 Anexo 5) also need the 5-digit código do cliente.
    case itau(agencia: String, conta: String, carteira: String, codigoCliente: String? = nil)
    /// Sicredi: cooperativa (4), posto (2), código do beneficiário (5) and the byte de geração, 2–9 when the
    /// beneficiário makes the nosso número (1 is the cooperativa's; Sicredi-400 §5.3).
    case sicredi(cooperativa: String, posto: String, codigoBeneficiario: String, byteGeracao: Int = 2)
    /// Sicoob: cooperativa (4), código do cliente (up to 7), modalidade (01 simples com registro, 03 garantida
    /// caucionada) and carteira (1 digit, usually 1).
    case sicoob(cooperativa: String, codigoCliente: String, modalidade: String = "01", carteira: String = "1")

    /// The bank that holds the account.
    public var bank: BoletoBank {
        switch self {
        case .bancoDoBrasil: .bancoDoBrasil
        case .santander: .santander
        case .caixa: .caixa
        case .bradesco: .bradesco
        case .itau: .itau
        case .sicredi: .sicredi
        case .sicoob: .sicoob
        }
    }

    /// Checks every field; the error names the first field at fault and why (too long, not digits,
    /// unsupported carteira or convênio length…).
    public func validate() throws(BoletoError) {
        _ = try rules()
    }

    /// The text of the ficha's "Agência/Código do Beneficiário" box in the bank's usual form: BB
    /// `4042-8 / 00061900-0`, Santander `0059 / 1899775`, Caixa `1825/245274-0`, Bradesco `4042-8 / 0061900-0`,
    /// Itaú `0607 / 15255-0`, Sicredi `1234.18.12345`, Sicoob `3007 / 0318957`. Empty if the account is invalid.
    public var agenciaCodigoBeneficiario: String {
        (try? rules())?.agenciaCodigoBeneficiario ?? ""
    }

    /// The text of the ficha's "Carteira" box (Caixa prints "RG", registered). Empty if the account is invalid.
    public var carteiraText: String {
        (try? rules())?.carteiraText ?? ""
    }

    /// The largest sequence the bank's nosso número holds for this account (BB depends on the convênio
    /// length); 0 if the account is invalid.
    public var maxSequence: Int64 {
        (try? rules())?.maxSequence ?? 0
    }

    /// The nosso número for the application's `sequence` (1…``maxSequence``).
    ///
    /// - Parameter issueYear: the year the boleto is issued; Sicredi puts its last two digits in the nosso
    ///   número (Sicredi-400 §5.3) and requires it, the other banks ignore it.
    public func nossoNumero(sequence: Int64, issueYear: Int? = nil) throws(BoletoError) -> NossoNumero {
        let rules = try rules()
        guard sequence > 0 else { throw .invalidSequence(sequence) }
        guard sequence <= rules.maxSequence else {
            throw .nossoNumeroTooLong(sequence: sequence, maximum: rules.maxSequence, bank: bank)
        }
        return try rules.nossoNumero(sequence: sequence, issueYear: issueYear)
    }

    /// The 25-digit campo livre (barcode positions 20–44) of a boleto with this nosso número.
    ///
    /// Throws if the account is invalid or the nosso número was not made by this account.
    public func campoLivre(for nossoNumero: NossoNumero) throws(BoletoError) -> String {
        let rules = try rules()
        let mismatch = BoletoError.nossoNumeroMismatch(nossoNumero: nossoNumero.formatted, bank: bank)
        guard nossoNumero.bank == bank, nossoNumero.sequence > 0, nossoNumero.sequence <= rules.maxSequence,
            let remade = try? rules.nossoNumero(
                sequence: nossoNumero.sequence, issueYear: rules.issueYear(of: nossoNumero)),
            remade == nossoNumero
        else { throw mismatch }
        return String(digitValues: rules.campoLivre(for: remade))
    }

    /// The sequence a campo livre carries if it belongs to this account — every fixed part (agência, conta,
    /// convênio, carteira, código…) matches and every internal DV holds — else nil. Use it to match a
    /// scanned or typed boleto back to a charge.
    public func sequence(inCampoLivre campoLivre: String) -> Int64? {
        guard campoLivre.utf8.count == 25, let digits = campoLivre.digitValues, let rules = try? rules(),
            let sequence = rules.sequence(inCampoLivre: CampoLivreFields(digits)), sequence > 0
        else { return nil }
        return sequence
    }

    /// The validated rules of this account's bank.
    func rules() throws(BoletoError) -> any BankRules {
        switch self {
        case .bancoDoBrasil(let agencia, let conta, let convenio, let carteira):
            try BancoDoBrasilRules(agencia: agencia, conta: conta, convenio: convenio, carteira: carteira)
        case .santander(let agencia, let codigoBeneficiario, let carteira):
            try SantanderRules(agencia: agencia, codigoBeneficiario: codigoBeneficiario, carteira: carteira)
        case .caixa(let agencia, let codigoBeneficiario):
            try CaixaRules(agencia: agencia, codigoBeneficiario: codigoBeneficiario)
        case .bradesco(let agencia, let conta, let carteira, let agenciaDigito, let contaDigito):
            try BradescoRules(
                agencia: agencia, conta: conta, carteira: carteira, agenciaDigito: agenciaDigito,
                contaDigito: contaDigito)
        case .itau(let agencia, let conta, let carteira, let codigoCliente):
            try ItauRules(agencia: agencia, conta: conta, carteira: carteira, codigoCliente: codigoCliente)
        case .sicredi(let cooperativa, let posto, let codigoBeneficiario, let byteGeracao):
            try SicrediRules(
                cooperativa: cooperativa, posto: posto, codigoBeneficiario: codigoBeneficiario,
                byteGeracao: byteGeracao)
        case .sicoob(let cooperativa, let codigoCliente, let modalidade, let carteira):
            try SicoobRules(
                cooperativa: cooperativa, codigoCliente: codigoCliente, modalidade: modalidade, carteira: carteira)
        }
    }
}

/// One bank's campo livre and nosso número layout for a validated account.
protocol BankRules: Sendable {
    /// The largest sequence the nosso número holds.
    var maxSequence: Int64 { get }
    /// The nosso número of a sequence already known to be in 1…maxSequence.
    func nossoNumero(sequence: Int64, issueYear: Int?) throws(BoletoError) -> NossoNumero
    /// The issue year a nosso número was made with, for banks whose digits carry it (Sicredi).
    func issueYear(of nossoNumero: NossoNumero) -> Int?
    /// The 25 campo livre digits for a nosso número this account made.
    func campoLivre(for nossoNumero: NossoNumero) -> [UInt8]
    /// The sequence in 25 campo livre digits if they belong to this account.
    func sequence(inCampoLivre fields: CampoLivreFields) -> Int64?
    /// The ficha's "Agência/Código do Beneficiário" text.
    var agenciaCodigoBeneficiario: String { get }
    /// The ficha's "Carteira" text.
    var carteiraText: String { get }
}

extension BankRules {
    func issueYear(of nossoNumero: NossoNumero) -> Int? { nil }
}
