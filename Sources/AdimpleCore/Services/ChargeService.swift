import BrazilKit
import Foundation

/// Creating, issuing, paying, canceling and writing off charges. Each transition comes from
/// `ChargeStateMachine`; its effects are carried out here, in one transaction with the ledger,
/// the audit log and the event.
public struct ChargeService: Sendable {
    public let context: ServiceContext

    public init(_ context: ServiceContext) { self.context = context }

    private var calculator: LateChargeCalculator { LateChargeCalculator(calendar: context.calendar) }

    public func create(_ input: ChargeInput, by actor: Actor) async throws -> Charge {
        try await context.store.write { session in try await create(input, by: actor, in: session) }
    }

    /// Creates a charge inside the caller's transaction (imports and the demo batch many).
    public func create(_ input: ChargeInput, by actor: Actor, in session: any StoreSession) async throws -> Charge {
        try await create(try input.validated(today: context.clock.today()), by: actor, in: session)
    }

    /// Creates a charge from checked fields inside the caller's transaction.
    public func create(_ fields: ValidChargeFields, by actor: Actor, in session: any StoreSession) async throws -> Charge {
        let now = context.clock.now()
        do {
            guard let customer = try await session.customers.get(fields.customerID) else {
                throw ValidationError([
                    FieldIssue(
                        field: "customer_id", value: fields.customerID.rawValue, reasonPT: "cliente não encontrado",
                        reasonEN: "no such customer")
                ])
            }
            try fields.lateCharges.validate(isConsumer: customer.isConsumer)
            if customer.status == .inactive {
                throw DomainError(
                    .invalidTransition, pt: "Cliente inativo não recebe novas cobranças",
                    en: "An inactive customer gets no new charges")
            }
            var charge = Charge(
                id: context.ids.next(.charge), customerID: customer.id, description: fields.description,
                amount: fields.amount, dueDate: fields.dueDate, method: fields.method, lateCharges: fields.lateCharges,
                externalID: fields.externalID, createdAt: now, createdBy: actor)
            try await session.charges.insert(charge)
            if fields.issue {
                charge = try await apply(.issue, to: charge, in: session, at: now, by: actor)
            }
            if customer.status == .lead {
                var active = customer
                active.status = try customer.status.transition(to: .active)
                active.updatedAt = now
                active.updatedBy = actor
                try await session.customers.update(active)
            }
            return charge
        }
    }

    public func issue(_ id: Charge.ID, by actor: Actor) async throws -> Charge {
        try await transition(id, .issue, by: actor)
    }

    public func cancel(_ id: Charge.ID, by actor: Actor) async throws -> Charge {
        try await transition(id, .cancel, by: actor)
    }

    public func writeOff(_ id: Charge.ID, by actor: Actor) async throws -> Charge {
        try await transition(id, .writeOff, by: actor)
    }

    /// What the customer must pay for this charge on `date`.
    public func amountDue(_ id: Charge.ID, on date: CivilDate) async throws -> AmountDue {
        try await context.store.read { session in
            guard let charge = try await session.charges.get(id) else { throw DomainError.notFound("Cobrança", id.rawValue) }
            let customer = try await session.customers.get(charge.customerID)
            return try calculator.amountDue(for: charge, isConsumer: customer?.isConsumer ?? true, on: date)
        }
    }

    /// The result of registering a payment. `duplicate` means the same evidence was applied
    /// before and nothing changed now.
    public struct PaymentResult: Sendable {
        public let payment: Payment
        public let charge: Charge
        public let duplicate: Bool
    }

    /// Registers money received for a charge, exactly once per `naturalKey`.
    public func registerPayment(
        _ chargeID: Charge.ID, amount: Money, paidOn: CivilDate, source: Payment.Source = .manual,
        fee: Money = .zero, creditedOn: CivilDate? = nil, naturalKey: String, by actor: Actor
    ) async throws -> PaymentResult {
        try await context.store.write { session in
            try await registerPayment(
                chargeID, amount: amount, paidOn: paidOn, source: source, fee: fee, creditedOn: creditedOn,
                naturalKey: naturalKey, by: actor, in: session)
        }
    }

