import BoletoKit
import BrazilKit
import Foundation

/// Issuing boletos for charges: the original when a boleto charge is issued, and the 2ª via
/// with the amount updated to a new date.
///
/// A boleto is issued only when the company has a default bank account: a company that has
/// not configured one gets its charges without a boleto (and the API says so), never a
/// boleto that no bank would accept.
public struct BoletoService: Sendable {
    public let context: ServiceContext

    public init(_ context: ServiceContext) { self.context = context }

    private var calculator: LateChargeCalculator { LateChargeCalculator(calendar: context.calendar) }

    /// How far ahead a 2ª via may be dated: the updated amount is a promise for that day.
    public static let segundaViaHorizonDays = 60

    /// Issues the original boleto of a charge inside the caller's transaction.
    ///
    /// - Returns: nil when the company has no default bank account.
    /// - Throws: `ValidationError` naming every field that keeps the boleto from being valid
    ///   (company profile, customer document or address, amount or due date out of the
    ///   bank's range, nosso número exhausted) — before anything is written.
    public func issueOriginal(for charge: Charge, in session: any StoreSession, at now: Date, by actor: Actor)
        async throws -> Boleto?
    {
        guard let account = try await session.boletos.defaultAccount() else { return nil }
        let parties = try await checkedParties(of: charge, in: session)
        let due = try amountOnDueDate(charge.amount, of: charge)
        let sequence = try await session.boletos.allocateSequence(account: account.id, scope: account.sequenceScope)
        let nossoNumero = try BoletoIssue.nossoNumero(account: account, sequence: sequence, year: charge.dueDate.year)
        let boleto = try BoletoIssue.make(
            id: context.ids.next(.boleto), charge: charge, account: account, company: parties.company,
            nossoNumero: nossoNumero,
            dueDate: charge.dueDate, due: due, kind: .original, issuedAt: now, by: actor)
        try await session.boletos.insert(boleto)
        try await record(.register, boleto, in: session, at: now)
        return boleto
    }

    /// Queues an instruction about the charge's active boleto for the next remessa of its
    /// account. Nothing when the charge has no boleto.
    func instruct(_ kind: BankInstruction.Kind, chargeID: Charge.ID, in session: any StoreSession, at now: Date)
        async throws
    {
        let boletos = try await session.boletos.list(chargeID: chargeID)
        guard let active = boletos.last(where: { $0.status == .active }) ?? boletos.last else { return }
        try await record(kind, active, in: session, at: now)
    }

    private func record(_ kind: BankInstruction.Kind, _ boleto: Boleto, in session: any StoreSession, at now: Date)
        async throws
    {
        try await session.bankFiles.insertInstruction(
            BankInstruction(
                id: context.ids.next(.bankInstruction), bankAccountID: boleto.bankAccountID, boletoID: boleto.id,
                kind: kind, createdAt: now))
    }

    /// A 2ª via for an overdue (or any open) charge, payable on `date`, with the amount due
    /// on that date: multa, juros and the discount lost. Same nosso número as the original;
    /// earlier boletos of the charge become superseded. Asking again for the same day gives
    /// the same boleto back.
    public func segundaVia(_ chargeID: Charge.ID, payOn date: CivilDate, by actor: Actor) async throws -> Boleto {
        try await context.store.write { session in
            let now = context.clock.now()
            let today = context.clock.today()
            guard let charge = try await session.charges.get(chargeID) else {
                throw DomainError.notFound("Cobrança", chargeID.rawValue)
            }
            guard charge.status.isReceivable, charge.status != .draft else {
                throw DomainError(
                    .invalidTransition, pt: "Cobrança \(charge.status.labelPT) não tem 2ª via",
                    en: "A \(charge.status.rawValue) charge has no 2ª via")
            }
            let boletos = try await session.boletos.list(chargeID: chargeID)
            guard let original = boletos.first(where: { $0.kind == .original }) else {
                throw DomainError(
                    .conflict, pt: "Cobrança \(chargeID.rawValue) não tem boleto emitido",
                    en: "Charge \(chargeID.rawValue) has no boleto")
            }
            try Self.checkPayDate(date, today: today, calendar: context.calendar)
            guard let account = try await session.boletos.account(original.bankAccountID) else {
                throw DomainError.notFound("Conta bancária", original.bankAccountID.rawValue)
            }
            let parties = try await checkedParties(of: charge, in: session)
            let due = try calculator.amountDue(for: charge, isConsumer: parties.isConsumer, on: date)
            if let same = boletos.last(where: {
                $0.status == .active && $0.dueDate == date && $0.amount == due.total
            }) {
                return same
            }
            let boleto = try BoletoIssue.make(
                id: context.ids.next(.boleto), charge: charge, account: account, company: parties.company,
                nossoNumero: original.nossoNumero, dueDate: date, due: due, kind: .segundaVia, issuedAt: now, by: actor)
            try await replaceActive(with: boleto, in: session)
            // The bank keeps computing its own late charges on the título; it needs the new
            // due date so the 2ª via's barcode is accepted.
            try await record(.changeDueDate, boleto, in: session, at: now)
            try await context.record(
                in: session, at: now, actor: actor, action: .boletoIssued, entityType: "boleto",
                entityID: boleto.id.rawValue, before: nil, after: Snapshot.json(BoletoSnapshot(boleto)),
                customerID: charge.customerID, chargeID: charge.id)
            return boleto
        }
    }

