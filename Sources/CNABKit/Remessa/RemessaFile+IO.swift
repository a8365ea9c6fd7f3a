extension RemessaFile {
    /// The file's bytes: ASCII only (accents folded, text uppercase), every record exactly the
    /// layout's length and followed by CRLF, trailers counting what the file holds.
    public func write() throws(CNABError) -> [UInt8] {
        switch layout {
        case .cnab240: try Cnab240RemessaWriter.write(self)
        case .cnab400: try Cnab400RemessaWriter.write(self)
        case .cnab150:
            throw CNABError(
                reason: .invalidValue(
                    "CNAB 150", reasonPT: "remessas de débito automático são escritas por DebitoAutomaticoFile",
                    reasonEN: "débito automático files are written by DebitoAutomaticoFile"))
        }
    }

    /// Reads a remessa back (to check a file before sending it, or one another system produced),
    /// with the same structure and trailer checks as the retorno reader.
    public static func parse(
        _ bytes: some Collection<UInt8>, layout: CNABLayout? = nil, bank: BankCode? = nil,
        policy: ValidationPolicy = .strict
    ) throws(CNABError) -> RemessaFile {
        var parser = RemessaParser(expectedLayout: layout, expectedBank: bank, policy: policy)
        var splitter = LineSplitter()
        try splitter.feed(bytes) { (line: RawLine) throws(CNABError) in try parser.consume(line) }
        try splitter.finish { (line: RawLine) throws(CNABError) in try parser.consume(line) }
        return try parser.finish()
    }
}

/// Dispatches a remessa's lines to the CNAB 240 or 400 reader once the first record tells which.
private struct RemessaParser {
    let expectedLayout: CNABLayout?
    let expectedBank: BankCode?
    var log: FindingLog
    var reader240: Cnab240RemessaReader?
    var reader400: Cnab400RemessaReader?

    init(expectedLayout: CNABLayout?, expectedBank: BankCode?, policy: ValidationPolicy) {
        self.expectedLayout = expectedLayout
        self.expectedBank = expectedBank
        log = FindingLog(policy: policy)
    }

    mutating func consume(_ line: RawLine) throws(CNABError) {
        if line.isBlank { return }
        if reader240 != nil { return try reader240!.consume(line, log: &log) }
        if reader400 != nil { return try reader400!.consume(line, log: &log) }
        let found = LayoutSniffer.layout(of: line)
        if let expectedLayout, found != expectedLayout {
            throw CNABError(line: line.number, reason: .wrongLayout(expected: expectedLayout, found: found))
        }
        switch found {
        case .cnab240:
            reader240 = Cnab240RemessaReader(expectedBank: expectedBank)
            try reader240!.consume(line, log: &log)
        case .cnab400:
            reader400 = Cnab400RemessaReader(expectedBank: expectedBank)
            try reader400!.consume(line, log: &log)
        case .cnab150, nil:
            throw CNABError(line: line.number, reason: .wrongLayout(expected: expectedLayout, found: found))
        }
    }

    func finish() throws(CNABError) -> RemessaFile {
        if let reader240 {
            try reader240.finish()
            return RemessaFile(
                layout: .cnab240, bank: reader240.fileBank!, header: reader240.header!, titulos: reader240.titulos)
        }
        if let reader400 {
            try reader400.finish()
            return RemessaFile(
                layout: .cnab400, bank: reader400.bank!, header: reader400.header!, titulos: reader400.titulos)
        }
        throw CNABError(reason: .emptyFile)
    }
}
