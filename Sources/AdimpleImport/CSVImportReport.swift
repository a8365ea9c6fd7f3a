import BrazilKit
import Foundation

/// One problem of an imported file: the line (the header is line 1), the column as the file
/// names it, the value and the reason in both languages.
public struct CSVLineError: Sendable, Codable, Hashable {
    public let line: Int
    public let column: String?
    public let value: String?
    public let reasonPT: String
    public let reasonEN: String

    public func message(_ language: Language) -> String {
        let column = self.column.map { language == .ptBR ? ", coluna \"\($0)\"" : ", column \"\($0)\"" } ?? ""
        let value = self.value.map { " (\"\($0)\")" } ?? ""
        return (language == .ptBR ? "linha \(line)" : "line \(line)") + column + value + ": "
            + (language == .ptBR ? reasonPT : reasonEN)
    }
}

/// What an import did, or would do (dry run).
public struct CSVImportReport: Sendable, Codable {
    public var dryRun: Bool
    public var encoding: String
    public var delimiter: String
    public var lines = 0
    public var created = 0
    public var updated = 0
    public var unchanged = 0
    public var rejected = 0
    /// The file as a whole could not be used (unreadable, no header, unknown or missing
    /// columns): nothing was looked at line by line.
    public var refused = false
    public var errors: [CSVLineError] = []
}


extension CSVImportReport {
    /// Reads the file; one that cannot be read comes back without a table, as a report
    /// holding its single error.
    static func open(_ data: Data, dryRun: Bool) -> (table: CSVTable?, report: CSVImportReport) {
        do {
            let table = try CSVTable(data: data)
            var report = CSVImportReport(dryRun: dryRun, encoding: table.encoding.rawValue, delimiter: String(table.delimiter))
            report.lines = table.records.count
            return (table, report)
        } catch {
            var report = CSVImportReport(dryRun: dryRun, encoding: "?", delimiter: "?")
            report.refused = true
            report.errors = [
                CSVLineError(line: error.line, column: nil, value: nil, reasonPT: error.messagePT, reasonEN: error.messageEN)
            ]
            return (nil, report)
        }
    }
}

/// What each column of a file's header means.
struct CSVHeader {
    var fieldOfColumn: [Int: String] = [:]
    var columnOfField: [String: String] = [:]
    var errors: [CSVLineError] = []

    /// - Parameters:
    ///   - columns: folded header name → field.
    ///   - required: field → its column name in Portuguese and English, for the message.
    /// An unknown or repeated column, or a missing required one, is an error on line 1: it
    /// would be wrong on every line.
    init(_ header: [String], columns: [String: String], required: [String: (String, String)]) {
        for (index, name) in header.enumerated() {
            guard let field = columns[CSVTable.key(name)] else {
                errors.append(CSVLineError(line: 1, column: name, value: nil, reasonPT: "coluna desconhecida", reasonEN: "unknown column"))
                continue
            }
            if field == "ignored" { continue }
            if columnOfField[field] != nil {
                errors.append(CSVLineError(line: 1, column: name, value: nil, reasonPT: "coluna repetida", reasonEN: "repeated column"))
            }
            fieldOfColumn[index] = field
            columnOfField[field] = name
        }
        for (field, names) in required.sorted(by: { $0.key < $1.key }) where columnOfField[field] == nil {
            errors.append(CSVLineError(
                line: 1, column: nil, value: nil, reasonPT: "falta a coluna \(names.0)", reasonEN: "the \(names.1) column is missing"))
        }
    }
}

/// Several e-mails, phones or tags in one cell: separated by `|`, `/`, `,` or `;`.
func splitCell(_ value: String) -> [String] {
    value.split(whereSeparator: { "|,;/".contains($0) }).map { $0.trimmingCharacters(in: .whitespaces) }
        .filter { !$0.isEmpty }
}
