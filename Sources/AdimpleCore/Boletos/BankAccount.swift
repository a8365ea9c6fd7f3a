import BoletoKit
import BrazilKit
import Foundation

/// A bank account of the company with its cobrança agreement (convênio, carteira…): where
/// boletos are registered and paid into.
public struct BankAccount: Hashable, Sendable, Identifiable {
    public typealias ID = EntityID<BankAccount>

    public var id: ID
    /// How the finance team calls it ("Itaú — cobrança").
    public var label: String
    /// The bank-specific agreement.
    public var agreement: BeneficiaryAccount
    /// The Pix key printed on this account's boletos as a QR code (boleto híbrido).
    public var pixKey: String?
    /// The account new boleto charges go to.
    public var isDefault: Bool
    public var active: Bool
    public var createdAt: Date
    public var updatedAt: Date

    public init(
        id: ID, label: String, agreement: BeneficiaryAccount, pixKey: String? = nil, isDefault: Bool = false,
        active: Bool = true, createdAt: Date, updatedAt: Date? = nil
    ) {
        self.id = id
        self.label = label
        self.agreement = agreement
        self.pixKey = pixKey
        self.isDefault = isDefault
        self.active = active
        self.createdAt = createdAt
        self.updatedAt = updatedAt ?? createdAt
    }

    public var bank: BoletoBank { agreement.bank }

    /// The key of the nosso número sequence: numbers are unique per account and carteira.
    public var sequenceScope: String { agreement.carteiraText }
}
