import BoletoKit
import BrazilKit
import Foundation

/// A boleto printed for a charge: the original, or a 2ª via with the amount updated to a
/// new due date. Every one is kept, so a code a customer shows us can always be verified.
public struct Boleto: Hashable, Sendable, Identifiable {
    public typealias ID = EntityID<Boleto>

    public enum Kind: String, Sendable, Codable, CaseIterable {
        case original
        /// A new boleto for an overdue charge, same nosso número, amount as of its date.
        case segundaVia = "segunda_via"
    }

    public enum Status: String, Sendable, Codable, CaseIterable {
        /// The one to pay.
        case active
        /// Replaced by a later 2ª via; the bank may still accept it with its own late charges.
        case superseded
    }

    /// What the bank said of the título (from the retorno).
    public enum BankStatus: String, Sendable, Codable, CaseIterable {
        /// Not confirmed by the bank yet.
        case pending
        /// Entrada confirmada: registered at the bank, payable anywhere.
        case registered
        /// Entrada rejeitada: the reason is in `bankStatusReason`.
        case rejected
        /// Baixa: the bank closed the título.
        case closed
    }

    public var id: ID
    public var chargeID: Charge.ID
    public var bankAccountID: BankAccount.ID
    public var bank: BoletoBank
    public var carteira: String
    public var nossoNumero: NossoNumero
    /// The 44 digits of the barcode.
    public var barcode: String
    /// The 47 digits of the linha digitável, without punctuation.
    public var linha: String
    /// The amount in the barcode.
    public var amount: Money
    public var dueDate: CivilDate
    public var kind: Kind
    public var status: Status
    /// How `amount` is made up (a 2ª via adds multa and juros and loses the discount).
    public var principal: Money
    public var fine: Money
    public var interest: Money
    public var discount: Money
    /// The Pix copia-e-cola of the same charge (boleto híbrido), when the account has a key.
    public var pixPayload: String?
    public var issuedAt: Date
    public var createdBy: Actor
    public var bankStatus: BankStatus
    /// The bank's reason, in words, for a rejection or a baixa.
    public var bankStatusReason: String?
    public var bankStatusAt: Date?

    public init(
        id: ID, chargeID: Charge.ID, bankAccountID: BankAccount.ID, bank: BoletoBank, carteira: String,
        nossoNumero: NossoNumero, barcode: String, linha: String, amount: Money, dueDate: CivilDate, kind: Kind,
        status: Status = .active, principal: Money, fine: Money = .zero, interest: Money = .zero,
        discount: Money = .zero, pixPayload: String? = nil, issuedAt: Date, createdBy: Actor,
        bankStatus: BankStatus = .pending, bankStatusReason: String? = nil, bankStatusAt: Date? = nil
    ) {
        self.id = id
        self.chargeID = chargeID
        self.bankAccountID = bankAccountID
        self.bank = bank
        self.carteira = carteira
        self.nossoNumero = nossoNumero
        self.barcode = barcode
        self.linha = linha
        self.amount = amount
        self.dueDate = dueDate
        self.kind = kind
        self.status = status
        self.principal = principal
        self.fine = fine
        self.interest = interest
        self.discount = discount
        self.pixPayload = pixPayload
        self.issuedAt = issuedAt
        self.createdBy = createdBy
        self.bankStatus = bankStatus
        self.bankStatusReason = bankStatusReason
        self.bankStatusAt = bankStatusAt
    }

    /// How bank files name this boleto: the nosso número digits without leading zeros.
    public var nossoNumeroKey: String { Self.key(nossoNumero.digits) }

    /// Digits without leading zeros ("0" for all zeros): files pad nosso números differently.
    public static func key(_ digits: some StringProtocol) -> String {
        let trimmed = digits.drop { $0 == "0" }
        return trimmed.isEmpty ? "0" : String(trimmed)
    }
}
