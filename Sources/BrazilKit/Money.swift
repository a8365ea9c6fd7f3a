/// An amount in Brazilian reais, held as a whole number of centavos so nothing is ever rounded by accident.
///
/// Money never goes through `Double`: every division happens in ``roundedHalfUp(numerator:denominator:)``,
/// the one place where a fraction of a centavo is resolved.
public struct Money: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    /// The amount in centavos (R$ 1,00 is 100); negative for credits, refunds and discounts.
    public let centavos: Int64

    /// Wraps an amount already counted in centavos.
    public init(centavos: Int64) {
        self.centavos = centavos
    }

    /// R$ 0,00.
    public static let zero = Money(centavos: 0)

    /// Orders amounts by value.
    public static func < (lhs: Money, rhs: Money) -> Bool {
        lhs.centavos < rhs.centavos
    }

    /// True when the amount is below zero.
    public var isNegative: Bool { centavos < 0 }

    /// True when the amount is exactly zero.
    public var isZero: Bool { centavos == 0 }

    /// True when the amount is above zero.
    public var isPositive: Bool { centavos > 0 }

    /// Decodes a bare integer number of centavos; a fractional number is rejected rather than rounded.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        centavos = try container.decode(Int64.self)
    }

    /// Encodes a bare integer number of centavos, the one form our APIs and files use for amounts.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(centavos)
    }
}
