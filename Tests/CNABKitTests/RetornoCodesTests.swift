import BrazilKit
import CNABKit
import Testing

/// Ocorrências and motivos described from the code tables (rails.md §2.9–2.11), and the
/// classification a billing system acts on.
@Suite struct RetornoCodesTests {
    @Test func febraban240OcorrenciasAreDescribedAndClassified() {
        let cases: [(String, String, RetornoKind)] = [
            ("02", "Entrada confirmada", .entradaConfirmada),
            ("03", "Entrada rejeitada", .entradaRejeitada),
            ("06", "Liquidação", .liquidacao),
            ("09", "Baixa", .baixa),
            ("17", "Liquidação após baixa ou liquidação de título não registrado", .liquidacao),
            ("28", "Débito de tarifas/custas", .tarifa),
            ("14", "Confirmação recebimento alteração de vencimento", .outra),
        ]
        for (code, description, kind) in cases {
            let ocorrencia = Ocorrencia(code: code, table: .febraban240)
            #expect(ocorrencia.description == description)
            #expect(ocorrencia.kind == kind)
        }
    }

    @Test func unknownCodesAreKeptAndNamedByTheirCode() {
        let unknown = Ocorrencia(code: "99", table: .febraban240)
        #expect(unknown.knownDescription == nil)
        #expect(unknown.description == "ocorrência 99")
        #expect(unknown.kind == .outra)
        #expect(Ocorrencia(code: "05", table: .unknown400).description == "ocorrência 05")
        #expect(Motivo(code: "ZZ", knownDescription: nil).description == "motivo ZZ")
    }

    @Test func cnab400TablesAreTheBanksOwn() {
        #expect(Ocorrencia(code: "06", table: .itau400).description == "Liquidação normal")
        #expect(Ocorrencia(code: "43", table: .itau400).description == "Débitos mensais de tarifas")  // 41–46 range
        #expect(Ocorrencia(code: "43", table: .itau400).kind == .tarifa)
        #expect(
            Ocorrencia(code: "17", table: .bradesco400).description == "Liquidação após baixa / título não registrado")
        #expect(Ocorrencia(code: "17", table: .bradesco400).kind == .liquidacao)
        #expect(Ocorrencia(code: "10", table: .bradesco400).kind == .baixa)
        // The same code means different things at different banks: 17 is a rejection at Itaú.
        #expect(Ocorrencia(code: "17", table: .itau400).description == "Alteração/exclusão de dados rejeitados")
        #expect(Ocorrencia(code: "17", table: .itau400).kind == .outra)
    }

    @Test func motivosAreReadFromTheTableTheirOcorrenciaSelects() throws {
        // Sicoob: liquidação 06 with motivo 03 (C047 C, "no guichê em dinheiro").
        let sicoob = try #require(
            try RetornoFile.parse(try Fixtures.bytes("brcobranca/CNAB240SICOOB.RET")).titulos.first)
        #expect(sicoob.ocorrencia.description == "Liquidação")
        #expect(sicoob.kind == .liquidacao)
        #expect(sicoob.motivos == [Motivo(code: "03", knownDescription: "No guichê em dinheiro")])
        // Sicredi: entrada confirmada 02 with motivo A4 (C047 A, "Pagador DDA").
        let sicredi = try RetornoFile.parse(try Fixtures.bytes("brcobranca/CNAB240SICREDI.CRT")).titulos
        #expect(sicredi[0].motivos.map(\.description) == ["Pagador DDA"])
        // Then 28 (débito de tarifas) of 3,80 with motivo 05: C047 B, "Outras instruções".
        #expect(sicredi[1].ocorrencia.code == "28")
        #expect(sicredi[1].kind == .tarifa)
        #expect(sicredi[1].tarifa == Money(centavos: 380))
        #expect(sicredi[1].motivos.map(\.description) == ["Outras instruções"])
    }

    @Test func classificationCountsMatchTheCodesInTheFile() throws {
        // Count Itaú's liquidações straight from positions 109–110 of the file (rails.md §2.10).
        let bytes = try Fixtures.bytes("brcobranca/CNAB400ITAU.RET")
        let lines = FileEditing.lines(bytes)
        let codes = lines.dropFirst().dropLast().map { String(decoding: $0[108..<110], as: UTF8.self) }
        let liquidacoes = codes.filter { ["06", "07", "08"].contains($0) }.count
        let titulos = try RetornoFile.parse(bytes).titulos
        #expect(titulos.filter { $0.kind == .liquidacao }.count == liquidacoes)
        #expect(liquidacoes > 0)
    }

    @Test func bankSpecificFieldsOfRealFiles() throws {
        // Caixa SIGCB: modalidade 40–41 + nosso número 42–56 (rails.md §1.7).
        let caixa = try #require(
            try RetornoFile.parse(try Fixtures.bytes("laravel-boleto/cnab240/caixa.ret")).titulos.first)
        #expect(caixa.nossoNumero.raw == "24000000011136997")
        #expect(caixa.nossoNumero.normalized == "24000000011136997")
        #expect(caixa.valorTitulo == Money(centavos: 8000))
        #expect(caixa.tarifa == Money(centavos: 125))
        // Santander 240 (laravel-boleto's file): nosso número 41–53, tarifa 194–208.
        let santander = try #require(
            try RetornoFile.parse(try Fixtures.bytes("laravel-boleto/cnab240/santander.ret")).titulos.first)
        #expect(santander.nossoNumero.raw == "0000000001040")
        #expect(santander.nossoNumero.normalized == "1040")
        #expect(santander.tarifa == Money(centavos: 324))
        #expect(santander.kind == .liquidacao)  // 17
        #expect(santander.valorPago == Money(centavos: 1100))
        #expect(santander.dataOcorrencia == CivilDate(year: 2014, month: 6, day: 4))
        // Bradesco 400: nosso número and DV 71–82, despesas 176–188.
        let bradesco = try RetornoFile.parse(try Fixtures.bytes("brcobranca/CNAB400BRADESCO.RET"))
        #expect(bradesco.titulos.map(\.nossoNumero.raw).allSatisfy { $0.count == 12 })
        #expect(bradesco.titulos[0].ocorrencia.description == "Entrada confirmada")
        // BB CBR643 (type 7 details).
        let cbr643 = try RetornoFile.parse(try Fixtures.bytes("brcobranca/CBR64310.RET"))
        #expect(cbr643.titulos.count == 26)
        #expect(cbr643.titulos[0].nossoNumero.raw.count == 17)
    }
}
