import BrazilKit

/// Reads a CNAB 240 remessa back into a ``RemessaFile``, checking its structure and trailer counts
/// the same way the retorno reader does.
struct Cnab240RemessaReader {
    private enum State { case expectingHeader, betweenLots, inLot, ended }

    private var state = State.expectingHeader
    private let expectedBank: BankCode?
    private var bank: Cnab240RemessaBank?
    private(set) var header: RemessaHeader?
    private(set) var titulos: [RemessaTitulo] = []
    private var recordCount = 0
    private var lotCount = 0
    private var lot = 0
    private var lotRecords = 0
    private var lotSequence = 0
    private var lotValue = Money.zero
    private var lotTitulos = 0
    private var lastLine = 0

    init(expectedBank: BankCode?) {
        self.expectedBank = expectedBank
    }

    var fileBank: BankCode? { bank?.bank }

    mutating func consume(_ raw: RawLine, log: inout FindingLog) throws(CNABError) {
        let line = try raw.record(length: 240)
        if let problem = raw.nonASCII(within: 240) { try log.report(problem) }
        recordCount += 1
        lastLine = raw.number
        let type = line.byte(8)
        switch (state, type) {
        case (.expectingHeader, Cnab240.RecordType.fileHeader):
            try readHeader(line, log: &log)
            state = .betweenLots
        case (.expectingHeader, _):
            throw CNABError(line: raw.number, columns: 8...8, field: "tipo de registro", reason: .missingFileHeader)
        case (.betweenLots, Cnab240.RecordType.lotHeader):
            lot = Int(try line.number(Cnab240.Common.lote))
            lotCount += 1
            lotRecords = 1
            lotSequence = 0
            lotValue = .zero
            lotTitulos = 0
            state = .inLot
        case (.betweenLots, Cnab240.RecordType.fileTrailer):
            try closeFile(line, log: &log)
        case (.inLot, Cnab240.RecordType.detail):
            try readDetail(line, log: &log)
        case (.inLot, Cnab240.RecordType.lotTrailer):
            try closeLot(line, log: &log)
        case (.inLot, Cnab240.RecordType.lotHeader), (.inLot, Cnab240.RecordType.fileTrailer):
            throw CNABError(line: raw.number, columns: 8...8, reason: .missingLotTrailer(lot: lot))
        case (.ended, _):
            throw CNABError(line: raw.number, reason: .recordAfterTrailer)
        default:
            let found = String(decoding: [type], as: UTF8.self)
            throw CNABError(
                line: raw.number, columns: 8...8, field: "tipo de registro",
                reason: .unexpectedRecord(
                    found: "registro tipo \(found)", expected: state == .inLot ? "detalhe" : "header de lote"))
        }
    }

    func finish() throws(CNABError) {
        switch state {
        case .ended: return
        case .expectingHeader: throw CNABError(reason: .emptyFile)
        case .betweenLots, .inLot: throw CNABError(line: lastLine, reason: .missingFileTrailer)
        }
    }

    private mutating func readHeader(_ line: LineBytes, log: inout FindingLog) throws(CNABError) {
        let code = BankCode(rawValue: line.text(Cnab240.Common.banco))
        if let expectedBank, expectedBank != code {
            throw CNABError(
                line: line.number, columns: 1...3, field: Cnab240.Common.banco.name,
                reason: .wrongBank(expected: expectedBank, found: code))
        }
        if line.byte(143) == UInt8(ascii: "2") {
            throw CNABError(
                line: line.number, columns: 143...143, field: Cnab240.FileHeader.codigoRemessaRetorno.name,
                reason: .wrongDirection(expected: .remessa, found: .retorno))
        }
        bank = Cnab240RemessaBank(reading: code)
        let (document, account) = bank!.readAccount(line)
        header = RemessaHeader(
            companyName: line.trimmed(Cnab240.FileHeader.nomeEmpresa), companyDocument: document, account: account,
            nsa: log.soft { () throws(CNABError) in Int(try line.number(Cnab240.FileHeader.nsa)) } ?? 0,
            fileDate: log.soft { () throws(CNABError) in try line.date(Cnab240.FileHeader.dataGeracao) }
                ?? CivilDate(year: 1970, month: 1, day: 1)!,
            fileTime: log.soft { () throws(CNABError) in Int(try line.number(Cnab240.FileHeader.horaGeracao)) } ?? 0)
    }

