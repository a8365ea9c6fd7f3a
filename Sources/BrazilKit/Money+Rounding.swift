extension Money {
    /// Rounds `numerator / denominator` centavos to the nearest centavo, halves away from zero.
    ///
    /// This is the only place in Adimple where a fraction of a centavo is resolved, so interest, fines,
    /// discounts and proportions all round the same way. `Int128` holds any `Int64 × Int64` product, so
    /// callers multiply first and divide once here. A negative denominator is read with both signs
    /// flipped; a zero denominator has no finite result and is reported as `.overflow`.
    public static func roundedHalfUp(numerator: Int128, denominator: Int128) throws(MoneyError) -> Money {
        guard denominator != 0 else { throw .overflow }
        // Work on magnitudes so Int128.min cannot trap and halves round away from zero on both sides.
        let isNegative = (numerator < 0) != (denominator < 0)
        let divisor = denominator.magnitude
        var (quotient, remainder) = numerator.magnitude.quotientAndRemainder(dividingBy: divisor)
        // remainder ≥ divisor − remainder is "remainder ≥ half" without doubling, which could overflow.
        if remainder != 0, remainder >= divisor - remainder {
            quotient += 1
        }
        if isNegative {
            guard quotient <= UInt128(Int64.max) + 1 else { throw .overflow }
            return Money(centavos: Int64(truncatingIfNeeded: 0 &- quotient))
        } else {
            guard quotient <= UInt128(Int64.max) else { throw .overflow }
            return Money(centavos: Int64(quotient))
        }
    }

    /// This percentage of the amount, in basis points (100 bp = 1%, 200 bp is the CDC's 2% multa cap).
    public func percentage(basisPoints: Int64) throws(MoneyError) -> Money {
        try Self.roundedHalfUp(numerator: Int128(centavos) * Int128(basisPoints), denominator: 10_000)
    }

    /// The amount times `numerator / denominator`, rounded once (pro rata days, partial months).
    public func proportion(_ numerator: Int64, of denominator: Int64) throws(MoneyError) -> Money {
        try Self.roundedHalfUp(numerator: Int128(centavos) * Int128(numerator), denominator: Int128(denominator))
    }
}
