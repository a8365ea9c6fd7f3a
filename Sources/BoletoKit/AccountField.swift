/// Reads the numeric fields of a bank account and says exactly what is wrong with one.
enum AccountField {
    /// A field that may be typed shorter than its width ("57" for agência 0057): zero-padded on the left.
    static func padded(_ value: String, field: String, width: Int) throws(BoletoError) -> [UInt8] {
        let digits = try plain(value, field: field)
        guard digits.count <= width else {
            throw .invalidAccountField(field: field, reason: .tooLong(value: value, maximum: width))
        }
        return [UInt8](repeating: 0, count: width - digits.count) + digits
    }

    /// A field whose length chooses the layout (BB convênio), taken exactly as given.
    static func exact(_ value: String, field: String, lengths: [Int]) throws(BoletoError) -> [UInt8] {
        let digits = try plain(value, field: field)
        guard lengths.contains(digits.count) else {
            throw .invalidAccountField(field: field, reason: .unsupportedLength(value: value, supported: lengths))
        }
        return digits
    }

    /// A padded field that must be one of the listed values once padded (carteiras, modalidades).
    static func oneOf(_ value: String, field: String, width: Int, supported: [String]) throws(BoletoError)
        -> [UInt8]
    {
        let digits = try padded(value, field: field, width: width)
        guard supported.contains(String(digitValues: digits)) else {
            throw .invalidAccountField(field: field, reason: .unsupportedValue(value: value, supported: supported))
        }
        return digits
    }

    /// A check digit the bank gave with the account (one digit, or "P"/"X"); nil stays nil.
    static func checkDigit(_ value: String?, field: String) throws(BoletoError) -> String? {
        guard let value else { return nil }
        guard value.count == 1, let character = value.first, character.isASCII,
            character.isNumber || character == "P" || character == "X"
        else {
            throw .invalidAccountField(
                field: field, reason: .unsupportedValue(value: value, supported: ["0–9", "P", "X"]))
        }
        return value
    }

    private static func plain(_ value: String, field: String) throws(BoletoError) -> [UInt8] {
        guard !value.isEmpty else { throw .invalidAccountField(field: field, reason: .missing) }
        guard let digits = value.digitValues else {
            throw .invalidAccountField(field: field, reason: .notDigits(value: value))
        }
        return digits
    }
}
