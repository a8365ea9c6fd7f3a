import BrazilKit
import Foundation

/// A file exchanged with a bank — remessa sent, retorno or statement received — kept with
/// its exact bytes, so anything applied from it can be traced back and the file re-read.
public struct BankFile: Hashable, Sendable, Identifiable {
    public typealias ID = EntityID<BankFile>

    public enum Kind: String, Sendable, Codable, CaseIterable {
        case remessa
        case retorno
        /// CNAB 150 débito automático, sent and returned.
        case debitRemessa = "debit_remessa"
        case debitRetorno = "debit_retorno"
        /// OFX bank statement.
        case statement
    }

    public enum Status: String, Sendable, Codable, CaseIterable {
        /// Read and applied (a retorno) or generated (a remessa).
        case accepted
        /// Structurally broken: nothing was applied; `refusal` says where and why.
        case refused
    }

    public var id: ID
    public var kind: Kind
    /// Bank code, e.g. "341", when known.
    public var bank: String?
    public var bankAccountID: BankAccount.ID?
    /// "CNAB240", "CNAB400", "CNAB150", "OFX".
    public var layout: String?
    public var fileName: String
    /// SHA-256 of the bytes, hex: the same file twice is recognised at once.
    public var sha256: String
    public var size: Int
    /// Número sequencial do arquivo (remessa), when the layout has one.
    public var nsa: Int?
    public var status: Status
    public var refusal: String?
    /// The import report as JSON.
    public var report: String?
    public var receivedAt: Date
    public var createdBy: Actor

    public init(
        id: ID, kind: Kind, bank: String?, bankAccountID: BankAccount.ID? = nil, layout: String?, fileName: String,
        sha256: String, size: Int, nsa: Int? = nil, status: Status, refusal: String? = nil, report: String? = nil,
        receivedAt: Date, createdBy: Actor
    ) {
        self.id = id
        self.kind = kind
        self.bank = bank
        self.bankAccountID = bankAccountID
        self.layout = layout
        self.fileName = fileName
        self.sha256 = sha256
        self.size = size
        self.nsa = nsa
        self.status = status
        self.refusal = refusal
        self.report = report
        self.receivedAt = receivedAt
        self.createdBy = createdBy
    }
}

/// Something a bank file said that a person must resolve: money for a nosso número we do
/// not know, or an amount other than the one due.
public struct ReconciliationException: Hashable, Sendable, Identifiable {
    public typealias ID = EntityID<ReconciliationException>

    public enum Kind: String, Sendable, Codable, CaseIterable {
        /// A payment for a nosso número none of our boletos has.
        case unknownNossoNumero = "unknown_nosso_numero"
        /// Paid less or more than the amount due on the payment date.
        case amountMismatch = "amount_mismatch"
        /// Paid a charge that is already paid, canceled or written off.
        case chargeNotOpen = "charge_not_open"
        /// A statement credit no charge matched.
        case unmatchedCredit = "unmatched_credit"
    }

    public enum Status: String, Sendable, Codable, CaseIterable {
        case open, resolved, dismissed
    }

    public var id: ID
    /// The occurrence's natural key: the same occurrence in another file is the same exception.
    public var naturalKey: String
    public var fileID: BankFile.ID
    public var line: Int
    public var kind: Kind
    public var bank: String?
    public var nossoNumero: String?
    public var chargeID: Charge.ID?
    public var expectedAmount: Money?
    public var paidAmount: Money?
    public var paidOn: CivilDate?
    public var creditOn: CivilDate?
    /// Everything the bank said, as JSON, for the person resolving it.
    public var details: String
    public var status: Status
    public var createdAt: Date
    public var resolvedAt: Date?
    public var resolvedBy: Actor?
    public var resolution: String?

    public init(
        id: ID, naturalKey: String, fileID: BankFile.ID, line: Int, kind: Kind, bank: String?, nossoNumero: String?,
        chargeID: Charge.ID?, expectedAmount: Money?, paidAmount: Money?, paidOn: CivilDate?, creditOn: CivilDate?,
        details: String, status: Status = .open, createdAt: Date, resolvedAt: Date? = nil, resolvedBy: Actor? = nil,
        resolution: String? = nil
    ) {
        self.id = id
        self.naturalKey = naturalKey
        self.fileID = fileID
        self.line = line
        self.kind = kind
        self.bank = bank
        self.nossoNumero = nossoNumero
        self.chargeID = chargeID
        self.expectedAmount = expectedAmount
        self.paidAmount = paidAmount
        self.paidOn = paidOn
        self.creditOn = creditOn
        self.details = details
        self.status = status
        self.createdAt = createdAt
        self.resolvedAt = resolvedAt
        self.resolvedBy = resolvedBy
        self.resolution = resolution
    }
}

/// What the bank must be told about a boleto with the next remessa of its account.
public struct BankInstruction: Hashable, Sendable, Identifiable {
    public typealias ID = EntityID<BankInstruction>

    public enum Kind: String, Sendable, Codable, CaseIterable {
        /// Entrada: register the título.
        case register
        /// Baixa: the charge was canceled or settled outside the bank.
        case writeOff = "write_off"
        case changeDueDate = "change_due_date"
        case changeAmount = "change_amount"
        /// Protestar.
        case protest
    }

    public var id: ID
    public var bankAccountID: BankAccount.ID
    public var boletoID: Boleto.ID
    public var kind: Kind
    public var createdAt: Date
    /// The remessa that carried it; nil while waiting.
    public var remessaFileID: BankFile.ID?

    public init(
        id: ID, bankAccountID: BankAccount.ID, boletoID: Boleto.ID, kind: Kind, createdAt: Date,
        remessaFileID: BankFile.ID? = nil
    ) {
        self.id = id
        self.bankAccountID = bankAccountID
        self.boletoID = boletoID
        self.kind = kind
        self.createdAt = createdAt
        self.remessaFileID = remessaFileID
    }
}
