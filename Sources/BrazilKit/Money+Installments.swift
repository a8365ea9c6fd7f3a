extension Money {
    /// Splits the amount into `parts` installments that add back up to it exactly.
    ///
    /// Leftover centavos go one each to the first installments, so the first payment is never smaller
    /// than a later one: R$ 100,00 in 3 is 33,34 + 33,33 + 33,33. A negative amount splits the same way
    /// with every part negative. Fewer than one part is `.invalidParts`.
    public func split(into parts: Int) throws(MoneyError) -> [Money] {
        guard parts >= 1 else { throw .invalidParts(parts) }
        // Int128 keeps Int64.min's magnitude and the sign flip exact.
        let total = Int128(centavos)
        let sign: Int128 = total < 0 ? -1 : 1
        let (base, remainder) = (sign * total).quotientAndRemainder(dividingBy: Int128(parts))
        var result: [Money] = []
        result.reserveCapacity(parts)
        for index in 0..<parts {
            let share = Int128(index) < remainder ? base + 1 : base
            result.append(Money(centavos: Int64(sign * share)))
        }
        return result
    }
}
