/// The digits of a code as a person typed or pasted it: digits count, separators are skipped, anything
/// else is refused with its position.
struct TypedDigits {
    /// Digit values (0–9) in the order typed.
    let values: [UInt8]

    /// Keeps the digits of `text`, skipping whitespace and line breaks (including no-break spaces), dots,
    /// hyphens and the dashes word processors put in their place.
    init(_ text: String) throws(BoletoError) {
        var values: [UInt8] = []
        values.reserveCapacity(48)
        var position = 0
        for character in text {
            position += 1
            if let ascii = character.asciiValue, ascii >= 48, ascii <= 57 {
                values.append(ascii - 48)
            } else if !Self.isSeparator(character) {
                throw .invalidCharacter(character: String(character), position: position)
            }
        }
        guard !values.isEmpty else { throw .emptyInput }
        self.values = values
    }

    private static func isSeparator(_ character: Character) -> Bool {
        character.isWhitespace || character.isNewline
            || [".", "-", "\u{2010}", "\u{2011}", "\u{2012}", "\u{2013}", "\u{2014}", "\u{2212}"].contains(character)
    }

    /// The digits when there are exactly `count` of them; an arrecadação code (first digit 8) or another
    /// length is refused with advice.
    func require(count: Int) throws(BoletoError) -> [UInt8] {
        if values.first == 8 { throw .arrecadacao(digitCount: values.count) }
        guard values.count == count else { throw .wrongDigitCount(found: values.count) }
        return values
    }
}