    private mutating func readDetail(_ line: LineBytes, log: inout FindingLog) throws(CNABError) {
        lotRecords += 1
        let recordLot = Int(try line.number(Cnab240.Common.lote))
        if recordLot != lot {
            try log.report(
                CNABError(
                    line: line.number, columns: 4...7, field: Cnab240.Common.lote.name,
                    reason: .lotNumberMismatch(expected: lot, found: recordLot)))
        }
        let sequence = Int(try line.number(Cnab240.Common.sequencial))
        if sequence != lotSequence + 1 {
            try log.report(
                CNABError(
                    line: line.number, columns: 9...13, field: Cnab240.Common.sequencial.name,
                    reason: .sequenceMismatch(expected: lotSequence + 1, found: sequence)))
        }
        lotSequence = sequence
        switch line.byte(14) {
        case UInt8(ascii: "P"):
            let titulo = try readP(line)
            lotTitulos += 1
            lotValue = Money(centavos: lotValue.centavos &+ titulo.valor.centavos)
            titulos.append(titulo)
        case UInt8(ascii: "Q"):
            guard !titulos.isEmpty else { throw orphan(line, "segmento Q") }
            titulos[titulos.count - 1].pagador = try readQ(line)
            extend(line)
        case UInt8(ascii: "R"):
            guard !titulos.isEmpty else { throw orphan(line, "segmento R") }
            try readR(line, into: &titulos[titulos.count - 1])
            extend(line)
        case let segment where segment >= UInt8(ascii: "A") && segment <= UInt8(ascii: "Z"):
            break  // S, Y and bank-specific optional segments carry nothing a título keeps here.
        case let segment:
            throw CNABError(
                line: line.number, columns: 14...14, field: Cnab240.Common.segmento.name,
                reason: .unknownRecordType(String(decoding: [segment], as: UTF8.self)))
        }
    }

    private func orphan(_ line: LineBytes, _ found: String) -> CNABError {
        CNABError(line: line.number, columns: 14...14, reason: .unexpectedRecord(found: found, expected: "segmento P"))
    }

    private mutating func extend(_ line: LineBytes) {
        guard let lines = titulos[titulos.count - 1].lines else { return }
        titulos[titulos.count - 1].lines = lines.lowerBound...line.number
    }

    private func required(_ line: LineBytes, _ field: FieldSpec) throws(CNABError) -> CivilDate {
        guard let date = try line.date(field) else {
            throw line.failure(field, .notADate(line.raw(field)))
        }
        return date
    }

    private func readP(_ line: LineBytes) throws(CNABError) -> RemessaTitulo {
        typealias P = Cnab240.SegmentP
        let bank = self.bank!
        let movimento = line.text(Cnab240.Common.movimento)
        var juros: Juros?
        switch try line.number(P.codigoJuros) {
        case 1: juros = .valorPorDia(try line.money(P.juros))
        case 2: juros = .taxaMensal(basisPoints: try line.number(P.juros))
        default: juros = nil
        }
        var descontos: [Desconto] = []
        if let desconto = try Self.desconto(line, code: P.codigoDesconto1, date: P.dataDesconto1, value: P.desconto1) {
            descontos.append(desconto)
        }
        let protestoCode = try line.number(P.codigoProtesto)
        let baixaCode = try line.number(P.codigoBaixa)
        return RemessaTitulo(
            instruction: RemessaCodes.instruction(for: movimento, bank: bank.bank, layout: .cnab240),
            nossoNumero: bank.readNossoNumero(line), seuNumero: line.trimmed(bank.seuNumero),
            usoDaEmpresa: line.trimmed(P.usoEmpresa), vencimento: try required(line, P.vencimento),
            valor: try line.money(P.valor),
            especie: RemessaCodes.especie(for: line.text(P.especie), bank: bank.bank, layout: .cnab240),
            aceite: line.text(P.aceite) == "A", emissao: try required(line, P.emissao), juros: juros,
            jurosDesde: juros == nil ? nil : try line.date(P.dataJuros), multa: nil, descontos: descontos,
            abatimento: try line.money(P.abatimento), pagador: nil,
            protestoDias: protestoCode == 1 || protestoCode == 2 ? Int(try line.number(P.diasProtesto)) : nil,
            baixaDias: baixaCode == 1 ? Int(try line.number(P.diasBaixa)) : nil, lines: line.number...line.number)
    }

    /// C021: 1 valor fixo and 2 percentual until the date; the per-day kinds (3–6) are read as a
    /// value (3, 4) or a percentage (5, 6) until the date given.
    static func desconto(_ line: LineBytes, code: FieldSpec, date: FieldSpec, value: FieldSpec) throws(CNABError)
        -> Desconto?
    {
        let kind = try line.number(code)
        guard kind >= 1 && kind <= 6, let ate = try line.date(date) else { return nil }
        switch kind {
        case 2, 5, 6: return Desconto(ate: ate, valor: .percentual(basisPoints: try line.number(value)))
        default: return Desconto(ate: ate, valor: .valor(try line.money(value)))
        }
    }

