import AdimpleCore
import BrazilKit
import Foundation

extension SyntheticCustomer {
    /// The synthetic person or company as an Adimple customer. The generator already gives
    /// normalised, valid values, so a failure here is a bug in the generator.
    func customer(id: Customer.ID, externalID: String?, status: CustomerStatus, createdAt: Date, by actor: Actor) throws
        -> Customer
    {
        Customer(
            id: id, kind: isCompany ? .company : .person, document: try TaxID(document), name: name,
            tradeName: tradeName, emails: [email], phones: [try BrazilianPhone(phone)],
            address: Address(
                street: street, number: number, complement: complement, district: district, city: city, state: state,
                cep: try CEP(cep)),
            // Tags are a set, kept sorted as validated input keeps them.
            segment: segment, tags: Array(Set(tags.map { $0.lowercased() })).sorted(), externalID: externalID, notes: nil, status: status, createdAt: createdAt,
            createdBy: actor)
    }
}
