/// A CEP (Código de Endereçamento Postal), the Brazilian postcode; eight digits.
public struct CEP: Hashable, Sendable, Codable, CustomStringConvertible {
    /// The eight digits without punctuation.
    public let digits: String

    /// Reads a CEP such as "01310-100", "01.310-100" or "01310100".
    public init(_ text: String) throws(FieldFormatError) {
        func fail(_ pt: String, _ en: String) -> FieldFormatError {
            FieldFormatError(field: "cep", value: text, reasonPT: pt, reasonEN: en)
        }
        var bytes: [UInt8] = []
        for character in text {
            if character == "-" || character == "." || character.isWhitespace { continue }
            guard let ascii = character.asciiValue, ascii.isASCIIDigit else {
                throw fail("use apenas dígitos e hífen", "only digits and a hyphen are allowed")
            }
            bytes.append(ascii)
        }
        guard !bytes.isEmpty else { throw fail("não informado", "missing") }
        guard bytes.count == 8 else {
            throw fail("deve ter 8 dígitos, mas tem \(bytes.count)", "it must have 8 digits, but has \(bytes.count)")
        }
        // Correios numbering starts at 01000-000 (São Paulo); a leading "00" is a lost zero or a placeholder.
        guard bytes[0] != UInt8(ascii: "0") || bytes[1] != UInt8(ascii: "0") else {
            throw fail("não existe CEP começando com 00", "no CEP starts with 00")
        }
        digits = String(decoding: bytes, as: UTF8.self)
    }

    /// The masked form, "01310-100".
    public var formatted: String {
        String(digits.prefix(5)) + "-" + String(digits.suffix(3))
    }

    /// The masked form, same as ``formatted``.
    public var description: String { formatted }

    /// Decodes a CEP from a string, checking it like ``init(_:)``.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        do {
            self = try CEP(text)
        } catch {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: error.message(.en))
        }
    }

    /// Encodes the eight digits without a mask.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(digits)
    }
}
