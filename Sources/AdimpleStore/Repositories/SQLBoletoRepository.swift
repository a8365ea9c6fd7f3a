import AdimpleCore
import BoletoKit
import BrazilKit
import Foundation
import SQLKit

/// Company profile, bank accounts, nosso número sequences and boletos on SQLKit.
struct SQLBoletoRepository: BoletoRepository {
    let db: any SQLDatabase

    // MARK: Company

    func company() async throws -> CompanyProfile? {
        guard let row = try await db.select().column("data").from("company_profile").where("id", .equal, "company")
            .first()
        else { return nil }
        return try JSONDecoder().decode(CompanyProfile.self, from: Data(try row.decode(column: "data", as: String.self).utf8))
    }

    func saveCompany(_ profile: CompanyProfile, at: Date) async throws {
        let data = String(decoding: try JSONEncoder().encode(profile), as: UTF8.self)
        try await db.insert(into: "company_profile").columns("id", "data", "updated_at")
            .values(SQLBind("company"), SQLBind(data), SQLBind(Column.millis(at)))
            .onConflict(with: "id") { $0.set(excludedValueOf: "data").set(excludedValueOf: "updated_at") }
            .run()
    }

    // MARK: Accounts

    func insertAccount(_ account: BankAccount) async throws {
        try await db.insert(into: "bank_accounts").columns(BankAccountRow.columns)
            .values(try BankAccountRow(account).binds.map { SQLBind($0) }).run()
    }

    func updateAccount(_ account: BankAccount) async throws {
        let row = try BankAccountRow(account)
        let touched = try await db.update("bank_accounts")
            .set("label", to: row.label).set("bank", to: row.bank).set("details", to: row.details)
            .set("pix_key", to: row.pix_key).set("is_default", to: row.is_default).set("active", to: row.active)
            .set("updated_at", to: row.updated_at)
            .where("id", .equal, row.id).returning("id").all()
        if touched.isEmpty { throw DomainError.notFound("Conta bancária", row.id) }
    }

    func account(_ id: BankAccount.ID) async throws -> BankAccount? {
        try await db.select().columns(BankAccountRow.columns).from("bank_accounts").where("id", .equal, id.rawValue)
            .first(decoding: BankAccountRow.self)?.account()
    }

    func accounts() async throws -> [BankAccount] {
        try await db.select().columns(BankAccountRow.columns).from("bank_accounts")
            .orderBy("is_default", .descending).orderBy("id")
            .all(decoding: BankAccountRow.self).map { try $0.account() }
    }

    func defaultAccount() async throws -> BankAccount? {
        try await db.select().columns(BankAccountRow.columns).from("bank_accounts")
            .where("is_default", .equal, Int64(1)).where("active", .equal, Int64(1)).orderBy("id").limit(1)
            .first(decoding: BankAccountRow.self)?.account()
    }

    // MARK: Sequences

    func allocateSequence(account: BankAccount.ID, scope: String) async throws -> Int64 {
        // The first use creates the row; the UPDATE then takes its lock (PostgreSQL) until
        // the issuing transaction ends, so two issuers never read the same value.
        try await db.insert(into: "nosso_numero_sequences").columns("bank_account_id", "carteira", "next_value")
            .values(SQLBind(account.rawValue), SQLBind(scope), SQLBind(Int64(1)))
            .ignoringConflicts(with: ["bank_account_id", "carteira"]).run()
        let rows = try await db.update("nosso_numero_sequences")
            .set("next_value", to: SQLBinaryExpression(SQLIdentifier("next_value"), .add, SQLLiteral.numeric("1")))
            .where("bank_account_id", .equal, account.rawValue).where("carteira", .equal, scope)
            .returning("next_value").all()
        guard let row = rows.first else {
            throw StoreUnavailableError("nosso número sequence of \(account.rawValue) vanished")
        }
        return try row.decode(column: "next_value", as: Int64.self) - 1
    }

    // MARK: Boletos

    func insert(_ boleto: Boleto) async throws {
        try await db.insert(into: "boletos").columns(BoletoRow.columns)
            .values(try BoletoRow(boleto).binds.map { SQLBind($0) }).run()
    }

