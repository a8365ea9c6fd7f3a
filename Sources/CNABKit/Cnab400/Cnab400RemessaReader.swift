import BrazilKit

/// Reads a CNAB 400 remessa of Itaú, Bradesco, Santander or Sicredi back into a ``RemessaFile``,
/// checking the record sequence and, for Santander, the trailer's count and total.
///
/// What the layout does not carry comes back empty: Itaú has no NSA, Bradesco no aceite, bairro,
/// cidade or UF, Sicredi no bairro, cidade or UF; juros come back as an amount per day.
struct Cnab400RemessaReader {
    private enum State { case expectingHeader, inFile, ended }

    private var state = State.expectingHeader
    private let expectedBank: BankCode?
    private(set) var bank: BankCode?
    private(set) var header: RemessaHeader?
    private(set) var titulos: [RemessaTitulo] = []
    private var recordCount = 0
    private var total = Money.zero
    private var lastLine = 0

    init(expectedBank: BankCode?) {
        self.expectedBank = expectedBank
    }

    mutating func consume(_ raw: RawLine, log: inout FindingLog) throws(CNABError) {
        let line = try raw.record(length: 400)
        if let problem = raw.nonASCII(within: 400) { try log.report(problem) }
        recordCount += 1
        lastLine = raw.number
        let type = line.byte(1)
        switch state {
        case .expectingHeader:
            guard type == UInt8(ascii: "0") else {
                throw CNABError(line: raw.number, columns: 1...1, field: "tipo de registro", reason: .missingFileHeader)
            }
            try readHeader(line, log: &log)
            state = .inFile
        case .inFile:
            switch type {
            case UInt8(ascii: "1"):
                let titulo = try readDetail(line)
                total = Money(centavos: total.centavos &+ titulo.valor.centavos)
                titulos.append(titulo)
            case UInt8(ascii: "2") where bank == .itau:
                guard !titulos.isEmpty else {
                    throw CNABError(
                        line: raw.number, columns: 1...1,
                        reason: .unexpectedRecord(found: "registro tipo 2", expected: "detalhe"))
                }
                try readItauMulta(line, into: &titulos[titulos.count - 1])
            case UInt8(ascii: "2")...UInt8(ascii: "8"):
                // Complementary records (Santander Pix 8, Sicredi mensagens 2, rateio 4, 5) belong to the título before.
                guard !titulos.isEmpty else {
                    throw CNABError(
                        line: raw.number, columns: 1...1,
                        reason: .unexpectedRecord(
                            found: "registro tipo \(Character(Unicode.Scalar(type)))", expected: "detalhe"))
                }
            case UInt8(ascii: "9"):
                state = .ended
                try checkTrailer(line, log: &log)
            default:
                throw CNABError(
                    line: raw.number, columns: 1...1, field: "tipo de registro",
                    reason: .unknownRecordType(String(decoding: [type], as: UTF8.self)))
            }
        case .ended:
            throw CNABError(line: raw.number, reason: .recordAfterTrailer)
        }
        try checkSequence(line, log: &log)
    }

    func finish() throws(CNABError) {
        switch state {
        case .ended: return
        case .expectingHeader: throw CNABError(reason: .emptyFile)
        case .inFile: throw CNABError(line: lastLine, reason: .missingFileTrailer)
        }
    }

    private func checkSequence(_ line: LineBytes, log: inout FindingLog) throws(CNABError) {
        let field = Cnab400.sequencial
        let found = Int(try line.number(field))
        if !field.states(found, count: recordCount) {
            try log.report(
                CNABError(
                    line: line.number, columns: field.columns, field: field.name,
                    reason: .sequenceMismatch(expected: recordCount, found: found)))
        }
    }

    /// Santander's trailer declares the record count and the total value (when present).
    private func checkTrailer(_ line: LineBytes, log: inout FindingLog) throws(CNABError) {
        guard bank == .santander else { return }
        typealias S = Cnab400Remessa.Santander
        let declared = Int(try line.number(S.quantidade))
        if declared != 0 && !S.quantidade.states(declared, count: recordCount) {
            try log.report(
                CNABError(
                    line: line.number, columns: S.quantidade.columns, field: S.quantidade.name,
                    reason: .countMismatch(.fileRecords, declared: declared, counted: recordCount)))
        }
        let value = try line.money(S.valorTotal)
        if !value.isZero && value != total {
            try log.report(
                CNABError(
                    line: line.number, columns: S.valorTotal.columns, field: S.valorTotal.name,
                    reason: .sumMismatch(.valorTitulos, declared: value, computed: total)))
        }
    }

