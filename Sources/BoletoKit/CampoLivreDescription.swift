/// What a campo livre says, read with its bank's layout, for display and support ("whose boleto is this?").
///
/// Only what the layout carries is filled in; a field the layout lacks is nil.
public struct CampoLivreDescription: Hashable, Sendable, Encodable {
    /// The bank whose layout was applied.
    public let bank: BoletoBank
    /// Which of the bank's layouts: `convenio-4-or-6`, `convenio-7`, `free-nosso-numero` (BB), `standard`,
    /// `15-positions` (Itaú), `sigcb` (Caixa).
    public let layout: String
    /// The nosso número as printed (with its check digit where the campo livre allows computing it).
    public var nossoNumero: String?
    /// Agência (or, for Sicredi and Sicoob, see ``cooperativa``).
    public var agencia: String?
    /// Conta corrente.
    public var conta: String?
    /// Banco do Brasil convênio (nil when 4 and 6 digits cannot be told apart).
    public var convenio: String?
    /// Código do beneficiário (Santander, Caixa, Sicredi).
    public var codigoBeneficiario: String?
    /// Código do cliente (Sicoob, Itaú 15-position carteiras).
    public var codigoCliente: String?
    /// Seu número (Itaú 15-position carteiras).
    public var seuNumero: String?
    /// Carteira (Santander: the modalidade in positions 42–44).
    public var carteira: String?
    /// Cooperativa (Sicredi, Sicoob).
    public var cooperativa: String?
    /// Posto (Sicredi).
    public var posto: String?
    /// Modalidade (Sicoob).
    public var modalidade: String?
    /// Whether the check digits inside the campo livre hold; nil when the layout has none (BB, Bradesco).
    public var checkDigitsHold: Bool?

    init(bank: BoletoBank, layout: String) {
        self.bank = bank
        self.layout = layout
    }

    private enum CodingKeys: String, CodingKey {
        case bank, layout
        case nossoNumero = "nosso_numero"
        case agencia, conta, convenio
        case codigoBeneficiario = "codigo_beneficiario"
        case codigoCliente = "codigo_cliente"
        case seuNumero = "seu_numero"
        case carteira, cooperativa, posto, modalidade
        case checkDigitsHold = "check_digits_hold"
    }

    /// Encodes snake_case keys, writing `null` for absent fields so every reading has the same keys.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(bank.rawValue, forKey: .bank)
        try container.encode(layout, forKey: .layout)
        try container.encode(nossoNumero, forKey: .nossoNumero)
        try container.encode(agencia, forKey: .agencia)
        try container.encode(conta, forKey: .conta)
        try container.encode(convenio, forKey: .convenio)
        try container.encode(codigoBeneficiario, forKey: .codigoBeneficiario)
        try container.encode(codigoCliente, forKey: .codigoCliente)
        try container.encode(seuNumero, forKey: .seuNumero)
        try container.encode(carteira, forKey: .carteira)
        try container.encode(cooperativa, forKey: .cooperativa)
        try container.encode(posto, forKey: .posto)
        try container.encode(modalidade, forKey: .modalidade)
        try container.encode(checkDigitsHold, forKey: .checkDigitsHold)
    }
}

extension BoletoBank {
    /// Reads the fields this bank's layout puts in a campo livre (nosso número, agência/conta or código do
    /// beneficiário, carteira…); nil unless `campoLivre` is exactly 25 digits.
    public func describeCampoLivre(_ campoLivre: String) -> CampoLivreDescription? {
        guard campoLivre.utf8.count == 25, let digits = campoLivre.digitValues else { return nil }
        let fields = CampoLivreFields(digits)
        return switch self {
        case .bancoDoBrasil: BancoDoBrasilRules.describe(fields)
        case .santander: SantanderRules.describe(fields)
        case .caixa: CaixaRules.describe(fields)
        case .bradesco: BradescoRules.describe(fields)
        case .itau: ItauRules.describe(fields)
        case .sicredi: SicrediRules.describe(fields)
        case .sicoob: SicoobRules.describe(fields)
        }
    }
}

/// Campo livre digits addressed by the 1-based barcode positions 20–44 the manuals use.
struct CampoLivreFields {
    let digits: [UInt8]

    init(_ digits: [UInt8]) {
        precondition(digits.count == 25)
        self.digits = digits
    }

    /// Digits at barcode positions `positions` (e.g. 20...23), as values.
    subscript(positions: ClosedRange<Int>) -> [UInt8] {
        Array(digits[(positions.lowerBound - 20)...(positions.upperBound - 20)])
    }

    /// The digit at one barcode position.
    subscript(position: Int) -> UInt8 {
        digits[position - 20]
    }

    /// Digits at barcode positions as text.
    func text(_ positions: ClosedRange<Int>) -> String {
        String(digitValues: self[positions])
    }
}