    func supersede(chargeID: Charge.ID) async throws {
        try await db.update("boletos").set("status", to: Boleto.Status.superseded.rawValue)
            .where("charge_id", .equal, chargeID.rawValue).where("status", .equal, Boleto.Status.active.rawValue).run()
    }

    func get(_ id: Boleto.ID) async throws -> Boleto? {
        try await selectBoletos().where("id", .equal, id.rawValue).first(decoding: BoletoRow.self)?.boleto()
    }

    func list(chargeID: Charge.ID) async throws -> [Boleto] {
        try await selectBoletos().where("charge_id", .equal, chargeID.rawValue).orderBy("issued_at").orderBy("id")
            .all(decoding: BoletoRow.self).map { try $0.boleto() }
    }

    func find(barcode: String) async throws -> [Boleto] {
        try await selectBoletos().where("barcode", .equal, barcode).orderBy("id")
            .all(decoding: BoletoRow.self).map { try $0.boleto() }
    }

    func find(account: BankAccount.ID, sequence: Int64) async throws -> [Boleto] {
        try await selectBoletos().where("bank_account_id", .equal, account.rawValue).where("sequence", .equal, sequence)
            .orderBy("issued_at").orderBy("id")
            .all(decoding: BoletoRow.self).map { try $0.boleto() }
    }

    func find(bank: String, nossoNumeroKeys: [String]) async throws -> [Boleto] {
        guard !nossoNumeroKeys.isEmpty else { return [] }
        return try await selectBoletos().where("bank", .equal, bank)
            .where("nosso_numero_key", .in, SQLGroupExpression(nossoNumeroKeys.map { SQLBind($0) }))
            .orderBy("issued_at").orderBy("id")
            .all(decoding: BoletoRow.self).map { try $0.boleto() }
    }

    func setBankStatus(_ id: Boleto.ID, _ status: Boleto.BankStatus, reason: String?, at: Date) async throws {
        try await db.update("boletos").set("bank_status", to: status.rawValue).set("bank_status_reason", to: reason)
            .set("bank_status_at", to: Column.millis(at)).where("id", .equal, id.rawValue).run()
    }

    func count() async throws -> Int {
        let row = try await db.select().column(SQLFunction("COUNT", args: SQLLiteral.all), as: "n").from("boletos").first()
        return Int(try row?.decode(column: "n", as: Int64.self) ?? 0)
    }

    private func selectBoletos() -> SQLSelectBuilder {
        db.select().columns(BoletoRow.columns).from("boletos")
    }
}

/// A `bank_accounts` row; `details` is the agreement as JSON.
private struct BankAccountRow: Codable {
    static let columns = [
        "id", "label", "bank", "details", "pix_key", "is_default", "active", "created_at", "updated_at",
    ]
    var id: String
    var label: String
    var bank: String
    var details: String
    var pix_key: String?
    var is_default: Int64
    var active: Int64
    var created_at: Int64
    var updated_at: Int64

    init(_ account: BankAccount) throws {
        id = account.id.rawValue
        label = account.label
        bank = account.bank.rawValue
        details = String(decoding: try JSONEncoder().encode(account.agreement), as: UTF8.self)
        pix_key = account.pixKey
        is_default = account.isDefault ? 1 : 0
        active = account.active ? 1 : 0
        created_at = Column.millis(account.createdAt)
        updated_at = Column.millis(account.updatedAt)
    }

    var binds: [any Encodable & Sendable] {
        [id, label, bank, details, pix_key, is_default, active, created_at, updated_at]
    }

    func account() throws -> BankAccount {
        let agreement: BeneficiaryAccount
        do {
            agreement = try JSONDecoder().decode(BeneficiaryAccount.self, from: Data(details.utf8))
        } catch {
            throw CorruptRowError(table: "bank_accounts", id: id, detail: "details: \(error)")
        }
        return BankAccount(
            id: BankAccount.ID(id), label: label, agreement: agreement, pixKey: pix_key, isDefault: is_default != 0,
            active: active != 0, createdAt: Column.date(created_at), updatedAt: Column.date(updated_at))
    }
}

