import BrazilKit

/// State of a recurring charge (cobr, rails.md §3.5).
public enum CobRStatus: String, Codable, Hashable, Sendable, CaseIterable {
    /// Created.
    case created = "CRIADA"
    /// Accepted by the payer's PSP and scheduled.
    case active = "ATIVA"
    /// Paid.
    case completed = "CONCLUIDA"
    /// Not paid in time, retries included.
    case expired = "EXPIRADA"
    /// Refused.
    case rejected = "REJEITADA"
    /// Cancelled.
    case cancelled = "CANCELADA"
}

/// `tipoConta` of the receiver's account.
public enum AccountType: String, Codable, Hashable, Sendable, CaseIterable {
    /// Conta corrente.
    case checking = "CORRENTE"
    /// Conta poupança.
    case savings = "POUPANCA"
    /// Conta de pagamento.
    case payment = "PAGAMENTO"
}

/// `tentativas[].tipo`, the kind of settlement attempt. The codes come from the BCB message catalogue,
/// which the stored spec names but does not spell out, so the cases keep the codes.
public enum AttemptType: String, Codable, Hashable, Sendable, CaseIterable {
    /// AGND.
    case agnd = "AGND"
    /// NTAG.
    case ntag = "NTAG"
    /// RIFL.
    case rifl = "RIFL"
}

/// `tentativas[].status`.
public enum AttemptStatus: String, Codable, Hashable, Sendable, CaseIterable {
    /// Asked of the payer's PSP.
    case requested = "SOLICITADA"
    /// Scheduled by the payer's PSP.
    case scheduled = "AGENDADA"
    /// Paid.
    case paid = "PAGA"
    /// Cancelled.
    case cancelled = "CANCELADA"
    /// Refused; `rejeicao` says why.
    case rejected = "REJEITADA"
    /// Past its window.
    case expired = "EXPIRADA"
}

/// `calendario` of a recurring charge.
public struct CobRCalendario: Codable, Hashable, Sendable {
    /// Creation date (a date, not a timestamp); responses only.
    public var criacao: CivilDate?
    /// Due date.
    public var dataDeVencimento: CivilDate

    /// A calendar.
    public init(criacao: CivilDate? = nil, dataDeVencimento: CivilDate) {
        self.criacao = criacao
        self.dataDeVencimento = dataDeVencimento
    }
}

/// `valor` of a recurring charge.
public struct CobRValor: Codable, Hashable, Sendable {
    /// The amount.
    public var original: PixAmount

    /// An amount.
    public init(original: PixAmount) {
        self.original = original
    }
}

/// `recebedor` of a recurring charge: the account that receives, and in responses the company.
public struct CobRRecebedor: Codable, Hashable, Sendable {
    /// Branch (≤4).
    public var agencia: String?
    /// Account (≤20).
    public var conta: String?
    /// Account type.
    public var tipoConta: AccountType?
    /// Receiver's CNPJ (responses).
    public var cnpj: String?
    /// Receiver's name (responses).
    public var nome: String?

    /// A receiving account.
    public init(
        agencia: String? = nil, conta: String?, tipoConta: AccountType?, cnpj: String? = nil, nome: String? = nil
    ) {
        self.agencia = agencia
        self.conta = conta
        self.tipoConta = tipoConta
        self.cnpj = cnpj
        self.nome = nome
    }
}

/// One settlement attempt of a recurring charge.
public struct CobRAttempt: Codable, Hashable, Sendable {
    /// The day it settles or settled.
    public var dataLiquidacao: CivilDate
    /// Kind of attempt.
    public var tipo: AttemptType
    /// State.
    public var status: AttemptStatus
    /// The SPI id of the attempt.
    public var endToEndId: String
    /// Status history.
    public var atualizacao: [StatusChange<AttemptStatus>]?
    /// Why it was refused. Codes AC05, AM09, DENC, DS27, DTED, MIDI, MSUC, NITX and RC09 reject the whole cobr.
    public var rejeicao: Rejeicao?

    /// An attempt.
    public init(
        dataLiquidacao: CivilDate, tipo: AttemptType, status: AttemptStatus, endToEndId: String,
        atualizacao: [StatusChange<AttemptStatus>]? = nil, rejeicao: Rejeicao? = nil
    ) {
        self.dataLiquidacao = dataLiquidacao
        self.tipo = tipo
        self.status = status
        self.endToEndId = endToEndId
        self.atualizacao = atualizacao
        self.rejeicao = rejeicao
    }
}

