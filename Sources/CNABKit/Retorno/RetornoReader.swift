/// Reads a retorno as it streams in — CNAB 240 or 400, detected from the first record — and hands
/// out títulos chunk by chunk, holding at most one line and one pending segment T in memory.
///
/// Títulos handed out before ``finish()`` returns are provisional: the trailer's counts are checked
/// only at the end. Apply nothing until `finish()` succeeds, or read the file twice — once with
/// ``validate(_:layout:bank:policy:)``, once to apply. ``RetornoFile/parse(_:layout:bank:policy:)``
/// does it in one go for files held in memory. A reader that refused a file is done: start a new
/// one for the next file.
///
/// ```swift
/// var reader = RetornoReader(layout: .cnab240, bank: .itau)
/// for chunk in chunks { titulos += try reader.feed(chunk) }
/// let summary = try reader.finish()
/// ```
public struct RetornoReader {
    private let expectedLayout: CNABLayout?
    private let expectedBank: BankCode?
    private var splitter = LineSplitter()
    private var log: FindingLog
    private var engine240: Cnab240RetornoEngine?
    private var engine400: Cnab400RetornoEngine?
    private var lastLine = 0

    /// A reader that accepts only `layout` and `bank` when given (a file of another layout or bank
    /// is refused at its first line), under the given validation policy.
    public init(layout: CNABLayout? = nil, bank: BankCode? = nil, policy: ValidationPolicy = .strict) {
        expectedLayout = layout
        expectedBank = bank
        log = FindingLog(policy: policy)
    }

    /// The header, once read.
    public var header: RetornoHeader? { engine240?.header ?? engine400?.header }

    /// Integrity findings tolerated so far (lenient policy) and bank quirks noted.
    public var warnings: [CNABError] { log.warnings }

    /// Reads `chunk` and returns the títulos it completed.
    public mutating func feed(_ chunk: some Collection<UInt8>) throws(CNABError) -> [RetornoTitulo] {
        var titulos: [RetornoTitulo] = []
        try feed(chunk, into: &titulos)
        return titulos
    }

    /// Reads `chunk` and appends the títulos it completed to `titulos`, so a caller can reuse one buffer.
    public mutating func feed(_ chunk: some Collection<UInt8>, into titulos: inout [RetornoTitulo]) throws(CNABError) {
        // The splitter is moved out while it calls back into `self` (exclusive access).
        var splitter = self.splitter
        self.splitter = LineSplitter()
        defer { self.splitter = splitter }
        try splitter.feed(chunk) { (line: RawLine) throws(CNABError) in try self.consume(line, into: &titulos) }
    }

    /// Reads the end of the stream and checks the file is complete; returns the summary, and the
    /// last títulos through `titulos` when the file did not end with a line break.
    public mutating func finish(into titulos: inout [RetornoTitulo]) throws(CNABError) -> RetornoSummary {
        var splitter = self.splitter
        self.splitter = LineSplitter()
        defer { self.splitter = splitter }
        try splitter.finish { (line: RawLine) throws(CNABError) in try self.consume(line, into: &titulos) }
        if let engine240 {
            try engine240.finish()
            return RetornoSummary(
                header: engine240.header!, tituloCount: engine240.tituloCount, recordCount: engine240.recordCount,
                warnings: log.warnings)
        }
        if let engine400 {
            try engine400.finish()
            return RetornoSummary(
                header: engine400.header!, tituloCount: engine400.tituloCount, recordCount: engine400.recordCount,
                warnings: log.warnings)
        }
        throw CNABError(reason: .emptyFile)
    }

    /// Reads the end of the stream and checks the file is complete. A valid file ends with its
    /// trailer, so no título can arrive here; a file that ends on a título lacks its trailer and is
    /// refused.
    public mutating func finish() throws(CNABError) -> RetornoSummary {
        var titulos: [RetornoTitulo] = []
        return try finish(into: &titulos)
    }

    /// Reads a whole stream of chunks only to check it, keeping no título: the first pass of the
    /// two-pass way to apply a file too large to hold (validate, then read again and apply).
    public static func validate<Chunks: Sequence>(
        _ chunks: Chunks, layout: CNABLayout? = nil, bank: BankCode? = nil, policy: ValidationPolicy = .strict
    ) throws(CNABError) -> RetornoSummary where Chunks.Element: Collection, Chunks.Element.Element == UInt8 {
        var reader = RetornoReader(layout: layout, bank: bank, policy: policy)
        var titulos: [RetornoTitulo] = []
        for chunk in chunks {
            try reader.feed(chunk, into: &titulos)
            titulos.removeAll(keepingCapacity: true)
        }
        return try reader.finish(into: &titulos)
    }

    private mutating func consume(_ line: RawLine, into titulos: inout [RetornoTitulo]) throws(CNABError) {
        if line.isBlank { return }
        lastLine = line.number
        if engine240 != nil {
            try engine240!.consume(line, log: &log, into: &titulos)
            return
        }
        if engine400 != nil {
            try engine400!.consume(line, log: &log, into: &titulos)
            return
        }
        let found = LayoutSniffer.layout(of: line)
        if let expectedLayout, found != expectedLayout {
            throw CNABError(line: line.number, reason: .wrongLayout(expected: expectedLayout, found: found))
        }
        switch found {
        case .cnab240:
            engine240 = Cnab240RetornoEngine(expectedBank: expectedBank)
            try engine240!.consume(line, log: &log, into: &titulos)
        case .cnab400:
            engine400 = Cnab400RetornoEngine(expectedBank: expectedBank)
            try engine400!.consume(line, log: &log, into: &titulos)
        case .cnab150:
            throw CNABError(
                line: line.number,
                reason: .invalidValue(
                    "CNAB 150", reasonPT: "é um arquivo de débito automático; leia-o com DebitoAutomaticoFile",
                    reasonEN: "this is a débito automático file; read it with DebitoAutomaticoFile"))
        case nil:
            throw CNABError(line: line.number, reason: .wrongLayout(expected: nil, found: nil))
        }
    }
}

/// A whole retorno held in memory, read and validated before any título is handed out.
public struct RetornoFile: Sendable, Equatable {
    /// The header.
    public var header: RetornoHeader
    /// The títulos, in file order.
    public var titulos: [RetornoTitulo]
    /// Integrity findings tolerated under the lenient policy, and bank quirks noted.
    public var warnings: [CNABError]

    /// Reads and validates a whole retorno. Under ``ValidationPolicy/strict`` any finding refuses
    /// the file, naming the line and the reason; nothing is returned from a refused file.
    public static func parse(
        _ bytes: some Collection<UInt8>, layout: CNABLayout? = nil, bank: BankCode? = nil,
        policy: ValidationPolicy = .strict
    ) throws(CNABError) -> RetornoFile {
        var reader = RetornoReader(layout: layout, bank: bank, policy: policy)
        var titulos: [RetornoTitulo] = []
        try reader.feed(bytes, into: &titulos)
        let summary = try reader.finish(into: &titulos)
        return RetornoFile(header: summary.header, titulos: titulos, warnings: summary.warnings)
    }
}
