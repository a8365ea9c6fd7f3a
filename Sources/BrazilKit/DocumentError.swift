/// Why a CPF or CNPJ was refused, precise enough to tell the person which character to fix.
public struct DocumentError: Error, Equatable, Sendable, LocalizedMessage, CustomStringConvertible {
    /// Which document was being read.
    public enum Kind: String, Equatable, Sendable {
        /// A CPF (person).
        case cpf
        /// A CNPJ (company).
        case cnpj
        /// Either one, when the length decides which.
        case taxID
    }

    /// What is wrong with the document.
    public enum Reason: Equatable, Sendable {
        /// Nothing but separators or whitespace was given.
        case empty
        /// The number of digits (CNPJ: characters) is not one of the expected lengths.
        case wrongLength(expected: [Int], found: Int)
        /// A character that cannot appear there, at its 1-based position in the text as given.
        case invalidCharacter(Character, position: Int)
        /// All digits are the same (000.000.000-00): the check digits match but no such document exists.
        case repeatedDigits
        /// Check digit 1 or 2 does not match the digits before it.
        case wrongCheckDigit(position: Int, expected: Character, found: Character)
    }

    /// Which document was being read.
    public let kind: Kind
    /// The text exactly as given.
    public let value: String
    /// What is wrong with it.
    public let reason: Reason

    /// Describes a refused document.
    public init(kind: Kind, value: String, reason: Reason) {
        self.kind = kind
        self.value = value
        self.reason = reason
    }

    /// The message in the given language, e.g. "CPF 529.982.247-24 inválido: o 2º dígito verificador deveria ser 5, não 4".
    public func message(_ language: Language) -> String {
        let name = kind.displayName
        let shown = displayedValue
        switch (reason, language) {
        case (.empty, .ptBR):
            return "\(name) não informado"
        case (.empty, .en):
            return "\(name) is missing"
        case (.wrongLength(let expected, let found), .ptBR):
            let unit = kind == .cpf ? "dígitos" : "caracteres"
            return "\(name) \(shown) inválido: deve ter \(Self.list(expected, or: "ou")) \(unit), mas tem \(found)"
        case (.wrongLength(let expected, let found), .en):
            let unit = kind == .cpf ? "digits" : "characters"
            return
                "\(name) \(shown) is invalid: it must have \(Self.list(expected, or: "or")) \(unit), but has \(found)"
        case (.invalidCharacter(let character, let position), .ptBR):
            return "\(name) \(shown) inválido: caractere \"\(character)\" não permitido na posição \(position)"
        case (.invalidCharacter(let character, let position), .en):
            return "\(name) \(shown) is invalid: character \"\(character)\" is not allowed at position \(position)"
        case (.repeatedDigits, .ptBR):
            return "\(name) \(shown) inválido: sequência de dígitos repetidos"
        case (.repeatedDigits, .en):
            return "\(name) \(shown) is invalid: all digits are the same"
        case (.wrongCheckDigit(let position, let expected, let found), .ptBR):
            return "\(name) \(shown) inválido: o \(position)º dígito verificador deveria ser \(expected), não \(found)"
        case (.wrongCheckDigit(let position, let expected, let found), .en):
            return "\(name) \(shown) is invalid: check digit \(position) should be \(expected), not \(found)"
        }
    }

    /// The Brazilian Portuguese message.
    public var description: String { message(.ptBR) }

    /// A well-formed but wrong document is shown with its mask, as people know it; anything else is
    /// quoted exactly as typed so the person can find the mistake.
    private var displayedValue: String {
        switch reason {
        case .repeatedDigits, .wrongCheckDigit:
            let normalized = TaxID.normalize(value)
            switch normalized.count {
            case 11: return CPF.mask(normalized)
            case 14: return CNPJ.mask(normalized)
            default: return "\"\(value)\""
            }
        default:
            return "\"\(value)\""
        }
    }

    private static func list(_ numbers: [Int], or word: String) -> String {
        let texts = numbers.map(String.init)
        guard let last = texts.last, texts.count > 1 else { return texts.first ?? "" }
        return texts.dropLast().joined(separator: ", ") + " \(word) " + last
    }
}

extension DocumentError.Kind {
    /// How the document is named to people.
    var displayName: String {
        switch self {
        case .cpf: "CPF"
        case .cnpj: "CNPJ"
        case .taxID: "CPF/CNPJ"
        }
    }
}
