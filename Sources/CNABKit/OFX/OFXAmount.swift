import BrazilKit

/// Reads OFX amounts (`TRNAMT`, `BALAMT`) into exact centavos, never through `Double`.
///
/// The OFX spec allows `.` or `,` as the decimal separator and a leading sign; Brazilian exports add
/// `+`, thousands separators ("1.500,00") and extra zero decimals ("10.500"). The rules:
/// - one separator, once: it is the decimal separator ("1.500" is 1,50 as the spec says);
/// - both separators: the last one is decimal, the other groups thousands in threes;
/// - the same separator several times: thousands groups, no decimals ("1.234.567");
/// - decimals beyond the second must be zeros, because a fraction of a centavo cannot be kept exactly.
/// Anything else (letters, exponents, spaces inside, two signs) is refused.
enum OFXAmount {
    static func parse(_ raw: ArraySlice<UInt8>) -> Money? {
        let bytes = raw.ofxTrimmed()
        var index = bytes.startIndex
        let end = bytes.endIndex
        var negative = false
        if index < end, bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "+") {
            negative = bytes[index] == UInt8(ascii: "-")
            index += 1
        }
        let body = bytes[index..<end]
        guard !body.isEmpty, body.count <= 40 else { return nil }

        var lastDot: Int?
        var lastComma: Int?
        var dots = 0
        var commas = 0
        for position in body.indices {
            switch body[position] {
            case UInt8(ascii: "."):
                dots += 1
                lastDot = position
            case UInt8(ascii: ","):
                commas += 1
                lastComma = position
            case let byte where byte.isOFXDigit:
                continue
            default:
                return nil
            }
        }

        // Find the decimal separator, if any, and the separator that groups thousands.
        var decimalAt: Int?
        var grouping: UInt8?
        switch (dots, commas) {
        case (0, 0): break
        case (1, 0): decimalAt = lastDot
        case (0, 1): decimalAt = lastComma
        case (_, 0): grouping = UInt8(ascii: ".")
        case (0, _): grouping = UInt8(ascii: ",")
        default:
            guard let dot = lastDot, let comma = lastComma else { return nil }
            if dot > comma {
                guard dots == 1 else { return nil }
                decimalAt = dot
                grouping = UInt8(ascii: ",")
            } else {
                guard commas == 1 else { return nil }
                decimalAt = comma
                grouping = UInt8(ascii: ".")
            }
        }

        let wholePart = body[body.startIndex..<(decimalAt ?? body.endIndex)]
        let fractionPart = decimalAt.map { body[($0 + 1)..<body.endIndex] } ?? []
        if let grouping, !isWellGrouped(wholePart, by: grouping) { return nil }
        // ".50" is fifty centavos; a separator with no digit on either side is not a number.
        guard wholePart.contains(where: \.isOFXDigit) || fractionPart.contains(where: \.isOFXDigit) else {
            return nil
        }
        guard fractionPart.dropFirst(2).allSatisfy({ $0 == UInt8(ascii: "0") }) else { return nil }

        var centavos: Int64 = 0
        for byte in wholePart where byte.isOFXDigit {
            guard let next = append(byte, to: centavos) else { return nil }
            centavos = next
        }
        let fraction = Array(fractionPart.prefix(2))
        for position in 0..<2 {
            let byte = position < fraction.count ? fraction[position] : UInt8(ascii: "0")
            guard let next = append(byte, to: centavos) else { return nil }
            centavos = next
        }
        return Money(centavos: negative ? -centavos : centavos)
    }

    /// Accumulates one decimal digit with overflow checks: a pasted huge number is refused, never wrapped.
    private static func append(_ digit: UInt8, to value: Int64) -> Int64? {
        let (shifted, overflowA) = value.multipliedReportingOverflow(by: 10)
        let (added, overflowB) = shifted.addingReportingOverflow(Int64(digit &- UInt8(ascii: "0")))
        return overflowA || overflowB ? nil : added
    }

    /// Whole parts with a grouping separator must read 1–3 digits, then groups of exactly three.
    private static func isWellGrouped(_ whole: ArraySlice<UInt8>, by separator: UInt8) -> Bool {
        let groups = whole.split(separator: separator, omittingEmptySubsequences: false)
        guard let first = groups.first, (1...3).contains(first.count) else { return false }
        return groups.dropFirst().allSatisfy { $0.count == 3 }
    }
}

extension Money {
    /// Reads an OFX amount ("-123.45", "+10,00", "1234", "1.500,00") exactly; nil when it is not one.
    ///
    /// The rules are those of `TRNAMT` and `BALAMT` in a statement; see the reader's documentation.
    public init?(ofxAmount text: String) {
        guard let money = OFXAmount.parse(Array(text.utf8)[...]) else { return nil }
        self = money
    }
}
