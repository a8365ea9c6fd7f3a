/// State of a recurrence (rec): CRIADA → APROVADA | REJEITADA | EXPIRADA | CANCELADA (rails.md §3.5).
public enum RecStatus: String, Codable, Hashable, Sendable, CaseIterable {
    /// Created, waiting for the payer.
    case created = "CRIADA"
    /// Authorised by the payer; cobr may now be issued.
    case approved = "APROVADA"
    /// Refused.
    case rejected = "REJEITADA"
    /// Not answered in time.
    case expired = "EXPIRADA"
    /// Cancelled by one of the parties.
    case cancelled = "CANCELADA"
}

/// `calendario.periodicidade` of a recurrence.
public enum RecurrencePeriod: String, Codable, Hashable, Sendable, CaseIterable {
    /// Weekly.
    case weekly = "SEMANAL"
    /// Monthly.
    case monthly = "MENSAL"
    /// Every three months.
    case quarterly = "TRIMESTRAL"
    /// Every six months.
    case semiannual = "SEMESTRAL"
    /// Yearly.
    case annual = "ANUAL"
}

/// `politicaRetentativa`: whether a failed recurring charge may be retried after its due date.
public enum RetryPolicy: String, Codable, Hashable, Sendable, CaseIterable {
    /// No retries.
    case notAllowed = "NAO_PERMITE"
    /// Up to three retries within seven days.
    case threeRetriesInSevenDays = "PERMITE_3R_7D"
}

/// `tipoJornada`: how the payer came to authorise the recurrence (rails.md §3.5).
public enum ActivationJourney: String, Codable, Hashable, Sendable, CaseIterable {
    /// Accepted from a notification outside the QR flow.
    case journey1 = "JORNADA_1"
    /// Scanned a recurrence QR.
    case journey2 = "JORNADA_2"
    /// Composite QR with the payment of an immediate cob (txid required).
    case journey3 = "JORNADA_3"
    /// Composite QR with a cobv, or a static QR for an existing contract.
    case journey4 = "JORNADA_4"
    /// Before activation.
    case awaitingDefinition = "AGUARDANDO_DEFINICAO"
}
