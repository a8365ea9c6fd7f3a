import BrazilKit
import CNABKit
import Testing

/// CNAB 150 débito automático: every record type written and read back, the trailer's count and
/// total, and the return codes (rails.md §6).
@Suite struct DebitoAutomaticoTests {
    static func date(_ year: Int, _ month: Int, _ day: Int) -> CivilDate {
        CivilDate(year: year, month: month, day: day)!
    }

    static let customer = DebitoAutomaticoFile.Customer(
        idEmpresa: "CLIENTE-000123", agencia: "1234", conta: "00000012345678")

    static let file = DebitoAutomaticoFile(
        header: .init(
            direction: .retorno, convenio: "CONV123", companyName: "Adimple Cobrança", bank: .bancoDoBrasil,
            bankName: "BANCO DO BRASIL", fileDate: date(2026, 2, 21), nsa: 17, version: 5),
        records: [
            .optIn(.init(customer: customer, date: date(2026, 1, 10), movimento: "2")),
            .cadastroOcorrencia(
                .init(customer: customer, ocorrencia1: "CONTA ENCERRADA", ocorrencia2: "", movimento: "1")),
            .alteracaoIdentificacao(
                .init(customer: customer, idAtual: "CLIENTE-000124", ocorrencia: "", movimento: "0")),
            .debito(
                .init(
                    customer: customer, vencimento: date(2026, 3, 10), valor: Money(centavos: 19_990),
                    usoEmpresa: "FATURA 2026-03",
                    documento: Inscricao(kind: .cpf, value: "52998224725"))),
            .retornoDebito(
                .init(
                    customer: customer, dataDebito: date(2026, 3, 10), valor: Money(centavos: 19_990),
                    codigoRetorno: "00")),
            .retornoDebito(
                .init(
                    customer: customer, dataDebito: date(2026, 3, 10), valor: Money(centavos: 5_000),
                    codigoRetorno: "01")),
            .ocorrenciaAlteracao(
                .init(customer: customer, idAtual: "CLIENTE-000124", ocorrencia: "ALTERACAO EFETUADA", movimento: "0")),
            .confirmacaoProcessamento(
                .init(
                    nsa: 16, dataGeracao: date(2026, 2, 20), totalRegistros: 12, valorTotal: Money(centavos: 100_000),
                    dataProcessamento: date(2026, 2, 21))),
            .cronograma(
                .init(
                    dataFaturamento: date(2026, 3, 1), dataVencimento: date(2026, 3, 10),
                    dataRemessaBanco: date(2026, 3, 5), dataRemessaCliente: nil)),
            .totais(.init(totalRegistros: 2, valorTotal: Money(centavos: 24_990))),
            .agencia(
                .init(
                    codigo: "1234", nome: "Agência Centro", endereco: "Rua Direita", numero: "100", cep: "01002000",
                    cidade: "São Paulo", uf: "SP", situacao: "A")),
        ])

    @Test func everyRecordTypeIsWrittenAndReadBack() throws {
        let bytes = try Self.file.write()
        let read = try DebitoAutomaticoFile.parse(bytes)
        var expected = Self.file
        expected.header.companyName = "ADIMPLE COBRANCA"
        if case .agencia(var agencia) = expected.records[10] {
            agencia.nome = "AGENCIA CENTRO"
            agencia.endereco = "RUA DIREITA"
            agencia.cidade = "SAO PAULO"
            expected.records[10] = .agencia(agencia)
        }
        if case .debito(var debito) = expected.records[3] {
            debito.usoEmpresa = "FATURA 2026-03"
            expected.records[3] = .debito(debito)
        }
        #expect(read == expected)
    }

    @Test func recordsAre150CharactersWithCRLF() throws {
        let bytes = try Self.file.write()
        let lines = FileEditing.lines(bytes)
        #expect(lines.count == 13)
        #expect(lines.allSatisfy { $0.count == 150 })
        #expect(bytes.count == 13 * 152)
        #expect(lines.map { String(decoding: [$0[0]], as: UTF8.self) }.joined() == "ABCDEFFHJLTXZ")
    }

