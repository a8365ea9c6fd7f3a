/// Making txids. Nothing here draws random numbers on its own: the caller passes its generator or its
/// bytes, so tests pin the result and the application chooses the source of randomness.
extension Txid {
    /// The 62 characters a txid may use, `[a-zA-Z0-9]`.
    static let alphabet: [Character] = Array("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")

    /// A txid of `length` characters drawn from `[a-zA-Z0-9]` with the caller's generator; by default
    /// the longest the rule allows (35 for charges, 25 for static codes), for the most room against clashes.
    public static func generate(
        for rule: TxidRule, length: Int? = nil, using generator: inout some RandomNumberGenerator
    ) throws(PixError) -> String {
        let count = length ?? rule.allowedLengths.upperBound
        guard rule.allowedLengths.contains(count) else {
            throw PixError.invalidTxid(
                value: "", rule: rule, problem: .wrongLength(allowed: rule.allowedLengths, actual: count))
        }
        var result = ""
        result.reserveCapacity(count)
        for _ in 0..<count {
            // `random(in:using:)` draws without modulo bias.
            result.append(alphabet[Int.random(in: 0..<alphabet.count, using: &generator)])
        }
        return result
    }

    /// A txid made of the lowercase hex digits of `bytes`, for callers that already hold random or
    /// derived bytes (16 bytes of a UUID give 32 characters, right for cob and cobv).
    public static func fromBytes(_ bytes: some Sequence<UInt8>, for rule: TxidRule) throws(PixError) -> String {
        let hexDigits = Array("0123456789abcdef")
        var result = ""
        for byte in bytes {
            result.append(hexDigits[Int(byte >> 4)])
            result.append(hexDigits[Int(byte & 0x0F)])
        }
        try validate(result, for: rule)
        return result
    }
}