/// A `boletos` row; the nosso número (digits, check digit, printed form) is JSON.
private struct BoletoRow: Codable {
    static let columns = [
        "id", "charge_id", "bank_account_id", "bank", "carteira", "sequence", "nosso_numero", "barcode", "linha",
        "amount", "due_date", "kind", "status", "principal", "fine", "interest", "discount", "pix_payload",
        "issued_at", "created_by", "nosso_numero_key", "bank_status", "bank_status_reason", "bank_status_at",
    ]
    var id: String
    var charge_id: String
    var bank_account_id: String
    var bank: String
    var carteira: String
    var sequence: Int64
    var nosso_numero: String
    var barcode: String
    var linha: String
    var amount: Int64
    var due_date: String
    var kind: String
    var status: String
    var principal: Int64
    var fine: Int64
    var interest: Int64
    var discount: Int64
    var pix_payload: String?
    var issued_at: Int64
    var created_by: String
    var nosso_numero_key: String
    var bank_status: String
    var bank_status_reason: String?
    var bank_status_at: Int64?

    init(_ boleto: Boleto) throws {
        id = boleto.id.rawValue
        charge_id = boleto.chargeID.rawValue
        bank_account_id = boleto.bankAccountID.rawValue
        bank = boleto.bank.rawValue
        carteira = boleto.carteira
        sequence = boleto.nossoNumero.sequence
        nosso_numero = String(decoding: try JSONEncoder().encode(boleto.nossoNumero), as: UTF8.self)
        barcode = boleto.barcode
        linha = boleto.linha
        amount = boleto.amount.centavos
        due_date = boleto.dueDate.iso
        kind = boleto.kind.rawValue
        status = boleto.status.rawValue
        principal = boleto.principal.centavos
        fine = boleto.fine.centavos
        interest = boleto.interest.centavos
        discount = boleto.discount.centavos
        pix_payload = boleto.pixPayload
        issued_at = Column.millis(boleto.issuedAt)
        created_by = boleto.createdBy.description
        nosso_numero_key = boleto.nossoNumeroKey
        bank_status = boleto.bankStatus.rawValue
        bank_status_reason = boleto.bankStatusReason
        bank_status_at = Column.millis(boleto.bankStatusAt)
    }

    var binds: [any Encodable & Sendable] {
        [
            id, charge_id, bank_account_id, bank, carteira, sequence, nosso_numero, barcode, linha, amount, due_date,
            kind, status, principal, fine, interest, discount, pix_payload, issued_at, created_by, nosso_numero_key,
            bank_status, bank_status_reason, bank_status_at,
        ]
    }

    func boleto() throws -> Boleto {
        guard let bank = BoletoBank(rawValue: bank), let kind = Boleto.Kind(rawValue: kind),
            let status = Boleto.Status(rawValue: status), let actor = Actor(stored: created_by),
            let bankStatus = Boleto.BankStatus(rawValue: bank_status)
        else { throw CorruptRowError(table: "boletos", id: id, detail: "bank, kind, status or actor") }
        let nossoNumero: NossoNumero
        do {
            nossoNumero = try JSONDecoder().decode(NossoNumero.self, from: Data(nosso_numero.utf8))
        } catch {
            throw CorruptRowError(table: "boletos", id: id, detail: "nosso_numero: \(error)")
        }
        return Boleto(
            id: Boleto.ID(id), chargeID: Charge.ID(charge_id), bankAccountID: BankAccount.ID(bank_account_id),
            bank: bank, carteira: carteira, nossoNumero: nossoNumero, barcode: barcode, linha: linha,
            amount: Money(centavos: amount), dueDate: try Column.civil(due_date), kind: kind, status: status,
            principal: Money(centavos: principal), fine: Money(centavos: fine), interest: Money(centavos: interest),
            discount: Money(centavos: discount), pixPayload: pix_payload, issuedAt: Column.date(issued_at),
            createdBy: actor, bankStatus: bankStatus, bankStatusReason: bank_status_reason,
            bankStatusAt: Column.date(bank_status_at))
    }
}
