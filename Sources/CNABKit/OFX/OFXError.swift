import BrazilKit

/// Why an OFX file (or one transaction in it) could not be read.
///
/// A file-level error means the whole file was refused: a statement that is truncated, mis-nested
/// or not OFX at all cannot be trusted for reconciliation, because what is missing cannot be known.
/// A transaction-level error (a missing `DTPOSTED`, a `TRNAMT` that is not a number) is collected in
/// ``OFXStatement/rejectedTransactions`` instead, unless ``OFXParseOptions/rejectsWholeFileOnBadTransaction``
/// asks for the whole file to be refused.
public struct OFXError: Error, Equatable, Sendable, LocalizedMessage, CustomStringConvertible {
    /// What went wrong.
    public enum Reason: Equatable, Sendable {
        /// The input has no bytes, or only whitespace.
        case empty
        /// The input is not OFX (no `<OFX>` element); `looksLike` says what it seems to be instead.
        case notOFX(looksLike: ContentHint?)
        /// The file is encoded in a way this reader does not decode (UTF-16, compressed).
        case unsupportedEncoding(String)
        /// The file ends while `element` (opened at `openedAtLine`) is still open: it was cut short.
        case truncated(element: String, openedAtLine: Int)
        /// A closing tag for an aggregate that is not open at that point.
        case unexpectedClosingTag(String)
        /// `element`, opened at `openedAtLine`, was never closed before its parent `closedBy` closed.
        case unclosedElement(element: String, openedAtLine: Int, closedBy: String)
        /// `element` appears where OFX does not allow it: inside `parent` (a `STMTTRN` inside another),
        /// or, when `parent` is nil, outside the `<OFX>` element.
        case misplacedElement(element: String, parent: String?)
        /// Aggregates are nested deeper than any real statement is.
        case nestingTooDeep(limit: Int)
        /// The file is OFX but holds no bank or credit-card statement.
        case noStatement
        /// `OFXStatement(parsing:options:)` was given a file with several statements.
        case multipleStatements(count: Int)
        /// A credit-card statement was found but ``OFXParseOptions/acceptsCreditCardStatements`` is off.
        case creditCardStatementRefused
        /// A mandatory element is absent from the aggregate `aggregate`.
        case missingElement(element: String, aggregate: String)
        /// The value of `element` is not an amount.
        case invalidAmount(element: String, value: String)
        /// The value of `element` is not an OFX date.
        case invalidDate(element: String, value: String)
        /// The bank itself reported an error in a `STATUS` aggregate.
        case bankReportedError(code: String, message: String?)
    }

    /// What a file that is not OFX seems to be, to tell the operator what was uploaded by mistake.
    public enum ContentHint: Equatable, Sendable {
        /// An HTML page, typically the bank's login or error page saved as ".ofx".
        case html
        /// XML that is not OFX.
        case otherXML
        /// Binary data (a PDF, a spreadsheet, a compressed file).
        case binary
    }

    /// What went wrong.
    public let reason: Reason
    /// The 1-based line where the problem is, when it is tied to a place in the file.
    public let line: Int?
    /// The 0-based byte offset where the problem is, when it is tied to a place in the file.
    public let byteOffset: Int?

    /// Describes a problem, optionally at a place in the file.
    public init(_ reason: Reason, line: Int? = nil, byteOffset: Int? = nil) {
        self.reason = reason
        self.line = line
        self.byteOffset = byteOffset
    }

    /// The message in the given language, e.g. "linha 42: TRNAMT '12,3x' não é um valor".
    public func message(_ language: Language) -> String {
        let text = language == .ptBR ? portuguese : english
        guard let line else { return text }
        return (language == .ptBR ? "linha \(line): " : "line \(line): ") + text
    }

    /// The Brazilian Portuguese message.
    public var description: String { message(.ptBR) }

    private var portuguese: String {
        switch reason {
        case .empty:
            return "o arquivo está vazio"
        case .notOFX(let hint):
            let looks: String? =
                switch hint {
                case .html: "uma página HTML"
                case .otherXML: "XML de outro formato"
                case .binary: "um arquivo binário"
                case nil: nil
                }
            return "não é um arquivo OFX" + (looks.map { " (parece \($0))" } ?? "")
        case .unsupportedEncoding(let encoding):
            return "codificação \(encoding) não suportada"
        case .truncated(let element, let openedAtLine):
            return "o arquivo termina com \(element) (aberto na linha \(openedAtLine)) ainda aberto: está incompleto"
        case .unexpectedClosingTag(let name):
            return "</\(name)> fecha um elemento que não está aberto"
        case .unclosedElement(let element, let openedAtLine, let closedBy):
            return "\(element) aberto na linha \(openedAtLine) não foi fechado antes de </\(closedBy)>"
        case .misplacedElement(let element, let parent):
            return parent.map { "\(element) não pode ficar dentro de \($0)" } ?? "\(element) fora do elemento OFX"
        case .nestingTooDeep(let limit):
            return "elementos aninhados em mais de \(limit) níveis"
        case .noStatement:
            return "o arquivo OFX não contém extrato de conta nem de cartão"
        case .multipleStatements(let count):
            return "o arquivo contém \(count) extratos; leia-o como OFXDocument"
        case .creditCardStatementRefused:
            return "extrato de cartão de crédito (CCSTMTRS) não é aceito aqui"
        case .missingElement(let element, let aggregate):
            return "\(aggregate) sem \(element), que é obrigatório"
        case .invalidAmount(let element, let value):
            return "\(element) '\(value)' não é um valor"
        case .invalidDate(let element, let value):
            return "\(element) '\(value)' não é uma data"
        case .bankReportedError(let code, let message):
            return "o banco informou erro \(code)" + (message.map { ": \($0)" } ?? "")
        }
    }

    private var english: String {
        switch reason {
        case .empty:
            return "the file is empty"
        case .notOFX(let hint):
            let looks: String? =
                switch hint {
                case .html: "an HTML page"
                case .otherXML: "XML of another format"
                case .binary: "a binary file"
                case nil: nil
                }
            return "not an OFX file" + (looks.map { " (it looks like \($0))" } ?? "")
        case .unsupportedEncoding(let encoding):
            return "unsupported encoding \(encoding)"
        case .truncated(let element, let openedAtLine):
            return "the file ends with \(element) (opened at line \(openedAtLine)) still open: it is incomplete"
        case .unexpectedClosingTag(let name):
            return "</\(name)> closes an element that is not open"
        case .unclosedElement(let element, let openedAtLine, let closedBy):
            return "\(element) opened at line \(openedAtLine) was not closed before </\(closedBy)>"
        case .misplacedElement(let element, let parent):
            return parent.map { "\(element) cannot be inside \($0)" } ?? "\(element) outside the OFX element"
        case .nestingTooDeep(let limit):
            return "elements nested more than \(limit) levels deep"
        case .noStatement:
            return "the OFX file holds no bank or credit-card statement"
        case .multipleStatements(let count):
            return "the file holds \(count) statements; read it as an OFXDocument"
        case .creditCardStatementRefused:
            return "credit-card statements (CCSTMTRS) are not accepted here"
        case .missingElement(let element, let aggregate):
            return "\(aggregate) without \(element), which is mandatory"
        case .invalidAmount(let element, let value):
            return "\(element) '\(value)' is not an amount"
        case .invalidDate(let element, let value):
            return "\(element) '\(value)' is not a date"
        case .bankReportedError(let code, let message):
            return "the bank reported error \(code)" + (message.map { ": \($0)" } ?? "")
        }
    }
}