    /// Registers a payment inside the caller's transaction.
    public func registerPayment(
        _ chargeID: Charge.ID, amount: Money, paidOn: CivilDate, source: Payment.Source = .manual,
        fee: Money = .zero, creditedOn: CivilDate? = nil, naturalKey: String, by actor: Actor,
        in session: any StoreSession
    ) async throws -> PaymentResult {
        guard amount.isPositive else {
            throw ValidationError([
                FieldIssue(field: "amount", value: amount.formatted, reasonPT: "valor deve ser positivo", reasonEN: "amount must be positive")
            ])
        }
        let now = context.clock.now()
        do {
            guard var charge = try await session.charges.get(chargeID) else {
                throw DomainError.notFound("Cobrança", chargeID.rawValue)
            }
            let customer = try await session.customers.get(charge.customerID)
            let due = try calculator.amountDue(for: charge, isConsumer: customer?.isConsumer ?? true, on: paidOn)
            let allocation = try PaymentAllocation.allocate(received: amount, due: due)
            let candidate = Payment(
                id: context.ids.next(.payment), chargeID: charge.id, customerID: charge.customerID, amount: amount,
                principal: allocation.principal, fine: allocation.fine, interest: allocation.interest,
                discount: allocation.discount, fee: fee, method: charge.method, source: source, paidOn: paidOn,
                creditedOn: creditedOn, naturalKey: naturalKey, createdAt: now, createdBy: actor)
            let (payment, inserted) = try await session.payments.insertIfAbsent(candidate)
            guard inserted else { return PaymentResult(payment: payment, charge: charge, duplicate: true) }

            charge = try await apply(
                .paymentReceived(principal: allocation.principal, discount: allocation.discount), to: charge,
                in: session, at: now, by: actor, payment: (payment, allocation, due))
            try await context.record(
                in: session, at: now, actor: actor, action: .paymentCreated, entityType: "payment",
                entityID: payment.id.rawValue, before: nil, after: Snapshot.json(PaymentSnapshot(payment)),
                customerID: charge.customerID, chargeID: charge.id)
            if fee.isPositive {
                try await session.ledger.post(
                    LedgerTransaction(
                        id: context.ids.next(.ledgerTransaction), kind: .fee, chargeID: charge.id,
                        customerID: charge.customerID, paymentID: payment.id, lines: Postings.fee(fee), postedAt: now,
                        memo: "Tarifa do pagamento \(payment.id)"))
            }
            return PaymentResult(payment: payment, charge: charge, duplicate: false)
        }
    }

    /// Marks open charges whose effective due date has passed as overdue. Safe to run any
    /// number of times: each charge is re-read inside the transaction and moved once.
    ///
    /// Pages through open charges due before today in id order (a cursor, so charges still in
    /// their weekend/holiday grace never hide the ones after them), one transaction per page.
    public func markOverdue(by actor: Actor = .system, batchSize: Int = 500) async throws -> Int {
        let today = context.clock.today()
        var moved = 0
        var cursor: Charge.ID?
        while true {
            let filter = ChargeFilter(statuses: [.open], dueTo: today.adding(days: -1), after: cursor, limit: batchSize)
            let page = try await context.store.read { try await $0.charges.list(filter) }
            guard let last = page.last else { break }
            cursor = last.id
            let due = page.filter { today > calculator.effectiveDueDate($0.dueDate) }
            guard !due.isEmpty else { continue }
            moved += try await context.store.write { session -> Int in
                var count = 0
                for candidate in due {
                    guard let charge = try await session.charges.get(candidate.id), charge.status == .open else { continue }
                    _ = try await apply(
                        .dueDatePassed(today: today, effectiveDueDate: calculator.effectiveDueDate(charge.dueDate)),
                        to: charge, in: session, at: context.clock.now(), by: actor)
                    count += 1
                }
                return count
            }
        }
        return moved
    }

    private func transition(_ id: Charge.ID, _ event: ChargeEvent, by actor: Actor) async throws -> Charge {
        try await context.store.write { session in try await transition(id, event, by: actor, in: session) }
    }

    /// Cancels, writes off or renegotiates inside the caller's transaction.
    public func transition(_ id: Charge.ID, _ event: ChargeEvent, by actor: Actor, in session: any StoreSession)
        async throws -> Charge
    {
        guard let charge = try await session.charges.get(id) else { throw DomainError.notFound("Cobrança", id.rawValue) }
        return try await apply(event, to: charge, in: session, at: context.clock.now(), by: actor)
    }

