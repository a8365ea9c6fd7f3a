import AdimpleCore
import BrazilKit
import Foundation

let chargeColumns = [
    "id", "customer_id", "description", "amount", "paid_principal", "discount_granted", "fine_received", "interest_received",
    "interest_settled_through", "interest_credit",
    "due_date", "method", "status", "fine_bp", "interest_bp", "days_per_month", "discount_kind", "discount_value",
    "discount_until", "external_id", "installment_number", "installment_count", "issued_at", "paid_at",
    "canceled_at", "created_at", "updated_at", "created_by", "updated_by", "version",
]
let chargeColumnList = ColumnList(chargeColumns)

/// A `charges` row as stored.
struct ChargeRow: Codable, Sendable {
    var id: String
    var customer_id: String
    var description: String
    var amount: Int64
    var paid_principal: Int64
    var discount_granted: Int64
    var fine_received: Int64
    var interest_received: Int64
    var interest_settled_through: String?
    var interest_credit: Int64
    var due_date: String
    var method: String
    var status: String
    var fine_bp: Int64
    var interest_bp: Int64
    var days_per_month: Int64
    var discount_kind: String?
    var discount_value: Int64?
    var discount_until: String?
    var external_id: String?
    var installment_number: Int64?
    var installment_count: Int64?
    var issued_at: Int64?
    var paid_at: Int64?
    var canceled_at: Int64?
    var created_at: Int64
    var updated_at: Int64
    var created_by: String
    var updated_by: String
    var version: Int64

    init(_ charge: Charge) {
        id = charge.id.rawValue
        customer_id = charge.customerID.rawValue
        description = charge.description
        amount = charge.amount.centavos
        paid_principal = charge.paidPrincipal.centavos
        discount_granted = charge.discountGranted.centavos
        fine_received = charge.lateChargeHistory.fineReceived.centavos
        interest_received = charge.lateChargeHistory.interestReceived.centavos
        interest_settled_through = charge.lateChargeHistory.interestSettledThrough?.iso
        interest_credit = charge.lateChargeHistory.interestCredit.centavos
        due_date = charge.dueDate.iso
        method = charge.method.rawValue
        status = charge.status.rawValue
        fine_bp = charge.lateCharges.fineBasisPoints
        interest_bp = charge.lateCharges.monthlyInterestBasisPoints
        days_per_month = charge.lateCharges.daysPerMonth
        switch charge.lateCharges.discount?.value {
        case .amount(let money): (discount_kind, discount_value) = ("amount", money.centavos)
        case .basisPoints(let bp): (discount_kind, discount_value) = ("basis_points", bp)
        case nil: (discount_kind, discount_value) = (nil, nil)
        }
        discount_until = charge.lateCharges.discount?.until.iso
        external_id = charge.externalID
        installment_number = charge.installment.map { Int64($0.number) }
        installment_count = charge.installment.map { Int64($0.count) }
        issued_at = Column.millis(charge.issuedAt)
        paid_at = Column.millis(charge.paidAt)
        canceled_at = Column.millis(charge.canceledAt)
        created_at = Column.millis(charge.createdAt)
        updated_at = Column.millis(charge.updatedAt)
        created_by = charge.createdBy.description
        updated_by = charge.updatedBy.description
        version = Int64(charge.version)
    }

    var binds: [any Encodable & Sendable] {
        [
            id, customer_id, description, amount, paid_principal, discount_granted, fine_received, interest_received,
            interest_settled_through, interest_credit, due_date,
            method, status, fine_bp, interest_bp, days_per_month, discount_kind, discount_value, discount_until,
            external_id, installment_number, installment_count, issued_at, paid_at, canceled_at, created_at,
            updated_at, created_by, updated_by, version,
        ]
    }

    func charge() throws -> Charge {
        func fail(_ detail: String) -> CorruptRowError { CorruptRowError(table: "charges", id: id, detail: detail) }
        guard let method = PaymentMethod(rawValue: method) else { throw fail("method \(self.method)") }
        guard let status = ChargeStatus(rawValue: status) else { throw fail("status \(self.status)") }
        var discount: EarlyPaymentDiscount?
        if let kind = discount_kind, let value = discount_value, let until = discount_until {
            let parsed: EarlyPaymentDiscount.Value = kind == "amount" ? .amount(Money(centavos: value)) : .basisPoints(value)
            discount = EarlyPaymentDiscount(parsed, until: try Column.civil(until))
        }
        var installment: Installment?
        if let number = installment_number, let count = installment_count {
            installment = Installment(number: Int(number), count: Int(count))
        }
        return Charge(
            id: Charge.ID(id), customerID: Customer.ID(customer_id), description: description,
            amount: Money(centavos: amount), dueDate: try Column.civil(due_date), method: method, status: status,
            lateCharges: LateChargeRules(
                fineBasisPoints: fine_bp, monthlyInterestBasisPoints: interest_bp, daysPerMonth: days_per_month,
                discount: discount),
            externalID: external_id, installment: installment, paidPrincipal: Money(centavos: paid_principal),
            discountGranted: Money(centavos: discount_granted), lateChargeHistory: LateChargeHistory(
                fineReceived: Money(centavos: fine_received), interestReceived: Money(centavos: interest_received),
                interestSettledThrough: try Column.civil(interest_settled_through),
                interestCredit: Money(centavos: interest_credit)),
            issuedAt: Column.date(issued_at), paidAt: Column.date(paid_at), canceledAt: Column.date(canceled_at),
            createdAt: Column.date(created_at), updatedAt: Column.date(updated_at),
            createdBy: Actor(stored: created_by) ?? .system, updatedBy: Actor(stored: updated_by) ?? .system,
            version: Int(version))
    }
}
