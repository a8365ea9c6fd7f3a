extension Money {
    /// Reads an amount the way people type it in Brazil: "R$ 1.234,56", "1234,56", "1234.56", "-10", "1.234.567".
    ///
    /// With a comma, the comma is the decimal separator and dots group thousands. Without one, a single
    /// dot followed by one or two digits is a decimal point ("10.5"), and dots between groups of three
    /// digits group thousands ("1.234"). Anything ambiguous or sloppy is refused rather than guessed.
    public init(parsing text: String) throws(MoneyError) {
        func fail(_ problem: MoneyParseProblem) -> MoneyError {
            .malformed(value: text, reason: problem.rawValue)
        }

        var rest = text.trimmedWhitespace()
        var isNegative = false
        // The sign may come before the currency ("-R$ 5,00", as `formatted` writes it) or after it.
        if rest.first == "-" {
            isNegative = true
            rest = rest.dropFirst().trimmedWhitespace()
        }
        if rest.hasPrefix("R$") || rest.hasPrefix("r$") {
            rest = rest.dropFirst(2).trimmedWhitespace()
        }
        if !isNegative, rest.first == "-" {
            isNegative = true
            rest = rest.dropFirst()
        }
        guard !rest.isEmpty else { throw fail(.empty) }

        let bytes = Array(rest.utf8)
        guard bytes.allSatisfy({ $0.isASCIIDigit || $0 == .dot || $0 == .comma }) else {
            throw fail(.unexpectedCharacter)
        }

        let whole: ArraySlice<UInt8>
        let fraction: ArraySlice<UInt8>
        let commas = bytes.indices.filter { bytes[$0] == .comma }
        let dots = bytes.indices.filter { bytes[$0] == .dot }
        if commas.count > 1 {
            throw fail(.moreThanOneComma)
        } else if let comma = commas.first {
            whole = bytes[..<comma]
            fraction = bytes[(comma + 1)...]
            guard !fraction.contains(.dot) else { throw fail(.dotAfterComma) }
            guard !fraction.isEmpty else { throw fail(.missingDecimals) }
        } else if dots.count == 1, let dot = dots.first, bytes.count - dot - 1 != 3 {
            // One dot not followed by exactly three digits can only be a decimal point.
            whole = bytes[..<dot]
            fraction = bytes[(dot + 1)...]
            guard !fraction.isEmpty else { throw fail(.missingDecimals) }
        } else {
            whole = bytes[...]
            fraction = []
        }
        guard fraction.count <= 2 else { throw fail(.tooManyDecimals) }
        guard !whole.isEmpty else { throw fail(.missingWholePart) }
        guard Self.isWellGrouped(whole) else { throw fail(.badGrouping) }

        // Accumulate the magnitude in centavos with checked arithmetic: a pasted long number must
        // become an error, never a trap or a silently wrapped amount.
        var magnitude: Int64 = 0
        let digits =
            whole.filter { $0 != .dot } + fraction + Array(repeating: UInt8(ascii: "0"), count: 2 - fraction.count)
        for digit in digits {
            let (shifted, overflowA) = magnitude.multipliedReportingOverflow(by: 10)
            let (added, overflowB) = shifted.addingReportingOverflow(Int64(digit - UInt8(ascii: "0")))
            guard !overflowA, !overflowB else { throw fail(.tooLarge) }
            magnitude = added
        }
        self.init(centavos: isNegative ? -magnitude : magnitude)
    }

    /// Whether the whole part is plain digits, or dot-separated groups: 1–3 digits first, then exactly three.
    private static func isWellGrouped(_ whole: ArraySlice<UInt8>) -> Bool {
        let groups = whole.split(separator: .dot, omittingEmptySubsequences: false)
        guard groups.count > 1 else { return true }
        guard let first = groups.first, (1...3).contains(first.count) else { return false }
        return groups.dropFirst().allSatisfy { $0.count == 3 }
    }
}

extension UInt8 {
    static let dot = UInt8(ascii: ".")
    static let comma = UInt8(ascii: ",")

    /// Whether this byte is one of the ASCII digits 0–9.
    var isASCIIDigit: Bool { self >= UInt8(ascii: "0") && self <= UInt8(ascii: "9") }
}
