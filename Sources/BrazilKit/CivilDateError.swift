/// Why a text could not be read as a date.
public struct CivilDateError: Error, Equatable, Sendable, LocalizedMessage, CustomStringConvertible {
    /// The text exactly as given.
    public let value: String
    /// What is wrong with it, in English; the Portuguese message translates the reasons the parser gives.
    public let reason: String

    /// Describes a refused date; a reason of your own is shown as given in both languages.
    public init(value: String, reason: String) {
        self.value = value
        self.reason = reason
    }

    init(value: String, problem: CivilDateProblem) {
        self.init(value: value, reason: problem.rawValue)
    }

    /// The message in the given language, e.g. `Data inválida "31/02/2026": dia inexistente no mês`.
    public func message(_ language: Language) -> String {
        switch language {
        case .ptBR:
            let motivo = CivilDateProblem(rawValue: reason)?.portuguese ?? reason
            return "Data inválida \"\(value)\": \(motivo)"
        case .en:
            return "Invalid date \"\(value)\": \(reason)"
        }
    }

    /// The Brazilian Portuguese message.
    public var description: String { message(.ptBR) }
}

/// The reasons the date parsers give; the English text is the raw value so it can be translated back.
enum CivilDateProblem: String, CaseIterable {
    case empty = "no date given"
    case isoFormat = "expected the format yyyy-mm-dd"
    case brazilianFormat = "expected the format dd/mm/yyyy"
    case year = "year must be between 0001 and 9999"
    case month = "month must be between 01 and 12"
    case day = "day does not exist in that month"

    /// The same reason in Brazilian Portuguese.
    var portuguese: String {
        switch self {
        case .empty: "data não informada"
        case .isoFormat: "formato esperado aaaa-mm-dd"
        case .brazilianFormat: "formato esperado dd/mm/aaaa"
        case .year: "ano deve estar entre 0001 e 9999"
        case .month: "mês deve estar entre 01 e 12"
        case .day: "dia inexistente no mês"
        }
    }
}
