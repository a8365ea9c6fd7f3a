/// Length and pattern checks of the API Pix schema (rails.md §3.3), each naming the JSON field it refuses.
///
/// JSON Schema's `maxLength` counts Unicode code points, so lengths here count scalars, not bytes.
enum APIRules {
    /// At most `maximum` characters; nil passes (optional fields).
    static func text(_ value: String?, maximum: Int, field: String) throws(PixError) {
        guard let value else { return }
        let count = value.unicodeScalars.count
        guard count <= maximum else { throw PixError.fieldTooLong(field: field, maximum: maximum, actual: count) }
    }

    /// Exactly `count` ASCII digits (`\d{11}` for a CPF, `\d{7}` for an IBGE municipality code).
    static func digits(_ value: String?, count: Int, field: String) throws(PixError) {
        guard let value else { return }
        guard ASCII.isDigits(value, count: count) else {
            throw PixError.invalidFormat(field: field, offset: nil, value: value, pattern: "\\d{\(count)}")
        }
    }

    /// Exactly `count` of `[0-9A-Z]` (a CNPJ since 2.9.0, an ISPB).
    static func uppercaseAlphanumeric(_ value: String?, count: Int, field: String) throws(PixError) {
        guard let value else { return }
        guard value.utf8.count == count, value.utf8.allSatisfy({ ASCII.isDigit($0) || ASCII.isUppercaseLetter($0) })
        else {
            throw PixError.invalidFormat(field: field, offset: nil, value: value, pattern: "[0-9A-Z]{\(count)}")
        }
    }
}
