import AdimpleCore
import BrazilKit
internal import Foundation

extension APIHandler {
    package func listCharges(_ input: Operations.ListCharges.Input) async throws -> Operations.ListCharges.Output {
        let limit = pageSize(input.query.limit)
        var filter = try chargeFilter(
            status: input.query.status, method: input.query.method, customerID: input.query.customerId,
            dueFrom: input.query.dueFrom, dueTo: input.query.dueTo)
        filter.after = input.query.startingAfter.map(Charge.ID.init)
        filter.limit = limit + 1
        let page = Page(try await store.read { [filter] in try await $0.charges.list(filter) }, limit: limit) {
            $0.id.rawValue
        }
        return .ok(.init(body: .json(.init(object: .list, data: page.items.map { Components.Schemas.Charge($0) },
            hasMore: page.hasMore, nextCursor: page.nextCursor))))
    }

    func chargeFilter(
        status: [Components.Schemas.ChargeStatus]?, method: [Components.Schemas.PaymentMethod]?, customerID: String?,
        dueFrom: String?, dueTo: String?
    ) throws -> ChargeFilter {
        ChargeFilter(
            statuses: (status ?? []).compactMap { ChargeStatus(rawValue: $0.rawValue) },
            methods: (method ?? []).compactMap { PaymentMethod(rawValue: $0.rawValue) },
            customerID: customerID.map(Customer.ID.init), dueFrom: try date(dueFrom, field: "due_from"),
            dueTo: try date(dueTo, field: "due_to"))
    }

    package func createCharge(_ input: Operations.CreateCharge.Input) async throws -> Operations.CreateCharge.Output {
        guard case .json(let body) = input.body else { throw APIError.badRequest("Send JSON.") }
        let chargeInput = ChargeInput(
            customerID: body.customerId, description: body.description, amountCentavos: body.amount,
            dueDate: body.dueDate, method: body.method?.rawValue, fineBasisPoints: body.fineBasisPoints,
            interestBasisPoints: body.interestBasisPoints, externalID: body.externalId, issue: body.issue)
        let charge = try await ChargeService(try environment.services()).create(chargeInput, by: try actor)
        return .created(.init(body: .json(.init(charge))))
    }

    package func getCharge(_ input: Operations.GetCharge.Input) async throws -> Operations.GetCharge.Output {
        let today = self.today
        let calendar = environment.calendar
        let (charge, due) = try await store.read { session -> (Charge?, AmountDue?) in
            guard let charge = try await session.charges.get(Charge.ID(input.path.id)) else { return (nil, nil) }
            guard charge.status.isReceivable else { return (charge, nil) }
            let customer = try await session.customers.get(charge.customerID)
            let due = try LateChargeCalculator(calendar: calendar).amountDue(
                for: charge, isConsumer: customer?.isConsumer ?? true, on: today)
            return (charge, due)
        }
        guard let charge else { throw APIError.notFound("charge", input.path.id) }
        return .ok(.init(body: .json(.init(charge, amountDue: due.map { ($0, today) }))))
    }

    package func updateCharge(_ input: Operations.UpdateCharge.Input) async throws -> Operations.UpdateCharge.Output {
        guard case .json(let body) = input.body else { throw APIError.badRequest("Send JSON.") }
        // Lengths, ranges and the date's form are the contract's, checked before.
        let dueDate = try date(body.dueDate, field: "due_date")
        let change = ChargeService.Change(dueDate: dueDate, amount: body.amount.map(Money.init(centavos:)), reason: body.reason)
        let charge = try await ChargeService(try environment.services()).change(Charge.ID(input.path.id), change, by: try actor)
        return .ok(.init(body: .json(.init(charge))))
    }

    package func cancelCharge(_ input: Operations.CancelCharge.Input) async throws -> Operations.CancelCharge.Output {
        let charge = try await ChargeService(try environment.services()).cancel(Charge.ID(input.path.id), by: try actor)
        return .ok(.init(body: .json(.init(charge))))
    }
}

extension APIHandler {
    package func createPayment(_ input: Operations.CreatePayment.Input) async throws -> Operations.CreatePayment.Output {
        guard case .json(let body) = input.body else { throw APIError.badRequest("Send JSON.") }
        let paidOn = try date(body.paidOn, field: "paid_on")!
        if paidOn > today {
            throw APIError.invalid("paid_on", "is in the future (today is \(today.iso))", value: body.paidOn)
        }
        let context = try environment.services()
        let chargeID = Charge.ID(input.path.id)
        // The same reference twice is one payment; without one, each call is a new receipt
        // (the Idempotency-Key makes retries safe).
        let naturalKey = "api:\(chargeID.rawValue):" + (body.reference ?? context.ids.next(.payment))
        do {
            let result = try await ChargeService(context).registerPayment(
                chargeID, amount: Money(centavos: body.amount), paidOn: paidOn, source: .manual,
                fee: Money(centavos: body.fee ?? 0), naturalKey: naturalKey, by: try actor)
            return .created(.init(body: .json(.init(result.payment))))
        } catch let error as DomainError where error.code == .notFound {
            throw APIError.notFound("charge", chargeID.rawValue)
        }
    }

    package func listPayments(_ input: Operations.ListPayments.Input) async throws -> Operations.ListPayments.Output {
        let limit = pageSize(input.query.limit)
        let filter = PaymentFilter(
            chargeID: input.query.chargeId.map(Charge.ID.init), customerID: input.query.customerId.map(Customer.ID.init),
            paidFrom: try date(input.query.paidFrom, field: "paid_from"),
            paidTo: try date(input.query.paidTo, field: "paid_to"),
            after: input.query.startingAfter.map(Payment.ID.init), limit: limit + 1)
        let page = Page(try await store.read { try await $0.payments.list(filter) }, limit: limit) { $0.id.rawValue }
        return .ok(.init(body: .json(.init(object: .list, data: page.items.map(Components.Schemas.Payment.init),
            hasMore: page.hasMore, nextCursor: page.nextCursor))))
    }

    package func getPayment(_ input: Operations.GetPayment.Input) async throws -> Operations.GetPayment.Output {
        guard let payment = try await store.read({ try await $0.payments.get(Payment.ID(input.path.id)) }) else {
            throw APIError.notFound("payment", input.path.id)
        }
        return .ok(.init(body: .json(.init(payment))))
    }

    package func listEvents(_ input: Operations.ListEvents.Input) async throws -> Operations.ListEvents.Output {
        let limit = pageSize(input.query.limit)
        let filter = EventFilter(
            types: (input.query._type ?? []).compactMap { EventType(rawValue: $0.rawValue) },
            customerID: input.query.customerId.map(Customer.ID.init), chargeID: input.query.chargeId.map(Charge.ID.init),
            after: input.query.startingAfter.map(DomainEvent.ID.init), limit: limit + 1)
        let page = Page(try await store.read { try await $0.events.list(filter) }, limit: limit) { $0.id.rawValue }
        return .ok(.init(body: .json(.init(object: .list, data: page.items.map(Components.Schemas.Event.init),
            hasMore: page.hasMore, nextCursor: page.nextCursor))))
    }

    package func getEvent(_ input: Operations.GetEvent.Input) async throws -> Operations.GetEvent.Output {
        guard let event = try await store.read({ try await $0.events.get(DomainEvent.ID(input.path.id)) }) else {
            throw APIError.notFound("event", input.path.id)
        }
        return .ok(.init(body: .json(.init(event))))
    }
}
