import BrazilKit
import Foundation

/// Registering, changing and finding customers. Each change is validated, stored, audited and
/// announced as an event in one transaction.
public struct CustomerService: Sendable {
    public let context: ServiceContext

    public init(_ context: ServiceContext) { self.context = context }

    public func register(_ input: CustomerInput, by actor: Actor) async throws -> Customer {
        let fields = try input.validated()
        return try await context.store.write { session in try await register(fields, by: actor, in: session) }
    }

    /// Registers already validated fields inside the caller's transaction (imports batch many).
    public func register(_ fields: ValidCustomerFields, by actor: Actor, in session: any StoreSession) async throws
        -> Customer
    {
        let now = context.clock.now()
        let customer = Customer(
            id: context.ids.next(.customer), kind: fields.kind, document: fields.document, name: fields.name,
            tradeName: fields.tradeName, emails: fields.emails, phones: fields.phones, address: fields.address,
            segment: fields.segment, tags: fields.tags, externalID: fields.externalID, notes: fields.notes,
            status: fields.status, createdAt: now, createdBy: actor)
        try await session.customers.insert(customer)
        try await context.record(
            in: session, at: now, actor: actor, action: .customerCreated, entityType: "customer",
            entityID: customer.id.rawValue, before: nil, after: Snapshot.json(CustomerSnapshot(customer)),
            customerID: customer.id, chargeID: nil)
        return customer
    }

    /// Replaces the customer's data with `input` (a full update, as a form submits).
    public func update(_ id: Customer.ID, with input: CustomerInput, by actor: Actor) async throws -> Customer {
        let fields = try input.validated()
        return try await context.store.write { session in
            guard let customer = try await session.customers.get(id) else {
                throw DomainError.notFound("Cliente", id.rawValue)
            }
            return try await update(customer, with: fields, by: actor, in: session).customer
        }
    }

    /// Applies `fields` to `customer` inside the caller's transaction. Nothing is written (no
    /// row, no audit line) when nothing changes, so repeating an import changes nothing.
    public func update(_ existing: Customer, with fields: ValidCustomerFields, by actor: Actor, in session: any StoreSession)
        async throws -> (customer: Customer, changed: Bool)
    {
        var customer = existing
        let status = fields.status == customer.status ? customer.status : try customer.status.transition(to: fields.status)
        customer.kind = fields.kind
        customer.document = fields.document
        customer.name = fields.name
        customer.tradeName = fields.tradeName
        customer.emails = fields.emails
        customer.phones = fields.phones
        customer.address = fields.address
        customer.segment = fields.segment
        customer.tags = fields.tags
        customer.externalID = fields.externalID
        customer.notes = fields.notes
        customer.status = status
        if customer == existing { return (existing, false) }
        let now = context.clock.now()
        customer.updatedAt = now
        customer.updatedBy = actor
        try await session.customers.update(customer)
        try await context.record(
            in: session, at: now, actor: actor, action: .customerUpdated, entityType: "customer",
            entityID: customer.id.rawValue, before: Snapshot.json(CustomerSnapshot(existing)),
            after: Snapshot.json(CustomerSnapshot(customer)), customerID: customer.id, chargeID: nil)
        return (customer, true)
    }

    public func changeStatus(_ id: Customer.ID, to status: CustomerStatus, by actor: Actor) async throws -> Customer {
        try await context.store.write { session in try await changeStatus(id, to: status, by: actor, in: session) }
    }

    /// Moves a customer along its lifecycle inside the caller's transaction.
    public func changeStatus(_ id: Customer.ID, to status: CustomerStatus, by actor: Actor, in session: any StoreSession)
        async throws -> Customer
    {
        let now = context.clock.now()
        guard var customer = try await session.customers.get(id) else {
            throw DomainError.notFound("Cliente", id.rawValue)
        }
        let before = Snapshot.json(CustomerSnapshot(customer))
        customer.status = try customer.status.transition(to: status)
        customer.updatedAt = now
        customer.updatedBy = actor
        try await session.customers.update(customer)
        try await context.record(
            in: session, at: now, actor: actor, action: .customerUpdated, entityType: "customer",
            entityID: id.rawValue, before: before, after: Snapshot.json(CustomerSnapshot(customer)),
            customerID: id, chargeID: nil)
        return customer
    }

    public func get(_ id: Customer.ID) async throws -> Customer? {
        try await context.store.read { try await $0.customers.get(id) }
    }

    /// Finds a customer by id, CPF/CNPJ or external id — what a person types to name one.
    public func resolve(_ reference: String) async throws -> Customer? {
        try await context.store.read { session in
            if let byID = try await session.customers.get(Customer.ID(reference)) { return byID }
            if let document = try? TaxID(reference), let found = try await session.customers.find(document: document) {
                return found
            }
            return try await session.customers.find(externalID: reference)
        }
    }

    public func search(_ query: String, limit: Int = 20) async throws -> [Customer] {
        try await context.store.read { try await $0.customers.search(query, limit: limit) }
    }
}
