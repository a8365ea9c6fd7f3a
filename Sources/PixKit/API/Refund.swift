import BrazilKit

/// `natureza` of a refund (devolução). Requests may only ask for ORIGINAL or RETIRADA.
public enum RefundNature: String, Codable, Hashable, Sendable, CaseIterable {
    /// A common Pix, or the purchase part of a Pix Troco (pacs.004 MD06). Assumed when absent.
    case original = "ORIGINAL"
    /// The cash of a Pix Saque or the change of a Pix Troco (SL02).
    case withdrawal = "RETIRADA"
    /// Returned under MED for an operational failure (BE08).
    case medOperational = "MED_OPERACIONAL"
    /// Returned under MED for suspected fraud (FR01).
    case medFraud = "MED_FRAUDE"
    /// Reimbursement under MED for Pix Automático (REFU).
    case medPixAutomatico = "MED_PIX_AUTOMATICO"
}

/// State of a refund (rails.md §3.3).
public enum RefundStatus: String, Codable, Hashable, Sendable, CaseIterable {
    /// Asked for, not settled yet.
    case inProcessing = "EM_PROCESSAMENTO"
    /// Settled: the money went back.
    case returned = "DEVOLVIDO"
    /// Not done; `motivo` may say why.
    case notDone = "NAO_REALIZADO"
}

/// Body of `PUT /pix/{e2eid}/devolucao/{id}` (DevolucaoSolicitada).
public struct RefundRequest: Codable, Hashable, Sendable {
    /// Amount to return; all refunds of a Pix together may not exceed it.
    public var valor: PixAmount
    /// ORIGINAL (assumed when absent) or RETIRADA.
    public var natureza: RefundNature?
    /// Message to the payer (≤140).
    public var descricao: String?

    /// Every field as the schema has it; call ``validate()`` before sending.
    public init(valor: PixAmount, natureza: RefundNature? = nil, descricao: String? = nil) {
        self.valor = valor
        self.natureza = natureza
        self.descricao = descricao
    }

    /// A checked refund of `amount`.
    public init(amount: Money, natureza: RefundNature? = nil, descricao: String? = nil) throws(PixError) {
        self.init(valor: try PixAmount(amount), natureza: natureza, descricao: descricao)
        try validate()
    }

    /// A positive amount, a nature a receiver may ask for, and `descricao` ≤ 140.
    public func validate() throws(PixError) {
        guard valor.money.isPositive else {
            throw PixError.invalidAmount(field: "valor", value: valor.text, problem: .notPositive)
        }
        if let natureza, natureza != .original, natureza != .withdrawal {
            throw PixError.unexpectedValue(
                field: "natureza", offset: nil, found: natureza.rawValue,
                expected: [RefundNature.original.rawValue, RefundNature.withdrawal.rawValue])
        }
        try APIRules.text(descricao, maximum: 140, field: "descricao")
    }
}

/// A refund as `PUT`/`GET /pix/{e2eid}/devolucao/{id}` return it and as `devolucoes` lists it (Devolucao).
public struct Refund: Codable, Hashable, Sendable {
    /// Our id for the refund, `[a-zA-Z0-9]{1,35}`.
    public var id: String
    /// The pacs.004 ReturnIdentification, 32 characters starting with "D".
    public var rtrId: String
    /// Amount returned.
    public var valor: PixAmount
    /// Nature.
    public var natureza: RefundNature?
    /// Message to the payer.
    public var descricao: String?
    /// When it was asked for and settled.
    public var horario: Horario
    /// State.
    public var status: RefundStatus
    /// Why it reached its status, typically why it was not done (≤140).
    public var motivo: String?

    /// The times of a refund, RFC 3339.
    public struct Horario: Codable, Hashable, Sendable {
        /// When it was asked for.
        public var solicitacao: String?
        /// When it settled.
        public var liquidacao: String?

        /// Times.
        public init(solicitacao: String? = nil, liquidacao: String? = nil) {
            self.solicitacao = solicitacao
            self.liquidacao = liquidacao
        }
    }

    /// A refund; a PSP simulator builds these.
    public init(
        id: String, rtrId: String, valor: PixAmount, natureza: RefundNature? = nil, descricao: String? = nil,
        horario: Horario, status: RefundStatus, motivo: String? = nil
    ) {
        self.id = id
        self.rtrId = rtrId
        self.valor = valor
        self.natureza = natureza
        self.descricao = descricao
        self.horario = horario
        self.status = status
        self.motivo = motivo
    }
}
