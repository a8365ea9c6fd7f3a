/// Percentages as basis points (1 bp = 0.01%), written and read the Brazilian way: "2",
/// "2,5", "0,33" — never through floating point.
public enum Percentage {
    /// 200 → "2", 250 → "2,5", 233 → "2,33", -50 → "-0,5".
    public static func text(basisPoints: Int64) -> String {
        let sign = basisPoints < 0 ? "-" : ""
        let magnitude = basisPoints.magnitude
        let whole = magnitude / 100
        let fraction = magnitude % 100
        if fraction == 0 { return sign + String(whole) }
        let digits = fraction < 10 ? "0\(fraction)" : String(fraction)
        return sign + "\(whole)," + (digits.hasSuffix("0") ? String(digits.dropLast()) : digits)
    }

    /// "2", "2,5", "2.5", "2,50%" → basis points. At most two decimals, as money has.
    public static func basisPoints(parsing text: String) throws(MoneyError) -> Int64 {
        var number = text.trimmedWhitespace()
        if number.hasSuffix("%") { number = number.dropLast().trimmedWhitespace() }
        // A percentage with two decimals has exactly the shape of an amount in reais.
        return try Money(parsing: String(number)).centavos
    }
}
