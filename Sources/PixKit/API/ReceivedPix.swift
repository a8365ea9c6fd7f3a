/// A Pix received (schema `Pix`): what `GET /pix`, `GET /pix/{e2eid}` and the webhook deliver (rails.md §3.3).
public struct ReceivedPix: Codable, Hashable, Sendable {
    /// The SPI id, `[a-zA-Z0-9]{32}`: the natural key of a payment.
    public var endToEndId: String
    /// The charge's txid; 1–35 characters, because static BR Codes carry short ones.
    public var txid: String?
    /// The amount paid.
    public var valor: PixAmount
    /// How `valor` is made up: original + multa + juros − abatimento − desconto (cobv), or saque/troco.
    public var componentesValor: ComponentesValor?
    /// The receiver's key as the pacs.008 carried it.
    public var chave: String?
    /// When the PSP processed it, RFC 3339.
    public var horario: String
    /// Free text from the payer (≤140).
    public var infoPagador: String?
    /// Refunds of this Pix.
    public var devolucoes: [Refund]?

    /// A received Pix; a PSP simulator builds these.
    public init(
        endToEndId: String, txid: String? = nil, valor: PixAmount, componentesValor: ComponentesValor? = nil,
        chave: String? = nil, horario: String, infoPagador: String? = nil, devolucoes: [Refund]? = nil
    ) {
        self.endToEndId = endToEndId
        self.txid = txid
        self.valor = valor
        self.componentesValor = componentesValor
        self.chave = chave
        self.horario = horario
        self.infoPagador = infoPagador
        self.devolucoes = devolucoes
    }
}

/// `componentesValor`: the parts of a received Pix's amount.
public struct ComponentesValor: Codable, Hashable, Sendable {
    /// The charge's original amount.
    public var original: Componente?
    /// Cash withdrawn (Pix Saque).
    public var saque: Componente?
    /// Change given (Pix Troco).
    public var troco: Componente?
    /// Interest charged.
    public var juros: Componente?
    /// Fine charged.
    public var multa: Componente?
    /// Rebate given.
    public var abatimento: Componente?
    /// Discount given.
    public var desconto: Componente?

    /// One part: its amount (the agent fields of saque and troco are not modelled).
    public struct Componente: Codable, Hashable, Sendable {
        /// The part's amount.
        public var valor: PixAmount

        /// A part.
        public init(valor: PixAmount) {
            self.valor = valor
        }
    }

    /// The parts given.
    public init(
        original: Componente? = nil, saque: Componente? = nil, troco: Componente? = nil, juros: Componente? = nil,
        multa: Componente? = nil, abatimento: Componente? = nil, desconto: Componente? = nil
    ) {
        self.original = original
        self.saque = saque
        self.troco = troco
        self.juros = juros
        self.multa = multa
        self.abatimento = abatimento
        self.desconto = desconto
    }
}

/// Response of `GET /pix` (PixConsultados): the query echoed and one page of received Pix.
public struct PixListResponse: Codable, Hashable, Sendable {
    /// The query as the PSP understood it.
    public var parametros: Parametros
    /// The page's Pix. (The schema's `required` says "cobs", a slip; the property is `pix`.)
    public var pix: [ReceivedPix]

    /// `parametros` of `GET /pix`: `inicio` and `fim` (RFC 3339) are required.
    public struct Parametros: Codable, Hashable, Sendable {
        /// Start of the period, RFC 3339.
        public var inicio: String
        /// End of the period, RFC 3339.
        public var fim: String
        /// Filter by txid.
        public var txid: String?
        /// Filter on having a txid.
        public var txIdPresente: Bool?
        /// Filter on having refunds.
        public var devolucaoPresente: Bool?
        /// Filter by payer CPF.
        public var cpf: String?
        /// Filter by payer CNPJ.
        public var cnpj: String?
        /// The page.
        public var paginacao: Paginacao

        /// Query parameters as echoed.
        public init(
            inicio: String, fim: String, txid: String? = nil, txIdPresente: Bool? = nil,
            devolucaoPresente: Bool? = nil, cpf: String? = nil, cnpj: String? = nil, paginacao: Paginacao
        ) {
            self.inicio = inicio
            self.fim = fim
            self.txid = txid
            self.txIdPresente = txIdPresente
            self.devolucaoPresente = devolucaoPresente
            self.cpf = cpf
            self.cnpj = cnpj
            self.paginacao = paginacao
        }
    }

    /// A page.
    public init(parametros: Parametros, pix: [ReceivedPix]) {
        self.parametros = parametros
        self.pix = pix
    }
}

/// The body the PSP POSTs to `{webhookUrl}/pix`: `{"pix":[…]}`, possibly several Pix in one call.
///
/// Sent only for Pix that carry a txid and when a refund reaches DEVOLVIDO or NAO_REALIZADO; answer 200
/// (rails.md §3.3). The endpoint must also check the PSP's mTLS client certificate.
public struct PixWebhookCallback: Codable, Hashable, Sendable {
    /// The Pix notified.
    public var pix: [ReceivedPix]

    /// A callback body.
    public init(pix: [ReceivedPix]) {
        self.pix = pix
    }
}