    private func readQ(_ line: LineBytes) throws(CNABError) -> Pagador {
        typealias Q = Cnab240.SegmentQ
        let kind: Inscricao.Kind = try line.number(Q.tipoInscricao) == 1 ? .cpf : .cnpj
        let document = line.trimmed(Q.inscricao)
        return Pagador(
            name: line.trimmed(Q.nome),
            document: Inscricao(kind: kind, value: String(document.suffix(kind == .cpf ? 11 : 14))),
            address: line.trimmed(Q.endereco), neighborhood: line.trimmed(Q.bairro),
            cep: line.text(Q.cep) + line.text(Q.cepSufixo), city: line.trimmed(Q.cidade), uf: line.trimmed(Q.uf))
    }

    private func readR(_ line: LineBytes, into titulo: inout RemessaTitulo) throws(CNABError) {
        typealias R = Cnab240.SegmentR
        for (code, date, value) in [
            (R.codigoDesconto2, R.dataDesconto2, R.desconto2), (R.codigoDesconto3, R.dataDesconto3, R.desconto3),
        ] {
            if let desconto = try Self.desconto(line, code: code, date: date, value: value) {
                titulo.descontos.append(desconto)
            }
        }
        switch try line.number(R.codigoMulta) {
        case 1: titulo.multa = Multa(data: try line.date(R.dataMulta), valor: .valor(try line.money(R.multa)))
        case 2:
            titulo.multa = Multa(
                data: try line.date(R.dataMulta), valor: .percentual(basisPoints: try line.number(R.multa)))
        default: break
        }
    }

    private mutating func closeLot(_ line: LineBytes, log: inout FindingLog) throws(CNABError) {
        typealias T = Cnab240.LotTrailer
        lotRecords += 1
        let declared = Int(try line.number(T.quantidadeRegistros))
        if !T.quantidadeRegistros.states(declared, count: lotRecords) {
            try log.report(
                CNABError(
                    line: line.number, columns: T.quantidadeRegistros.columns, field: T.quantidadeRegistros.name,
                    reason: .countMismatch(.lotRecords, declared: declared, counted: lotRecords)))
        }
        // The category totals are optional in a remessa (brcobranca fills only 18–23, rails.md §2.8);
        // when present they must add up to the títulos of the lot.
        var declaredTitulos = 0
        var declaredValue: Int64 = 0
        for (count, value) in [
            (T.quantidadeSimples, T.valorSimples), (T.quantidadeVinculada, T.valorVinculada),
            (T.quantidadeCaucionada, T.valorCaucionada), (T.quantidadeDescontada, T.valorDescontada),
        ] {
            declaredTitulos += Int(try line.number(count))
            declaredValue += try line.money(value).centavos
        }
        if declaredTitulos != 0 && declaredTitulos != lotTitulos {
            try log.report(
                CNABError(
                    line: line.number, columns: 24...98, field: "quantidade de títulos do lote",
                    reason: .countMismatch(.titulos, declared: declaredTitulos, counted: lotTitulos)))
        }
        if declaredValue != 0 && declaredValue != lotValue.centavos {
            try log.report(
                CNABError(
                    line: line.number, columns: 30...115, field: "valor dos títulos do lote",
                    reason: .sumMismatch(.valorTitulos, declared: Money(centavos: declaredValue), computed: lotValue)))
        }
        state = .betweenLots
    }

    private mutating func closeFile(_ line: LineBytes, log: inout FindingLog) throws(CNABError) {
        let lotsField = Cnab240.FileTrailer.quantidadeLotes
        let recordsField = Cnab240.FileTrailer.quantidadeRegistros
        let declaredLots = Int(try line.number(lotsField))
        let declaredRecords = Int(try line.number(recordsField))
        if !lotsField.states(declaredLots, count: lotCount) {
            try log.report(
                CNABError(
                    line: line.number, columns: lotsField.columns, field: lotsField.name,
                    reason: .countMismatch(.fileLots, declared: declaredLots, counted: lotCount)))
        }
        if !recordsField.states(declaredRecords, count: recordCount) {
            try log.report(
                CNABError(
                    line: line.number, columns: recordsField.columns, field: recordsField.name,
                    reason: .countMismatch(.fileRecords, declared: declaredRecords, counted: recordCount)))
        }
        state = .ended
    }
}
