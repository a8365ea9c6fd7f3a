/// State of a confirmation request sent to the payer's PSP (solicrec, rails.md §3.5).
public enum SolicRecStatus: String, Codable, Hashable, Sendable, CaseIterable {
    /// Created.
    case created = "CRIADA"
    /// Sent to the payer's PSP.
    case sent = "ENVIADA"
    /// Received by the payer's PSP.
    case received = "RECEBIDA"
    /// Refused.
    case rejected = "REJEITADA"
    /// Accepted by the payer.
    case accepted = "ACEITA"
    /// Not answered in time.
    case expired = "EXPIRADA"
    /// Cancelled.
    case cancelled = "CANCELADA"
}

/// `destinatario` of a solicrec: the payer's account at its PSP and its CPF or CNPJ.
public struct SolicRecDestinatario: Codable, Hashable, Sendable {
    /// Branch (≤4).
    public var agencia: String?
    /// Account (≤20).
    public var conta: String
    /// The payer PSP's ISPB, `[0-9A-Z]{8}`.
    public var ispbParticipante: String
    /// Payer's CPF.
    public var cpf: String?
    /// Payer's CNPJ.
    public var cnpj: String?

    /// A recipient.
    public init(
        agencia: String? = nil, conta: String, ispbParticipante: String, cpf: String? = nil, cnpj: String? = nil
    ) {
        self.agencia = agencia
        self.conta = conta
        self.ispbParticipante = ispbParticipante
        self.cpf = cpf
        self.cnpj = cnpj
    }
}

/// `calendario` of a solicrec.
public struct SolicRecCalendario: Codable, Hashable, Sendable {
    /// When the request expires for the payer, RFC 3339.
    public var dataExpiracaoSolicitacao: String

    /// A calendar.
    public init(dataExpiracaoSolicitacao: String) {
        self.dataExpiracaoSolicitacao = dataExpiracaoSolicitacao
    }
}

/// Body of `POST /solicrec` (SolicRecSolicitada): ask the payer's PSP to confirm a recurrence.
public struct SolicRecRequest: Codable, Hashable, Sendable {
    /// The recurrence to confirm.
    public var idRec: String
    /// Expiry of the request.
    public var calendario: SolicRecCalendario
    /// Where the payer holds the account.
    public var destinatario: SolicRecDestinatario

    /// A request; call ``validate()`` before sending.
    public init(idRec: String, calendario: SolicRecCalendario, destinatario: SolicRecDestinatario) {
        self.idRec = idRec
        self.calendario = calendario
        self.destinatario = destinatario
    }

    /// idRec's shape, account ≤ 20, branch ≤ 4, ISPB and CPF/CNPJ patterns, exactly one of CPF and CNPJ.
    public func validate() throws(PixError) {
        try PixIdentifiers.validateIdRec(idRec)
        try APIRules.text(destinatario.conta, maximum: 20, field: "destinatario.conta")
        try APIRules.text(destinatario.agencia, maximum: 4, field: "destinatario.agencia")
        try APIRules.uppercaseAlphanumeric(
            destinatario.ispbParticipante, count: 8, field: "destinatario.ispbParticipante")
        switch (destinatario.cpf, destinatario.cnpj) {
        case (nil, nil): throw PixError.missingField(field: "destinatario.cpf")
        case (.some, .some):
            throw PixError.conflictingFields(field: "destinatario.cpf", conflictsWith: "destinatario.cnpj")
        default: break
        }
        try APIRules.digits(destinatario.cpf, count: 11, field: "destinatario.cpf")
        try APIRules.uppercaseAlphanumeric(destinatario.cnpj, count: 14, field: "destinatario.cnpj")
    }
}

/// A confirmation request as `POST`/`GET /solicrec/{idSolicRec}` return it (SolicRecCompleta).
public struct SolicRec: Codable, Hashable, Sendable {
    /// `SC` + ISPB + yyyyMMdd + 11, 29 characters.
    public var idSolicRec: String
    /// The recurrence.
    public var idRec: String
    /// Expiry of the request.
    public var calendario: SolicRecCalendario
    /// Where the payer holds the account.
    public var destinatario: SolicRecDestinatario
    /// State.
    public var status: SolicRecStatus
    /// Status history.
    public var atualizacao: [StatusChange<SolicRecStatus>]?
    /// The recurrence as sent to the payer's PSP.
    public var recPayload: Rec?

    /// A request as a PSP returns it; a PSP simulator builds these.
    public init(
        idSolicRec: String, idRec: String, calendario: SolicRecCalendario, destinatario: SolicRecDestinatario,
        status: SolicRecStatus, atualizacao: [StatusChange<SolicRecStatus>]? = nil, recPayload: Rec? = nil
    ) {
        self.idSolicRec = idSolicRec
        self.idRec = idRec
        self.calendario = calendario
        self.destinatario = destinatario
        self.status = status
        self.atualizacao = atualizacao
        self.recPayload = recPayload
    }
}
