import BrazilKit
import CNABKit
import Testing

/// Every file in INVENTORY.tsv is read — or refused on purpose, with the line and the reason
/// (SOURCES.md: "A parser must read them or refuse them on purpose").
@Suite struct FixtureParsingTests {
    /// Files the record-level reader refuses, with the line and reason it must give.
    static let structuralRefusals: [String: (line: Int, reason: CNABError.Reason)] = [
        // Itaú's CNAB 444 variant: a 400-character detail followed by a 44-digit NF-e key.
        "brcobranca/remessa-itau-cnab444.rem": (2, .wrongRecordLength(expected: 400, found: 444)),
        // brcobranca's BRB remessa starts with a 39-character "DCB…" record no CNAB 400 layout has.
        "brcobranca/remessa-banco-brasilia-cnab400.rem": (1, .unknownRecordType("D")),
    ]

    /// Retornos the retorno reader refuses under the strict policy, with line and reason.
    static let retornoRefusals: [String: (line: Int, reason: CNABError.Reason)] = [
        // The trailer is numbered 30 but is the third record: lines were cut out of a real file.
        "brcobranca/CNAB400BANCOBRASILIA.RET": (3, .countMismatch(.fileRecords, declared: 30, counted: 3)),
        // Unicred's file under Banco do Brasil's code 001 carries type-1 details; BB's CBR643 uses type 7.
        "brcobranca/CNAB400UNICRED.RET": (
            2, .unexpectedRecord(found: "registro tipo 1", expected: "detalhe de título (tipo 7)")
        ),
        // laravel-boleto's own negative tests: an unknown bank and a header that is not a retorno's.
        "laravel-boleto/cnab400/retorno_banco_fake.ret": (1, .unsupportedBank(BankCode(rawValue: "999"), .cnab400)),
        "laravel-boleto/cnab400/retorno_banco_fake_2.ret": (
            1, .unexpectedRecord(found: "'012345678'", expected: "'02RETORNO'")
        ),
    ]

    /// Remessas the remessa reader refuses: CNAB 400 banks whose remessa layout is not implemented,
    /// and the structural refusals above.
    static let remessaRefusals: [String: (line: Int, reason: CNABError.Reason)] = [
        "brcobranca/remessa-banco-brasil-cnab400.rem": (1, .unsupportedBank(.bancoDoBrasil, .cnab400)),
        "brcobranca/remessa-banco-nordeste-cnab400.rem": (1, .unsupportedBank(.bancoDoNordeste, .cnab400)),
        "brcobranca/remessa-banrisul-cnab400.rem": (1, .unsupportedBank(.banrisul, .cnab400)),
        "brcobranca/remessa-citibank-cnab400.rem": (1, .unsupportedBank(.citibank, .cnab400)),
        "brcobranca/remessa-credisis-cnab400.rem": (1, .unsupportedBank(.credisis, .cnab400)),
        "brcobranca/remessa-sicoob-cnab400.rem": (1, .unsupportedBank(.sicoob, .cnab400)),
        "brcobranca/remessa-unicred-cnab400.rem": (1, .unsupportedBank(.unicred, .cnab400)),
        "brcobranca/remessa-itau-cnab444.rem": (2, .wrongRecordLength(expected: 400, found: 444)),
        "brcobranca/remessa-banco-brasilia-cnab400.rem": (1, .wrongLayout(expected: nil, found: nil)),
        // A CNAB 240 remessa without file header or trailer: it starts with a lot header.
        "brcobranca/remessa-sicoob-correspondente-bb-cnab240.rem": (1, .missingFileHeader),
    ]

    static func format(_ entry: Fixtures.Entry) -> RecordFormat {
        if entry.layout.hasPrefix("CNAB240") { return Cnab240.format }
        return Cnab400.format
    }

    @Test func theInventoryListsEveryFile() {
        #expect(Fixtures.inventory.count == 62)
    }

    @Test(arguments: Fixtures.inventory)
    func everyFileIsReadRecordByRecord(entry: Fixtures.Entry) throws {
        let bytes = try Fixtures.bytes(entry.path)
        if let expected = Self.structuralRefusals[entry.path] {
            let error = refusal { () throws(CNABError) in
                try CNABRecordReader.records(in: bytes, format: Self.format(entry))
            }
            #expect(error?.line == expected.line)
            #expect(error?.reason == expected.reason)
            return
        }
        let records = try CNABRecordReader.records(in: bytes, format: Self.format(entry))
        // INVENTORY.tsv counts the records by type; the reader must see as many.
        #expect(records.count == entry.recordTypes.values.reduce(0, +))
    }

