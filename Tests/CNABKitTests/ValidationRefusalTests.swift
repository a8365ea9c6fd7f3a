import BrazilKit
import CNABKit
import Testing

/// Whole-file validation: a file that does not add up is refused before anything is applied, and
/// the refusal names the line, the columns and the reason. Every case edits a real file.
@Suite struct ValidationRefusalTests {
    /// Sicredi's CNAB 240 retorno: 8 lines of exactly 240 characters, LF.
    static func sicredi() throws -> [UInt8] { try Fixtures.bytes("brcobranca/CNAB240SICREDI.CRT") }
    /// Itaú's CNAB 400 retorno: 54 records.
    static func itau() throws -> [UInt8] { try Fixtures.bytes("brcobranca/CNAB400ITAU.RET") }

    @Test func aTruncatedFileIsRefusedAtItsLastLine() throws {
        let lines = FileEditing.lines(try Self.sicredi())
        for kept in [7, 6, 4] {
            let error = refusal { () throws(CNABError) in
                try RetornoFile.parse(FileEditing.join(Array(lines.prefix(kept))))
            }
            #expect(error?.reason == .missingFileTrailer)
            #expect(error?.line == kept)
        }
        // Cut between a T and its U.
        let error = refusal { () throws(CNABError) in try RetornoFile.parse(FileEditing.join(Array(lines.prefix(3)))) }
        #expect(error?.reason == .unexpectedRecord(found: "fim do arquivo", expected: "segmento U"))
        #expect(error?.line == 3)
        // CNAB 400 and CNAB 150 alike.
        let itau = FileEditing.lines(try Self.itau())
        let cut = refusal { () throws(CNABError) in try RetornoFile.parse(FileEditing.join(Array(itau.prefix(40)))) }
        #expect(cut?.reason == .missingFileTrailer)
        #expect(cut?.line == 40)
        #expect(refusal { () throws(CNABError) in try RetornoFile.parse([UInt8]()) }?.reason == .emptyFile)
    }

    @Test func aRecordOfTheWrongLengthIsRefusedWithItsExtraColumns() throws {
        var lines = FileEditing.lines(try Self.sicredi())
        lines[4] += Array("ABC".utf8)
        let error = refusal { () throws(CNABError) in try RetornoFile.parse(FileEditing.join(lines)) }
        #expect(error?.reason == .wrongRecordLength(expected: 240, found: 243))
        #expect(error?.line == 5)
        #expect(error?.columns == 241...243)
        #expect(error?.message(.en) == "line 5, columns 241–243: record of 243 characters; the layout has 240")
    }

