import AdimpleCore
import BrazilKit
import Foundation
import SQLKit

/// Bank files, occurrences, exceptions, instructions and remessa sequences on SQLKit.
struct SQLBankFileRepository: BankFileRepository {
    let db: any SQLDatabase

    // MARK: Files

    func insert(_ file: BankFile, content: [UInt8]) async throws {
        try await db.insert(into: "bank_files").columns(BankFileRow.columns)
            .values(BankFileRow(file).binds.map { SQLBind($0) }).run()
        try await db.insert(into: "bank_file_contents").columns("file_id", "content")
            .values(SQLBind(file.id.rawValue), SQLBind(Data(content))).run()
    }

    func update(_ file: BankFile) async throws {
        let row = BankFileRow(file)
        try await db.update("bank_files").set("status", to: row.status).set("refusal", to: row.refusal)
            .set("report", to: row.report).set("nsa", to: row.nsa).where("id", .equal, row.id).run()
    }

    func file(_ id: BankFile.ID) async throws -> BankFile? {
        try await select().where("id", .equal, id.rawValue).first(decoding: BankFileRow.self)?.file()
    }

    func content(_ id: BankFile.ID) async throws -> [UInt8]? {
        guard let row = try await db.select().column("content").from("bank_file_contents")
            .where("file_id", .equal, id.rawValue).first()
        else { return nil }
        return [UInt8](try row.decode(column: "content", as: Data.self))
    }

    func files(kind: BankFile.Kind?, before: BankFile.ID?, limit: Int) async throws -> [BankFile] {
        var query = select()
        if let kind { query = query.where("kind", .equal, kind.rawValue) }
        if let before { query = query.where("id", .lessThan, before.rawValue) }
        return try await query.orderBy("id", .descending).limit(max(1, min(limit, 1000)))
            .all(decoding: BankFileRow.self).map { try $0.file() }
    }

    func acceptedFiles(sha256: String) async throws -> [BankFile] {
        try await select().where("sha256", .equal, sha256).where("status", .equal, BankFile.Status.accepted.rawValue)
            .orderBy("id").all(decoding: BankFileRow.self).map { try $0.file() }
    }

    private func select() -> SQLSelectBuilder { db.select().columns(BankFileRow.columns).from("bank_files") }

    // MARK: Occurrences

    func recordOccurrence(
        naturalKey: String, fileID: BankFile.ID, line: Int, chargeID: Charge.ID?, kind: String, outcome: String,
        at: Date
    ) async throws -> Bool {
        let inserted = try await db.insert(into: "bank_occurrences")
            .columns("natural_key", "file_id", "line", "charge_id", "kind", "outcome", "applied_at")
            .values(
                SQLBind(naturalKey), SQLBind(fileID.rawValue), SQLBind(Int64(line)), SQLBind(chargeID?.rawValue),
                SQLBind(kind), SQLBind(outcome), SQLBind(Column.millis(at))
            )
            .ignoringConflicts(with: ["natural_key"]).returning("natural_key").all()
        return !inserted.isEmpty
    }

    // MARK: Exceptions

    func insertException(_ exception: ReconciliationException) async throws -> Bool {
        let inserted = try await db.insert(into: "reconciliation_exceptions").columns(ExceptionRow.columns)
            .values(ExceptionRow(exception).binds.map { SQLBind($0) })
            .ignoringConflicts(with: ["natural_key"]).returning("id").all()
        return !inserted.isEmpty
    }

    func exception(_ id: ReconciliationException.ID) async throws -> ReconciliationException? {
        try await db.select().columns(ExceptionRow.columns).from("reconciliation_exceptions")
            .where("id", .equal, id.rawValue).first(decoding: ExceptionRow.self)?.exception()
    }

    func updateException(_ exception: ReconciliationException) async throws {
        let row = ExceptionRow(exception)
        try await db.update("reconciliation_exceptions").set("status", to: row.status)
            .set("resolved_at", to: row.resolved_at).set("resolved_by", to: row.resolved_by)
            .set("resolution", to: row.resolution).set("charge_id", to: row.charge_id)
            .where("id", .equal, row.id).run()
    }

