extension Money {
    /// The amount as Brazilians read it: "R$ 1.234,56", "R$ 0,05", "-R$ 1.234,56".
    public var formatted: String {
        let (reais, centavos) = wholeAndCentavos
        var grouped = ""
        let digits = Array(String(reais))
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { grouped.append(".") }
            grouped.append(digit)
        }
        return (isNegative ? "-R$ " : "R$ ") + grouped + "," + Self.twoDigits(centavos)
    }

    /// The Portuguese display form, same as ``formatted``.
    public var description: String { formatted }

    /// A plain decimal with a dot and two places, for CSV files and APIs: "1234.56", "-0.05".
    public var decimalString: String {
        let (reais, centavos) = wholeAndCentavos
        return (isNegative ? "-" : "") + String(reais) + "." + Self.twoDigits(centavos)
    }

    /// Whole reais and remaining centavos of the magnitude; `magnitude` keeps `Int64.min` printable.
    private var wholeAndCentavos: (reais: UInt64, centavos: UInt64) {
        let split = centavos.magnitude.quotientAndRemainder(dividingBy: 100)
        return (split.quotient, split.remainder)
    }

    private static func twoDigits(_ value: UInt64) -> String {
        value < 10 ? "0\(value)" : "\(value)"
    }
}
