/// The body the PSP POSTs to `{webhookUrl}/rec`: `{"recs":[…]}` (rails.md §3.3, §3.5).
public struct RecWebhookCallback: Codable, Hashable, Sendable {
    /// The recurrences notified.
    public var recs: [RecNotification]

    /// A callback body.
    public init(recs: [RecNotification]) {
        self.recs = recs
    }
}

/// One recurrence in a rec webhook (RecNotification): its state, history, ending and activation.
public struct RecNotification: Codable, Hashable, Sendable {
    /// The recurrence.
    public var idRec: String
    /// Its state now.
    public var status: RecStatus
    /// Status history.
    public var atualizacao: [StatusChange<RecStatus>]
    /// Why it ended.
    public var encerramento: Encerramento?
    /// How it was activated.
    public var ativacao: RecAtivacao?

    /// A notification.
    public init(
        idRec: String, status: RecStatus, atualizacao: [StatusChange<RecStatus>], encerramento: Encerramento? = nil,
        ativacao: RecAtivacao? = nil
    ) {
        self.idRec = idRec
        self.status = status
        self.atualizacao = atualizacao
        self.encerramento = encerramento
        self.ativacao = ativacao
    }
}

/// The body the PSP POSTs to `{webhookUrl}/cobr`: `{"cobsr":[…]}`.
public struct CobRWebhookCallback: Codable, Hashable, Sendable {
    /// The recurring charges notified.
    public var cobsr: [CobRNotification]

    /// A callback body.
    public init(cobsr: [CobRNotification]) {
        self.cobsr = cobsr
    }
}

/// One recurring charge in a cobr webhook (CobRNotification).
public struct CobRNotification: Codable, Hashable, Sendable {
    /// The recurrence.
    public var idRec: String
    /// The charge's txid.
    public var txid: String
    /// Its state now.
    public var status: CobRStatus
    /// Status history.
    public var atualizacao: [StatusChange<CobRStatus>]
    /// Why it ended.
    public var encerramento: Encerramento?
    /// Settlement attempts.
    public var tentativas: [CobRAttempt]?
    /// Pix received.
    public var pix: [ReceivedPix]?

    /// A notification.
    public init(
        idRec: String, txid: String, status: CobRStatus, atualizacao: [StatusChange<CobRStatus>],
        encerramento: Encerramento? = nil, tentativas: [CobRAttempt]? = nil, pix: [ReceivedPix]? = nil
    ) {
        self.idRec = idRec
        self.txid = txid
        self.status = status
        self.atualizacao = atualizacao
        self.encerramento = encerramento
        self.tentativas = tentativas
        self.pix = pix
    }
}
