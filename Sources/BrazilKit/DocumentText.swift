/// Reading the characters of a CPF or CNPJ out of text as people type or paste it.
enum DocumentText {
    /// The significant characters of `value` as ASCII (letters uppercased), separators dropped; throws
    /// `invalidCharacter` for the first character that is neither a separator nor accepted by `accepts`.
    ///
    /// Imports validate a document per row, so plain ASCII input takes a byte-level path; anything
    /// else, and every error, goes through the grapheme-aware path that knows positions as people count them.
    static func significantCharacters(
        of value: String,
        kind: DocumentError.Kind,
        accepting accepts: (UInt8) -> Bool
    ) throws(DocumentError) -> [UInt8] {
        var result: [UInt8] = []
        result.reserveCapacity(14)
        for byte in value.utf8 {
            if isASCIISeparator(byte) { continue }
            let ascii = uppercased(byte)
            guard ascii < 0x80, accepts(ascii) else {
                return try slowSignificantCharacters(of: value, kind: kind, accepting: accepts)
            }
            result.append(ascii)
        }
        return result
    }

    /// The character as typed and its 1-based position in `value` for the significant character at `index`.
    static func typedCharacter(atSignificant index: Int, of value: String) -> (character: Character, position: Int) {
        var seen = 0
        for (offset, character) in value.enumerated() where !isSeparator(character) {
            if seen == index { return (character, offset + 1) }
            seen += 1
        }
        return (" ", 0)  // unreachable for an index the caller got from significantCharacters
    }

    private static func slowSignificantCharacters(
        of value: String,
        kind: DocumentError.Kind,
        accepting accepts: (UInt8) -> Bool
    ) throws(DocumentError) -> [UInt8] {
        var result: [UInt8] = []
        for (offset, character) in value.enumerated() {
            if isSeparator(character) { continue }
            guard let ascii = character.asciiValue.map(uppercased), accepts(ascii) else {
                throw DocumentError(
                    kind: kind, value: value, reason: .invalidCharacter(character, position: offset + 1))
            }
            result.append(ascii)
        }
        return result
    }

    /// Punctuation of the usual masks and whatever copy-paste brings along (spaces, NBSP, en dashes).
    static func isSeparator(_ character: Character) -> Bool {
        switch character {
        case ".", "-", "/", "\u{2010}", "\u{2011}", "\u{2012}", "\u{2013}", "\u{2014}", "\u{2212}":
            true
        default:
            character.isWhitespace
        }
    }

    /// The ASCII bytes that `isSeparator` accepts.
    private static func isASCIISeparator(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "."), UInt8(ascii: "-"), UInt8(ascii: "/"), UInt8(ascii: " "), 0x09...0x0D: true
        default: false
        }
    }

    /// Modulo-11 check digit shared by CPF and CNPJ over `values[0..<weights.count]`:
    /// r = Σ value × weight mod 11; the digit is 0 when r < 2, else 11 − r.
    static func mod11CheckDigit(_ values: [Int], weights: [Int]) -> Int {
        var sum = 0
        for index in weights.indices {
            sum += values[index] * weights[index]
        }
        let remainder = sum % 11
        return remainder < 2 ? 0 : 11 - remainder
    }

    static func uppercased(_ ascii: UInt8) -> UInt8 {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(ascii) ? ascii - 32 : ascii
    }

    static func isUppercaseLetter(_ ascii: UInt8) -> Bool {
        (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(ascii)
    }

    static func isDigitOrUppercaseLetter(_ ascii: UInt8) -> Bool {
        ascii.isASCIIDigit || isUppercaseLetter(ascii)
    }
}
