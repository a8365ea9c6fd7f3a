import BrazilKit
import CSV
import Foundation

/// A CSV file as finance teams have them: UTF-8 (with or without BOM) or Windows-1252 (Excel
/// in Brazil), `;` or `,` between fields, a header line naming the columns.
struct CSVTable {
    enum Encoding: String, Sendable { case utf8 = "UTF-8", windows1252 = "Windows-1252" }

    let encoding: Encoding
    let delimiter: Character
    let header: [String]
    /// Data records with their line number in the file (the header is line 1).
    let records: [(line: Int, fields: [String])]

    struct Failure: Error, CustomStringConvertible {
        let line: Int
        let messagePT: String
        let messageEN: String
        var description: String { "linha \(line): \(messagePT)" }
    }

    init(data: Data) throws(Failure) {
        var bytes = data
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        let text: String
        if let utf8 = String(data: bytes, encoding: .utf8) {
            (text, encoding) = (utf8, .utf8)
        } else if let latin = String(data: bytes, encoding: .windowsCP1252) {
            (text, encoding) = (latin, .windows1252)
        } else {
            throw Failure(line: 1, messagePT: "codificação não reconhecida (use UTF-8 ou Windows-1252)", messageEN: "unknown encoding (use UTF-8 or Windows-1252)")
        }
        let firstLine = text.prefix { $0 != "\n" && $0 != "\r\n" }
        delimiter = firstLine.filter { $0 == ";" }.count >= firstLine.filter { $0 == "," }.count ? ";" : ","
        guard !firstLine.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw Failure(line: 1, messagePT: "arquivo vazio ou sem cabeçalho", messageEN: "empty file or no header line")
        }
        let reader: CSVReader
        do {
            reader = try CSVReader(
                string: text, hasHeaderRow: true, trimFields: true, delimiter: delimiter.unicodeScalars.first!,
                whitespaces: .whitespaces)
        } catch {
            throw Failure(line: 1, messagePT: "CSV malformado: \(error)", messageEN: "malformed CSV: \(error)")
        }
        header = reader.headerRow ?? []
        var records: [(Int, [String])] = []
        // Physical line numbers: a quoted field may span lines, so count the newlines each
        // record consumed.
        var line = 2
        while let row = reader.next() {
            let spanned = row.reduce(0) { $0 + $1.filter { $0 == "\n" || $0 == "\r\n" }.count }
            if !(row.count == 1 && row[0].isEmpty) { records.append((line, row)) }
            line += 1 + spanned
        }
        if let error = reader.error {
            throw Failure(line: line, messagePT: "CSV malformado: \(error)", messageEN: "malformed CSV: \(error)")
        }
        self.records = records
    }

    /// A header name folded for matching: "CPF/CNPJ" → "cpfcnpj", "Código ERP" → "codigoerp".
    static func key(_ header: String) -> String {
        SearchText.fold(header).filter { $0.isLetter || $0.isNumber }
    }
}
