import BrazilKit
import Foundation

/// A new charge as typed by a person, an API call or a CSV line.
public struct ChargeInput: Sendable, Hashable, Codable {
    public var customerID: String?
    public var description: String?
    /// Text as typed ("1.234,56") — or use `amountCentavos`.
    public var amount: String?
    public var amountCentavos: Int64?
    /// ISO (2026-03-05) or Brazilian (05/03/2026).
    public var dueDate: String?
    public var method: String?
    public var fineBasisPoints: Int64?
    public var interestBasisPoints: Int64?
    public var externalID: String?
    /// Issue at once (open) rather than keep as a draft. Default true.
    public var issue: Bool?

    public init(
        customerID: String? = nil, description: String? = nil, amount: String? = nil,
        amountCentavos: Int64? = nil, dueDate: String? = nil, method: String? = nil,
        fineBasisPoints: Int64? = nil, interestBasisPoints: Int64? = nil, externalID: String? = nil,
        issue: Bool? = nil
    ) {
        self.customerID = customerID
        self.description = description
        self.amount = amount
        self.amountCentavos = amountCentavos
        self.dueDate = dueDate
        self.method = method
        self.fineBasisPoints = fineBasisPoints
        self.interestBasisPoints = interestBasisPoints
        self.externalID = externalID
        self.issue = issue
    }

    static let keys = [
        "customer_id", "description", "amount", "amount_centavos", "due_date", "method", "fine_basis_points",
        "interest_basis_points", "external_id", "issue",
    ]

    /// JSON keys are snake_case; unknown keys and wrong types are refused, naming each one.
    public init(from decoder: any Decoder) throws {
        var object = try StrictObject(decoder, known: Self.keys)
        customerID = object.optional("customer_id")
        description = object.optional("description")
        amount = object.optional("amount")
        amountCentavos = object.optional("amount_centavos")
        dueDate = object.optional("due_date")
        method = object.optional("method")
        fineBasisPoints = object.optional("fine_basis_points")
        interestBasisPoints = object.optional("interest_basis_points")
        externalID = object.optional("external_id")
        issue = object.optional("issue")
        try object.finish()
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: AnyKey.self)
        func put<T: Encodable>(_ value: T?, _ key: String) throws {
            try container.encodeIfPresent(value, forKey: AnyKey(stringValue: key))
        }
        try put(customerID, "customer_id")
        try put(description, "description")
        try put(amount, "amount")
        try put(amountCentavos, "amount_centavos")
        try put(dueDate, "due_date")
        try put(method, "method")
        try put(fineBasisPoints, "fine_basis_points")
        try put(interestBasisPoints, "interest_basis_points")
        try put(externalID, "external_id")
        try put(issue, "issue")
    }
}

/// The checked form of a `ChargeInput`.
public struct ValidChargeFields: Sendable, Hashable {
    public var customerID: Customer.ID
    public var description: String
    public var amount: Money
    public var dueDate: CivilDate
    public var method: PaymentMethod
    public var lateCharges: LateChargeRules
    public var externalID: String?
    public var issue: Bool
}

extension ChargeInput {
    /// The largest single charge accepted: R$ 10 billion keeps every sum far from overflow.
    public static let maxAmount = Money(centavos: 1_000_000_000_000)

    /// Checks every field; dates before `today` are refused for new charges unless
    /// `allowPastDueDate` (importing receivables that are already late).
    public func validated(today: CivilDate, allowPastDueDate: Bool = false) throws(ValidationError) -> ValidChargeFields {
        var issues = IssueCollector()
        let customer = clean(customerID)
        if customer == nil {
            issues.add(field: "customer_id", value: nil, pt: "cliente é obrigatório", en: "customer is required")
        }
        let description = clean(self.description)
        if description == nil {
            issues.add(field: "description", value: nil, pt: "descrição é obrigatória", en: "description is required")
        }

        var amount: Money?
        if let centavos = amountCentavos {
            amount = Money(centavos: centavos)
        } else if let text = clean(self.amount) {
            amount = issues.attempt(field: "amount", value: text) { () throws(MoneyError) in try Money(parsing: text) }
        } else {
            issues.add(field: "amount", value: nil, pt: "valor é obrigatório", en: "amount is required")
        }
        if let value = amount {
            if !value.isPositive {
                issues.add(field: "amount", value: value.formatted, pt: "valor deve ser positivo", en: "amount must be positive")
                amount = nil
            } else if value > Self.maxAmount {
                issues.add(
                    field: "amount", value: value.formatted, pt: "valor acima do limite de \(Self.maxAmount.formatted)",
                    en: "amount above the limit of \(Self.maxAmount.formatted)")
                amount = nil
            }
        }

        var due: CivilDate?
        if let text = clean(dueDate) {
            due = issues.attempt(field: "due_date", value: text) { () throws(CivilDateError) in
                text.contains("/") ? try CivilDate(brazilian: text) : try CivilDate(iso: text)
            }
            if let date = due, date < today, !allowPastDueDate {
                issues.add(
                    field: "due_date", value: text, pt: "vencimento no passado (hoje é \(today.brazilian))",
                    en: "due date in the past (today is \(today.iso))")
            }
        } else {
            issues.add(field: "due_date", value: nil, pt: "vencimento é obrigatório", en: "due date is required")
        }

        var method = PaymentMethod.boleto
        if let text = clean(self.method) {
            if let parsed = PaymentMethod(rawValue: text.lowercased()) {
                method = parsed
            } else {
                issues.add(
                    field: "method", value: text,
                    pt: "forma de pagamento deve ser uma de: \(PaymentMethod.allCases.map(\.rawValue).joined(separator: ", "))",
                    en: "method must be one of: \(PaymentMethod.allCases.map(\.rawValue).joined(separator: ", "))")
            }
        }

        let external = clean(externalID)
        try issues.throwIfAny()
        let rules = LateChargeRules(
            fineBasisPoints: fineBasisPoints ?? LateChargeRules.standard.fineBasisPoints,
            monthlyInterestBasisPoints: interestBasisPoints ?? LateChargeRules.standard.monthlyInterestBasisPoints)
        return ValidChargeFields(
            customerID: Customer.ID(customer!), description: description!, amount: amount!, dueDate: due!,
            method: method, lateCharges: rules, externalID: external, issue: issue ?? true)
    }
}
