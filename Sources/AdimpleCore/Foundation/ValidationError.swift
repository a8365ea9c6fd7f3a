import BrazilKit

/// One invalid field: its name (as the API and CSV call it), the value given and why.
public struct FieldIssue: Hashable, Sendable, Codable {
    public let field: String
    public let value: String?
    public let reasonPT: String
    public let reasonEN: String

    public init(field: String, value: String?, reasonPT: String, reasonEN: String) {
        self.field = field
        self.value = value
        self.reasonPT = reasonPT
        self.reasonEN = reasonEN
    }

    /// Builds an issue from a rails-library error, keeping its own bilingual message.
    public init(field: String, value: String?, error: some LocalizedMessage) {
        self.init(field: field, value: value, reasonPT: error.message(.ptBR), reasonEN: error.message(.en))
    }

    public func reason(_ language: Language) -> String {
        language == .ptBR ? reasonPT : reasonEN
    }
}

/// Input that cannot be accepted, with every invalid field at once (not only the first).
public struct ValidationError: Error, Hashable, Sendable, LocalizedMessage, CustomStringConvertible {
    public let issues: [FieldIssue]

    public init(_ issues: [FieldIssue]) { self.issues = issues }

    public func message(_ language: Language) -> String {
        let head = language == .ptBR ? "Dados inválidos" : "Invalid input"
        let lines = issues.map { issue in
            let value = issue.value.map { " \"\($0)\"" } ?? ""
            return "\(issue.field)\(value): \(issue.reason(language))"
        }
        return head + ": " + lines.joined(separator: "; ")
    }

    public var description: String { message(.ptBR) }
}

/// Collects field issues while input is checked, then throws them all together.
public struct IssueCollector {
    public private(set) var issues: [FieldIssue] = []

    public init() {}

    public mutating func add(_ issue: FieldIssue) { issues.append(issue) }

    public mutating func add(field: String, value: String?, pt: String, en: String) {
        issues.append(FieldIssue(field: field, value: value, reasonPT: pt, reasonEN: en))
    }

    /// Runs a parse step; on failure records the issue and returns nil.
    public mutating func attempt<T, E: Error & LocalizedMessage>(
        field: String, value: String, _ parse: () throws(E) -> T
    ) -> T? {
        do {
            return try parse()
        } catch {
            issues.append(FieldIssue(field: field, value: value, error: error))
            return nil
        }
    }

    public func throwIfAny() throws(ValidationError) {
        if !issues.isEmpty { throw ValidationError(issues) }
    }
}

/// A domain rule refused the operation: a forbidden state transition, a missing record,
/// a conflict. Carries no HTTP; each surface maps `code` to its own status.
public struct DomainError: Error, Hashable, Sendable, LocalizedMessage, CustomStringConvertible {
    public enum Code: String, Sendable, Codable {
        case notFound = "not_found"
        case invalidTransition = "invalid_transition"
        case conflict
        case duplicate
        case unavailable
    }

    public let code: Code
    public let messagePT: String
    public let messageEN: String

    public init(_ code: Code, pt: String, en: String) {
        self.code = code
        self.messagePT = pt
        self.messageEN = en
    }

    public func message(_ language: Language) -> String { language == .ptBR ? messagePT : messageEN }
    public var description: String { messagePT }

    public static func notFound(_ what: String, _ id: String) -> DomainError {
        DomainError(.notFound, pt: "\(what) \(id) não encontrado(a)", en: "\(what) \(id) not found")
    }
}
