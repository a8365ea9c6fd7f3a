/// Why an amount could not be read or computed.
public enum MoneyError: Error, Equatable, Sendable, LocalizedMessage, CustomStringConvertible {
    /// The text is not an amount; `reason` says what is wrong with it (in English, translated on display).
    case malformed(value: String, reason: String)
    /// The result does not fit in the range of `Int64` centavos, or a division had no finite result.
    case overflow
    /// An amount cannot be split into this many installments (fewer than one).
    case invalidParts(Int)

    /// The message in the given language, naming the offending value where there is one.
    public func message(_ language: Language) -> String {
        switch (self, language) {
        case (.malformed(let value, let reason), .ptBR):
            let motivo = MoneyParseProblem(rawValue: reason)?.portuguese ?? reason
            return "Valor inválido \"\(value)\": \(motivo)"
        case (.malformed(let value, let reason), .en):
            return "Invalid amount \"\(value)\": \(reason)"
        case (.overflow, .ptBR):
            return "Valor fora do limite suportado"
        case (.overflow, .en):
            return "Amount out of the supported range"
        case (.invalidParts(let parts), .ptBR):
            return "Não é possível dividir em \(parts) parcelas: o mínimo é 1"
        case (.invalidParts(let parts), .en):
            return "Cannot split into \(parts) installments: at least 1 is required"
        }
    }

    /// The Brazilian Portuguese message.
    public var description: String { message(.ptBR) }
}

/// The reasons the parser gives, one place that knows both languages.
///
/// `MoneyError.malformed` carries its reason as a `String` so callers can also build their own;
/// the English text is the raw value, which lets the Portuguese message be found again from it.
enum MoneyParseProblem: String, CaseIterable {
    case empty = "no amount given"
    case unexpectedCharacter = "only digits, a decimal comma and thousands dots are allowed"
    case moreThanOneComma = "more than one decimal comma"
    case dotAfterComma = "a dot after the decimal comma"
    case tooManyDecimals = "at most two decimal places"
    case missingDecimals = "no digits after the decimal separator"
    case missingWholePart = "no digits before the decimal separator"
    case badGrouping = "thousands dots must separate groups of three digits"
    case tooLarge = "amount too large"

    /// The same reason in Brazilian Portuguese.
    var portuguese: String {
        switch self {
        case .empty: "nenhum valor informado"
        case .unexpectedCharacter: "use apenas dígitos, vírgula decimal e pontos de milhar"
        case .moreThanOneComma: "mais de uma vírgula decimal"
        case .dotAfterComma: "ponto depois da vírgula decimal"
        case .tooManyDecimals: "no máximo duas casas decimais"
        case .missingDecimals: "faltam dígitos depois do separador decimal"
        case .missingWholePart: "faltam dígitos antes do separador decimal"
        case .badGrouping: "os pontos de milhar devem separar grupos de três dígitos"
        case .tooLarge: "valor grande demais"
        }
    }
}