    private mutating func readHeader(_ line: LineBytes, log: inout FindingLog) throws(CNABError) {
        let literal = line.text(Cnab400.literalArquivo)
        if literal == "RETORNO" || line.byte(2) == UInt8(ascii: "2") {
            throw CNABError(
                line: line.number, columns: 2...9, field: Cnab400.literalArquivo.name,
                reason: .wrongDirection(expected: .remessa, found: .retorno))
        }
        let code = BankCode(rawValue: line.text(Cnab400.banco))
        if let expectedBank, expectedBank != code {
            throw CNABError(
                line: line.number, columns: 77...79, field: Cnab400.banco.name,
                reason: .wrongBank(expected: expectedBank, found: code))
        }
        guard RemessaFile.supportedBanks(.cnab400).contains(code) else {
            throw CNABError(
                line: line.number, columns: 77...79, field: Cnab400.banco.name, reason: .unsupportedBank(code, .cnab400)
            )
        }
        bank = code
        func digits(_ field: FieldSpec) -> String {
            let text = line.trimmed(field)
            let significant = text.drop { $0 == "0" }
            return significant.isEmpty ? (text.isEmpty ? "" : "0") : String(significant)
        }
        var account = CobrancaAccount(agencia: "", conta: "")
        var document = Inscricao(kind: .cnpj, value: "")
        var nsa = 0
        var dateField = Cnab400Remessa.Common.dataArquivo
        switch code {
        case .itau:
            account.agencia = digits(Cnab400Remessa.Itau.headerAgencia)
            account.conta = digits(Cnab400Remessa.Itau.headerConta)
            account.contaDV = line.trimmed(Cnab400Remessa.Itau.headerDAC)
        case .bradesco:
            account.convenio = digits(Cnab400Remessa.Bradesco.codigoEmpresa)
            nsa = log.soft { () throws(CNABError) in Int(try line.number(Cnab400Remessa.Bradesco.nsa)) } ?? 0
        case .santander:
            account.convenio = digits(Cnab400Remessa.Santander.headerCodigoTransmissao)
        default:
            account.convenio = digits(Cnab400Remessa.Sicredi.codigoBeneficiario)
            let value = line.trimmed(Cnab400Remessa.Sicredi.inscricao)
            document = Inscricao(kind: value.hasPrefix("000") ? .cpf : .cnpj, value: value)
            nsa = log.soft { () throws(CNABError) in Int(try line.number(Cnab400Remessa.Sicredi.nsa)) } ?? 0
            dateField = Cnab400Remessa.Sicredi.dataArquivo
        }
        let name = code == .sicredi ? "" : line.trimmed(Cnab400Remessa.Common.nomeEmpresa)
        header = RemessaHeader(
            companyName: name, companyDocument: document, account: account, nsa: nsa,
            fileDate: log.soft { () throws(CNABError) in try line.date(dateField) } ?? CivilDate(
                year: 1970, month: 1, day: 1)!)
    }

    private func required(_ line: LineBytes, _ field: FieldSpec) throws(CNABError) -> CivilDate {
        guard let date = try line.date(field) else { throw line.failure(field, .notADate(line.raw(field))) }
        return date
    }

