/// Why a contact or address field (CEP, phone) was refused, with the reason written in both languages.
public struct FieldFormatError: Error, Equatable, Sendable, LocalizedMessage, CustomStringConvertible {
    /// Which field: "cep" or "phone" from BrazilKit, or a caller's own field name.
    public let field: String
    /// The text exactly as given.
    public let value: String
    /// What is wrong, in Brazilian Portuguese.
    public let reasonPT: String
    /// What is wrong, in English.
    public let reasonEN: String

    /// Describes a refused field value.
    public init(field: String, value: String, reasonPT: String, reasonEN: String) {
        self.field = field
        self.value = value
        self.reasonPT = reasonPT
        self.reasonEN = reasonEN
    }

    /// The message in the given language, e.g. `CEP inválido "0131": deve ter 8 dígitos`.
    public func message(_ language: Language) -> String {
        switch language {
        case .ptBR: "\(fieldName(language)) inválido \"\(value)\": \(reasonPT)"
        case .en: "Invalid \(fieldName(language)) \"\(value)\": \(reasonEN)"
        }
    }

    /// The Brazilian Portuguese message.
    public var description: String { message(.ptBR) }

    private func fieldName(_ language: Language) -> String {
        switch (field, language) {
        case ("cep", _): "CEP"
        case ("phone", .ptBR): "Telefone"
        case ("phone", .en): "phone number"
        default: field
        }
    }
}