    @Test func trailerCountsThatDoNotAddUpAreRefused() throws {
        // File trailer 24–29 says 8 records; claim 9.
        let records = FileEditing.replacing(try Self.sicredi(), line: 8, columns: 24...29, with: "000009")
        let error = refusal { () throws(CNABError) in try RetornoFile.parse(records) }
        #expect(error?.reason == .countMismatch(.fileRecords, declared: 9, counted: 8))
        #expect(error?.line == 8)
        #expect(error?.columns == 24...29)
        #expect(error?.field == "quantidade de registros do arquivo")
        // Lot trailer 18–23 says 6 records of the lot.
        let lot = FileEditing.replacing(try Self.sicredi(), line: 7, columns: 18...23, with: "000005")
        #expect(
            refusal { () throws(CNABError) in try RetornoFile.parse(lot) }?.reason
                == .countMismatch(.lotRecords, declared: 5, counted: 6))
        // File trailer 18–23: lots.
        let lots = FileEditing.replacing(try Self.sicredi(), line: 8, columns: 18...23, with: "000002")
        #expect(
            refusal { () throws(CNABError) in try RetornoFile.parse(lots) }?.reason
                == .countMismatch(.fileLots, declared: 2, counted: 1))
        // CNAB 400: the trailer's sequence number is the record count.
        let itau = FileEditing.replacing(try Self.itau(), line: 54, columns: 395...400, with: "000055")
        let itauError = refusal { () throws(CNABError) in try RetornoFile.parse(itau) }
        #expect(itauError?.reason == .countMismatch(.fileRecords, declared: 55, counted: 54))
        #expect(itauError?.columns == 395...400)
        // A detail out of sequence.
        let sequence = FileEditing.replacing(try Self.sicredi(), line: 4, columns: 9...13, with: "00003")
        let sequenceError = refusal { () throws(CNABError) in try RetornoFile.parse(sequence) }
        #expect(sequenceError?.reason == .sequenceMismatch(expected: 2, found: 3))
        #expect(sequenceError?.line == 4)
    }

    @Test func aBadDateIsRefusedShownAsADate() throws {
        // T vencimento 74–81 (rails.md §2.7).
        let cnab240 = FileEditing.replacing(try Self.sicredi(), line: 3, columns: 74...81, with: "00132026")
        let error = refusal { () throws(CNABError) in try RetornoFile.parse(cnab240) }
        #expect(error?.message(.en) == "line 3, columns 74–81 (data de vencimento): '00/13/2026' is not a date")
        // Itaú 400 vencimento 147–152, DDMMAA.
        let cnab400 = FileEditing.replacing(try Self.itau(), line: 17, columns: 147...152, with: "001326")
        let error400 = refusal { () throws(CNABError) in try RetornoFile.parse(cnab400) }
        #expect(error400?.message(.en) == "line 17, columns 147–152 (data de vencimento): '00/13/26' is not a date")
        #expect(error400?.message(.ptBR) == "linha 17, colunas 147–152 (data de vencimento): '00/13/26' não é uma data")
    }

    @Test func theBriefsExampleLine17Columns78To85() throws {
        // A remessa of eight entradas (P and Q each): line 17 is the eighth título's segment P, whose
        // vencimento is at 78–85 (rails.md §2.4).
        var file = RemessaSamples.file(.sicredi, .cnab240)
        let second = file.titulos[1]
        file.titulos = (1...8).map { sequence in
            var titulo = second
            titulo.nossoNumero = RemessaSamples.nossoNumero(.sicredi, .cnab240, sequence)
            return titulo
        }
        let bytes = FileEditing.replacing(try file.write(), line: 17, columns: 78...85, with: "00132026")
        #expect(FileEditing.field(bytes, line: 17, columns: 14...14) == "P")
        let error = refusal { () throws(CNABError) in try RemessaFile.parse(bytes) }
        #expect(error?.message(.en) == "line 17, columns 78–85 (data de vencimento): '00/13/2026' is not a date")
    }

    @Test func anAmountWithLettersIsRefused() throws {
        let bytes = FileEditing.replacing(try Self.sicredi(), line: 3, columns: 82...96, with: "0000000000009X5")
        let error = refusal { () throws(CNABError) in try RetornoFile.parse(bytes) }
        #expect(
            error?.message(.en) == "line 3, columns 82–96 (valor nominal do título): '0000000000009X5' is not a number")
        let u = FileEditing.replacing(try Self.sicredi(), line: 4, columns: 78...92, with: "00000000001O000")
        #expect(refusal { () throws(CNABError) in try RetornoFile.parse(u) }?.columns == 78...92)
    }

    @Test func aFileOfAnotherLayoutOrBankIsRefusedAtItsFirstLine() throws {
        let itau = try Self.itau()
        let sicredi = try Self.sicredi()
        let layout = refusal { () throws(CNABError) in try RetornoFile.parse(itau, layout: .cnab240) }
        #expect(layout?.reason == .wrongLayout(expected: .cnab240, found: .cnab400))
        #expect(layout?.line == 1)
        #expect(layout?.message(.en) == "line 1: expected a CNAB 240 file, but this is CNAB 400")
        let other = refusal { () throws(CNABError) in try RetornoFile.parse(sicredi, layout: .cnab400) }
        #expect(other?.reason == .wrongLayout(expected: .cnab400, found: .cnab240))
        let bank = refusal { () throws(CNABError) in try RetornoFile.parse(itau, bank: .bradesco) }
        #expect(bank?.reason == .wrongBank(expected: .bradesco, found: .itau))
        #expect(bank?.columns == 77...79)
        #expect(
            bank?.message(.ptBR)
                == "linha 1, colunas 77–79 (código do banco): esperava um arquivo do banco 237 (Bradesco), mas este é do banco 341 (Itaú)"
        )
        let bank240 = refusal { () throws(CNABError) in try RetornoFile.parse(sicredi, bank: .sicoob) }
        #expect(bank240?.reason == .wrongBank(expected: .sicoob, found: .sicredi))
        #expect(bank240?.columns == 1...3)
        let notCNAB = refusal { () throws(CNABError) in
            try RetornoFile.parse(Array("OFXHEADER:100\nDATA:OFXSGML\n".utf8))
        }
        #expect(notCNAB?.reason == .wrongLayout(expected: nil, found: nil))
    }

    @Test func recordsOutOfPlaceAreRefused() throws {
        var lines = FileEditing.lines(try Self.sicredi())
        // A U without its T.
        var noT = lines
        noT.remove(at: 2)
        let error = refusal { () throws(CNABError) in try RetornoFile.parse(FileEditing.join(noT), policy: .lenient) }
        #expect(error?.reason == .unexpectedRecord(found: "segmento U", expected: "segmento T"))
        #expect(error?.line == 3)
        // A record after the file trailer.
        lines.append(lines[2])
        let after = refusal { () throws(CNABError) in try RetornoFile.parse(FileEditing.join(lines)) }
        #expect(after?.reason == .recordAfterTrailer)
        #expect(after?.line == 9)
        // A file that starts with a lot header.
        let headless = refusal { () throws(CNABError) in
            try RetornoFile.parse(FileEditing.join(Array(lines.dropFirst())))
        }
        #expect(headless?.reason == .missingFileHeader)
        #expect(headless?.line == 1)
        // An unknown record type.
        let unknown = FileEditing.replacing(try Self.sicredi(), line: 5, columns: 8...8, with: "7")
        let unknownError = refusal { () throws(CNABError) in try RetornoFile.parse(unknown) }
        #expect(unknownError?.reason == .unknownRecordType("7"))
        #expect(unknownError?.columns == 8...8)
    }

    @Test func remessaTrailersAreCheckedToo() throws {
        let bytes = try RemessaSamples.file(.santander, .cnab400).write()
        let lines = FileEditing.lines(bytes)
        // Santander's trailer total 8–20 [LIB]: claim one centavo more.
        let trailer = lines.count
        let total = FileEditing.field(bytes, line: trailer, columns: 8...20)
        let bumped = String(10_000_000_000_000 + Int64(total)! + 1).dropFirst()
        let error = refusal { () throws(CNABError) in
            try RemessaFile.parse(FileEditing.replacing(bytes, line: trailer, columns: 8...20, with: String(bumped)))
        }
        if case .sumMismatch(.valorTitulos, let declared, let computed)? = error?.reason {
            #expect(declared.centavos == computed.centavos + 1)
        } else {
            Issue.record("expected a sum mismatch, got \(String(describing: error))")
        }
        #expect(error?.line == trailer)
        // CNAB 240 remessa: the file trailer's record count.
        let cnab240 = try RemessaSamples.file(.itau, .cnab240).write()
        let last = FileEditing.lines(cnab240).count
        let edited = FileEditing.replacing(cnab240, line: last, columns: 24...29, with: "000099")
        #expect(
            refusal { () throws(CNABError) in try RemessaFile.parse(edited) }?.reason
                == .countMismatch(.fileRecords, declared: 99, counted: last))
    }

    @Test func bankQuirksOnRecordAreNotedNotRefused() throws {
        // BTG Pactual numbers its lot header 0000 and counts something else in its trailers.
        let btg = try RetornoFile.parse(try Fixtures.bytes("laravel-boleto/exemplos/btg.ret"))
        #expect(btg.titulos.count == 2)
        #expect(btg.warnings.contains { $0.reason == .countMismatch(.lotRecords, declared: 1, counted: 6) })
        #expect(btg.warnings.contains { $0.reason == .countMismatch(.fileRecords, declared: 1, counted: 8) })
        // Santander counts only the details in its lot trailer (both files at hand): accepted.
        #expect(try RetornoFile.parse(try Fixtures.bytes("brcobranca/CNAB240SANTANDER.RET")).warnings.isEmpty)
    }
}
