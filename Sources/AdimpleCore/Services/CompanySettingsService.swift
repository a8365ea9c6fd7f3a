import BoletoKit
import BrazilKit
import Foundation
import PixKit

/// The company profile (beneficiário) and its bank accounts: what boletos need before the
/// first one is issued. Every change is audited.
public struct CompanySettingsService: Sendable {
    public let context: ServiceContext

    public init(_ context: ServiceContext) { self.context = context }

    public func company() async throws -> CompanyProfile? {
        try await context.store.read { try await $0.boletos.company() }
    }

    public func saveCompany(_ profile: CompanyProfile, by actor: Actor) async throws {
        try profile.validate()
        try await context.store.write { session in
            let now = context.clock.now()
            let before = try await session.boletos.company()
            try await session.boletos.saveCompany(profile, at: now)
            try await session.audit.append(
                AuditEntry(
                    id: context.ids.next(.audit), at: now, actor: actor, action: "company.updated",
                    entityType: "company", entityID: "company", before: before.map { Snapshot.json($0) },
                    after: Snapshot.json(profile)))
        }
    }

    public func accounts() async throws -> [BankAccount] {
        try await context.store.read { try await $0.boletos.accounts() }
    }

    /// Adds a bank account; the first one, or one marked default, becomes the default for new
    /// boleto charges.
    public func addAccount(label: String, agreement: BeneficiaryAccount, pixKey: String?, makeDefault: Bool, by actor: Actor)
        async throws -> BankAccount
    {
        var issues = IssueCollector()
        do { try agreement.validate() } catch {
            issues.add(FieldIssue(field: "bank_account.\(BoletoIssue.field(of: error))", value: nil, error: error))
        }
        if let pixKey, !pixKey.isEmpty {
            do { _ = try PixKey(parsing: pixKey) } catch {
                issues.add(FieldIssue(field: "bank_account.pix_key", value: pixKey, error: error))
            }
        }
        if label.trimmingCharacters(in: .whitespaces).isEmpty {
            issues.add(field: "bank_account.label", value: label, pt: "nome obrigatório", en: "a label is required")
        }
        try issues.throwIfAny()
        return try await context.store.write { session in
            let now = context.clock.now()
            let existing = try await session.boletos.accounts()
            let isDefault = makeDefault || !existing.contains { $0.isDefault && $0.active }
            if isDefault {
                for var other in existing where other.isDefault {
                    other.isDefault = false
                    other.updatedAt = now
                    try await session.boletos.updateAccount(other)
                }
            }
            let account = BankAccount(
                id: context.ids.next(.bankAccount), label: label, agreement: agreement,
                pixKey: pixKey.flatMap { $0.isEmpty ? nil : $0 }, isDefault: isDefault, createdAt: now)
            try await session.boletos.insertAccount(account)
            try await session.audit.append(
                AuditEntry(
                    id: context.ids.next(.audit), at: now, actor: actor, action: "bank_account.created",
                    entityType: "bank_account", entityID: account.id.rawValue, before: nil,
                    after: Snapshot.json(BankAccountSnapshot(account))))
            return account
        }
    }
}

/// The audit form of a bank account.
struct BankAccountSnapshot: Encodable {
    let id: String
    let label: String
    let bank: String
    let agreement: BeneficiaryAccount
    let pixKey: String?
    let isDefault: Bool

    init(_ account: BankAccount) {
        id = account.id.rawValue
        label = account.label
        bank = account.bank.code
        agreement = account.agreement
        pixKey = account.pixKey
        isDefault = account.isDefault
    }
}
