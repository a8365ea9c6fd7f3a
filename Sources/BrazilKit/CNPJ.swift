/// A CNPJ (Cadastro Nacional da Pessoa Jurídica), a company's registration; an instance is always valid.
///
/// From July 2026 the Receita Federal issues alphanumeric CNPJs (IN RFB 2.229/2024): the first twelve
/// characters may be A–Z or 0–9, the two check digits stay numeric. That is why this is a string and
/// never an integer.
public struct CNPJ: Hashable, Sendable, Codable, CustomStringConvertible {
    /// The 14 characters without punctuation, letters uppercase: "12ABC34501DE35".
    public let value: String

    private static let firstWeights = [5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2]
    private static let secondWeights = [6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2]

    /// Reads a CNPJ typed with or without its mask, numeric or alphanumeric, any letter case, and checks it.
    public init(_ text: String) throws(DocumentError) {
        let bytes = try DocumentText.significantCharacters(
            of: text, kind: .cnpj, accepting: DocumentText.isDigitOrUppercaseLetter)
        func fail(_ reason: DocumentError.Reason) -> DocumentError {
            DocumentError(kind: .cnpj, value: text, reason: reason)
        }
        guard !bytes.isEmpty else { throw fail(.empty) }
        guard bytes.count == 14 else { throw fail(.wrongLength(expected: [14], found: bytes.count)) }
        // The check digits stay numeric even in alphanumeric CNPJs.
        for index in 12..<14 where !bytes[index].isASCIIDigit {
            let typed = DocumentText.typedCharacter(atSignificant: index, of: text)
            throw fail(.invalidCharacter(typed.character, position: typed.position))
        }
        // 00.000.000/0000-00 and the like pass the arithmetic but are not registrations.
        guard bytes.contains(where: { $0 != bytes[0] }) else { throw fail(.repeatedDigits) }

        let values = bytes.map(Self.checkValue)
        for (position, weights) in [(1, Self.firstWeights), (2, Self.secondWeights)] {
            let index = weights.count
            let expected = DocumentText.mod11CheckDigit(values, weights: weights)
            guard values[index] == expected else {
                throw fail(
                    .wrongCheckDigit(
                        position: position, expected: Character(String(expected)),
                        found: Character(Unicode.Scalar(bytes[index]))))
            }
        }
        value = String(decoding: bytes, as: UTF8.self)
    }

    /// The two check digits for a 12-character base (digits or letters, any case), or nil when the base is not that.
    public static func checkDigits(base: String) -> String? {
        let bytes = base.utf8.map(DocumentText.uppercased)
        guard bytes.count == 12, bytes.allSatisfy(DocumentText.isDigitOrUppercaseLetter) else { return nil }
        var values = bytes.map(checkValue)
        let first = DocumentText.mod11CheckDigit(values, weights: firstWeights)
        values.append(first)
        let second = DocumentText.mod11CheckDigit(values, weights: secondWeights)
        return "\(first)\(second)"
    }

    /// True for the new format with at least one letter.
    public var isAlphanumeric: Bool { value.utf8.contains(where: DocumentText.isUppercaseLetter) }

    /// The masked form people read: "11.222.333/0001-81", "12.ABC.345/01DE-35".
    public var formatted: String { Self.mask(value) }

    /// The masked form, same as ``formatted``.
    public var description: String { formatted }

    /// Decodes the CNPJ from a string, checking it like ``init(_:)``.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        do {
            self = try CNPJ(text)
        } catch {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: error.message(.en))
        }
    }

    /// Encodes the 14 characters without a mask.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(value)
    }

    /// The RFB rule for both formats: ASCII code − 48, so 0–9 keep their value and A = 17 … Z = 42.
    private static func checkValue(_ ascii: UInt8) -> Int {
        Int(ascii) - 48
    }

    /// Puts the CNPJ mask on 14 characters.
    static func mask(_ value: String) -> String {
        let c = Array(value)
        return String(c[0..<2]) + "." + String(c[2..<5]) + "." + String(c[5..<8]) + "/" + String(c[8..<12]) + "-"
            + String(c[12..<14])
    }
}
