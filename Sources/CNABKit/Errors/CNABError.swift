import BrazilKit

/// Why a CNAB file, record or value was refused, pinned to the line and columns a person can open
/// in an editor: "line 17, columns 78–85 (data de vencimento): '00/13/26' is not a date".
///
/// The same type carries warnings (findings the reader tolerated under ``ValidationPolicy/lenient``),
/// so a report lists both in one shape.
public struct CNABError: Error, Equatable, Sendable, LocalizedMessage, CustomStringConvertible {
    /// The 1-based physical line in the file, counting every line break; nil for file-level problems
    /// found before any line (an empty file) and for values refused while writing.
    public let line: Int?
    /// The 1-based, inclusive columns of the field or byte concerned.
    public let columns: ClosedRange<Int>?
    /// The field's name as the layout calls it ("data de vencimento", "nosso número").
    public let field: String?
    /// What is wrong.
    public let reason: Reason

    /// Describes a refusal; every part but the reason is optional.
    public init(line: Int? = nil, columns: ClosedRange<Int>? = nil, field: String? = nil, reason: Reason) {
        self.line = line
        self.columns = columns
        self.field = field
        self.reason = reason
    }

    /// What is wrong, with the values needed to say it precisely.
    public enum Reason: Equatable, Sendable {
        /// A numeric field holds something other than digits (it may start with blanks).
        case notANumber(String)
        /// A date field holds something that is not a calendar date.
        case notADate(String)
        /// A byte outside printable ASCII (accented letter, control character) where CNAB wants ASCII.
        case nonASCII(byte: UInt8)
        /// The record is longer than its layout allows (one trailing character and trailing blanks are tolerated).
        case wrongRecordLength(expected: Int, found: Int)
        /// The record type (or CNAB 240 segment) is not part of the layout.
        case unknownRecordType(String)
        /// The file has no line with content.
        case emptyFile
        /// The first record is not the file header the layout requires.
        case missingFileHeader
        /// The file ends before its trailer: it was truncated or cut while copying.
        case missingFileTrailer
        /// A CNAB 240 lot was not closed by its lot trailer.
        case missingLotTrailer(lot: Int)
        /// A record appears where the file structure does not allow it ("segmento U without segmento T").
        case unexpectedRecord(found: String, expected: String)
        /// A record follows the file trailer.
        case recordAfterTrailer
        /// A count declared in a trailer does not match what the file holds.
        case countMismatch(Count, declared: Int, counted: Int)
        /// A total declared in a trailer does not match the sum of the records.
        case sumMismatch(Total, declared: Money, computed: Money)
        /// A sequential number breaks the sequence (records missing, repeated or out of order).
        case sequenceMismatch(expected: Int, found: Int)
        /// A detail or trailer names another lot than the one open.
        case lotNumberMismatch(expected: Int, found: Int)
        /// The file is of another layout than the reader was asked for, or of none it knows.
        case wrongLayout(expected: CNABLayout?, found: CNABLayout?)
        /// The file comes from another bank than the one expected.
        case wrongBank(expected: BankCode, found: BankCode)
        /// No layout is known for this bank in this CNAB layout.
        case unsupportedBank(BankCode, CNABLayout)
        /// A remessa was given where a retorno was expected, or the reverse.
        case wrongDirection(expected: FileDirection, found: FileDirection)
        /// The file or lot is not for cobrança (for example a payments file).
        case wrongService(String)
        /// A value does not fit the field it is written to.
        case valueTooLong(String, maxLength: Int)
        /// A value cannot be written or used, for the reason given in both languages.
        case invalidValue(String, reasonPT: String, reasonEN: String)
    }

    /// Counts a trailer declares.
    public enum Count: String, Equatable, Sendable {
        /// CNAB 240 lot trailer 18–23: records in the lot, its header and trailer included.
        case lotRecords
        /// CNAB 240 file trailer 18–23: lots in the file.
        case fileLots
        /// CNAB 240 file trailer 24–29 (records of every type), CNAB 400 trailer sequence or count,
        /// CNAB 150 Z 2–7 (records including A and Z).
        case fileRecords
        /// A trailer's count of títulos or debits.
        case titulos
    }

    /// Totals a trailer declares.
    public enum Total: String, Equatable, Sendable {
        /// The sum of the títulos' values (CNAB 240 lot trailer, CNAB 400 trailer where the bank has it).
        case valorTitulos
        /// CNAB 150 Z 8–24: the sum of the debit values.
        case valorDebitos
    }

    /// The message in the given language, with the place first: "linha 17, colunas 78–85 (data de vencimento): …".
    public func message(_ language: Language) -> String {
        let place = placeText(language)
        let text = reasonText(language)
        return place.isEmpty ? text : place + ": " + text
    }

    /// The Brazilian Portuguese message.
    public var description: String { message(.ptBR) }

    private func placeText(_ language: Language) -> String {
        var parts: [String] = []
        if let line { parts.append(language == .ptBR ? "linha \(line)" : "line \(line)") }
        if let columns {
            if columns.lowerBound == columns.upperBound {
                parts.append(language == .ptBR ? "coluna \(columns.lowerBound)" : "column \(columns.lowerBound)")
            } else {
                let range = "\(columns.lowerBound)–\(columns.upperBound)"
                parts.append(language == .ptBR ? "colunas \(range)" : "columns \(range)")
            }
        }
        var text = parts.joined(separator: ", ")
        if let field { text += text.isEmpty ? "(\(field))" : " (\(field))" }
        return text
    }

