import BrazilKit
import Foundation

extension ChargeService {
    /// A change of due date and/or amount asked by a person or the API.
    public struct Change: Sendable, Hashable {
        public var dueDate: CivilDate?
        public var amount: Money?
        public var reason: String?

        public init(dueDate: CivilDate? = nil, amount: Money? = nil, reason: String? = nil) {
            self.dueDate = dueDate
            self.amount = amount
            self.reason = reason
        }
    }

    /// Moves the due date and/or changes the amount, in one transaction with the ledger
    /// adjustment, the audit line (with the reason) and a `charge.updated` event.
    ///
    /// The amount changes only before any money arrived (otherwise late charges already paid
    /// would no longer add up — renegotiate instead); a due date in the past is refused.
    public func change(_ id: Charge.ID, _ change: Change, by actor: Actor) async throws -> Charge {
        if change.dueDate == nil && change.amount == nil {
            throw ValidationError([
                FieldIssue(
                    field: "due_date", value: nil, reasonPT: "informe due_date ou amount",
                    reasonEN: "give due_date or amount")
            ])
        }
        let today = context.clock.today()
        if let dueDate = change.dueDate, dueDate < today {
            throw ValidationError([
                FieldIssue(
                    field: "due_date", value: dueDate.iso, reasonPT: "vencimento no passado",
                    reasonEN: "due date in the past")
            ])
        }
        return try await context.store.write { session in
            guard var charge = try await session.charges.get(id) else {
                throw DomainError.notFound("Cobrança", id.rawValue)
            }
            let now = context.clock.now()
            if let amount = change.amount, amount != charge.amount {
                guard charge.paidPrincipal.isZero && charge.discountGranted.isZero else {
                    throw DomainError(
                        .invalidTransition, pt: "Cobrança com pagamento não muda de valor; renegocie",
                        en: "A charge with payments cannot change its amount; renegotiate it")
                }
                charge = try await apply(
                    .changeAmount(to: amount), to: charge, in: session, at: now, by: actor, reason: change.reason
                ) {
                    $0.amount = amount
                }
            }
            if let dueDate = change.dueDate, dueDate != charge.dueDate {
                let effective = context.calendar.nextBusinessDay(onOrAfter: dueDate)
                charge = try await apply(
                    .reschedule(today: today, effectiveDueDate: effective), to: charge, in: session, at: now, by: actor,
                    reason: change.reason
                ) { $0.dueDate = dueDate }
            }
            try await BoletoService(context).reissueAfterChange(of: charge, in: session, at: now, by: actor)
            return charge
        }
    }
}