    @Test func fieldsSitWhereRailsSection6SaysTheyDo() throws {
        let bytes = try Self.file.write()
        // A: 82–98 "DEBITO AUTOMATICO", 66–73 date AAAAMMDD, 74–79 NSA, 80–81 version.
        #expect(
            FileEditing.field(bytes, line: 1, columns: 66...98) == "20260221" + "000017" + "05" + "DEBITO AUTOMATICO")
        #expect(FileEditing.field(bytes, line: 1, columns: 43...45) == "001")
        // E: 45–52 date, 53–67 valor, 68–69 moeda 03, 130 tipo 2 (CPF), 150 movimento 0.
        #expect(FileEditing.field(bytes, line: 5, columns: 45...69) == "20260310" + "000000000019990" + "03")
        #expect(FileEditing.field(bytes, line: 5, columns: 130...145) == "2" + "000052998224725")
        #expect(FileEditing.field(bytes, line: 5, columns: 150...150) == "0")
        // F: 68–69 código de retorno.
        #expect(FileEditing.field(bytes, line: 7, columns: 68...69) == "01")
        // Z: 2–7 records with A and Z, 8–24 total of the E and F values.
        #expect(FileEditing.field(bytes, line: 13, columns: 1...24) == "Z" + "000013" + "00000000000044980")
    }

    @Test func returnCodesAreDescribed() {
        let debited = DebitoAutomaticoFile.RetornoDebito(
            customer: Self.customer, dataDebito: nil, valor: .zero, codigoRetorno: "00")
        #expect(debited.isDebited)
        #expect(debited.retornoDescription == "Débito efetuado")
        let insufficient = DebitoAutomaticoFile.RetornoDebito(
            customer: Self.customer, dataDebito: nil, valor: .zero, codigoRetorno: "01")
        #expect(!insufficient.isDebited)
        #expect(insufficient.retornoDescription == "Insuficiência de fundos")
        let unknown = DebitoAutomaticoFile.RetornoDebito(
            customer: Self.customer, dataDebito: nil, valor: .zero, codigoRetorno: "77")
        #expect(unknown.retornoDescription == "código de retorno 77")
    }

    @Test func aTrailerThatDoesNotAddUpIsRefused() throws {
        let bytes = try Self.file.write()
        let count = FileEditing.replacing(bytes, line: 13, columns: 2...7, with: "000012")
        let error = refusal { () throws(CNABError) in try DebitoAutomaticoFile.parse(count) }
        #expect(error?.reason == .countMismatch(.fileRecords, declared: 12, counted: 13))
        #expect(error?.line == 13)
        let total = FileEditing.replacing(bytes, line: 13, columns: 8...24, with: "00000000000044981")
        let sum = refusal { () throws(CNABError) in try DebitoAutomaticoFile.parse(total) }
        #expect(
            sum?.reason
                == .sumMismatch(.valorDebitos, declared: Money(centavos: 44_981), computed: Money(centavos: 44_980)))
        #expect(sum?.columns == 8...24)
        // Truncated: no Z.
        let truncated = FileEditing.join(Array(FileEditing.lines(bytes).dropLast()))
        #expect(
            refusal { () throws(CNABError) in try DebitoAutomaticoFile.parse(truncated) }?.reason == .missingFileTrailer
        )
        // A bad date in an E record.
        let date = FileEditing.replacing(bytes, line: 5, columns: 45...52, with: "20261301")
        #expect(
            refusal { () throws(CNABError) in try DebitoAutomaticoFile.parse(date) }?.message(.en)
                == "line 5, columns 45–52 (data do vencimento): '2026-13-01' is not a date")
    }

    @Test func aRetornoIsNotTakenForCobranca() throws {
        let bytes = try Self.file.write()
        let error = refusal { () throws(CNABError) in try RetornoFile.parse(bytes) }
        #expect(error?.line == 1)
        #expect(error?.message(.en).contains("DebitoAutomaticoFile") == true)
    }
}