    private mutating func readDetail(_ line: LineBytes) throws(CNABError) -> RemessaTitulo {
        typealias C = Cnab400Remessa.Common
        let bank = self.bank!
        let juros = try line.money(C.juros)
        var titulo = RemessaTitulo(
            instruction: RemessaCodes.instruction(for: line.text(C.ocorrencia), bank: bank, layout: .cnab400),
            nossoNumero: "", seuNumero: line.trimmed(C.seuNumero), vencimento: try required(line, C.vencimento),
            valor: try line.money(C.valor), emissao: try required(line, C.emissao),
            juros: juros.isZero ? nil : .valorPorDia(juros), abatimento: try line.money(C.abatimento), pagador: nil,
            lines: line.number...line.number)
        if let ate = try line.date(C.dataDesconto) {
            titulo.descontos = [Desconto(ate: ate, valor: .valor(try line.money(C.desconto)))]
        }
        let documentKind: Inscricao.Kind
        var pagador = Pagador(
            name: line.trimmed(C.nomePagador), document: Inscricao(kind: .cpf, value: ""),
            address: line.trimmed(C.enderecoPagador), cep: line.trimmed(C.cepPagador), city: "", uf: "")
        let especieField: FieldSpec
        switch bank {
        case .itau:
            typealias I = Cnab400Remessa.Itau
            titulo.usoDaEmpresa = line.trimmed(I.usoEmpresa)
            titulo.nossoNumero = line.trimmed(I.nossoNumero)
            titulo.aceite = line.text(C.aceite) == "A"
            titulo.jurosDesde = titulo.juros == nil ? nil : try line.date(I.dataMora)
            if line.text(C.instrucao1) == "09" { titulo.protestoDias = Int(try line.number(I.prazo)) }
            documentKind = try line.number(C.tipoInscricaoPagador) == 1 ? .cpf : .cnpj
            pagador.name = line.trimmed(I.nomePagador)
            pagador.neighborhood = line.trimmed(I.bairro)
            pagador.city = line.trimmed(I.cidade)
            pagador.uf = line.trimmed(I.uf)
            especieField = C.especie
        case .bradesco:
            typealias B = Cnab400Remessa.Bradesco
            titulo.usoDaEmpresa = line.trimmed(B.usoEmpresa)
            titulo.nossoNumero = line.trimmed(B.nossoNumero)
            if try line.number(B.codigoMulta) == 2 {
                titulo.multa = Multa(data: nil, valor: .percentual(basisPoints: try line.number(B.percentualMulta)))
            }
            if line.text(C.instrucao1) == "06" {
                titulo.protestoDias = Int(try line.number(.numeric("dias para protesto", 159, 160)))
            }
            documentKind = try line.number(C.tipoInscricaoPagador) == 1 ? .cpf : .cnpj
            especieField = C.especie
        case .santander:
            typealias S = Cnab400Remessa.Santander
            titulo.usoDaEmpresa = line.trimmed(S.usoEmpresa)
            titulo.nossoNumero = line.trimmed(S.nossoNumero)
            titulo.aceite = line.text(C.aceite) == "A"
            if try line.number(S.codigoMulta) != 0 {
                titulo.multa = Multa(
                    data: try line.date(S.dataMulta),
                    valor: .percentual(basisPoints: try line.number(S.percentualMulta)))
            }
            if line.text(C.instrucao1) == "06" { titulo.protestoDias = Int(try line.number(S.diasProtesto)) }
            documentKind = try line.number(C.tipoInscricaoPagador) == 1 ? .cpf : .cnpj
            pagador.neighborhood = line.trimmed(S.bairro)
            pagador.city = line.trimmed(S.cidade)
            pagador.uf = line.trimmed(S.uf)
            especieField = C.especie
        default:
            typealias S = Cnab400Remessa.Sicredi
            titulo.nossoNumero = line.trimmed(S.nossoNumero)
            titulo.aceite = line.text(C.aceite) == "S"
            let multa = try line.number(S.percentualMulta)
            if multa != 0 { titulo.multa = Multa(data: nil, valor: .percentual(basisPoints: multa)) }
            if line.text(C.instrucao1) == "06" {
                titulo.protestoDias = Int(try line.number(.numeric("dias para protesto", 159, 160)))
            }
            documentKind = try line.number(S.tipoPessoa) == 1 ? .cpf : .cnpj
            especieField = S.especie
        }
        titulo.especie = RemessaCodes.especie(for: line.trimmed(especieField), bank: bank, layout: .cnab400)
        let document = line.trimmed(C.inscricaoPagador)
        pagador.document = Inscricao(kind: documentKind, value: String(document.suffix(documentKind == .cpf ? 11 : 14)))
        if !pagador.name.isEmpty || !document.allSatisfy({ $0 == "0" }) { titulo.pagador = pagador }
        return titulo
    }

    private func readItauMulta(_ line: LineBytes, into titulo: inout RemessaTitulo) throws(CNABError) {
        typealias I = Cnab400Remessa.Itau
        let data = try line.date(I.dataMulta)
        switch try line.number(I.codigoMulta) {
        case 1: titulo.multa = Multa(data: data, valor: .valor(try line.money(I.multa)))
        case 2: titulo.multa = Multa(data: data, valor: .percentual(basisPoints: try line.number(I.multa)))
        default: break
        }
        if let lines = titulo.lines { titulo.lines = lines.lowerBound...line.number }
    }
}
