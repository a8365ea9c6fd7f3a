import BrazilKit

/// What a person, an API call or a CSV line says about a customer, before it is checked.
/// Every field is text as typed; `validated()` reports every bad field at once.
public struct CustomerInput: Sendable, Hashable, Codable {
    public var kind: String?
    public var document: String?
    public var name: String?
    public var tradeName: String?
    public var emails: [String]
    public var phones: [String]
    public var address: AddressInput?
    public var segment: String?
    public var tags: [String]
    public var externalID: String?
    public var notes: String?
    public var status: String?

    public init(
        kind: String? = nil, document: String? = nil, name: String? = nil, tradeName: String? = nil,
        emails: [String] = [], phones: [String] = [], address: AddressInput? = nil,
        segment: String? = nil, tags: [String] = [], externalID: String? = nil, notes: String? = nil,
        status: String? = nil
    ) {
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
    }
}

/// An address as typed.
public struct AddressInput: Sendable, Hashable, Codable {
    public var street: String?
    public var number: String?
    public var complement: String?
    public var district: String?
    public var city: String?
    public var state: String?
    public var cep: String?

    public init(
        street: String? = nil, number: String? = nil, complement: String? = nil,
        district: String? = nil, city: String? = nil, state: String? = nil, cep: String? = nil
    ) {
        self.street = street
        self.number = number
        self.complement = complement
        self.district = district
        self.city = city
        self.state = state
        self.cep = cep
    }
}

/// The checked form of `CustomerInput`: the fields a `Customer` is made of.
public struct ValidCustomerFields: Sendable, Hashable {
    public var kind: Customer.Kind
    public var document: TaxID?
    public var name: String
    public var tradeName: String?
    public var emails: [String]
    public var phones: [BrazilianPhone]
    public var address: Address?
    public var segment: String?
    public var tags: [String]
    public var externalID: String?
    public var notes: String?
    public var status: CustomerStatus
}