/// Body of `PUT /cobr/{txid}` and `POST /cobr` (CobRSolicitada): a charge under an approved recurrence.
public struct CobRRequest: Codable, Hashable, Sendable {
    /// The approved recurrence.
    public var idRec: String
    /// Text about the bill (≤140).
    public var infoAdicional: String?
    /// Due date.
    public var calendario: CobRCalendario
    /// Amount.
    public var valor: CobRValor
    /// Move a due date on a non-business day to the next business day of the payer's municipality.
    public var ajusteDiaUtil: Bool
    /// The payer's address and e-mail (Pix Automático's devedor has no CPF or name here).
    public var devedor: Party?
    /// The receiving account.
    public var recebedor: CobRRecebedor

    /// Every field as the schema has it; call ``validate()`` before sending.
    public init(
        idRec: String, infoAdicional: String? = nil, calendario: CobRCalendario, valor: CobRValor,
        ajusteDiaUtil: Bool = true, devedor: Party? = nil, recebedor: CobRRecebedor
    ) {
        self.idRec = idRec
        self.infoAdicional = infoAdicional
        self.calendario = calendario
        self.valor = valor
        self.ajusteDiaUtil = ajusteDiaUtil
        self.devedor = devedor
        self.recebedor = recebedor
    }

    /// idRec's shape, `infoAdicional` ≤ 140, a positive amount, and the account fields.
    public func validate() throws(PixError) {
        try PixIdentifiers.validateIdRec(idRec)
        try APIRules.text(infoAdicional, maximum: 140, field: "infoAdicional")
        guard valor.original.money.isPositive else {
            throw PixError.invalidAmount(field: "valor.original", value: valor.original.text, problem: .notPositive)
        }
        guard let conta = recebedor.conta else { throw PixError.missingField(field: "recebedor.conta") }
        guard recebedor.tipoConta != nil else { throw PixError.missingField(field: "recebedor.tipoConta") }
        try APIRules.text(conta, maximum: 20, field: "recebedor.conta")
        try APIRules.text(recebedor.agencia, maximum: 4, field: "recebedor.agencia")
        if let devedor { try devedor.validate(path: "devedor", requiresIdentity: false) }
    }
}

/// A recurring charge as `PUT`/`GET /cobr/{txid}` return it (CobRGerada / CobRCompleta).
public struct CobR: Codable, Hashable, Sendable {
    /// The recurrence.
    public var idRec: String
    /// The charge's txid.
    public var txid: String
    /// Text about the bill.
    public var infoAdicional: String?
    /// Creation and due dates.
    public var calendario: CobRCalendario
    /// Amount.
    public var valor: CobRValor
    /// Whether the due date moves to a business day.
    public var ajusteDiaUtil: Bool?
    /// The payer's address and e-mail.
    public var devedor: Party?
    /// The receiver.
    public var recebedor: CobRRecebedor?
    /// State.
    public var status: CobRStatus
    /// Retries after the due date.
    public var politicaRetentativa: RetryPolicy?
    /// Status history.
    public var atualizacao: [StatusChange<CobRStatus>]?
    /// Settlement attempts.
    public var tentativas: [CobRAttempt]?
    /// Why it ended.
    public var encerramento: Encerramento?
    /// Pix received.
    public var pix: [ReceivedPix]?

    /// A recurring charge as a PSP returns it; a PSP simulator builds these.
    public init(
        idRec: String, txid: String, infoAdicional: String? = nil, calendario: CobRCalendario, valor: CobRValor,
        ajusteDiaUtil: Bool? = nil, devedor: Party? = nil, recebedor: CobRRecebedor? = nil, status: CobRStatus,
        politicaRetentativa: RetryPolicy? = nil, atualizacao: [StatusChange<CobRStatus>]? = nil,
        tentativas: [CobRAttempt]? = nil, encerramento: Encerramento? = nil, pix: [ReceivedPix]? = nil
    ) {
        self.idRec = idRec
        self.txid = txid
        self.infoAdicional = infoAdicional
        self.calendario = calendario
        self.valor = valor
        self.ajusteDiaUtil = ajusteDiaUtil
        self.devedor = devedor
        self.recebedor = recebedor
        self.status = status
        self.politicaRetentativa = politicaRetentativa
        self.atualizacao = atualizacao
        self.tentativas = tentativas
        self.encerramento = encerramento
        self.pix = pix
    }
}
