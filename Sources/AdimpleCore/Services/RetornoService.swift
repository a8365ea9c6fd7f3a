import BoletoKit
import BrazilKit
import CNABKit
import Foundation

/// What importing a retorno did. Counts are of títulos (detail records).
public struct RetornoReport: Sendable, Codable, Equatable {
    public var fileID: String?
    public var bank: String?
    public var layout: String?
    public var titulos = 0
    /// Occurrences applied now.
    public var applied = 0
    /// Occurrences this or another file already applied: nothing changed for them.
    public var alreadyApplied = 0
    /// Occurrences put in the exceptions queue (or already there).
    public var exceptions = 0
    public var paymentsCreated = 0
    public var registered = 0
    public var rejected = 0
    public var closed = 0
    /// Fees and other occurrences kept only in the file.
    public var informational = 0
    /// Money received in liquidações applied now, and their bank fees.
    public var receivedCentavos: Int64 = 0
    public var feesCentavos: Int64 = 0
    public var refused = false
    public var reason: String?
    public var line: Int?
    /// The same bytes were imported before as this file: nothing was written.
    public var duplicateOf: String?

    public init() {}

    enum CodingKeys: String, CodingKey {
        case fileID = "file_id", bank, layout, titulos, applied
        case alreadyApplied
        case exceptions
        case paymentsCreated = "payments_created", registered, rejected, closed, informational
        case receivedCentavos = "received_centavos", feesCentavos = "fees_centavos"
        case refused, reason, line
        case duplicateOf = "duplicate_of"
    }
}

/// Applies a CNAB retorno exactly once per occurrence: liquidação → payment (amount, fee,
/// juros, discount, credit date) posted to the ledger; entrada confirmada → registered;
/// rejeitada → flagged with the bank's reason; baixa → closed; what cannot be matched or does
/// not add up → the exceptions queue. A structurally broken file is refused whole.
public struct RetornoService: Sendable {
    public let context: ServiceContext
    /// Títulos per write transaction.
    public var batchSize = 200

    public init(_ context: ServiceContext) { self.context = context }

    private var calculator: LateChargeCalculator { LateChargeCalculator(calendar: context.calendar) }

    /// Imports a retorno. `sha256` is the hex digest of `bytes` (the caller has the hashing).
    public func importRetorno(_ bytes: [UInt8], fileName: String, sha256: String, by actor: Actor) async throws
        -> RetornoReport
    {
        var report = RetornoReport()
        // The same bytes again: answered from what the first import recorded, writing nothing.
        // An import that was interrupted (no report yet) is run again: its natural keys make
        // what it already applied a no-op.
        if let earlier = try await context.store.read({ try await $0.bankFiles.acceptedFiles(sha256: sha256) })
            .first(where: { $0.report != nil })
        {
            report.fileID = earlier.id.rawValue
            report.bank = earlier.bank
            report.layout = earlier.layout
            report.duplicateOf = earlier.id.rawValue
            if let json = earlier.report, let first = try? JSONDecoder().decode(RetornoReport.self, from: Data(json.utf8)) {
                report.titulos = first.titulos
                report.alreadyApplied = first.titulos
            }
            return report
        }
        let now = context.clock.now()
        let fileID: BankFile.ID = context.ids.next(.bankFile)
        report.fileID = fileID.rawValue
        let parsed: RetornoFile
        do {
            parsed = try RetornoFile.parse(bytes)
        } catch {
            report.refused = true
            report.reason = error.message(.ptBR)
            report.line = error.line
            let file = BankFile(
                id: fileID, kind: .retorno, bank: nil, layout: nil, fileName: fileName, sha256: sha256, size: bytes.count,
                status: .refused, refusal: report.reason, report: Self.json(report), receivedAt: now, createdBy: actor)
            try await context.store.write { try await $0.bankFiles.insert(file, content: bytes) }
            return report
        }
        report.bank = parsed.header.bank.rawValue
        report.layout = parsed.header.layout.rawValue
        report.titulos = parsed.titulos.count
        let accounts = try await context.store.read { session in
            try await session.boletos.accounts().filter { $0.bank.code == parsed.header.bank.rawValue }
        }
        // A file of an account that is not ours settles nothing of ours.
        guard let account = RetornoAccountMatch.account(for: parsed.header, among: accounts) else {
            report.refused = true
            report.line = parsed.header.line
            report.reason =
                "linha \(parsed.header.line): agência \(parsed.header.agencia), conta \(parsed.header.conta) do banco \(parsed.header.bank.rawValue) não é uma conta cadastrada"
            let file = BankFile(
                id: fileID, kind: .retorno, bank: parsed.header.bank.rawValue, layout: parsed.header.layout.rawValue,
                fileName: fileName, sha256: sha256, size: bytes.count, status: .refused, refusal: report.reason,
                report: Self.json(report), receivedAt: now, createdBy: actor)
            try await context.store.write { try await $0.bankFiles.insert(file, content: bytes) }
            return report
        }
        var file = BankFile(
            id: fileID, kind: .retorno, bank: parsed.header.bank.rawValue, bankAccountID: account.id,
            layout: parsed.header.layout.rawValue, fileName: fileName, sha256: sha256, size: bytes.count,
            nsa: parsed.header.nsa, status: .accepted, receivedAt: now, createdBy: actor)
        let accepted = file
        try await context.store.write { try await $0.bankFiles.insert(accepted, content: bytes) }

        for batch in parsed.titulos.chunked(batchSize) {
            let delta = try await context.store.write { session -> RetornoReport in
                var delta = RetornoReport()
                for titulo in batch {
                    try await apply(
                        titulo, account: account.id, fileID: fileID, in: session, at: context.clock.now(), by: actor,
                        into: &delta)
                }
                return delta
            }
            report.add(delta)
        }
        file.report = Self.json(report)
        let finished = file
        try await context.store.write { try await $0.bankFiles.update(finished) }
        return report
    }

