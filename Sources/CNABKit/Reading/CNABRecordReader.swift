/// Reads any CNAB file record by record against a ``RecordFormat``, streaming: feed it chunks as
/// they arrive and it returns the records each chunk completes, never holding more than one line.
///
/// This is the layout engine on its own — recognition, length tolerances, ASCII checks. It knows
/// nothing of lots or trailers; ``RetornoReader``, ``RemessaFile`` and ``DebitoAutomaticoFile``
/// add the file structure on top.
public struct CNABRecordReader {
    /// The record layouts lines are recognised against.
    public let format: RecordFormat
    private var splitter = LineSplitter()
    private var log: FindingLog
    private var records: [CNABRecord] = []

    /// A reader for `format`; under ``ValidationPolicy/lenient`` non-ASCII bytes become warnings.
    public init(format: RecordFormat, policy: ValidationPolicy = .strict) {
        self.format = format
        log = FindingLog(policy: policy)
    }

    /// Findings tolerated so far under the lenient policy.
    public var warnings: [CNABError] { log.warnings }

    /// The records completed by `chunk`; blank lines are skipped.
    public mutating func feed(_ chunk: some Collection<UInt8>) throws(CNABError) -> [CNABRecord] {
        // The splitter is moved out while it calls back into `self` (exclusive access).
        var splitter = self.splitter
        self.splitter = LineSplitter()
        defer { self.splitter = splitter }
        try splitter.feed(chunk) { (line: RawLine) throws(CNABError) in try self.consume(line) }
        defer { records.removeAll() }
        return records
    }

    /// The last record when the stream did not end with a line break.
    public mutating func finish() throws(CNABError) -> [CNABRecord] {
        var splitter = self.splitter
        self.splitter = LineSplitter()
        defer { self.splitter = splitter }
        try splitter.finish { (line: RawLine) throws(CNABError) in try self.consume(line) }
        defer { records.removeAll() }
        return records
    }

    /// Every record of a file held in memory.
    public static func records(
        in bytes: some Collection<UInt8>, format: RecordFormat, policy: ValidationPolicy = .strict
    ) throws(CNABError) -> [CNABRecord] {
        var reader = CNABRecordReader(format: format, policy: policy)
        return try reader.feed(bytes) + reader.finish()
    }

    private mutating func consume(_ line: RawLine) throws(CNABError) {
        if line.isBlank { return }
        let length = format.layout.recordLength
        let bytes = try line.record(length: length)
        if let problem = line.nonASCII(within: length) { try log.report(problem) }
        guard let layout = format.recognize(bytes.bytes) else {
            let type = format.layout == .cnab240 ? bytes.raw(Cnab240.Common.tipoRegistro) : bytes.raw(.text("", 1, 1))
            throw CNABError(
                line: line.number, columns: format.layout == .cnab240 ? 8...8 : 1...1, field: "tipo de registro",
                reason: .unknownRecordType(type))
        }
        records.append(CNABRecord(lineNumber: line.number, layout: layout, bytes: bytes.bytes))
    }
}
