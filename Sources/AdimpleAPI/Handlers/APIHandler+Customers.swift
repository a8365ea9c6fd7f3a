import AdimpleCore
import BrazilKit
internal import Foundation

extension APIHandler {
    package func listCustomers(_ input: Operations.ListCustomers.Input) async throws -> Operations.ListCustomers.Output {
        let limit = pageSize(input.query.limit)
        let filter = CustomerFilter(
            statuses: (input.query.status ?? []).compactMap { CustomerStatus(rawValue: $0.rawValue) },
            kind: input.query.kind.flatMap { Customer.Kind(rawValue: $0.rawValue) }, segment: input.query.segment,
            externalID: input.query.externalId, after: input.query.startingAfter.map(Customer.ID.init),
            limit: limit + 1)
        let page = Page(try await store.read { try await $0.customers.list(filter) }, limit: limit) { $0.id.rawValue }
        return .ok(.init(body: .json(.init(object: .list, data: page.items.map(Components.Schemas.Customer.init),
            hasMore: page.hasMore, nextCursor: page.nextCursor))))
    }

    package func createCustomer(_ input: Operations.CreateCustomer.Input) async throws -> Operations.CreateCustomer.Output {
        guard case .json(let body) = input.body else { throw APIError.badRequest("Send JSON.") }
        let customerInput = CustomerInput(
            kind: body.kind?.rawValue, document: body.document, name: body.name, tradeName: body.tradeName,
            emails: body.emails ?? [], phones: body.phones ?? [], address: body.address.map(Self.address),
            segment: body.segment, tags: body.tags ?? [], externalID: body.externalId, notes: body.notes,
            status: body.status?.rawValue)
        let customer = try await CustomerService(try environment.services()).register(customerInput, by: try actor)
        return .created(.init(body: .json(.init(customer))))
    }

    package func searchCustomers(_ input: Operations.SearchCustomers.Input) async throws
        -> Operations.SearchCustomers.Output
    {
        let query = input.query.q.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !query.isEmpty, query.count <= 200 else {
            throw APIError.badRequest("q must have 1 to 200 characters.", field: "q")
        }
        let limit = pageSize(input.query.limit)
        let found = try await store.read { try await $0.customers.search(query, limit: limit) }
        return .ok(.init(body: .json(.init(object: .list, data: found.map(Components.Schemas.Customer.init),
            hasMore: false, nextCursor: nil))))
    }

    package func getCustomer(_ input: Operations.GetCustomer.Input) async throws -> Operations.GetCustomer.Output {
        let customer = try await findCustomer(input.path.id)
        return .ok(.init(body: .json(.init(customer))))
    }

    package func updateCustomer(_ input: Operations.UpdateCustomer.Input) async throws -> Operations.UpdateCustomer.Output {
        guard case .json(let body) = input.body else { throw APIError.badRequest("Send JSON.") }
        let actor = try actor
        let service = CustomerService(try environment.services())
        let id = Customer.ID(input.path.id)
        let customer = try await store.write { session in
            guard let existing = try await session.customers.get(id) else {
                throw APIError.notFound("customer", id.rawValue)
            }
            var merged = CustomerInput(existing)
            if let kind = body.kind { merged.kind = kind.rawValue }
            if let document = body.document { merged.document = document }
            if let name = body.name { merged.name = name }
            if let tradeName = body.tradeName { merged.tradeName = tradeName }
            if let emails = body.emails { merged.emails = emails }
            if let phones = body.phones { merged.phones = phones }
            if let address = body.address { merged.address = Self.address(address) }
            if let segment = body.segment { merged.segment = segment }
            if let tags = body.tags { merged.tags = tags }
            if let externalID = body.externalId { merged.externalID = externalID }
            if let notes = body.notes { merged.notes = notes }
            if let status = body.status { merged.status = status.rawValue }
            return try await service.update(existing, with: try merged.validated(), by: actor, in: session).customer
        }
        return .ok(.init(body: .json(.init(customer))))
    }

    package func deleteCustomer(_ input: Operations.DeleteCustomer.Input) async throws -> Operations.DeleteCustomer.Output {
        let id = Customer.ID(input.path.id)
        do {
            try await CustomerService(try environment.services()).delete(id, by: try actor)
        } catch let error as DomainError where error.code == .notFound {
            throw APIError.notFound("customer", id.rawValue)
        }
        return .ok(.init(body: .json(.init(id: id.rawValue, object: "customer", deleted: true))))
    }

    package func getCustomerHistory(_ input: Operations.GetCustomerHistory.Input) async throws
        -> Operations.GetCustomerHistory.Output
    {
        let customer = try await findCustomer(input.path.id)
        let today = self.today
        let (charges, payments, events) = try await store.read { session in
            (
                try await session.charges.list(ChargeFilter(customerID: customer.id, limit: 10_000)),
                try await session.payments.list(PaymentFilter(customerID: customer.id, limit: 10_000)),
                try await session.events.list(EventFilter(customerID: customer.id, limit: 10_000))
            )
        }
        let balance = try CustomerBalance(charges: charges, today: today)
        return .ok(.init(body: .json(.init(
            customer: .init(customer), balance: .init(balance.open),
            charges: charges.map { Components.Schemas.Charge($0) }, payments: payments.map(Components.Schemas.Payment.init),
            events: events.map(Components.Schemas.Event.init)))))
    }

    func findCustomer(_ id: String) async throws -> Customer {
        guard let customer = try await store.read({ try await $0.customers.get(Customer.ID(id)) }) else {
            throw APIError.notFound("customer", id)
        }
        return customer
    }

    static func address(_ address: Components.Schemas.Address) -> AddressInput {
        AddressInput(
            street: address.street, number: address.number, complement: address.complement, district: address.district,
            city: address.city, state: address.state, cep: address.cep)
    }
}
