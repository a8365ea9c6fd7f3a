import BrazilKit
import Foundation

extension CustomerService {
    /// Deletes a customer nothing refers to: a customer with charges, payments or ledger
    /// entries stays (history is never lost) and can be made inactive instead. The audit log
    /// keeps the deleted data and a `customer.deleted` event tells the company's systems.
    public func delete(_ id: Customer.ID, by actor: Actor) async throws {
        try await context.store.write { session in
            guard let customer = try await session.customers.get(id) else {
                throw DomainError.notFound("Cliente", id.rawValue)
            }
            if try await session.customers.isReferenced(id) {
                throw DomainError(
                    .conflict, pt: "Cliente com cobranças ou pagamentos não pode ser excluído; inative-o",
                    en: "A customer with charges or payments cannot be deleted; make it inactive instead")
            }
            try await session.customers.delete(id)
            let snapshot = Snapshot.json(CustomerSnapshot(customer))
            try await context.record(
                in: session, at: context.clock.now(), actor: actor, action: .customerDeleted, entityType: "customer",
                entityID: id.rawValue, before: snapshot, after: snapshot, customerID: id, chargeID: nil)
        }
    }
}

extension CustomerInput {
    /// The stored customer as input, so a partial change (PATCH) can overlay what it sends
    /// and validate the whole.
    public init(_ customer: Customer) {
        self.init(
            kind: customer.kind.rawValue, document: customer.document?.normalized, name: customer.name,
            tradeName: customer.tradeName, emails: customer.emails, phones: customer.phones.map(\.e164),
            address: customer.address.map {
                AddressInput(
                    street: $0.street, number: $0.number, complement: $0.complement, district: $0.district,
                    city: $0.city, state: $0.state, cep: $0.cep.digits)
            }, segment: customer.segment, tags: customer.tags, externalID: customer.externalID, notes: customer.notes,
            status: customer.status.rawValue)
    }
}