    @Test(arguments: Fixtures.inventory.filter(\.isRetorno))
    func everyRetornoIsReadOrRefusedOnPurpose(entry: Fixtures.Entry) throws {
        let bytes = try Fixtures.bytes(entry.path)
        if let expected = Self.retornoRefusals[entry.path] {
            let error = refusal { () throws(CNABError) in try RetornoFile.parse(bytes) }
            #expect(error?.line == expected.line)
            #expect(error?.reason == expected.reason)
            return
        }
        let file = try RetornoFile.parse(bytes)
        // One título per T segment in CNAB 240, per detail (type 1, or 7 at Banco do Brasil) in CNAB 400.
        let details = entry.recordTypes["3T"] ?? entry.recordTypes["1"] ?? entry.recordTypes["7"] ?? 0
        #expect(file.titulos.count == details)
        #expect(file.header.layout == (entry.layout.hasPrefix("CNAB240") ? .cnab240 : .cnab400))
        if !entry.bank.hasPrefix("\u{EF}") {  // btg.ret's bank column shows its byte-order mark
            #expect(file.header.bank.rawValue == entry.bank)
        }
    }

    @Test(arguments: Fixtures.inventory.filter { !$0.isRetorno })
    func everyRemessaIsReadOrRefusedOnPurpose(entry: Fixtures.Entry) throws {
        let bytes = try Fixtures.bytes(entry.path)
        if let expected = Self.remessaRefusals[entry.path] {
            let error = refusal { () throws(CNABError) in try RemessaFile.parse(bytes) }
            #expect(error?.line == expected.line)
            #expect(error?.reason == expected.reason)
            return
        }
        let file = try RemessaFile.parse(bytes)
        #expect(file.titulos.count == (entry.recordTypes["3P"] ?? entry.recordTypes["1"] ?? 0))
        #expect(file.bank.rawValue == entry.bank)
    }

    @Test func doctoredFilesAreReadUnderTheLenientPolicyWithTheirFindingsAsWarnings() throws {
        let file = try RetornoFile.parse(try Fixtures.bytes("brcobranca/CNAB400BANCOBRASILIA.RET"), policy: .lenient)
        #expect(file.titulos.count == 1)
        #expect(file.warnings.map(\.reason) == [.countMismatch(.fileRecords, declared: 30, counted: 3)])
    }

    @Test func remessasAreNotReadAsRetornosNorTheReverse() throws {
        let remessa = try Fixtures.bytes("laravel-boleto/cnab400/remessa.txt")
        let asRetorno = refusal { () throws(CNABError) in try RetornoFile.parse(remessa) }
        #expect(asRetorno?.reason == .wrongDirection(expected: .retorno, found: .remessa))
        #expect(asRetorno?.line == 1)
        let retorno = try Fixtures.bytes("brcobranca/CNAB240SICREDI.CRT")
        let asRemessa = refusal { () throws(CNABError) in try RemessaFile.parse(retorno) }
        #expect(asRemessa?.reason == .wrongDirection(expected: .remessa, found: .retorno))
        #expect(asRemessa?.columns == 143...143)
    }

    /// The brcobranca remessas were written by an independent implementation: reading them checks
    /// this library's positions against another's.
    @Test func brcobrancaRemessasReadAtTheExpectedPositions() throws {
        let itau = try RemessaFile.parse(try Fixtures.bytes("brcobranca/remessa-itau-cnab400.rem"))
        let titulo = try #require(itau.titulos.first)
        #expect(titulo.nossoNumero == "00000123")
        #expect(titulo.valor == Money(centavos: 19_990))
        #expect(titulo.vencimento == CivilDate(year: 2015, month: 7, day: 14))
        #expect(
            titulo.multa == Multa(data: CivilDate(year: 2015, month: 7, day: 14), valor: .valor(Money(centavos: 200))))
        #expect(titulo.pagador?.document.value == "12345678901")
        #expect(itau.header.account.agencia == "1234")

        let santander = try RemessaFile.parse(try Fixtures.bytes("brcobranca/remessa-santander-cnab240.rem"))
        #expect(santander.titulos.first?.nossoNumero == "0000012345679")
        #expect(santander.titulos.first?.pagador?.name == "PABLO DIEGO JOSE FRANCISCO DE PAULA JUAN")

        let caixa = try RemessaFile.parse(try Fixtures.bytes("brcobranca/remessa-caixa-cnab240.rem"))
        #expect(caixa.titulos.first?.nossoNumero == "14000000000000123")  // modalidade 14 + 15 digits
        #expect(caixa.header.account.convenio == "123456")

        let bradesco = try RemessaFile.parse(try Fixtures.bytes("brcobranca/remessa-bradesco-cnab400.rem"))
        #expect(bradesco.titulos.first?.nossoNumero == "00000000123P")  // DV P (rails.md §1.7)
        #expect(bradesco.titulos.first?.multa?.valor == .percentual(basisPoints: 200))
    }
}
