import BrazilKit

/// Reads the dot-decimal amounts of BR Code element 54 and API Pix JSON into centavos, never through `Double`.
///
/// BrazilKit's `Money(parsing:)` reads amounts as people type them in Brazil, where "1.234" is a thousand;
/// in these machine formats the dot is always the decimal mark, so they get their own strict reader.
enum DecimalText {
    /// The centavos of `text` if it is `\d{1,maxWholeDigits}` followed by "." and `allowedDecimals` digits
    /// (no dot at all when 0 is allowed); nil for anything else.
    static func centavos(_ text: String, maxWholeDigits: Int, allowedDecimals: ClosedRange<Int>) -> Int64? {
        let bytes = Array(text.utf8)
        let dot = bytes.firstIndex(of: UInt8(ascii: "."))
        let whole = bytes[..<(dot ?? bytes.endIndex)]
        let fraction = dot.map { bytes[($0 + 1)...] } ?? []
        if dot == nil {
            guard allowedDecimals.contains(0) else { return nil }
        } else {
            guard allowedDecimals.contains(fraction.count), !fraction.isEmpty else { return nil }
        }
        guard (1...maxWholeDigits).contains(whole.count) else { return nil }
        guard whole.allSatisfy(ASCII.isDigit), fraction.allSatisfy(ASCII.isDigit) else { return nil }
        // At most 10 + 2 digits here, far inside Int64.
        var value: Int64 = 0
        for digit in whole { value = value * 10 + Int64(digit - UInt8(ascii: "0")) }
        var fractionValue: Int64 = 0
        for digit in fraction { fractionValue = fractionValue * 10 + Int64(digit - UInt8(ascii: "0")) }
        if fraction.count == 1 { fractionValue *= 10 }
        return value * 100 + fractionValue
    }
}