    private func reasonText(_ language: Language) -> String {
        let pt = language == .ptBR
        switch reason {
        case .notANumber(let value):
            return pt ? "'\(value)' não é um número" : "'\(value)' is not a number"
        case .notADate(let value):
            return pt ? "'\(value)' não é uma data" : "'\(value)' is not a date"
        case .nonASCII(let byte):
            let hex = "0x" + String(byte, radix: 16, uppercase: true)
            return pt
                ? "byte \(hex) fora do ASCII imprimível (acento ou caractere de controle)"
                : "byte \(hex) is not printable ASCII (an accent or a control character)"
        case .wrongRecordLength(let expected, let found):
            return pt
                ? "registro com \(found) caracteres; o layout tem \(expected)"
                : "record of \(found) characters; the layout has \(expected)"
        case .unknownRecordType(let type):
            return pt
                ? "tipo de registro '\(type)' desconhecido neste layout"
                : "record type '\(type)' is unknown in this layout"
        case .emptyFile:
            return pt ? "arquivo vazio" : "the file is empty"
        case .missingFileHeader:
            return pt ? "o primeiro registro não é o header de arquivo" : "the first record is not the file header"
        case .missingFileTrailer:
            return pt
                ? "arquivo termina sem o trailer de arquivo (truncado?)"
                : "the file ends without its file trailer (truncated?)"
        case .missingLotTrailer(let lot):
            return pt
                ? "o lote \(lot) não foi fechado pelo trailer de lote" : "lot \(lot) is not closed by a lot trailer"
        case .unexpectedRecord(let found, let expected):
            return pt ? "\(found) onde se esperava \(expected)" : "\(found) where \(expected) was expected"
        case .recordAfterTrailer:
            return pt ? "registro depois do trailer de arquivo" : "a record follows the file trailer"
        case .countMismatch(let count, let declared, let counted):
            return pt
                ? "o trailer declara \(declared) \(count.namePT), mas o arquivo tem \(counted)"
                : "the trailer declares \(declared) \(count.nameEN), but the file has \(counted)"
        case .sumMismatch(let total, let declared, let computed):
            return pt
                ? "o trailer declara \(total.namePT) de \(declared.formatted), mas a soma é \(computed.formatted)"
                : "the trailer declares \(total.nameEN) of \(declared.formatted), but the sum is \(computed.formatted)"
        case .sequenceMismatch(let expected, let found):
            return pt
                ? "número sequencial \(found), esperado \(expected) (registros faltando, repetidos ou fora de ordem)"
                : "sequence number \(found), expected \(expected) (records missing, repeated or out of order)"
        case .lotNumberMismatch(let expected, let found):
            return pt
                ? "registro do lote \(found) dentro do lote \(expected)"
                : "record of lot \(found) inside lot \(expected)"
        case .wrongLayout(let expected, let found):
            let foundText = found.map { $0.name } ?? (pt ? "nenhum layout CNAB conhecido" : "no known CNAB layout")
            if let expected {
                return pt
                    ? "esperava um arquivo \(expected.name), mas este é \(foundText)"
                    : "expected a \(expected.name) file, but this is \(foundText)"
            }
            return pt ? "formato não reconhecido: \(foundText)" : "format not recognised: \(foundText)"
        case .wrongBank(let expected, let found):
            return pt
                ? "esperava um arquivo do banco \(expected.displayName), mas este é do banco \(found.displayName)"
                : "expected a file from bank \(expected.displayName), but this one is from bank \(found.displayName)"
        case .unsupportedBank(let bank, let layout):
            return pt
                ? "não há layout \(layout.name) para o banco \(bank.displayName)"
                : "no \(layout.name) layout is known for bank \(bank.displayName)"
        case .wrongDirection(let expected, let found):
            return pt
                ? "esperava um arquivo de \(expected.namePT), mas este é de \(found.namePT)"
                : "expected a \(expected.nameEN) file, but this is a \(found.nameEN)"
        case .wrongService(let service):
            return pt ? "serviço '\(service)' não é cobrança" : "service '\(service)' is not cobrança"
        case .valueTooLong(let value, let maxLength):
            return pt
                ? "'\(value)' não cabe em \(maxLength) posições"
                : "'\(value)' does not fit in \(maxLength) positions"
        case .invalidValue(let value, let reasonPT, let reasonEN):
            return pt ? "'\(value)': \(reasonPT)" : "'\(value)': \(reasonEN)"
        }
    }
}

extension CNABError.Count {
    var namePT: String {
        switch self {
        case .lotRecords: "registros no lote"
        case .fileLots: "lotes"
        case .fileRecords: "registros"
        case .titulos: "títulos"
        }
    }

    var nameEN: String {
        switch self {
        case .lotRecords: "records in the lot"
        case .fileLots: "lots"
        case .fileRecords: "records"
        case .titulos: "títulos"
        }
    }
}

extension CNABError.Total {
    var namePT: String {
        switch self {
        case .valorTitulos: "valor total dos títulos"
        case .valorDebitos: "valor total dos débitos"
        }
    }

    var nameEN: String {
        switch self {
        case .valorTitulos: "a total value of títulos"
        case .valorDebitos: "a total value of debits"
        }
    }
}
