/// The states of a charge (cobrança / título).
public enum ChargeStatus: String, Sendable, Codable, CaseIterable {
    case draft
    case open
    case overdue
    case partiallyPaid = "partially_paid"
    case paid
    case canceled
    /// Replaced by an agreement (acordo).
    case renegotiated
    /// Given up as uncollectable (baixa por perda).
    case writtenOff = "written_off"

    /// No further transition leaves these.
    public var isFinal: Bool {
        switch self {
        case .paid, .canceled, .renegotiated, .writtenOff: true
        case .draft, .open, .overdue, .partiallyPaid: false
        }
    }

    /// States in which money is still owed.
    public var isReceivable: Bool {
        switch self {
        case .open, .overdue, .partiallyPaid: true
        default: false
        }
    }

    public var labelPT: String {
        switch self {
        case .draft: "rascunho"
        case .open: "em aberto"
        case .overdue: "vencida"
        case .partiallyPaid: "paga parcialmente"
        case .paid: "paga"
        case .canceled: "cancelada"
        case .renegotiated: "renegociada"
        case .writtenOff: "baixada como perda"
        }
    }
}
