import BrazilKit
import Foundation

/// Someone the company bills: a person (CPF) or a company (CNPJ).
public struct Customer: Hashable, Sendable, Identifiable {
    public typealias ID = EntityID<Customer>

    public enum Kind: String, Sendable, Codable, CaseIterable {
        case person, company
    }

    public var id: ID
    public var kind: Kind
    /// CPF or CNPJ. A lead may not have one yet; an active customer who gets boletos does.
    public var document: TaxID?
    /// Full name (pessoa física) or razão social (pessoa jurídica).
    public var name: String
    /// Nome fantasia, for companies.
    public var tradeName: String?
    public var emails: [String]
    public var phones: [BrazilianPhone]
    public var address: Address?
    public var segment: String?
    public var tags: [String]
    /// The key of this customer in the company's ERP.
    public var externalID: String?
    public var notes: String?
    public var status: CustomerStatus
    public var createdAt: Date
    public var updatedAt: Date
    public var createdBy: Actor
    public var updatedBy: Actor

    public init(
        id: ID, kind: Kind, document: TaxID?, name: String, tradeName: String? = nil,
        emails: [String] = [], phones: [BrazilianPhone] = [], address: Address? = nil,
        segment: String? = nil, tags: [String] = [], externalID: String? = nil, notes: String? = nil,
        status: CustomerStatus = .active, createdAt: Date, updatedAt: Date? = nil,
        createdBy: Actor, updatedBy: Actor? = nil
    ) {
        self.id = id
        self.kind = kind
        self.document = document
        self.name = name
        self.tradeName = tradeName
        self.emails = emails
        self.phones = phones
        self.address = address
        self.segment = segment
        self.tags = tags
        self.externalID = externalID
        self.notes = notes
        self.status = status
        self.createdAt = createdAt
        self.updatedAt = updatedAt ?? createdAt
        self.createdBy = createdBy
        self.updatedBy = updatedBy ?? createdBy
    }

    /// A consumer under the CDC: a person. Companies buying as inputs are not consumers, so
    /// the 2% cap on the multa applies to people only.
    public var isConsumer: Bool { kind == .person }

    /// The name to show: trade name for companies when there is one.
    public var displayName: String { tradeName.flatMap { $0.isEmpty ? nil : $0 } ?? name }
}

/// A Brazilian postal address.
public struct Address: Hashable, Sendable, Codable {
    public var street: String
    public var number: String
    public var complement: String?
    public var district: String
    public var city: String
    /// UF, two letters.
    public var state: String
    public var cep: CEP

    public init(
        street: String, number: String, complement: String? = nil, district: String, city: String,
        state: String, cep: CEP
    ) {
        self.street = street
        self.number = number
        self.complement = complement
        self.district = district
        self.city = city
        self.state = state
        self.cep = cep
    }

    /// The 27 federative units.
    public static let states: Set<String> = [
        "AC", "AL", "AP", "AM", "BA", "CE", "DF", "ES", "GO", "MA", "MT", "MS", "MG", "PA", "PB",
        "PR", "PE", "PI", "RJ", "RN", "RS", "RO", "RR", "SC", "SP", "SE", "TO",
    ]

    /// One line, as printed on a boleto or letter.
    public var singleLine: String {
        var parts = "\(street), \(number)"
        if let complement, !complement.isEmpty { parts += " - \(complement)" }
        return "\(parts) - \(district), \(city)/\(state), CEP \(cep.formatted)"
    }
}