    /// Whether reaching `status` ends the título at the bank from our side: canceled, written
    /// off or renegotiated, or paid other than through the bank's own rail (a liquidação in
    /// the retorno already closed it there).
    static func closesTheTitulo(_ status: ChargeStatus, paidBy source: Payment.Source?) -> Bool {
        switch status {
        case .canceled, .writtenOff, .renegotiated: true
        case .paid: source != nil && source != .cnab
        default: false
        }
    }

    /// Runs the state machine and carries out its effects inside `session`.
    func apply(
        _ event: ChargeEvent, to charge: Charge, in session: any StoreSession, at now: Date, by actor: Actor,
        payment: (Payment, PaymentAllocation, AmountDue)? = nil, reason: String? = nil,
        mutate: (inout Charge) -> Void = { _ in }
    ) async throws -> Charge {
        let transition = try charge.stateMachine.apply(event)
        let before = Snapshot.json(ChargeSnapshot(charge))
        var updated = charge
        mutate(&updated)
        updated.status = transition.status
        updated.updatedAt = now
        updated.updatedBy = actor
        updated.version += 1
        var postings: [(LedgerTransaction.Kind, [LedgerLine])] = []
        var events: [EventType] = []
        for effect in transition.effects {
            switch effect {
            case .postIssue(let amount):
                updated.issuedAt = now
                postings.append((.issue, Postings.issue(amount)))
            case .postPayment(let principal, let discount):
                updated.paidPrincipal = try updated.paidPrincipal + principal
                updated.discountGranted = try updated.discountGranted + discount
                if let (paid, allocation, due) = payment {
                    updated.lateChargeHistory = try updated.lateChargeHistory.recording(allocation, of: due, on: paid.paidOn)
                    postings.append((.payment, Postings.payment(allocation, received: paid.amount)))
                }
                if transition.status == .paid { updated.paidAt = now }
            case .postCancellation(let amount):
                updated.canceledAt = now
                postings.append((.cancellation, Postings.cancellation(amount)))
            case .postWriteOff(let amount):
                postings.append((.writeOff, Postings.writeOff(amount)))
            case .postRenegotiation(let amount):
                postings.append((.renegotiation, Postings.renegotiation(amount)))
            case .postAmountChange(let old, let new):
                if old != new { postings.append((.adjustment, Postings.amountChange(from: old, to: new))) }
            case .emit(let type):
                events.append(type)
            }
        }
        if transition.status == .canceled { updated.canceledAt = now }
        try await session.charges.update(updated)
        if updated.method == .boleto, transition.effects.contains(where: { if case .postIssue = $0 { true } else { false } }) {
            // The boleto is part of issuing: same transaction, so a charge the bank would
            // refuse (no payer address, amount out of range) is not issued at all.
            _ = try await BoletoService(context).issueOriginal(for: updated, in: session, at: now, by: actor)
        }
        if updated.method == .boleto, Self.closesTheTitulo(transition.status, paidBy: payment?.0.source) {
            // The bank must stop collecting what was settled or dropped elsewhere (baixa).
            try await BoletoService(context).instruct(.writeOff, chargeID: updated.id, in: session, at: now)
        }
        for (kind, lines) in postings {
            try await session.ledger.post(
                LedgerTransaction(
                    id: context.ids.next(.ledgerTransaction), kind: kind, chargeID: updated.id,
                    customerID: updated.customerID, paymentID: payment?.0.id, lines: lines, postedAt: now,
                    memo: "\(kind.rawValue) \(updated.id)"))
        }
        let after = Snapshot.json(ChargeSnapshot(updated, changeReason: reason))
        for (index, type) in events.enumerated() {
            // One audit line per transition; further events of the same transition only as events.
            if index == 0 {
                try await context.record(
                    in: session, at: now, actor: actor, action: type, entityType: "charge", entityID: updated.id.rawValue,
                    before: before, after: after, customerID: updated.customerID, chargeID: updated.id)
            } else {
                try await session.events.append(
                    DomainEvent(
                        id: context.ids.next(.event), type: type, occurredAt: now, customerID: updated.customerID,
                        chargeID: updated.id, payload: after))
            }
        }
        return updated
    }
}
