/// A CPF (Cadastro de Pessoas Físicas), the taxpayer number of a person; an instance is always valid.
public struct CPF: Hashable, Sendable, Codable, CustomStringConvertible {
    /// The 11 digits without punctuation, as stored and as sent to banks.
    public let digits: String

    /// Reads a CPF typed with or without its mask ("529.982.247-25", "52998224725") and checks it.
    ///
    /// The error says what to fix: a stray character and where, the wrong length, a repeated-digit
    /// sequence, or which check digit is wrong and what it should be.
    public init(_ text: String) throws(DocumentError) {
        let bytes = try DocumentText.significantCharacters(of: text, kind: .cpf) { $0.isASCIIDigit }
        func fail(_ reason: DocumentError.Reason) -> DocumentError {
            DocumentError(kind: .cpf, value: text, reason: reason)
        }
        guard !bytes.isEmpty else { throw fail(.empty) }
        guard bytes.count == 11 else { throw fail(.wrongLength(expected: [11], found: bytes.count)) }
        // 000.000.000-00 through 999.999.999-99 satisfy the arithmetic but were never issued.
        guard bytes.contains(where: { $0 != bytes[0] }) else { throw fail(.repeatedDigits) }

        let values = bytes.map { Int($0 - UInt8(ascii: "0")) }
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
        digits = String(decoding: bytes, as: UTF8.self)
    }

    private static let firstWeights = Array((2...10).reversed())
    private static let secondWeights = Array((2...11).reversed())

    /// The two check digits for a 9-digit base, or nil when the base is not exactly nine digits.
    ///
    /// Test-data generators use this to make valid CPFs from random bases.
    public static func checkDigits(base: String) -> String? {
        let bytes = Array(base.utf8)
        guard bytes.count == 9, bytes.allSatisfy(\.isASCIIDigit) else { return nil }
        var values = bytes.map { Int($0 - UInt8(ascii: "0")) }
        let first = DocumentText.mod11CheckDigit(values, weights: firstWeights)
        values.append(first)
        let second = DocumentText.mod11CheckDigit(values, weights: secondWeights)
        return "\(first)\(second)"
    }

    /// The masked form people read: "529.982.247-25".
    public var formatted: String { Self.mask(digits) }

    /// The masked form, same as ``formatted``.
    public var description: String { formatted }

    /// Decodes the CPF from a string, checking it like ``init(_:)``.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        do {
            self = try CPF(text)
        } catch {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: error.message(.en))
        }
    }

    /// Encodes the 11 digits without a mask.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(digits)
    }

    /// Puts the CPF mask on 11 characters.
    static func mask(_ digits: String) -> String {
        let c = Array(digits)
        return String(c[0..<3]) + "." + String(c[3..<6]) + "." + String(c[6..<9]) + "-" + String(c[9..<11])
    }
}
