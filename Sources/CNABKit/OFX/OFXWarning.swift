import BrazilKit

/// Something odd in a statement that did not stop it from being read, kept so an operator can see it.
///
/// Banks export files that bend the OFX rules; the reader accepts the common bends and writes one of
/// these for each, instead of silently guessing.
public struct OFXWarning: Equatable, Sendable, LocalizedMessage, CustomStringConvertible {
    /// What was odd.
    public enum Kind: Equatable, Sendable {
        /// Several transactions carry the same `FITID`; every one is kept, at these lines.
        case duplicateFITID(String, lines: [Int])
        /// A transaction has no `FITID`; its line key falls back to a hash of date, amount and text.
        case missingFITID
        /// A transaction has no `TRNTYPE`; it is read as ``OFXTransactionType/other``.
        case missingTransactionType
        /// An element appears twice in the same aggregate; the first value is kept.
        case repeatedElement(String)
        /// An optional value could not be read and was left empty.
        case unreadableValue(element: String, value: String)
        /// The statement has no `CURDEF`.
        case missingCurrency
        /// A non-standard currency code was replaced by the ISO one (Santander wrote "BRC" for "BRL").
        case currencyCorrected(from: String, to: String)
        /// Every amount in the file was unsigned and debits were only told apart by `TRNTYPE`;
        /// this many debit amounts were made negative.
        case amountsSignedByTransactionType(count: Int)
    }

    /// What was odd.
    public let kind: Kind
    /// The 1-based line it concerns, when there is one.
    public let line: Int?

    /// Describes an oddity, optionally at a line.
    public init(_ kind: Kind, line: Int? = nil) {
        self.kind = kind
        self.line = line
    }

    /// The message in the given language, prefixed by the line when there is one.
    public func message(_ language: Language) -> String {
        let text = language == .ptBR ? portuguese : english
        guard let line else { return text }
        return (language == .ptBR ? "linha \(line): " : "line \(line): ") + text
    }

    /// The Brazilian Portuguese message.
    public var description: String { message(.ptBR) }

    private var portuguese: String {
        switch kind {
        case .duplicateFITID(let fitID, let lines):
            return "FITID '\(fitID)' repetido nas linhas \(lines.map(String.init).joined(separator: ", "))"
        case .missingFITID:
            return "lançamento sem FITID"
        case .missingTransactionType:
            return "lançamento sem TRNTYPE, lido como OTHER"
        case .repeatedElement(let element):
            return "\(element) repetido; vale o primeiro"
        case .unreadableValue(let element, let value):
            return "\(element) '\(value)' ilegível, ignorado"
        case .missingCurrency:
            return "extrato sem CURDEF"
        case .currencyCorrected(let from, let to):
            return "moeda \(from) lida como \(to)"
        case .amountsSignedByTransactionType(let count):
            return "valores sem sinal: \(count) débitos ficaram negativos pelo TRNTYPE"
        }
    }

    private var english: String {
        switch kind {
        case .duplicateFITID(let fitID, let lines):
            return "FITID '\(fitID)' repeated at lines \(lines.map(String.init).joined(separator: ", "))"
        case .missingFITID:
            return "transaction without FITID"
        case .missingTransactionType:
            return "transaction without TRNTYPE, read as OTHER"
        case .repeatedElement(let element):
            return "\(element) repeated; the first one is kept"
        case .unreadableValue(let element, let value):
            return "\(element) '\(value)' unreadable, ignored"
        case .missingCurrency:
            return "statement without CURDEF"
        case .currencyCorrected(let from, let to):
            return "currency \(from) read as \(to)"
        case .amountsSignedByTransactionType(let count):
            return "unsigned amounts: \(count) debits were made negative from their TRNTYPE"
        }
    }
}