    /// After the company changes a charge's due date or amount, its boleto must say the same:
    /// a new one (same nosso número) replaces the active one. Nothing when the charge has no
    /// boleto or the active one already matches.
    func reissueAfterChange(of charge: Charge, in session: any StoreSession, at now: Date, by actor: Actor)
        async throws
    {
        let boletos = try await session.boletos.list(chargeID: charge.id)
        guard let original = boletos.first(where: { $0.kind == .original }),
            let active = boletos.last(where: { $0.status == .active })
        else { return }
        guard active.dueDate != charge.dueDate || active.principal != charge.openAmount else { return }
        guard let account = try await session.boletos.account(original.bankAccountID) else { return }
        let parties = try await checkedParties(of: charge, in: session)
        let boleto = try BoletoIssue.make(
            id: context.ids.next(.boleto), charge: charge, account: account, company: parties.company,
            nossoNumero: original.nossoNumero, dueDate: charge.dueDate, due: try amountOnDueDate(charge.openAmount, of: charge),
            kind: .segundaVia, issuedAt: now, by: actor)
        try await replaceActive(with: boleto, in: session)
        if active.dueDate != charge.dueDate { try await record(.changeDueDate, boleto, in: session, at: now) }
        if active.principal != charge.openAmount { try await record(.changeAmount, boleto, in: session, at: now) }
        try await session.audit.append(
            AuditEntry(
                id: context.ids.next(.audit), at: now, actor: actor, action: EventType.boletoIssued.rawValue,
                entityType: "boleto", entityID: boleto.id.rawValue, before: nil,
                after: Snapshot.json(BoletoSnapshot(boleto))))
    }

    /// The charge's boletos, oldest first (the last active one is the one to pay).
    public func boletos(of chargeID: Charge.ID) async throws -> [Boleto] {
        try await context.store.read { try await $0.boletos.list(chargeID: chargeID) }
    }

    /// Supersedes the charge's active boleto and stores its replacement.
    private func replaceActive(with boleto: Boleto, in session: any StoreSession) async throws {
        try await session.boletos.supersede(chargeID: boleto.chargeID)
        try await session.boletos.insert(boleto)
    }

    /// What a boleto payable on the charge's own due date carries: the amount, nothing else.
    private func amountOnDueDate(_ amount: Money, of charge: Charge) throws(MoneyError) -> AmountDue {
        try calculator.amountDue(
            openAmount: amount, dueDate: charge.dueDate, rules: .none, isConsumer: true, on: charge.dueDate)
    }

    // MARK: Checks

    /// The company and the payer of a charge, checked for what a boleto needs.
    private func checkedParties(of charge: Charge, in session: any StoreSession) async throws
        -> (company: CompanyProfile, isConsumer: Bool)
    {
        let company = try await session.boletos.company()
        let customer = try await session.customers.get(charge.customerID)
        try Self.checkParties(company: company, customer: customer)
        guard let company else { throw StoreUnavailableError("company profile vanished") }  // checked above
        return (company, customer?.isConsumer ?? true)
    }

    /// CDC art. 42-A and the banks' registration rules: the beneficiary's name, address and
    /// document, and the payer's document and address, must be on the boleto.
    static func checkParties(company: CompanyProfile?, customer: Customer?) throws {
        var issues = IssueCollector()
        if let company {
            do { try company.validate() } catch { for issue in error.issues { issues.add(issue) } }
        } else {
            issues.add(
                field: "company", value: nil, pt: "cadastre os dados da empresa (beneficiário) antes de emitir boletos",
                en: "set the company (beneficiary) profile before issuing boletos")
        }
        if let customer {
            if customer.document == nil {
                issues.add(
                    field: "customer.document", value: nil, pt: "pagador sem CPF/CNPJ: o banco não registra o boleto",
                    en: "payer without CPF/CNPJ: the bank does not register the boleto")
            }
            if customer.address == nil {
                issues.add(
                    field: "customer.address", value: nil, pt: "pagador sem endereço: o banco não registra o boleto",
                    en: "payer without an address: the bank does not register the boleto")
            }
        }
        try issues.throwIfAny()
    }

    static func checkPayDate(_ date: CivilDate, today: CivilDate, calendar: BankCalendar) throws {
        var issues = IssueCollector()
        if date < today {
            issues.add(
                field: "date", value: date.iso, pt: "a data de pagamento não pode estar no passado",
                en: "the payment date cannot be in the past")
        } else if date.days(since: today) > segundaViaHorizonDays {
            issues.add(
                field: "date", value: date.iso, pt: "no máximo \(segundaViaHorizonDays) dias a partir de hoje",
                en: "at most \(segundaViaHorizonDays) days from today")
        } else if !calendar.isBusinessDay(date) {
            let next = calendar.nextBusinessDay(onOrAfter: date)
            issues.add(
                field: "date", value: date.iso, pt: "não é dia útil bancário; o próximo é \(next.iso)",
                en: "not a bank business day; the next one is \(next.iso)")
        }
        try issues.throwIfAny()
    }
}
