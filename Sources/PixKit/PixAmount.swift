import BrazilKit

/// An API Pix amount: the JSON string "123.45" (`\d{1,10}\.\d{2}`, rails.md §3.3) as an exact ``Money``.
///
/// The same shape carries percentages in `valorPerc` (multa, juros, desconto, abatimento with a
/// percentage modality): "2.00" is then 2 %, read with ``basisPoints``. Nothing goes through `Double`.
public struct PixAmount: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    /// The amount in centavos; for a percentage, hundredths of a percent.
    public let money: Money

    /// The largest value the pattern admits: ten whole digits and two decimals.
    public static let maximum = Money(centavos: 999_999_999_999)

    /// Wraps an amount, refusing negative ones and those beyond ten whole digits.
    public init(_ money: Money) throws(PixError) {
        guard !money.isNegative else {
            throw PixError.invalidAmount(field: "valor", value: money.decimalString, problem: .negative)
        }
        guard money <= Self.maximum else {
            throw PixError.invalidAmount(
                field: "valor", value: money.decimalString, problem: .tooLarge(maximum: Self.maximum.decimalString))
        }
        self.money = money
    }

    /// A percentage given in basis points (1 bp = 0.01 %): 250 is "2.50".
    public init(basisPoints: Int64) throws(PixError) {
        try self.init(Money(centavos: basisPoints))
    }

    /// Reads the JSON form exactly: digits, a dot, two decimals; "10", "10.5" and "1,00" are refused.
    public init(parsing text: String) throws(PixError) {
        guard let centavos = DecimalText.centavos(text, maxWholeDigits: 10, allowedDecimals: 2...2) else {
            throw PixError.invalidAmount(field: "valor", value: text, problem: .notADecimal)
        }
        money = Money(centavos: centavos)
    }

    /// R$ 0,00.
    public static let zero = PixAmount(unchecked: .zero)

    private init(unchecked money: Money) { self.money = money }

    /// The value read as a percentage, in basis points: "2.00" → 200.
    public var basisPoints: Int64 { money.centavos }

    /// The JSON form, "123.45".
    public var text: String { money.decimalString }

    /// The JSON form, same as ``text``.
    public var description: String { text }

    /// Orders by value.
    public static func < (lhs: PixAmount, rhs: PixAmount) -> Bool { lhs.money < rhs.money }

    /// Decodes the JSON string, naming the problem when it is not `\d{1,10}\.\d{2}`.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        do {
            self = try PixAmount(parsing: text)
        } catch {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: error.message(.en))
        }
    }

    /// Encodes the JSON string.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(text)
    }
}
