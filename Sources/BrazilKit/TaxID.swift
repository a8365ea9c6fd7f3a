/// A payer's or company's tax registration: a CPF for a person or a CNPJ for a company.
public enum TaxID: Hashable, Sendable, Codable, CustomStringConvertible {
    /// A person's CPF.
    case cpf(CPF)
    /// A company's CNPJ.
    case cnpj(CNPJ)

    /// Reads either document; the length without punctuation decides (11 is a CPF, 14 a CNPJ).
    public init(_ text: String) throws(DocumentError) {
        let characters = try DocumentText.significantCharacters(
            of: text, kind: .taxID, accepting: DocumentText.isDigitOrUppercaseLetter)
        // The chosen type parses the text again; this first pass only counts, and a CPF or CNPJ is short.
        switch characters.count {
        case 0: throw DocumentError(kind: .taxID, value: text, reason: .empty)
        case 11: self = .cpf(try CPF(text))
        case 14: self = .cnpj(try CNPJ(text))
        default:
            throw DocumentError(
                kind: .taxID, value: text, reason: .wrongLength(expected: [11, 14], found: characters.count))
        }
    }

    /// Keeps only ASCII letters and digits, uppercased: the form to store, compare and search by.
    public static func normalize(_ text: String) -> String {
        let bytes = text.utf8.lazy.map(DocumentText.uppercased).filter(DocumentText.isDigitOrUppercaseLetter)
        return String(decoding: Array(bytes), as: UTF8.self)
    }

    /// The document without punctuation: 11 digits or 14 characters.
    public var normalized: String {
        switch self {
        case .cpf(let cpf): cpf.digits
        case .cnpj(let cnpj): cnpj.value
        }
    }

    /// The masked form people read.
    public var formatted: String {
        switch self {
        case .cpf(let cpf): cpf.formatted
        case .cnpj(let cnpj): cnpj.formatted
        }
    }

    /// The masked form, same as ``formatted``.
    public var description: String { formatted }

    /// True for a CPF (pessoa física), false for a CNPJ (pessoa jurídica).
    public var isPerson: Bool {
        if case .cpf = self { true } else { false }
    }

    /// Decodes either document from its string, checking it like ``init(_:)``.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        do {
            self = try TaxID(text)
        } catch {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: error.message(.en))
        }
    }

    /// Encodes the normalised string, the same form a `CPF` or `CNPJ` encodes to.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(normalized)
    }
}
