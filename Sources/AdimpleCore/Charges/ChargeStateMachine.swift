import BrazilKit

/// What can happen to a charge.
public enum ChargeEvent: Sendable, Hashable {
    /// The draft becomes a real charge the customer owes.
    case issue
    /// The clock passed the (business-day adjusted) due date.
    case dueDatePassed(today: CivilDate, effectiveDueDate: CivilDate)
    /// Money arrived; `principal` is the part that reduces the open amount (after discount).
    case paymentReceived(principal: Money, discount: Money)
    case cancel
    case renegotiate
    case writeOff
    /// A person or the API moves the due date; an overdue charge whose new (business-day
    /// adjusted) due date is today or later is open again.
    case reschedule(today: CivilDate, effectiveDueDate: CivilDate)
    /// The amount changes before any money arrived; the ledger posts the difference.
    case changeAmount(to: Money)
}

/// What the caller must do after a transition: post to the ledger, tell the outside world.
public enum ChargeEffect: Sendable, Hashable {
    case postIssue(amount: Money)
    case postPayment(principal: Money, discount: Money)
    case postCancellation(amount: Money)
    case postWriteOff(amount: Money)
    case postRenegotiation(amount: Money)
    /// The receivable moves from the old open amount to the new one.
    case postAmountChange(from: Money, to: Money)
    case emit(EventType)
}

/// The outcome of an allowed transition.
public struct ChargeTransition: Sendable, Hashable {
    public let status: ChargeStatus
    public let effects: [ChargeEffect]
}

/// The charge lifecycle as a pure function: given the state and an event, either the next
/// state with what must happen, or an error naming the forbidden move. No I/O here, so every
/// path is tested directly.
public struct ChargeStateMachine: Sendable {
    public let status: ChargeStatus
    /// Amount still owed before this event (principal minus principal paid and discounts).
    public let openAmount: Money

    public init(status: ChargeStatus, openAmount: Money) {
        self.status = status
        self.openAmount = openAmount
    }

    public func apply(_ event: ChargeEvent) throws(DomainError) -> ChargeTransition {
        switch (status, event) {
        case (.draft, .issue):
            return ChargeTransition(status: .open, effects: [.postIssue(amount: openAmount), .emit(.chargeCreated)])

        case (.open, .dueDatePassed(let today, let effectiveDueDate)):
            guard today > effectiveDueDate else {
                throw DomainError(
                    .invalidTransition,
                    pt: "Cobrança ainda não venceu (vencimento efetivo \(effectiveDueDate.brazilian))",
                    en: "The charge is not due yet (effective due date \(effectiveDueDate.iso))")
            }
            return ChargeTransition(status: .overdue, effects: [.emit(.chargeOverdue)])

        case (.open, .paymentReceived(let principal, let discount)),
            (.overdue, .paymentReceived(let principal, let discount)),
            (.partiallyPaid, .paymentReceived(let principal, let discount)):
            let settled = (try? principal + discount) ?? openAmount
            if settled >= openAmount {
                return ChargeTransition(
                    status: .paid,
                    effects: [.postPayment(principal: principal, discount: discount), .emit(.chargePaid)])
            }
            return ChargeTransition(
                status: .partiallyPaid,
                effects: [.postPayment(principal: principal, discount: discount), .emit(.chargePartiallyPaid)])

        case (.draft, .cancel):
            return ChargeTransition(status: .canceled, effects: [.emit(.chargeCanceled)])

        case (.open, .cancel), (.overdue, .cancel):
            return ChargeTransition(
                status: .canceled, effects: [.postCancellation(amount: openAmount), .emit(.chargeCanceled)])

        case (.open, .renegotiate), (.overdue, .renegotiate), (.partiallyPaid, .renegotiate):
            return ChargeTransition(
                status: .renegotiated,
                effects: [.postRenegotiation(amount: openAmount), .emit(.chargeRenegotiated)])

        case (.overdue, .writeOff), (.partiallyPaid, .writeOff):
            return ChargeTransition(
                status: .writtenOff, effects: [.postWriteOff(amount: openAmount), .emit(.chargeWrittenOff)])

        case (.draft, .reschedule), (.open, .reschedule):
            return ChargeTransition(status: status, effects: [.emit(.chargeUpdated)])

        case (.overdue, .reschedule(let today, let effectiveDueDate)):
            return ChargeTransition(status: effectiveDueDate >= today ? .open : .overdue, effects: [.emit(.chargeUpdated)])

        case (.draft, .changeAmount(let amount)):
            guard amount.isPositive else { throw Self.nonPositive }
            return ChargeTransition(status: .draft, effects: [.emit(.chargeUpdated)])

        case (.open, .changeAmount(let amount)), (.overdue, .changeAmount(let amount)):
            guard amount.isPositive else { throw Self.nonPositive }
            return ChargeTransition(
                status: status, effects: [.postAmountChange(from: openAmount, to: amount), .emit(.chargeUpdated)])

        default:
            throw DomainError(
                .invalidTransition,
                pt: "Cobrança \(status.labelPT) não admite \(Self.labelPT(event))",
                en: "A charge in state \(status.rawValue) cannot \(Self.labelEN(event))")
        }
    }

    private static let nonPositive = DomainError(
        .invalidTransition, pt: "O valor da cobrança deve ser positivo", en: "A charge amount must be positive")

    static func labelPT(_ event: ChargeEvent) -> String {
        switch event {
        case .issue: "emissão"
        case .dueDatePassed: "vencimento"
        case .paymentReceived: "pagamento"
        case .cancel: "cancelamento"
        case .renegotiate: "renegociação"
        case .writeOff: "baixa como perda"
        case .reschedule: "mudança de vencimento"
        case .changeAmount: "mudança de valor"
        }
    }

    static func labelEN(_ event: ChargeEvent) -> String {
        switch event {
        case .issue: "be issued"
        case .dueDatePassed: "become overdue"
        case .paymentReceived: "receive a payment"
        case .cancel: "be canceled"
        case .renegotiate: "be renegotiated"
        case .writeOff: "be written off"
        case .reschedule: "change its due date"
        case .changeAmount: "change its amount"
        }
    }
}
