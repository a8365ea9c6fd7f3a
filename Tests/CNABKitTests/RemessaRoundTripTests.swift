import BrazilKit
import CNABKit
import Testing

/// Remessas of every bank written, checked byte by byte against the layouts' positions, and read
/// back with the same reader.
@Suite struct RemessaRoundTripTests {
    struct Case: Sendable, CustomStringConvertible {
        let bank: BankCode
        let layout: CNABLayout
        var description: String { "\(layout.name) \(bank.displayName)" }
    }

    static let cases: [Case] =
        RemessaFile.supportedBanks(.cnab240).map { Case(bank: $0, layout: .cnab240) }
        + RemessaFile.supportedBanks(.cnab400).map { Case(bank: $0, layout: .cnab400) }

    @Test func theBriefsBanksAreSupported() {
        #expect(
            Set(RemessaFile.supportedBanks(.cnab240)) == [
                .bancoDoBrasil, .caixa, .santander, .sicoob, .sicredi, .bradesco, .itau,
            ])
        #expect(Set(RemessaFile.supportedBanks(.cnab400)) == [.itau, .bradesco, .santander, .sicredi])
    }

    @Test(arguments: cases)
    func recordsHaveExactLengthsCRLFAndOnlyASCII(testCase: Case) throws {
        let bytes = try RemessaSamples.file(testCase.bank, testCase.layout).write()
        let length = testCase.layout.recordLength
        #expect(bytes.count % (length + 2) == 0)
        for start in stride(from: 0, to: bytes.count, by: length + 2) {
            #expect(bytes[start + length] == 0x0D)
            #expect(bytes[start + length + 1] == 0x0A)
            #expect(bytes[start..<(start + length)].allSatisfy { $0 >= 0x20 && $0 < 0x7F })
        }
        // Accents folded, text uppercase.
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(text.contains("JOSE DA CONCEICAO LTDA"))
        #expect(!text.contains("São"))
    }

    @Test(arguments: cases)
    func whatIsWrittenIsReadBack(testCase: Case) throws {
        let original = RemessaSamples.file(testCase.bank, testCase.layout)
        let read = try RemessaFile.parse(original.write(), layout: testCase.layout, bank: testCase.bank)
        #expect(read.layout == testCase.layout)
        #expect(read.bank == testCase.bank)
        #expect(read.header == Self.expectedHeader(testCase))
        let titulos = read.titulos.map { titulo in
            var copy = titulo
            copy.lines = nil
            return copy
        }
        let expected = original.titulos.map { Self.expectedTitulo($0, testCase) }
        #expect(titulos.count == expected.count)
        for (got, want) in zip(titulos, expected) { #expect(got == want) }
    }

    @Test func cnab240SegmentsAndTrailerCountsFollowTheTitulos() throws {
        let file = RemessaSamples.file(.bancoDoBrasil, .cnab240)
        let lines = FileEditing.lines(try file.write())
        let types = lines.map { line in
            String(decoding: [line[7]] + (line[7] == UInt8(ascii: "3") ? [line[13]] : []), as: UTF8.self)
        }
        // Full entrada: P, Q, R (multa and descontos 2 and 3); second entrada: P, Q; instructions: P.
        #expect(types == ["0", "1", "3P", "3Q", "3R", "3P", "3Q", "3P", "3P", "3P", "3P", "5", "9"])
        // Lot trailer 18–23: records of the lot with its header and trailer; file trailer 18–23 lots,
        // 24–29 records (rails.md §2.8).
        #expect(FileEditing.field(lines.joinedFile, line: 12, columns: 18...23) == "000011")
        #expect(FileEditing.field(lines.joinedFile, line: 13, columns: 18...29) == "000001000013")
        // Movimentos C004 at 16–17: 01 entrada, 02 baixa, 06 vencimento, 09 protestar, 31 outros dados (valor).
        #expect(
            [3, 6, 8, 9, 10, 11].map { FileEditing.field(lines.joinedFile, line: $0, columns: 16...17) } == [
                "01", "01", "02", "06", "09", "31",
            ])
    }

    @Test func cnab240PutsEachBanksFieldsWhereItsManualSays() throws {
        func line(_ bank: BankCode, _ number: Int) throws -> [UInt8] {
            FileEditing.lines(try RemessaSamples.file(bank, .cnab240).write()).joinedFile
        }
        // FEBRABAN P: vencimento 78–85, valor 86–100, espécie 107–108 (C015 02 = DM), uso da empresa 196–220.
        let bb = try line(.bancoDoBrasil, 3)
        #expect(FileEditing.field(bb, line: 3, columns: 78...100) == "10032026" + "000000000145000")
        #expect(FileEditing.field(bb, line: 3, columns: 107...108) == "02")
        #expect(FileEditing.field(bb, line: 3, columns: 196...220) == "CHARGE-0001              ")
        #expect(FileEditing.field(bb, line: 3, columns: 38...57) == "12345670000000001   ")
        // Juros C018 2 (taxa mensal) 1% at 118–141; protesto C026 1 with 5 days; baixa C028 1 with 30 days; moeda 09.
        #expect(FileEditing.field(bb, line: 3, columns: 118...141) == "2" + "11032026" + "000000000000100")
        #expect(FileEditing.field(bb, line: 3, columns: 221...229) == "105" + "1030" + "09")
        // Q: CNPJ 19–33, CEP 129–136, UF 152–153.
        #expect(FileEditing.field(bb, line: 4, columns: 18...33) == "2011222333000181")
        #expect(FileEditing.field(bb, line: 4, columns: 129...136) == "01310100")
        #expect(FileEditing.field(bb, line: 4, columns: 137...153) == "SAO PAULO      SP")
        // R: multa G073 2 (percentual) 2% from 11/03/2026 at 66–89.
        #expect(FileEditing.field(bb, line: 5, columns: 66...89) == "2" + "11032026" + "000000000000200")
        // Santander: nosso número 45–57 (rails.md §2.4); Caixa: modalidade 41–42 and 15 digits 43–57.
        #expect(FileEditing.field(try line(.santander, 3), line: 3, columns: 45...57) == "0000000000001")
        #expect(FileEditing.field(try line(.caixa, 3), line: 3, columns: 41...57) == "14000000000000001")
        // Versions at header 164–166 / lot header 14–16 (rails.md §2): Bradesco 084/042, Santander 040/030, Caixa 050/060.
        #expect(FileEditing.field(try line(.bradesco, 1), line: 1, columns: 164...166) == "084")
        #expect(FileEditing.field(try line(.bradesco, 2), line: 2, columns: 14...16) == "042")
        #expect(FileEditing.field(try line(.santander, 1), line: 1, columns: 164...166) == "040")
        #expect(FileEditing.field(try line(.caixa, 2), line: 2, columns: 14...16) == "060")
        // Lot trailer totals where the bank's remessas carry them: Sicoob's cobrança simples count and
        // sum at 24–46; Santander's blanks after 23 (as brcobranca's remessas of both banks).
        let sicoob = RemessaSamples.file(.sicoob, .cnab240)
        let sicoobLines = FileEditing.lines(try sicoob.write())
        let sum = sicoob.titulos.reduce(Int64(0)) { $0 + $1.valor.centavos }
        #expect(
            FileEditing.field(sicoobLines.joinedFile, line: sicoobLines.count - 1, columns: 24...46)
                == "000006" + String(100_000_000_000_000_000 + sum).dropFirst())
        let santanderLines = FileEditing.lines(try RemessaSamples.file(.santander, .cnab240).write())
        #expect(
            FileEditing.field(santanderLines.joinedFile, line: santanderLines.count - 1, columns: 24...240)
                == String(repeating: " ", count: 217))
    }

    @Test func cnab400PutsEachBanksFieldsWhereItsManualSays() throws {
        let itau = FileEditing.lines(try RemessaSamples.file(.itau, .cnab400).write()).joinedFile
        // rails.md §2.10: header agência 27–30, conta 33–37, DAC 38, "341" 77–79, date 95–100.
        #expect(FileEditing.field(itau, line: 1, columns: 1...26) == "01REMESSA01COBRANCA       ")
        #expect(FileEditing.field(itau, line: 1, columns: 27...38) == "005700123457")
        #expect(FileEditing.field(itau, line: 1, columns: 77...100) == "341BANCO ITAU SA  210226")
        // Detail: nosso número 63–70, carteira 84–86, ocorrência 109–110, seu número 111–120,
        // vencimento 121–126, valor 127–139, juros 161–173.
        #expect(FileEditing.field(itau, line: 2, columns: 63...70) == "00000001")
        #expect(FileEditing.field(itau, line: 2, columns: 84...86) == "109")
        #expect(
            FileEditing.field(itau, line: 2, columns: 109...139) == "01" + "NF-1001   " + "100326" + "0000000145000")
        #expect(FileEditing.field(itau, line: 2, columns: 161...173) == "0000000000048")
        // Type 2 multa: código 2 (percentual), date DDMMAAAA, 2,00%.
        #expect(FileEditing.field(itau, line: 3, columns: 1...23) == "2" + "2" + "11032026" + "0000000000200")
        // Every record numbered at 395–400.
        #expect(
            FileEditing.lines(itau).enumerated().allSatisfy { index, line in
                String(decoding: line[394..<400], as: UTF8.self) == String(1_000_001 + index).dropFirst()
            })

        let bradesco = FileEditing.lines(try RemessaSamples.file(.bradesco, .cnab400).write()).joinedFile
        // rails.md §2.11: código da empresa 27–46, MX 109–110, sequencial de remessa 111–117;
        // detail multa 66–70, nosso número 71–82 with DV.
        #expect(FileEditing.field(bradesco, line: 1, columns: 27...46) == "00000000000001234567")
        #expect(FileEditing.field(bradesco, line: 1, columns: 109...117) == "MX0000042")
        #expect(FileEditing.field(bradesco, line: 2, columns: 66...82) == "2" + "0200" + "00000000001P")
        // 20 = alteração de valor at Bradesco.
        #expect(FileEditing.field(bradesco, line: 7, columns: 109...110) == "20")

        // Santander's trailer: record count 2–7 and total value 8–20 [LIB].
        let santanderLines = FileEditing.lines(try RemessaSamples.file(.santander, .cnab400).write())
        let santander = santanderLines.joinedFile
        let total = RemessaSamples.titulos(.santander, .cnab400).reduce(0) { $0 + $1.valor.centavos }
        #expect(
            FileEditing.field(santander, line: santanderLines.count, columns: 1...20)
                == "9" + String(1_000_000 + santanderLines.count).dropFirst()
                + String(10_000_000_000_000 + total).dropFirst())
    }

    @Test func santander400RefusesWhatItsLayoutCannotSay() {
        var file = RemessaSamples.file(.santander, .cnab400)
        file.titulos.append(
            RemessaTitulo(
                instruction: .alteracaoValor, nossoNumero: "00000009", seuNumero: "X",
                vencimento: RemessaSamples.date(2026, 5, 1),
                valor: Money(centavos: 100), emissao: RemessaSamples.date(2026, 4, 1), pagador: nil))
        let error = refusal { () throws(CNABError) in try file.write() }
        #expect(error?.field?.hasPrefix("título 6") == true)
        if case .invalidValue(let value, _, _)? = error?.reason {
            #expect(value == "alteração de valor")
        } else {
            Issue.record("expected invalidValue, got \(String(describing: error))")
        }
    }

    @Test func unsupportedBanksAreRefusedWhenWriting() {
        var file = RemessaSamples.file(.itau, .cnab400)
        file.bank = .banrisul
        #expect(refusal { () throws(CNABError) in try file.write() }?.reason == .unsupportedBank(.banrisul, .cnab400))
        file.layout = .cnab240
        #expect(refusal { () throws(CNABError) in try file.write() }?.reason == .unsupportedBank(.banrisul, .cnab240))
    }

    // MARK: Expectations: what each layout carries back

    static func expectedHeader(_ testCase: Case) -> RemessaHeader {
        let original = RemessaSamples.file(testCase.bank, testCase.layout).header
        var header = original
        header.companyName = "ADIMPLENCIA COMERCIO DE SERVIC"  // folded, cut to 30
        var account = CobrancaAccount(agencia: "", conta: "")
        let given = original.account
        switch (testCase.layout, testCase.bank) {
        case (.cnab240, .bancoDoBrasil): account = given
        case (.cnab240, .caixa):
            account = CobrancaAccount(
                agencia: given.agencia, agenciaDV: given.agenciaDV, conta: "", convenio: given.convenio)
        case (.cnab240, .santander), (.cnab400, .santander): account.convenio = given.convenio
        case (.cnab240, .sicoob), (.cnab240, .sicredi):
            account = CobrancaAccount(
                agencia: given.agencia, agenciaDV: given.agenciaDV, conta: given.conta, contaDV: given.contaDV)
        case (.cnab240, .bradesco):
            account = CobrancaAccount(
                agencia: given.agencia, agenciaDV: given.agenciaDV, conta: given.conta, contaDV: given.contaDV,
                convenio: given.convenio)
        case (_, .itau): account = CobrancaAccount(agencia: given.agencia, conta: given.conta, contaDV: given.contaDV)
        case (.cnab400, .bradesco), (.cnab400, .sicredi): account.convenio = given.convenio
        default: break
        }
        header.account = account
        if testCase.layout == .cnab400 {
            header.fileTime = 0  // CNAB 400 headers have no time
            if testCase.bank == .itau || testCase.bank == .santander { header.nsa = 0 }  // nor, there, an NSA
            if testCase.bank == .sicredi { header.companyName = "" }  // Sicredi's header has no name
            if testCase.bank != .sicredi { header.companyDocument = Inscricao(kind: .cnpj, value: "") }
        }
        return header
    }

    static func expectedTitulo(_ titulo: RemessaTitulo, _ testCase: Case) -> RemessaTitulo {
        var expected = titulo
        let bank = testCase.bank
        if let pagador = titulo.pagador {
            var folded = pagador
            folded.name = pagador.name == RemessaSamples.pagador.name ? "JOSE DA CONCEICAO LTDA" : "MARIA ANTONIA"
            folded.address =
                pagador.address == RemessaSamples.pagador.address ? "RUA SAO JOAO, 123   APTO 4" : "AV. BRASIL, 1000"
            folded.neighborhood = pagador.neighborhood.uppercased()
            folded.city = pagador.city == "São Paulo" ? "SAO PAULO" : "RIO DE JANEIRO"
            folded.cep = pagador.cep.filter(\.isNumber)
            if testCase.layout == .cnab400 && (bank == .bradesco || bank == .sicredi) {
                // Neither layout has bairro, cidade or UF (the bank derives them from the CEP).
                folded.neighborhood = ""
                folded.city = ""
                folded.uf = ""
            }
            expected.pagador = folded
        }
        guard testCase.layout == .cnab400 else { return expected }
        expected.baixaDias = nil
        expected.descontos = Array(titulo.descontos.prefix(1))
        if bank != .itau { expected.jurosDesde = nil }
        if bank == .bradesco { expected.aceite = false }
        if bank == .sicredi { expected.usoDaEmpresa = "" }  // Sicredi's detail has no uso da empresa
        return expected
    }
}

extension Array where Element == [UInt8] {
    /// The lines as a CRLF file again, for ``FileEditing`` lookups.
    fileprivate var joinedFile: [UInt8] { FileEditing.join(self) }
}
