import BrazilKit
import Foundation

/// The company profile, its bank accounts, nosso número sequences and issued boletos.
public protocol BoletoRepository: Sendable {
    func company() async throws -> CompanyProfile?
    func saveCompany(_ profile: CompanyProfile, at: Date) async throws

    func insertAccount(_ account: BankAccount) async throws
    /// - Throws: `DomainError(.notFound)`.
    func updateAccount(_ account: BankAccount) async throws
    func account(_ id: BankAccount.ID) async throws -> BankAccount?
    /// Every account, default first.
    func accounts() async throws -> [BankAccount]
    /// The active default account, if any.
    func defaultAccount() async throws -> BankAccount?

    /// The next nosso número of an account and carteira, never handed out before. Runs in
    /// the issuing transaction: a rollback gives it back, a commit makes it permanent.
    func allocateSequence(account: BankAccount.ID, scope: String) async throws -> Int64

    func insert(_ boleto: Boleto) async throws
    /// Marks the charge's active boletos superseded (a 2ª via replaces them).
    func supersede(chargeID: Charge.ID) async throws
    func get(_ id: Boleto.ID) async throws -> Boleto?
    /// Every boleto of a charge, oldest first.
    func list(chargeID: Charge.ID) async throws -> [Boleto]
    /// Boletos whose barcode is exactly this one.
    func find(barcode: String) async throws -> [Boleto]
    /// Boletos of a bank whose nosso número key (digits without leading zeros) is one of these.
    func find(bank: String, nossoNumeroKeys: [String]) async throws -> [Boleto]
    /// Records what the bank said of a boleto (retorno).
    func setBankStatus(_ id: Boleto.ID, _ status: Boleto.BankStatus, reason: String?, at: Date) async throws
    /// How many boletos exist (originals and 2ª vias).
    func count() async throws -> Int
    /// Boletos of an account with this nosso número sequence (original and 2ª vias).
    func find(account: BankAccount.ID, sequence: Int64) async throws -> [Boleto]
}
