/// The names of the domain events, as webhooks and the history show them.
public enum EventType: String, Sendable, Codable, CaseIterable {
    case customerCreated = "customer.created"
    case customerUpdated = "customer.updated"
    case customerDeleted = "customer.deleted"
    case chargeCreated = "charge.created"
    case chargeUpdated = "charge.updated"
    case chargeOverdue = "charge.overdue"
    case chargePartiallyPaid = "charge.partially_paid"
    case chargePaid = "charge.paid"
    case chargeCanceled = "charge.canceled"
    case chargeRenegotiated = "charge.renegotiated"
    case chargeWrittenOff = "charge.written_off"
    case paymentCreated = "payment.created"
    case boletoIssued = "boleto.issued"

    /// How the history shows the event to a person in Portuguese.
    public var labelPT: String {
        switch self {
        case .customerCreated: "cliente cadastrado"
        case .customerUpdated: "cadastro alterado"
        case .customerDeleted: "cadastro excluído"
        case .chargeCreated: "cobrança emitida"
        case .chargeUpdated: "cobrança alterada"
        case .chargeOverdue: "cobrança vencida"
        case .chargePartiallyPaid: "pagamento parcial"
        case .chargePaid: "cobrança paga"
        case .chargeCanceled: "cobrança cancelada"
        case .chargeRenegotiated: "cobrança renegociada"
        case .chargeWrittenOff: "baixada como perda"
        case .paymentCreated: "pagamento registrado"
        case .boletoIssued: "boleto emitido"
        }
    }
}
