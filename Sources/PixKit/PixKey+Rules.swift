import BrazilKit

/// The DICT formats of each key type (rails.md §3.2, bacen/pix-dict-api "Key"), one function per type.
enum PixKeyRules {
    /// DICT's e-mail pattern, lowercase only:
    /// `^[a-z0-9.!#$&'*+\/=?^_`{|}~-]+@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$`.
    /// Uppercase letters are lowercased first: DICT keeps e-mails lowercase, so "Pix@BCB.gov.br" is the
    /// key "pix@bcb.gov.br".
    static func email(_ text: String) throws(PixError) -> String {
        func fail(_ problem: PixError.PixKeyProblem) -> PixError { .invalidKey(value: text, problem: problem) }
        let address = text.lowercased()
        guard address.count <= PixKey.maximumLength else { throw fail(.tooLong(actual: address.count)) }
        let parts = address.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty else { throw fail(.emailWithoutAtSign) }

        for (offset, character) in parts[0].enumerated() where !isLocalPartCharacter(character) {
            throw fail(.emailInvalidCharacter(character, position: offset + 1))
        }
        let domainStart = parts[0].count + 2
        for (offset, character) in parts[1].enumerated() where !isDomainCharacter(character) {
            throw fail(.emailInvalidCharacter(character, position: domainStart + offset))
        }
        let labels = parts[1].split(separator: ".", omittingEmptySubsequences: false)
        for label in labels {
            guard (1...63).contains(label.count), label.first != "-", label.last != "-" else {
                throw fail(.emailInvalidDomain)
            }
        }
        return address
    }

    /// A "+55" phone number in E.164, checked with BrazilKit's area codes and number rules. DICT's pattern
    /// `^\+[1-9][0-9]\d{1,14}$` admits any country; Pix keys are Brazilian numbers.
    static func phone(_ text: String, requiringCountryCode: Bool) throws(PixError) -> String {
        func fail(_ problem: PixError.PixKeyProblem) -> PixError { .invalidKey(value: text, problem: problem) }
        if text.hasPrefix("+") {
            let digits = text.utf8.filter { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
            guard digits.starts(with: Array("55".utf8)) else { throw fail(.foreignPhone) }
        } else if requiringCountryCode {
            throw fail(.phoneWithoutCountryCode)
        }
        do {
            return try BrazilianPhone(text).e164
        } catch {
            throw fail(.invalidPhone(error))
        }
    }

    /// A lowercase UUID `8-4-4-4-12`, as DICT generates random keys; uppercase hex is lowercased.
    static func random(_ text: String) throws(PixError) -> String {
        let key = text.lowercased()
        guard looksLikeUUID(key), key.allSatisfy({ "0123456789abcdef-".contains($0) }) else {
            throw PixError.invalidKey(value: text, problem: .invalidRandomKey)
        }
        return key
    }

    /// 36 characters with hyphens at the UUID positions, whatever the rest is.
    static func looksLikeUUID(_ text: String) -> Bool {
        let characters = Array(text)
        guard characters.count == 36 else { return false }
        return characters.indices.allSatisfy { index in
            [8, 13, 18, 23].contains(index) ? characters[index] == "-" : characters[index] != "-"
        }
    }

    /// A CPF or CNPJ key, or the reason the digits are neither.
    static func document(_ text: String) throws(PixError) -> PixKey {
        func fail(_ problem: PixError.PixKeyProblem) -> PixError { .invalidKey(value: text, problem: problem) }
        guard text.count <= PixKey.maximumLength else { throw fail(.tooLong(actual: text.count)) }
        let significant = text.filter { !isSeparator($0) }
        guard !significant.isEmpty, significant.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }) else {
            throw fail(.unrecognised)
        }
        let allDigits = significant.allSatisfy(\.isNumber)
        switch (significant.count, allDigits) {
        case (11, true):
            // Parentheses only ever surround an area code.
            guard !text.contains("("), !text.contains(")") else { throw fail(.phoneWithoutCountryCode) }
            do { return .cpf(try CPF(text)) } catch { throw fail(.notCPFNorPhone(error)) }
        case (14, _):
            do { return .cnpj(try CNPJ(text)) } catch { throw fail(.invalidCNPJ(error)) }
        case (10, true):
            throw fail(.phoneWithoutCountryCode)
        case (12...13, true) where significant.hasPrefix("55"):
            throw fail(.phoneWithoutCountryCode)
        default:
            throw fail(.unrecognised)
        }
    }

    /// Punctuation of CPF, CNPJ and phone masks.
    private static func isSeparator(_ character: Character) -> Bool {
        character == "." || character == "-" || character == "/" || character == "(" || character == ")"
            || character.isWhitespace
    }

    private static func isLocalPartCharacter(_ character: Character) -> Bool {
        guard let value = character.asciiValue else { return false }
        if ASCII.isLowercaseLetter(value) || ASCII.isDigit(value) { return true }
        return ".!#$&'*+/=?^_`{|}~-".contains(character)
    }

    private static func isDomainCharacter(_ character: Character) -> Bool {
        guard let value = character.asciiValue else { return false }
        return ASCII.isLowercaseLetter(value) || ASCII.isDigit(value) || character == "-" || character == "."
    }
}