    func exceptions(status: ReconciliationException.Status?, after: ReconciliationException.ID?, limit: Int)
        async throws -> [ReconciliationException]
    {
        var query = db.select().columns(ExceptionRow.columns).from("reconciliation_exceptions")
        if let status { query = query.where("status", .equal, status.rawValue) }
        if let after { query = query.where("id", .greaterThan, after.rawValue) }
        return try await query.orderBy("id").limit(max(1, min(limit, 1000)))
            .all(decoding: ExceptionRow.self).map { try $0.exception() }
    }

    // MARK: Instructions and sequences

    func insertInstruction(_ instruction: BankInstruction) async throws {
        try await db.insert(into: "bank_instructions")
            .columns("id", "bank_account_id", "boleto_id", "kind", "created_at", "remessa_file_id")
            .values(
                SQLBind(instruction.id.rawValue), SQLBind(instruction.bankAccountID.rawValue),
                SQLBind(instruction.boletoID.rawValue), SQLBind(instruction.kind.rawValue),
                SQLBind(Column.millis(instruction.createdAt)), SQLBind(instruction.remessaFileID?.rawValue)
            ).run()
    }

    func pendingInstructions(account: BankAccount.ID) async throws -> [BankInstruction] {
        try await db.select().columns("id", "bank_account_id", "boleto_id", "kind", "created_at", "remessa_file_id")
            .from("bank_instructions").where("bank_account_id", .equal, account.rawValue)
            .where("remessa_file_id", .is, SQLLiteral.null).orderBy("id")
            .all(decoding: InstructionRow.self).map { try $0.instruction() }
    }

    func markSent(_ ids: [BankInstruction.ID], in file: BankFile.ID) async throws {
        for chunk in ids.chunked(500) {
            try await db.update("bank_instructions").set("remessa_file_id", to: file.rawValue)
                .where("id", .in, SQLGroupExpression(chunk.map { SQLBind($0.rawValue) })).run()
        }
    }

    func nextRemessaNumber(account: BankAccount.ID) async throws -> Int {
        try await db.insert(into: "remessa_sequences").columns("bank_account_id", "next_value")
            .values(SQLBind(account.rawValue), SQLBind(Int64(1)))
            .ignoringConflicts(with: ["bank_account_id"]).run()
        let rows = try await db.update("remessa_sequences")
            .set("next_value", to: SQLBinaryExpression(SQLIdentifier("next_value"), .add, SQLLiteral.numeric("1")))
            .where("bank_account_id", .equal, account.rawValue).returning("next_value").all()
        guard let row = rows.first else { throw StoreUnavailableError("remessa sequence of \(account.rawValue) vanished") }
        return Int(try row.decode(column: "next_value", as: Int64.self) - 1)
    }
}

private struct BankFileRow: Codable {
    static let columns = [
        "id", "kind", "bank", "bank_account_id", "layout", "file_name", "sha256", "size", "nsa", "status", "refusal",
        "report", "received_at", "created_by",
    ]
    var id: String
    var kind: String
    var bank: String?
    var bank_account_id: String?
    var layout: String?
    var file_name: String
    var sha256: String
    var size: Int64
    var nsa: Int64?
    var status: String
    var refusal: String?
    var report: String?
    var received_at: Int64
    var created_by: String

    init(_ file: BankFile) {
        id = file.id.rawValue
        kind = file.kind.rawValue
        bank = file.bank
        bank_account_id = file.bankAccountID?.rawValue
        layout = file.layout
        file_name = file.fileName
        sha256 = file.sha256
        size = Int64(file.size)
        nsa = file.nsa.map(Int64.init)
        status = file.status.rawValue
        refusal = file.refusal
        report = file.report
        received_at = Column.millis(file.receivedAt)
        created_by = file.createdBy.description
    }

    var binds: [any Encodable & Sendable] {
        [id, kind, bank, bank_account_id, layout, file_name, sha256, size, nsa, status, refusal, report, received_at, created_by]
    }

