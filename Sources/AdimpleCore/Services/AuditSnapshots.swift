import BrazilKit
import Foundation

/// JSON forms of records for the audit log and event payloads. Keys are sorted so the same
/// state always gives the same text.
enum Snapshot {
    static func json(_ value: some Encodable) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        // The API's spelling (`customer_id`), so webhook payloads read like API resources.
        encoder.keyEncodingStrategy = .convertToSnakeCase
        encoder.dateEncodingStrategy = .iso8601
        guard let data = try? encoder.encode(value) else { return "{}" }
        return String(decoding: data, as: UTF8.self)
    }
}

struct CustomerSnapshot: Encodable {
    let id: String
    let kind: String
    let document: String?
    let name: String
    let tradeName: String?
    let emails: [String]
    let phones: [String]
    let address: Address?
    let segment: String?
    let tags: [String]
    let externalID: String?
    let notes: String?
    let status: String

    init(_ customer: Customer) {
        id = customer.id.rawValue
        kind = customer.kind.rawValue
        document = customer.document?.normalized
        name = customer.name
        tradeName = customer.tradeName
        emails = customer.emails
        phones = customer.phones.map(\.e164)
        address = customer.address
        segment = customer.segment
        tags = customer.tags
        externalID = customer.externalID
        notes = customer.notes
        status = customer.status.rawValue
    }
}

struct ChargeSnapshot: Encodable {
    let id: String
    let customerID: String
    let description: String
    let amount: Int64
    let openAmount: Int64
    let paidPrincipal: Int64
    let dueDate: String
    let method: String
    let status: String
    let fineBasisPoints: Int64
    let interestBasisPoints: Int64
    let externalID: String?
    let version: Int
    /// Why a person or the API changed the due date or the amount (only on such changes).
    let changeReason: String?

    init(_ charge: Charge, changeReason: String? = nil) {
        self.changeReason = changeReason
        id = charge.id.rawValue
        customerID = charge.customerID.rawValue
        description = charge.description
        amount = charge.amount.centavos
        openAmount = charge.openAmount.centavos
        paidPrincipal = charge.paidPrincipal.centavos
        dueDate = charge.dueDate.iso
        method = charge.method.rawValue
        status = charge.status.rawValue
        fineBasisPoints = charge.lateCharges.fineBasisPoints
        interestBasisPoints = charge.lateCharges.monthlyInterestBasisPoints
        externalID = charge.externalID
        version = charge.version
    }
}

struct PaymentSnapshot: Encodable {
    let id: String
    let chargeID: String
    let amount: Int64
    let principal: Int64
    let fine: Int64
    let interest: Int64
    let discount: Int64
    let fee: Int64
    let paidOn: String
    let source: String
    let naturalKey: String

    init(_ payment: Payment) {
        id = payment.id.rawValue
        chargeID = payment.chargeID.rawValue
        amount = payment.amount.centavos
        principal = payment.principal.centavos
        fine = payment.fine.centavos
        interest = payment.interest.centavos
        discount = payment.discount.centavos
        fee = payment.fee.centavos
        paidOn = payment.paidOn.iso
        source = payment.source.rawValue
        naturalKey = payment.naturalKey
    }
}
