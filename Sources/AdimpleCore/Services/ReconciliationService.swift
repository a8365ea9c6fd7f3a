import BrazilKit
import Foundation

/// The exceptions queue: a person matches money the bank reported to a charge, or dismisses
/// it with a reason. Each is audited; a resolved exception's payment carries the occurrence's
/// natural key, so the same money is never applied twice.
public struct ReconciliationService: Sendable {
    public let context: ServiceContext

    public init(_ context: ServiceContext) { self.context = context }

    public func exceptions(status: ReconciliationException.Status?, after: ReconciliationException.ID?, limit: Int)
        async throws -> [ReconciliationException]
    {
        try await context.store.read { try await $0.bankFiles.exceptions(status: status, after: after, limit: limit) }
    }

    /// Applies the exception's money to `chargeID` as a payment and closes the exception.
    public func resolve(_ id: ReconciliationException.ID, payingCharge chargeID: Charge.ID, by actor: Actor) async throws
        -> ReconciliationException
    {
        try await context.store.write { session in
            var exception = try await Self.open(id, in: session)
            guard let amount = exception.paidAmount, amount.isPositive else {
                throw DomainError(
                    .conflict, pt: "Esta pendência não tem valor pago para aplicar", en: "This exception has no paid amount to apply")
            }
            let now = context.clock.now()
            let result = try await ChargeService(context).registerPayment(
                chargeID, amount: amount, paidOn: exception.paidOn ?? context.clock.today(), source: .cnab,
                creditedOn: exception.creditOn, naturalKey: exception.naturalKey, by: actor, in: session)
            let before = Snapshot.json(ExceptionSnapshot(exception))
            exception.status = .resolved
            exception.chargeID = chargeID
            exception.resolvedAt = now
            exception.resolvedBy = actor
            exception.resolution = "pagamento \(result.payment.id.rawValue) na cobrança \(chargeID.rawValue)"
            try await session.bankFiles.updateException(exception)
            try await session.audit.append(
                AuditEntry(
                    id: context.ids.next(.audit), at: now, actor: actor, action: "reconciliation.resolved",
                    entityType: "reconciliation_exception", entityID: id.rawValue, before: before,
                    after: Snapshot.json(ExceptionSnapshot(exception))))
            return exception
        }
    }

    /// Closes the exception without moving money (a duplicate credit refunded by the bank, a
    /// test file…); the reason is kept.
    public func dismiss(_ id: ReconciliationException.ID, reason: String, by actor: Actor) async throws
        -> ReconciliationException
    {
        let reason = reason.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !reason.isEmpty else {
            throw ValidationError([
                FieldIssue(field: "reason", value: nil, reasonPT: "diga por que a pendência é descartada", reasonEN: "say why it is dismissed")
            ])
        }
        return try await context.store.write { session in
            var exception = try await Self.open(id, in: session)
            let now = context.clock.now()
            let before = Snapshot.json(ExceptionSnapshot(exception))
            exception.status = .dismissed
            exception.resolvedAt = now
            exception.resolvedBy = actor
            exception.resolution = reason
            try await session.bankFiles.updateException(exception)
            try await session.audit.append(
                AuditEntry(
                    id: context.ids.next(.audit), at: now, actor: actor, action: "reconciliation.dismissed",
                    entityType: "reconciliation_exception", entityID: id.rawValue, before: before,
                    after: Snapshot.json(ExceptionSnapshot(exception))))
            return exception
        }
    }

    static func open(_ id: ReconciliationException.ID, in session: any StoreSession) async throws -> ReconciliationException {
        guard let exception = try await session.bankFiles.exception(id) else {
            throw DomainError.notFound("Pendência", id.rawValue)
        }
        guard exception.status == .open else {
            throw DomainError(
                .invalidTransition, pt: "Pendência já \(exception.status == .resolved ? "resolvida" : "descartada")",
                en: "Exception already \(exception.status.rawValue)")
        }
        return exception
    }
}

struct ExceptionSnapshot: Encodable {
    let id: String
    let kind: String
    let status: String
    let chargeID: String?
    let paidAmount: Int64?
    let resolution: String?

    init(_ exception: ReconciliationException) {
        id = exception.id.rawValue
        kind = exception.kind.rawValue
        status = exception.status.rawValue
        chargeID = exception.chargeID?.rawValue
        paidAmount = exception.paidAmount?.centavos
        resolution = exception.resolution
    }
}
