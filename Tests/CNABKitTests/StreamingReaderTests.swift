import BrazilKit
import CNABKit
import Testing

/// The streaming reader: line breaks of every kind, chunks cut anywhere, and the line shapes real
/// files have (SOURCES.md "Quirks real files have").
@Suite struct StreamingReaderTests {
    /// A small, valid CNAB 240 retorno: BB's brcobranca file (LF, stripped lines of 146–235 characters).
    static func bb() throws -> [UInt8] { try Fixtures.bytes("brcobranca/CNAB240.RET") }

    /// Feeds the bytes in chunks of `size` and collects the títulos.
    static func streamed(_ bytes: [UInt8], chunk size: Int) throws(CNABError) -> [RetornoTitulo] {
        var reader = RetornoReader()
        var titulos: [RetornoTitulo] = []
        var start = 0
        while start < bytes.count {
            let end = min(start + size, bytes.count)
            try reader.feed(bytes[start..<end], into: &titulos)
            start = end
        }
        _ = try reader.finish(into: &titulos)
        return titulos
    }

    @Test(arguments: [1, 2, 3, 7, 239, 240, 241, 4096])
    func chunksCutAnywhereGiveTheSameTitulos(size: Int) throws {
        let bytes = try Self.bb()
        let whole = try RetornoFile.parse(bytes).titulos
        #expect(whole.count == 35)
        #expect(try Self.streamed(bytes, chunk: size) == whole)
    }

    @Test func validateChecksAStreamWithoutKeepingTitulos() throws {
        let bytes = try Self.bb()
        let chunks = stride(from: 0, to: bytes.count, by: 500).map { bytes[$0..<min($0 + 500, bytes.count)] }
        let summary = try RetornoReader.validate(chunks, layout: .cnab240)
        #expect(summary.tituloCount == 35)
        #expect(summary.recordCount == 74)  // the file trailer's 24–29
        let damaged = FileEditing.replacing(bytes, line: 74, columns: 24...29, with: "000075")
        let error = refusal { () throws(CNABError) in try RetornoReader.validate([damaged]) }
        #expect(error?.reason == .countMismatch(.fileRecords, declared: 75, counted: 74))
    }

    @Test func crlfLfMixedAndLoneCRLineBreaksReadAlike() throws {
        let lines = FileEditing.lines(try Self.bb())
        let expected = try RetornoFile.parse(FileEditing.join(lines, separator: "\n")).titulos
        #expect(try RetornoFile.parse(FileEditing.join(lines, separator: "\r\n")).titulos == expected)
        #expect(try RetornoFile.parse(FileEditing.join(lines, separator: "\r")).titulos == expected)
        var mixed: [UInt8] = []
        for (index, line) in lines.enumerated() { mixed += line + Array((index % 2 == 0 ? "\r\n" : "\n").utf8) }
        #expect(try RetornoFile.parse(mixed).titulos == expected)
        // A CR at the end of one chunk and its LF at the start of the next is still one line break.
        let crlf = FileEditing.join(lines, separator: "\r\n")
        let cut = try #require(crlf.firstIndex(of: UInt8(ascii: "\r"))) + 1
        var reader = RetornoReader()
        var titulos: [RetornoTitulo] = []
        try reader.feed(crlf[..<cut], into: &titulos)
        try reader.feed(crlf[cut...], into: &titulos)
        _ = try reader.finish(into: &titulos)
        #expect(titulos == expected)
    }

    @Test func aFileWithoutFinalLineBreakKeepsItsLastLine() throws {
        // laravel-boleto's bb.ret ends without a line break: its trailer is the last, unterminated line.
        let bytes = try Fixtures.bytes("laravel-boleto/cnab400/bb.ret")
        #expect(bytes.last != UInt8(ascii: "\n"))
        #expect(try RetornoFile.parse(bytes).titulos.count == 1)
        // Without the trailer's line break *and* without the trailer, the file is truncated.
        let lines = FileEditing.lines(bytes)
        let cut = FileEditing.join(Array(lines.dropLast())).dropLast(2)
        let error = refusal { () throws(CNABError) in try RetornoFile.parse(Array(cut)) }
        #expect(error?.reason == .missingFileTrailer)
        #expect(error?.line == 2)
    }

