import BrazilKit

/// The state of a charge's registro (`CobrancaStatus`, rails.md §3.3). A cob past its `expiracao` stays
/// `ATIVA` and simply cannot be paid any more.
public enum CobStatus: String, Codable, Hashable, Sendable, CaseIterable {
    /// Created, neither paid nor removed.
    case active = "ATIVA"
    /// Paid; it takes no further payment.
    case completed = "CONCLUIDA"
    /// Removed by the receiver (us), with `PATCH` and this status. The spec's prose says "REMOVIDO_…";
    /// the enum, which is what travels, says "REMOVIDA_…".
    case removedByReceiver = "REMOVIDA_PELO_USUARIO_RECEBEDOR"
    /// Removed by the receiver's PSP.
    case removedByPSP = "REMOVIDA_PELO_PSP"
}

/// `calendario` of an immediate charge.
public struct CobCalendario: Codable, Hashable, Sendable {
    /// When the charge was created, RFC 3339; responses only.
    public var criacao: String?
    /// Lifetime in seconds from `criacao`; the PSP assumes 86400 when absent.
    public var expiracao: Int?

    /// A calendar; nil `expiracao` leaves the PSP's default of one day.
    public init(criacao: String? = nil, expiracao: Int? = nil) {
        self.criacao = criacao
        self.expiracao = expiracao
    }
}

/// `valor.modalidadeAlteracao`: whether the payer may change the amount; absent means 0.
public enum AmountChangeMode: Int, Codable, Hashable, Sendable, CaseIterable {
    /// The payer pays `original`.
    case fixed = 0
    /// The payer may type another amount.
    case payerMayChange = 1
}

/// `valor` of an immediate charge (the `retirada` of Pix Saque/Troco is not modelled).
public struct CobValor: Codable, Hashable, Sendable {
    /// The amount.
    public var original: PixAmount
    /// Whether the payer may change it.
    public var modalidadeAlteracao: AmountChangeMode?

    /// An amount, fixed unless said otherwise.
    public init(original: PixAmount, modalidadeAlteracao: AmountChangeMode? = nil) {
        self.original = original
        self.modalidadeAlteracao = modalidadeAlteracao
    }
}

/// Body of `PUT /cob/{txid}` and `POST /cob` (CobSolicitada): an immediate charge.
public struct CobRequest: Codable, Hashable, Sendable {
    /// Expiry; required by the schema even when empty.
    public var calendario: CobCalendario
    /// Optional payer: CPF or CNPJ and name.
    public var devedor: Party?
    /// An existing payload location to use.
    public var loc: PayloadLocation?
    /// The amount.
    public var valor: CobValor
    /// The receiver's Pix key.
    public var chave: String
    /// Text asking the payer for something (≤140).
    public var solicitacaoPagador: String?
    /// Up to 50 label/text pairs shown to the payer.
    public var infoAdicionais: [InfoAdicional]?

    /// Every field as the schema has it; call ``validate()`` before sending.
    public init(
        calendario: CobCalendario = CobCalendario(), devedor: Party? = nil, loc: PayloadLocation? = nil,
        valor: CobValor, chave: String, solicitacaoPagador: String? = nil, infoAdicionais: [InfoAdicional]? = nil
    ) {
        self.calendario = calendario
        self.devedor = devedor
        self.loc = loc
        self.valor = valor
        self.chave = chave
        self.solicitacaoPagador = solicitacaoPagador
        self.infoAdicionais = infoAdicionais
    }

    /// A checked charge of `amount` to `key`, expiring after `expiracao` seconds (the PSP's one day when nil).
    public init(
        key: PixKey, amount: Money, expiracao: Int? = nil, devedor: Party? = nil,
        solicitacaoPagador: String? = nil, infoAdicionais: [InfoAdicional]? = nil
    ) throws(PixError) {
        self.init(
            calendario: CobCalendario(expiracao: expiracao), devedor: devedor,
            valor: CobValor(original: try PixAmount(amount)), chave: key.value,
            solicitacaoPagador: solicitacaoPagador, infoAdicionais: infoAdicionais)
        try validate()
    }

    /// Checks the schema's limits: a positive expiry, the key's 77 characters, `solicitacaoPagador` ≤ 140,
    /// `infoAdicionais` ≤ 50 entries, and the payer's CPF/CNPJ patterns.
    public func validate() throws(PixError) {
        if let expiracao = calendario.expiracao, expiracao <= 0 {
            throw PixError.unexpectedValue(
                field: "calendario.expiracao", offset: nil, found: String(expiracao), expected: ["> 0"])
        }
        try APIRules.text(chave, maximum: PixKey.maximumLength, field: "chave")
        try APIRules.text(solicitacaoPagador, maximum: 140, field: "solicitacaoPagador")
        try InfoAdicional.validate(infoAdicionais)
        if let devedor {
            // A cob's devedor is optional, but when present it is a PessoaFisica or PessoaJuridica.
            try devedor.validate(path: "devedor", requiresIdentity: true)
        }
    }
}

/// A charge as `PUT`/`GET /cob/{txid}` return it (CobGerada / CobCompleta).
public struct CobResponse: Codable, Hashable, Sendable {
    /// Creation time and expiry.
    public var calendario: CobCalendario
    /// The charge's txid.
    public var txid: String
    /// Revision, from 0, raised by every change except to `loc`.
    public var revisao: Int
    /// The payload location.
    public var loc: PayloadLocation?
    /// The location URL for the dynamic BR Code, without "https://".
    public var location: String?
    /// State of the registro.
    public var status: CobStatus
    /// The payer, when given.
    public var devedor: Party?
    /// The amount.
    public var valor: CobValor
    /// The receiver's key.
    public var chave: String
    /// Text asking the payer for something.
    public var solicitacaoPagador: String?
    /// Pairs shown to the payer.
    public var infoAdicionais: [InfoAdicional]?
    /// The BR Code ready to show (≤512).
    public var pixCopiaECola: String?
    /// Pix received for the charge (GET).
    public var pix: [ReceivedPix]?

    /// A charge as a PSP returns it; a PSP simulator builds these.
    public init(
        calendario: CobCalendario, txid: String, revisao: Int, loc: PayloadLocation? = nil, location: String? = nil,
        status: CobStatus, devedor: Party? = nil, valor: CobValor, chave: String, solicitacaoPagador: String? = nil,
        infoAdicionais: [InfoAdicional]? = nil, pixCopiaECola: String? = nil, pix: [ReceivedPix]? = nil
    ) {
        self.calendario = calendario
        self.txid = txid
        self.revisao = revisao
        self.loc = loc
        self.location = location
        self.status = status
        self.devedor = devedor
        self.valor = valor
        self.chave = chave
        self.solicitacaoPagador = solicitacaoPagador
        self.infoAdicionais = infoAdicionais
        self.pixCopiaECola = pixCopiaECola
        self.pix = pix
    }
}
