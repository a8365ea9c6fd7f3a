// Every operation reports overflow as `MoneyError.overflow` instead of trapping: a corrupt import
// or a hostile request must not take the server down.

extension Money {
    /// The sum of two amounts, or `.overflow`.
    public static func + (lhs: Money, rhs: Money) throws(MoneyError) -> Money {
        let (result, overflow) = lhs.centavos.addingReportingOverflow(rhs.centavos)
        guard !overflow else { throw .overflow }
        return Money(centavos: result)
    }

    /// The difference of two amounts, or `.overflow`.
    public static func - (lhs: Money, rhs: Money) throws(MoneyError) -> Money {
        let (result, overflow) = lhs.centavos.subtractingReportingOverflow(rhs.centavos)
        guard !overflow else { throw .overflow }
        return Money(centavos: result)
    }

    /// The amount times a whole factor (quantity, number of months), or `.overflow`.
    public func multiplied(by factor: Int64) throws(MoneyError) -> Money {
        let (result, overflow) = centavos.multipliedReportingOverflow(by: factor)
        guard !overflow else { throw .overflow }
        return Money(centavos: result)
    }

    /// The amount with the opposite sign; throws `.overflow` only for `Int64.min` centavos.
    public func negated() throws(MoneyError) -> Money {
        let (result, overflow) = Int64(0).subtractingReportingOverflow(centavos)
        guard !overflow else { throw .overflow }
        return Money(centavos: result)
    }

    /// The total of a sequence of amounts (zero when empty), or `.overflow`.
    public static func sum<S: Sequence>(_ s: S) throws(MoneyError) -> Money where S.Element == Money {
        var total = Money.zero
        for amount in s {
            total = try total + amount
        }
        return total
    }
}
