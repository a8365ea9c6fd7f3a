import AdimpleCore
import BrazilKit
import SQLKit

private let paymentColumnNames = [
    "id", "charge_id", "customer_id", "amount", "principal", "fine", "interest", "discount", "fee", "method",
    "source", "paid_on", "credited_on", "natural_key", "created_at", "created_by",
]
private let paymentColumns = ColumnList(paymentColumnNames)

private struct PaymentRow: Codable {
    var id: String
    var charge_id: String
    var customer_id: String
    var amount: Int64
    var principal: Int64
    var fine: Int64
    var interest: Int64
    var discount: Int64
    var fee: Int64
    var method: String
    var source: String
    var paid_on: String
    var credited_on: String?
    var natural_key: String
    var created_at: Int64
    var created_by: String

    init(_ p: Payment) {
        id = p.id.rawValue
        charge_id = p.chargeID.rawValue
        customer_id = p.customerID.rawValue
        amount = p.amount.centavos
        principal = p.principal.centavos
        fine = p.fine.centavos
        interest = p.interest.centavos
        discount = p.discount.centavos
        fee = p.fee.centavos
        method = p.method.rawValue
        source = p.source.rawValue
        paid_on = p.paidOn.iso
        credited_on = p.creditedOn?.iso
        natural_key = p.naturalKey
        created_at = Column.millis(p.createdAt)
        created_by = p.createdBy.description
    }

    var binds: [any Encodable & Sendable] {
        [
            id, charge_id, customer_id, amount, principal, fine, interest, discount, fee, method, source, paid_on,
            credited_on, natural_key, created_at, created_by,
        ]
    }

    func payment() throws -> Payment {
        guard let method = PaymentMethod(rawValue: method), let source = Payment.Source(rawValue: source) else {
            throw CorruptRowError(table: "payments", id: id, detail: "method \(method) / source \(source)")
        }
        return Payment(
            id: Payment.ID(id), chargeID: Charge.ID(charge_id), customerID: Customer.ID(customer_id),
            amount: Money(centavos: amount), principal: Money(centavos: principal), fine: Money(centavos: fine),
            interest: Money(centavos: interest), discount: Money(centavos: discount), fee: Money(centavos: fee),
            method: method, source: source, paidOn: try Column.civil(paid_on), creditedOn: try Column.civil(credited_on),
            naturalKey: natural_key, createdAt: Column.date(created_at), createdBy: Actor(stored: created_by) ?? .system)
    }
}

struct SQLPaymentRepository: PaymentRepository {
    let db: any SQLDatabase

    func insertIfAbsent(_ payment: Payment) async throws -> (payment: Payment, inserted: Bool) {
        // ON CONFLICT DO NOTHING keeps the transaction alive on PostgreSQL, where a failed
        // INSERT would abort it.
        let inserted = try await db.insert(into: "payments").columns([paymentColumns.expression])
            .values(PaymentRow(payment).binds.map { SQLBind($0) })
            .ignoringConflicts(with: ["natural_key"])
            .returning("id").all()
        if !inserted.isEmpty { return (payment, true) }
        guard
            let existing = try await select().where("natural_key", .equal, payment.naturalKey).limit(1)
                .first(decoding: PaymentRow.self)
        else {
            throw DomainError(.conflict, pt: "Pagamento em conflito", en: "Conflicting payment")
        }
        return (try existing.payment(), false)
    }

    func list(chargeID: Charge.ID) async throws -> [Payment] {
        try await select().where("charge_id", .equal, chargeID.rawValue).orderBy("id")
            .all(decoding: PaymentRow.self).map { try $0.payment() }
    }

    func list(customerID: Customer.ID, limit: Int) async throws -> [Payment] {
        try await select().where("customer_id", .equal, customerID.rawValue).orderBy("paid_on", .descending).limit(limit)
            .all(decoding: PaymentRow.self).map { try $0.payment() }
    }

    func get(_ id: Payment.ID) async throws -> Payment? {
        try await select().where("id", .equal, id.rawValue).limit(1).first(decoding: PaymentRow.self)?.payment()
    }

    func list(_ filter: PaymentFilter) async throws -> [Payment] {
        var query = select()
        if let charge = filter.chargeID { query = query.where("charge_id", .equal, charge.rawValue) }
        if let customer = filter.customerID { query = query.where("customer_id", .equal, customer.rawValue) }
        if let from = filter.paidFrom { query = query.where("paid_on", .greaterThanOrEqual, from.iso) }
        if let to = filter.paidTo { query = query.where("paid_on", .lessThanOrEqual, to.iso) }
        if let after = filter.after { query = query.where("id", .greaterThan, after.rawValue) }
        return try await query.orderBy("id").limit(max(1, min(filter.limit, 1000)))
            .all(decoding: PaymentRow.self).map { try $0.payment() }
    }

    private func select() -> SQLSelectBuilder {
        db.select().column(paymentColumns.expression).from("payments")
    }
}