    /// The occurrence's identity: the same in any file that repeats it.
    static func naturalKey(_ titulo: RetornoTitulo) -> String {
        "cnab:\(titulo.bank.rawValue):\(titulo.nossoNumero.normalized):\(titulo.ocorrencia.code):\(titulo.dataOcorrencia?.iso ?? "-")"
    }

    private func apply(
        _ titulo: RetornoTitulo, account: BankAccount.ID, fileID: BankFile.ID, in session: any StoreSession, at now: Date,
        by actor: Actor, into report: inout RetornoReport
    ) async throws {
        let key = Self.naturalKey(titulo)
        let line = titulo.lines.lowerBound
        let boletos = try await matchingBoletos(titulo, in: session).filter { $0.bankAccountID == account }
        let chargeID = boletos.last?.chargeID
        let kind = titulo.kind
        // Claim the occurrence first: a second file with it stops here.
        guard try await session.bankFiles.recordOccurrence(
            naturalKey: key, fileID: fileID, line: line, chargeID: chargeID, kind: kind.rawValue, outcome: "applied",
            at: now)
        else {
            report.alreadyApplied += 1
            return
        }
        switch kind {
        case .liquidacao:
            try await settle(titulo, key: key, boletos: boletos, fileID: fileID, in: session, at: now, by: actor, into: &report)
        case .entradaConfirmada:
            for boleto in boletos { try await session.boletos.setBankStatus(boleto.id, .registered, reason: nil, at: now) }
            report.registered += 1
            report.applied += 1
        case .entradaRejeitada:
            let reason = ([titulo.ocorrencia.description] + titulo.motivos.map(\.description)).joined(separator: ": ")
            for boleto in boletos { try await session.boletos.setBankStatus(boleto.id, .rejected, reason: reason, at: now) }
            if let boleto = boletos.last {
                try await session.audit.append(
                    AuditEntry(
                        id: context.ids.next(.audit), at: now, actor: actor, action: "boleto.rejected", entityType: "boleto",
                        entityID: boleto.id.rawValue, before: nil, after: Snapshot.json(["reason": reason])))
            }
            report.rejected += 1
            report.applied += 1
        case .baixa:
            let reason = titulo.ocorrencia.description
            for boleto in boletos { try await session.boletos.setBankStatus(boleto.id, .closed, reason: reason, at: now) }
            report.closed += 1
            report.applied += 1
        case .tarifa, .outra:
            report.informational += 1
            report.applied += 1
        }
    }

    /// A liquidação: a payment when the charge is open and the amount is what was due that
    /// day (or the amount of one of its boletos); otherwise an exception a person resolves.
    private func settle(
        _ titulo: RetornoTitulo, key: String, boletos: [Boleto], fileID: BankFile.ID, in session: any StoreSession,
        at now: Date, by actor: Actor, into report: inout RetornoReport
    ) async throws {
        let paidOn = titulo.dataOcorrencia ?? titulo.dataCredito ?? context.clock.today()
        func exception(_ kind: ReconciliationException.Kind, charge: Charge.ID?, expected: Money?) async throws {
            // Counted either way: an exception already queued (the same occurrence) is still one.
            _ = try await session.bankFiles.insertException(
                ReconciliationException(
                    id: context.ids.next(.reconciliationException), naturalKey: key, fileID: fileID,
                    line: titulo.lines.lowerBound, kind: kind, bank: titulo.bank.rawValue, nossoNumero: titulo.nossoNumero.raw,
                    chargeID: charge, expectedAmount: expected, paidAmount: titulo.valorPago, paidOn: paidOn,
                    creditOn: titulo.dataCredito, details: Self.details(titulo), createdAt: now))
            report.exceptions += 1
        }
        guard let boleto = boletos.last, let charge = try await session.charges.get(boleto.chargeID) else {
            try await exception(.unknownNossoNumero, charge: nil, expected: nil)
            return
        }
        guard charge.status.isReceivable, charge.status != .draft else {
            try await exception(.chargeNotOpen, charge: charge.id, expected: nil)
            return
        }
        let customer = try await session.customers.get(charge.customerID)
        let due = try calculator.amountDue(for: charge, isConsumer: customer?.isConsumer ?? true, on: paidOn)
        let matchesABoleto = boletos.contains { $0.amount == titulo.valorPago }
        guard titulo.valorPago == due.total || matchesABoleto else {
            try await exception(.amountMismatch, charge: charge.id, expected: due.total)
            return
        }
        let result = try await ChargeService(context).registerPayment(
            charge.id, amount: titulo.valorPago, paidOn: paidOn, source: .cnab, fee: titulo.tarifa,
            creditedOn: titulo.dataCredito, naturalKey: key, by: actor, in: session)
        if !result.duplicate {
            report.paymentsCreated += 1
            report.receivedCentavos += titulo.valorPago.centavos
            report.feesCentavos += titulo.tarifa.centavos
        }
        report.applied += 1
    }

