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

    static let keys = [
        "kind", "document", "name", "trade_name", "emails", "phones", "address", "segment", "tags", "external_id",
        "notes", "status",
    ]

    /// JSON keys are snake_case; unknown keys and wrong types are refused, naming each one.
    public init(from decoder: any Decoder) throws {
        var object = try StrictObject(decoder, known: Self.keys)
        kind = object.optional("kind")
        document = object.optional("document")
        name = object.optional("name")
        tradeName = object.optional("trade_name")
        emails = object.optional("emails") ?? []
        phones = object.optional("phones") ?? []
        address = object.optional("address")
        segment = object.optional("segment")
        tags = object.optional("tags") ?? []
        externalID = object.optional("external_id")
        notes = object.optional("notes")
        status = object.optional("status")
        try object.finish()
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: AnyKey.self)
        func put<T: Encodable>(_ value: T?, _ key: String) throws {
            try container.encodeIfPresent(value, forKey: AnyKey(stringValue: key))
        }
        try put(kind, "kind")
        try put(document, "document")
        try put(name, "name")
        try put(tradeName, "trade_name")
        try put(emails, "emails")
        try put(phones, "phones")
        try put(address, "address")
        try put(segment, "segment")
        try put(tags, "tags")
        try put(externalID, "external_id")
        try put(notes, "notes")
        try put(status, "status")
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

    public init(from decoder: any Decoder) throws {
        var object = try StrictObject(
            decoder, known: ["street", "number", "complement", "district", "city", "state", "cep"], prefix: "address.")
        street = object.optional("street")
        number = object.optional("number")
        complement = object.optional("complement")
        district = object.optional("district")
        city = object.optional("city")
        state = object.optional("state")
        cep = object.optional("cep")
        try object.finish()
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
