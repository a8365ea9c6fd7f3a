/// The names of the domain events, as webhooks and the history show them.
public enum EventType: String, Sendable, Codable, CaseIterable {
    case customerCreated = "customer.created"
    case customerUpdated = "customer.updated"
    case chargeCreated = "charge.created"
    case chargeUpdated = "charge.updated"
    case chargeOverdue = "charge.overdue"
    case chargePartiallyPaid = "charge.partially_paid"
    case chargePaid = "charge.paid"
    case chargeCanceled = "charge.canceled"
    case chargeRenegotiated = "charge.renegotiated"
    case chargeWrittenOff = "charge.written_off"
    case paymentCreated = "payment.created"
}