    @Test func aByteOrderMarkBeforeTheFirstLineIsSkipped() throws {
        // laravel-boleto's cnab240/btg.ret starts with EF BB BF.
        let bytes = try Fixtures.bytes("laravel-boleto/cnab240/btg.ret")
        #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
        let file = try RetornoFile.parse(bytes)
        #expect(file.header.bank == .btg)
        #expect(file.titulos.count == 2)
        // The mark may arrive split across chunks.
        #expect(try Self.streamed(bytes, chunk: 1) == file.titulos)
    }

    @Test func shortLinesArePaddedWithTheBlanksThatWereStripped() throws {
        // CNAB240AILOS.RET has a 35-character file trailer and 215-character T segments.
        let bytes = try Fixtures.bytes("brcobranca/CNAB240AILOS.RET")
        #expect(FileEditing.lines(bytes).map(\.count).min() == 35)
        let titulo = try #require(try RetornoFile.parse(bytes).titulos.first)
        #expect(titulo.motivoCodes == ["03"])  // read from T 214–223 on a 215-character line
    }

    @Test func oneTrailingCharacterAndExtraTrailingBlanksAreTolerated() throws {
        // laravel-boleto's banco_brasil.ret has a 241-character lot header; btg.ret a 308-character header.
        #expect(
            FileEditing.lines(try Fixtures.bytes("laravel-boleto/cnab240/banco_brasil.ret")).contains {
                $0.count == 241
            })
        #expect(try RetornoFile.parse(try Fixtures.bytes("laravel-boleto/cnab240/banco_brasil.ret")).titulos.count == 5)
        var lines = FileEditing.lines(try Self.bb())
        lines[2] += Array(repeating: UInt8(ascii: " "), count: 240 - lines[2].count) + Array("X".utf8)
        #expect(try RetornoFile.parse(FileEditing.join(lines)).titulos.count == 35)
        lines[2] += Array("Y".utf8)  // two characters beyond 240 that are not blanks
        let error = refusal { () throws(CNABError) in try RetornoFile.parse(FileEditing.join(lines)) }
        #expect(error?.line == 3)
        #expect(error?.columns == 241...242)
        #expect(error?.reason == .wrongRecordLength(expected: 240, found: 242))
    }

    @Test func nonASCIIBytesAreReportedWithTheirColumnNotCrashedOn() throws {
        // "Ç" in Latin-1 (0xC7) in the pagador name of line 3, column 150.
        var lines = FileEditing.lines(try Fixtures.bytes("brcobranca/CNAB240SICREDI.CRT"))
        lines[2][149] = 0xC7
        let bytes = FileEditing.join(lines)
        let error = refusal { () throws(CNABError) in try RetornoFile.parse(bytes) }
        #expect(error?.reason == .nonASCII(byte: 0xC7))
        #expect(error?.line == 3)
        #expect(error?.columns == 150...150)
        #expect(error?.message(.en).hasPrefix("line 3, column 150: byte 0xC7") == true)
        // Leniently, the file is read and the byte reported as a warning.
        let lenient = try RetornoFile.parse(bytes, policy: .lenient)
        #expect(lenient.titulos.count == 2)
        #expect(lenient.warnings.contains { $0.reason == .nonASCII(byte: 0xC7) && $0.columns == 150...150 })
    }

    @Test func blankLinesAnywhereAreSkipped() throws {
        // laravel-boleto's exemplos/btg.ret ends with a line holding one blank.
        let bytes = try Fixtures.bytes("laravel-boleto/exemplos/btg.ret")
        #expect(bytes.last == UInt8(ascii: " "))
        #expect(try RetornoFile.parse(bytes).titulos.count == 2)
    }

    @Test func theRecordReaderStreamsAnyLayoutRecordByRecord() throws {
        let bytes = try Fixtures.bytes("brcobranca/CNAB400ITAU.RET")
        var reader = CNABRecordReader(format: Cnab400.format)
        var records: [CNABRecord] = []
        for start in stride(from: 0, to: bytes.count, by: 1000) {
            records += try reader.feed(bytes[start..<min(start + 1000, bytes.count)])
        }
        records += try reader.finish()
        #expect(records.count == 54)
        #expect(records.first?.layout.name == "header de arquivo")
        #expect(records.last?.layout.name == "trailer de arquivo")
        #expect(try records.last?.number(Cnab400.sequencial) == 54)
    }
}
