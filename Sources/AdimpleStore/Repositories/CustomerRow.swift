import AdimpleCore
import BrazilKit
import SQLKit

/// The columns of `customers`, in the order the bulk path binds them.
let customerColumns = [
    "id", "kind", "document", "name", "trade_name", "emails", "phones", "street", "number", "complement",
    "district", "city", "state", "cep", "segment", "tags", "external_id", "notes", "status", "created_at",
    "updated_at", "created_by", "updated_by",
]
let customerColumnList = ColumnList(customerColumns)

/// A `customers` row as stored.
struct CustomerRow: Codable, Sendable {
    var id: String
    var kind: String
    var document: String?
    var name: String
    var trade_name: String?
    var emails: String
    var phones: String
    var street: String?
    var number: String?
    var complement: String?
    var district: String?
    var city: String?
    var state: String?
    var cep: String?
    var segment: String?
    var tags: String
    var external_id: String?
    var notes: String?
    var status: String
    var created_at: Int64
    var updated_at: Int64
    var created_by: String
    var updated_by: String

    init(_ customer: Customer) {
        id = customer.id.rawValue
        kind = customer.kind.rawValue
        document = customer.document?.normalized
        name = customer.name
        trade_name = customer.tradeName
        emails = Column.json(customer.emails)
        phones = Column.json(customer.phones.map(\.digits))
        street = customer.address?.street
        number = customer.address?.number
        complement = customer.address?.complement
        district = customer.address?.district
        city = customer.address?.city
        state = customer.address?.state
        cep = customer.address?.cep.digits
        segment = customer.segment
        tags = Column.json(customer.tags)
        external_id = customer.externalID
        notes = customer.notes
        status = customer.status.rawValue
        created_at = Column.millis(customer.createdAt)
        updated_at = Column.millis(customer.updatedAt)
        created_by = customer.createdBy.description
        updated_by = customer.updatedBy.description
    }

    /// The values in `customerColumns` order, for inserts.
    var binds: [any Encodable & Sendable] {
        [
            id, kind, document, name, trade_name, emails, phones, street, number, complement, district, city, state,
            cep, segment, tags, external_id, notes, status, created_at, updated_at, created_by, updated_by,
        ]
    }

    func customer() throws -> Customer {
        func fail(_ detail: String) -> CorruptRowError { CorruptRowError(table: "customers", id: id, detail: detail) }
        guard let kind = Customer.Kind(rawValue: kind) else { throw fail("kind \(self.kind)") }
        guard let status = CustomerStatus(rawValue: status) else { throw fail("status \(self.status)") }
        let document = try document.map { text in
            do { return try TaxID(stored: text) } catch { throw fail("document: \(error)") }
        }
        var address: Address?
        if let street, let number, let district, let city, let state, let cep {
            address = Address(
                street: street, number: number, complement: complement, district: district, city: city, state: state,
                cep: try CEP(stored: cep))
        }
        return Customer(
            id: Customer.ID(id), kind: kind, document: document, name: name, tradeName: trade_name,
            emails: Column.list(emails), phones: try Column.list(phones).map { try BrazilianPhone(stored: $0) },
            address: address, segment: segment, tags: Column.list(tags), externalID: external_id, notes: notes,
            status: status, createdAt: Column.date(created_at), updatedAt: Column.date(updated_at),
            createdBy: Actor(stored: created_by) ?? .system, updatedBy: Actor(stored: updated_by) ?? .system)
    }
}
