import AdimpleCore
import AdimpleImport
import BrazilKit
internal import Foundation
internal import OpenAPIRuntime

// Domain values → the API's resources. Money always goes out as centavos plus the amount
// formatted in reais; civil dates as `yyyy-mm-dd`; instants as ISO 8601.

extension Components.Schemas.Money {
    init(_ money: Money) {
        self.init(centavos: money.centavos, formatted: money.formatted, currency: .brl)
    }
}

extension Components.Schemas.Customer {
    init(_ customer: Customer) {
        self.init(
            id: customer.id.rawValue, object: .customer, kind: .init(rawValue: customer.kind.rawValue) ?? .person,
            document: customer.document?.normalized, documentFormatted: customer.document?.formatted,
            name: customer.name, tradeName: customer.tradeName, emails: customer.emails,
            phones: customer.phones.map(\.e164),
            address: customer.address.map {
                .init(
                    street: $0.street, number: $0.number, complement: $0.complement, district: $0.district,
                    city: $0.city, state: $0.state, cep: $0.cep.formatted)
            }, segment: customer.segment, tags: customer.tags, externalId: customer.externalID, notes: customer.notes,
            status: .init(rawValue: customer.status.rawValue) ?? .active, createdAt: customer.createdAt,
            updatedAt: customer.updatedAt)
    }
}

extension Components.Schemas.AmountDue {
    init(_ due: AmountDue, on date: CivilDate) {
        self.init(
            on: date.iso, principal: .init(due.principal), discount: .init(due.discount), fine: .init(due.fine),
            interest: .init(due.interest), total: .init(due.total), daysLate: due.daysLate)
    }
}

extension Components.Schemas.Charge {
    init(_ charge: Charge, amountDue: (AmountDue, CivilDate)? = nil) {
        self.init(
            id: charge.id.rawValue, object: .charge, customerId: charge.customerID.rawValue,
            description: charge.description, amount: .init(charge.amount), openAmount: .init(charge.openAmount),
            paidAmount: .init(charge.paidPrincipal), amountDue: amountDue.map { .init($0.0, on: $0.1) },
            dueDate: charge.dueDate.iso, method: .init(rawValue: charge.method.rawValue) ?? .manual,
            status: .init(rawValue: charge.status.rawValue) ?? .open,
            fineBasisPoints: charge.lateCharges.fineBasisPoints,
            interestBasisPoints: charge.lateCharges.monthlyInterestBasisPoints, externalId: charge.externalID,
            installmentNumber: charge.installment?.number, installmentCount: charge.installment?.count,
            issuedAt: charge.issuedAt, paidAt: charge.paidAt, canceledAt: charge.canceledAt,
            createdAt: charge.createdAt, updatedAt: charge.updatedAt)
    }
}

extension Components.Schemas.Payment {
    init(_ payment: Payment) {
        self.init(
            id: payment.id.rawValue, object: .payment, chargeId: payment.chargeID.rawValue,
            customerId: payment.customerID.rawValue, amount: .init(payment.amount), principal: .init(payment.principal),
            fine: .init(payment.fine), interest: .init(payment.interest), discount: .init(payment.discount),
            fee: .init(payment.fee), method: .init(rawValue: payment.method.rawValue) ?? .manual,
            source: .init(rawValue: payment.source.rawValue) ?? .manual, paidOn: payment.paidOn.iso,
            creditedOn: payment.creditedOn?.iso, createdAt: payment.createdAt)
    }
}

extension Components.Schemas.Event {
    init(_ event: DomainEvent) {
        let container =
            (try? JSONDecoder().decode(OpenAPIObjectContainer.self, from: Data(event.payload.utf8)))
            ?? OpenAPIObjectContainer()
        self.init(
            id: event.id.rawValue, object: .event, _type: .init(rawValue: event.type.rawValue) ?? .charge_updated,
            createdAt: event.occurredAt, customerId: event.customerID?.rawValue, chargeId: event.chargeID?.rawValue,
            data: .init(additionalProperties: container))
    }
}

extension Components.Schemas.WebhookEndpoint {
    /// The secret goes out only when the endpoint is created.
    init(_ endpoint: WebhookEndpoint, showSecret: Bool = false) {
        self.init(
            id: endpoint.id.rawValue, object: .webhookEndpoint, url: endpoint.url,
            events: endpoint.eventTypes.compactMap { .init(rawValue: $0.rawValue) }, description: endpoint.description,
            enabled: endpoint.enabled, disabledReason: endpoint.disabledReason,
            secret: showSecret ? endpoint.secret : nil, createdAt: endpoint.createdAt, updatedAt: endpoint.updatedAt)
    }
}

extension Components.Schemas.WebhookDelivery {
    init(_ delivery: WebhookDelivery, attempts: [WebhookAttempt]? = nil) {
        self.init(
            id: delivery.id.rawValue, object: .webhookDelivery, endpointId: delivery.endpointID.rawValue,
            eventId: delivery.eventID.rawValue, eventType: .init(rawValue: delivery.eventType.rawValue) ?? .charge_updated,
            status: .init(rawValue: delivery.status.rawValue) ?? .pending, attempts: delivery.attempts,
            nextAttemptAt: delivery.nextAttemptAt, lastStatusCode: delivery.lastStatusCode,
            lastError: delivery.lastError, createdAt: delivery.createdAt, deliveredAt: delivery.deliveredAt,
            attemptLog: attempts?.map {
                .init(
                    at: $0.at, statusCode: $0.statusCode, responseBody: $0.responseBody, error: $0.error,
                    durationMs: $0.durationMilliseconds)
            })
    }
}

extension Components.Schemas.ImportReport {
    init(_ report: CSVImportReport) {
        self.init(
            dryRun: report.dryRun, encoding: report.encoding, delimiter: report.delimiter, lines: report.lines,
            created: report.created, updated: report.updated, unchanged: report.unchanged, rejected: report.rejected, refused: report.refused,
            errors: report.errors.map { .init(line: $0.line, column: $0.column, value: $0.value, reason: $0.reasonEN) })
    }
}

/// A page of a list: `limit` items and whether more follow. Lists ask the store for one more
/// than the limit to know.
struct Page<Item> {
    let items: [Item]
    let hasMore: Bool
    let nextCursor: String?

    init(_ fetched: [Item], limit: Int, id: (Item) -> String) {
        hasMore = fetched.count > limit
        items = Array(fetched.prefix(limit))
        nextCursor = hasMore ? items.last.map(id) : nil
    }
}