    /// Our boletos with this título's nosso número: exact key first, then without a trailing
    /// check digit (banks print the nosso número with or without its DV).
    func matchingBoletos(_ titulo: RetornoTitulo, in session: any StoreSession) async throws -> [Boleto] {
        let normalized = titulo.nossoNumero.normalized
        guard !normalized.isEmpty else { return [] }
        let exact = try await session.boletos.find(bank: titulo.bank.rawValue, nossoNumeroKeys: [Boleto.key(normalized)])
        if !exact.isEmpty { return exact }
        guard normalized.count > 1 else { return [] }
        return try await session.boletos.find(
            bank: titulo.bank.rawValue, nossoNumeroKeys: [Boleto.key(normalized.dropLast())])
    }

    static func details(_ titulo: RetornoTitulo) -> String {
        Snapshot.json([
            "ocorrencia": "\(titulo.ocorrencia.code) \(titulo.ocorrencia.description)",
            "motivos": titulo.motivos.map(\.description).joined(separator: "; "),
            "nosso_numero": titulo.nossoNumero.raw, "seu_numero": titulo.seuNumero,
            "valor_titulo": titulo.valorTitulo.formatted, "valor_pago": titulo.valorPago.formatted,
            "tarifa": titulo.tarifa.formatted, "juros_multa": titulo.jurosMulta.formatted,
            "desconto": titulo.desconto.formatted, "abatimento": titulo.abatimento.formatted,
            "data_ocorrencia": titulo.dataOcorrencia?.iso ?? "", "data_credito": titulo.dataCredito?.iso ?? "",
            "linhas": "\(titulo.lines.lowerBound)-\(titulo.lines.upperBound)",
        ])
    }

    public static func json(_ report: RetornoReport) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return (try? encoder.encode(report)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
    }
}

/// Which of our accounts a retorno belongs to, from its header: the agência and the conta (or
/// código do beneficiário / convênio), compared as digits without leading zeros, with or
/// without a trailing check digit. A header that names neither (some banks leave them blank)
/// belongs to our only account of that bank.
enum RetornoAccountMatch {
    static func account(for header: RetornoHeader, among accounts: [BankAccount]) -> BankAccount? {
        let agencia = digits(header.agencia)
        let codes = [header.conta, header.convenio].map(digits).filter { !$0.isEmpty }
        if agencia.isEmpty && codes.isEmpty { return accounts.count == 1 ? accounts.first : nil }
        return accounts.first { account in
            let ours = identifiers(account.agreement)
            let agenciaHolds = agencia.isEmpty || ours.agencia.isEmpty || agencia == ours.agencia
                || agencia.dropLast() == ours.agencia
            let codeHolds = codes.contains { code in
                ours.codes.contains { $0 == code || String(code.dropLast()) == $0 || code.hasSuffix($0) && $0.count >= 5 }
            }
            return agenciaHolds && codeHolds
        }
    }

    static func identifiers(_ agreement: BeneficiaryAccount) -> (agencia: String, codes: [String]) {
        switch agreement {
        case .bancoDoBrasil(let agencia, let conta, let convenio, _): (digits(agencia), [digits(conta), digits(convenio)])
        case .santander(let agencia, let code, _): (digits(agencia), [digits(code)])
        case .caixa(let agencia, let code): (digits(agencia), [digits(code)])
        case .bradesco(let agencia, let conta, _, _, _): (digits(agencia), [digits(conta)])
        case .itau(let agencia, let conta, _, _): (digits(agencia), [digits(conta)])
        case .sicredi(let cooperativa, _, let code, _): (digits(cooperativa), [digits(code)])
        case .sicoob(let cooperativa, let code, _, _): (digits(cooperativa), [digits(code)])
        }
    }

    static func digits(_ text: String) -> String {
        let only = text.filter(\.isNumber)
        let trimmed = only.drop { $0 == "0" }
        return String(trimmed)
    }
}

extension RetornoReport {
    mutating func add(_ other: RetornoReport) {
        applied += other.applied
        alreadyApplied += other.alreadyApplied
        exceptions += other.exceptions
        paymentsCreated += other.paymentsCreated
        registered += other.registered
        rejected += other.rejected
        closed += other.closed
        informational += other.informational
        receivedCentavos += other.receivedCentavos
        feesCentavos += other.feesCentavos
    }
}