    func file() throws -> BankFile {
        guard let kind = BankFile.Kind(rawValue: kind), let status = BankFile.Status(rawValue: status),
            let actor = Actor(stored: created_by)
        else { throw CorruptRowError(table: "bank_files", id: id, detail: "kind, status or actor") }
        return BankFile(
            id: BankFile.ID(id), kind: kind, bank: bank, bankAccountID: bank_account_id.map(BankAccount.ID.init),
            layout: layout, fileName: file_name, sha256: sha256, size: Int(size), nsa: nsa.map(Int.init), status: status,
            refusal: refusal, report: report, receivedAt: Column.date(received_at), createdBy: actor)
    }
}

private struct ExceptionRow: Codable {
    static let columns = [
        "id", "natural_key", "file_id", "line", "kind", "bank", "nosso_numero", "charge_id", "expected_amount",
        "paid_amount", "paid_on", "credit_on", "details", "status", "created_at", "resolved_at", "resolved_by",
        "resolution",
    ]
    var id: String
    var natural_key: String
    var file_id: String
    var line: Int64
    var kind: String
    var bank: String?
    var nosso_numero: String?
    var charge_id: String?
    var expected_amount: Int64?
    var paid_amount: Int64?
    var paid_on: String?
    var credit_on: String?
    var details: String
    var status: String
    var created_at: Int64
    var resolved_at: Int64?
    var resolved_by: String?
    var resolution: String?

    init(_ exception: ReconciliationException) {
        id = exception.id.rawValue
        natural_key = exception.naturalKey
        file_id = exception.fileID.rawValue
        line = Int64(exception.line)
        kind = exception.kind.rawValue
        bank = exception.bank
        nosso_numero = exception.nossoNumero
        charge_id = exception.chargeID?.rawValue
        expected_amount = exception.expectedAmount?.centavos
        paid_amount = exception.paidAmount?.centavos
        paid_on = exception.paidOn?.iso
        credit_on = exception.creditOn?.iso
        details = exception.details
        status = exception.status.rawValue
        created_at = Column.millis(exception.createdAt)
        resolved_at = Column.millis(exception.resolvedAt)
        resolved_by = exception.resolvedBy?.description
        resolution = exception.resolution
    }

    var binds: [any Encodable & Sendable] {
        [
            id, natural_key, file_id, line, kind, bank, nosso_numero, charge_id, expected_amount, paid_amount, paid_on,
            credit_on, details, status, created_at, resolved_at, resolved_by, resolution,
        ]
    }

    func exception() throws -> ReconciliationException {
        guard let kind = ReconciliationException.Kind(rawValue: kind),
            let status = ReconciliationException.Status(rawValue: status)
        else { throw CorruptRowError(table: "reconciliation_exceptions", id: id, detail: "kind or status") }
        return ReconciliationException(
            id: ReconciliationException.ID(id), naturalKey: natural_key, fileID: BankFile.ID(file_id), line: Int(line),
            kind: kind, bank: bank, nossoNumero: nosso_numero, chargeID: charge_id.map(Charge.ID.init),
            expectedAmount: expected_amount.map(Money.init(centavos:)), paidAmount: paid_amount.map(Money.init(centavos:)),
            paidOn: try Column.civil(paid_on), creditOn: try Column.civil(credit_on), details: details, status: status,
            createdAt: Column.date(created_at), resolvedAt: Column.date(resolved_at),
            resolvedBy: resolved_by.flatMap(Actor.init(stored:)), resolution: resolution)
    }
}

private struct InstructionRow: Codable {
    var id: String
    var bank_account_id: String
    var boleto_id: String
    var kind: String
    var created_at: Int64
    var remessa_file_id: String?

    func instruction() throws -> BankInstruction {
        guard let kind = BankInstruction.Kind(rawValue: kind) else {
            throw CorruptRowError(table: "bank_instructions", id: id, detail: "kind \(kind)")
        }
        return BankInstruction(
            id: BankInstruction.ID(id), bankAccountID: BankAccount.ID(bank_account_id), boletoID: Boleto.ID(boleto_id),
            kind: kind, createdAt: Column.date(created_at), remessaFileID: remessa_file_id.map(BankFile.ID.init))
    }
}
