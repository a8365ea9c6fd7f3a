import BrazilKit

/// The contract's terms for paying late or early.
///
/// Rates are basis points (1 bp = 0.01%) so no fraction is ever a floating-point number.
public struct LateChargeRules: Hashable, Sendable, Codable {
    /// Multa: charged once on the open amount when paid after the due date.
    public var fineBasisPoints: Int64
    /// Juros de mora per month, applied pro rata die over `daysPerMonth`.
    public var monthlyInterestBasisPoints: Int64
    /// The pro rata convention: 30 (commercial month) by default.
    public var daysPerMonth: Int64
    /// Discount for paying until a date (desconto de pontualidade).
    public var discount: EarlyPaymentDiscount?

    public init(
        fineBasisPoints: Int64 = 200, monthlyInterestBasisPoints: Int64 = 100, daysPerMonth: Int64 = 30,
        discount: EarlyPaymentDiscount? = nil
    ) {
        self.fineBasisPoints = fineBasisPoints
        self.monthlyInterestBasisPoints = monthlyInterestBasisPoints
        self.daysPerMonth = daysPerMonth
        self.discount = discount
    }

    /// 2% multa and 1% a.m. juros: the market's usual terms and the CDC ceiling.
    public static let standard = LateChargeRules()
    public static let none = LateChargeRules(fineBasisPoints: 0, monthlyInterestBasisPoints: 0)

    /// CDC art. 52 §1: the multa in a consumer relationship may not exceed 2%.
    public static let consumerFineCapBasisPoints: Int64 = 200

    /// The multa that may actually be charged to this customer.
    public func effectiveFineBasisPoints(isConsumer: Bool) -> Int64 {
        isConsumer ? min(fineBasisPoints, Self.consumerFineCapBasisPoints) : fineBasisPoints
    }

    /// Checks the terms; a consumer contract with a multa above 2% is refused, naming the law.
    public func validate(isConsumer: Bool) throws(ValidationError) {
        var issues = IssueCollector()
        if fineBasisPoints < 0 || fineBasisPoints > 10_000 {
            issues.add(
                field: "fine_basis_points", value: String(fineBasisPoints), pt: "multa deve estar entre 0 e 10000 bp",
                en: "fine must be between 0 and 10000 bp")
        } else if isConsumer && fineBasisPoints > Self.consumerFineCapBasisPoints {
            issues.add(
                field: "fine_basis_points", value: String(fineBasisPoints),
                pt: "multa acima de 2% para consumidor (CDC art. 52 §1)",
                en: "fine above 2% for a consumer (CDC art. 52 §1)")
        }
        if monthlyInterestBasisPoints < 0 || monthlyInterestBasisPoints > 10_000 {
            issues.add(
                field: "interest_basis_points", value: String(monthlyInterestBasisPoints),
                pt: "juros mensais devem estar entre 0 e 10000 bp", en: "monthly interest must be between 0 and 10000 bp")
        }
        if daysPerMonth != 30 && daysPerMonth != 31 && daysPerMonth != 365 / 12 {
            issues.add(
                field: "days_per_month", value: String(daysPerMonth), pt: "base de dias deve ser 30",
                en: "day basis must be 30")
        }
        if let discount, case .basisPoints(let bp) = discount.value, bp <= 0 || bp >= 10_000 {
            issues.add(
                field: "discount", value: String(bp), pt: "desconto percentual deve estar entre 1 e 9999 bp",
                en: "percentage discount must be between 1 and 9999 bp")
        }
        if let discount, case .amount(let amount) = discount.value, !amount.isPositive {
            issues.add(
                field: "discount", value: amount.formatted, pt: "desconto deve ser positivo",
                en: "discount must be positive")
        }
        try issues.throwIfAny()
    }
}

/// A discount for paying on or before a date.
public struct EarlyPaymentDiscount: Hashable, Sendable, Codable {
    public enum Value: Hashable, Sendable, Codable {
        case amount(Money)
        case basisPoints(Int64)
    }

    public var value: Value
    /// Last day the discount applies.
    public var until: CivilDate

    public init(_ value: Value, until: CivilDate) {
        self.value = value
        self.until = until
    }
}
