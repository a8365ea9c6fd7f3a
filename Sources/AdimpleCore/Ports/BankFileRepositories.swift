import BrazilKit
import Foundation

/// Bank files with their bytes, applied occurrences, reconciliation exceptions, pending
/// instructions and remessa sequences.
public protocol BankFileRepository: Sendable {
    func insert(_ file: BankFile, content: [UInt8]) async throws
    func update(_ file: BankFile) async throws
    func file(_ id: BankFile.ID) async throws -> BankFile?
    func content(_ id: BankFile.ID) async throws -> [UInt8]?
    /// Newest first.
    func files(kind: BankFile.Kind?, before: BankFile.ID?, limit: Int) async throws -> [BankFile]
    /// Accepted files with these bytes (the same file received again).
    func acceptedFiles(sha256: String) async throws -> [BankFile]

    /// Records that the occurrence with this key was applied; false when it already was.
    func recordOccurrence(
        naturalKey: String, fileID: BankFile.ID, line: Int, chargeID: Charge.ID?, kind: String, outcome: String,
        at: Date
    ) async throws -> Bool

    /// Inserts unless an exception with the same natural key exists; true when inserted.
    func insertException(_ exception: ReconciliationException) async throws -> Bool
    func exception(_ id: ReconciliationException.ID) async throws -> ReconciliationException?
    func updateException(_ exception: ReconciliationException) async throws
    /// Oldest first.
    func exceptions(status: ReconciliationException.Status?, after: ReconciliationException.ID?, limit: Int)
        async throws -> [ReconciliationException]

    func insertInstruction(_ instruction: BankInstruction) async throws
    /// Instructions not yet sent for an account, oldest first.
    func pendingInstructions(account: BankAccount.ID) async throws -> [BankInstruction]
    func markSent(_ ids: [BankInstruction.ID], in file: BankFile.ID) async throws
    /// The next remessa number (NSA) of an account: 1, 2, 3… never reused.
    func nextRemessaNumber(account: BankAccount.ID) async throws -> Int
}
