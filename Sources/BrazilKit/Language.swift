/// A language Adimple writes messages in; Brazilian Portuguese is what payers and staff read.
public enum Language: String, Sendable, CaseIterable {
    /// Brazilian Portuguese, the default for everything a payer or operator sees.
    case ptBR = "pt-BR"
    /// English, for integrators and logs read abroad.
    case en

    /// Reads a locale identifier such as "pt-BR", "pt_BR", "pt", "en" or "en-US"; nil for other languages.
    public init?(identifier: String) {
        // Only the primary language subtag decides: the one Portuguese we write is Brazilian, so
        // "pt-PT" still gets pt-BR, and every English region gets the same English.
        var primary = ""
        for character in identifier.trimmedWhitespace() {
            guard character.isASCII, character.isLetter else { break }
            primary.append(Character(character.lowercased()))
        }
        switch primary {
        case "pt": self = .ptBR
        case "en": self = .en
        default: return nil
        }
    }
}

/// An error or notice that can explain itself to a person in each supported language.
public protocol LocalizedMessage {
    /// The message in the given language, ready to show to a person.
    func message(_ language: Language) -> String
}
