import BrazilKit

/// Reads a CNAB 240 retorno line by line: checks the file structure (header, lots, T+U pairs,
/// trailers), counts, and turns every T+U pair into a ``RetornoTitulo``.
///
/// Only the fields a título needs are read, straight from the line's bytes; nothing else of the
/// line is copied.
struct Cnab240RetornoEngine {
    private enum State { case expectingHeader, betweenLots, inLot, ended }

    /// What segment T said, waiting for its segment U.
    private struct PendingT {
        var line: Int
        var ocorrencia: String
        var nossoNumero: String
        var carteira: String
        var seuNumero: String
        var usoEmpresa: String
        var vencimento: CivilDate?
        var valor: Money
        var tarifa: Money
        var motivos: String
    }

    private var state = State.expectingHeader
    private let expectedBank: BankCode?
    private(set) var profile = Cnab240Profile.profile(for: BankCode(rawValue: "000"))
    private(set) var header: RetornoHeader?
    private(set) var recordCount = 0
    private(set) var tituloCount = 0
    private(set) var lastLine = 0
    private var lotCount = 0
    private var lot = 0
    private var lotRecords = 0
    private var lotDetails = 0
    private var lotSequence = 0
    private var pendingT: PendingT?

    init(expectedBank: BankCode?) {
        self.expectedBank = expectedBank
    }

    mutating func consume(
        _ raw: RawLine, log: inout FindingLog, into titulos: inout [RetornoTitulo]
    ) throws(CNABError) {
        let line = try raw.record(length: 240)
        if let problem = raw.nonASCII(within: 240) { try log.report(problem) }
        recordCount += 1
        lastLine = raw.number
        let type = line.byte(8)
        switch state {
        case .expectingHeader:
            guard type == Cnab240.RecordType.fileHeader else {
                throw CNABError(line: raw.number, columns: 8...8, field: "tipo de registro", reason: .missingFileHeader)
            }
            try readFileHeader(line, log: &log)
            state = .betweenLots
        case .betweenLots:
            switch type {
            case Cnab240.RecordType.lotHeader: try openLot(line, log: &log)
            case Cnab240.RecordType.fileTrailer: try closeFile(line, log: &log)
            default: throw unexpected(line, type, expected: "header de lote ou trailer de arquivo")
            }
        case .inLot:
            switch type {
            case Cnab240.RecordType.detail: try readDetail(line, log: &log, into: &titulos)
            case Cnab240.RecordType.lotTrailer: try closeLot(line, log: &log)
            case Cnab240.RecordType.lotHeader, Cnab240.RecordType.fileTrailer:
                throw CNABError(line: raw.number, columns: 8...8, reason: .missingLotTrailer(lot: lot))
            default: throw unexpected(line, type, expected: "detalhe ou trailer de lote")
            }
        case .ended:
            throw CNABError(line: raw.number, reason: .recordAfterTrailer)
        }
    }

    /// Called at the end of the stream: a file without its trailer was truncated.
    func finish() throws(CNABError) {
        switch state {
        case .ended:
            return
        case .expectingHeader:
            throw CNABError(reason: .emptyFile)
        case .inLot:
            if let pendingT {
                throw CNABError(
                    line: pendingT.line, reason: .unexpectedRecord(found: "fim do arquivo", expected: "segmento U"))
            }
            throw CNABError(line: lastLine, reason: .missingFileTrailer)
        case .betweenLots:
            throw CNABError(line: lastLine, reason: .missingFileTrailer)
        }
    }

    private func unexpected(_ line: LineBytes, _ type: UInt8, expected: String) -> CNABError {
        let found: String
        switch type {
        case Cnab240.RecordType.fileHeader: found = "header de arquivo"
        case Cnab240.RecordType.lotHeader: found = "header de lote"
        case Cnab240.RecordType.detail: found = "detalhe"
        case Cnab240.RecordType.lotTrailer: found = "trailer de lote"
        case Cnab240.RecordType.fileTrailer: found = "trailer de arquivo"
        default:
            return CNABError(
                line: line.number, columns: 8...8, field: "tipo de registro",
                reason: .unknownRecordType(String(decoding: [type], as: UTF8.self)))
        }
        return CNABError(line: line.number, columns: 8...8, reason: .unexpectedRecord(found: found, expected: expected))
    }

    private mutating func readFileHeader(_ line: LineBytes, log: inout FindingLog) throws(CNABError) {
        let bank = BankCode(rawValue: line.text(Cnab240.Common.banco))
        if let expectedBank, expectedBank != bank {
            throw CNABError(
                line: line.number, columns: 1...3, field: Cnab240.Common.banco.name,
                reason: .wrongBank(expected: expectedBank, found: bank))
        }
        if line.byte(143) == UInt8(ascii: "1") {
            throw CNABError(
                line: line.number, columns: 143...143, field: Cnab240.FileHeader.codigoRemessaRetorno.name,
                reason: .wrongDirection(expected: .retorno, found: .remessa))
        }
        profile = Cnab240Profile.profile(for: bank)
        // Santander's header moves the company block one position left: inscrição 18–32, código de
        // transmissão 33–47 [LIB laravel-boleto; fixtures].
        let santander = bank == .santander
        header = RetornoHeader(
            layout: .cnab240, bank: bank, bankName: line.trimmed(Cnab240.FileHeader.nomeBanco),
            companyName: line.trimmed(Cnab240.FileHeader.nomeEmpresa),
            companyDocument: line.trimmed(santander ? .text("", 18, 32) : Cnab240.FileHeader.inscricao),
            convenio: line.trimmed(santander ? .text("", 33, 47) : Cnab240.FileHeader.convenio),
            agencia: santander ? "" : line.trimmed(Cnab240.FileHeader.agencia),
            conta: santander ? "" : line.trimmed(Cnab240.FileHeader.conta),
            nsa: log.soft { () throws(CNABError) in Int(try line.number(Cnab240.FileHeader.nsa)) },
            fileDate: log.soft { () throws(CNABError) in try line.date(Cnab240.FileHeader.dataGeracao) },
            creditDate: nil, line: line.number)
    }

    private mutating func openLot(_ line: LineBytes, log: inout FindingLog) throws(CNABError) {
        let service = line.text(Cnab240.LotHeader.servico)
        guard service == "01" || service.isEmpty else {
            throw CNABError(
                line: line.number, columns: Cnab240.LotHeader.servico.columns, field: Cnab240.LotHeader.servico.name,
                reason: .wrongService(service))
        }
        lot = Int(try line.number(Cnab240.Common.lote))
        lotCount += 1
        lotRecords = 1
        lotDetails = 0
        lotSequence = 0
        if header?.creditDate == nil,
            let credit = log.soft({ () throws(CNABError) in try line.date(Cnab240.LotHeader.dataCredito) })
        {
            header?.creditDate = credit
        }
        state = .inLot
    }

    private mutating func readDetail(
        _ line: LineBytes, log: inout FindingLog, into titulos: inout [RetornoTitulo]
    ) throws(CNABError) {
        lotRecords += 1
        lotDetails += 1
        try checkLot(line, log: &log)
        let sequence = Int(try line.number(Cnab240.Common.sequencial))
        if sequence != lotSequence + 1 {
            try log.report(
                CNABError(
                    line: line.number, columns: 9...13, field: Cnab240.Common.sequencial.name,
                    reason: .sequenceMismatch(expected: lotSequence + 1, found: sequence)))
        }
        lotSequence = sequence
        switch line.byte(14) {
        case UInt8(ascii: "T"):
            if let pendingT {
                throw CNABError(
                    line: line.number, columns: 14...14,
                    reason: .unexpectedRecord(
                        found: "segmento T", expected: "segmento U do título da linha \(pendingT.line)"))
            }
            pendingT = try readT(line)
        case UInt8(ascii: "U"):
            guard let t = pendingT else {
                throw CNABError(
                    line: line.number, columns: 14...14,
                    reason: .unexpectedRecord(found: "segmento U", expected: "segmento T"))
            }
            pendingT = nil
            titulos.append(try readU(line, t))
            tituloCount += 1
        case let segment where segment >= UInt8(ascii: "A") && segment <= UInt8(ascii: "Z"):
            // Optional segments (Y-50 and bank-specific ones) carry nothing a título needs.
            if let pendingT {
                throw CNABError(
                    line: line.number, columns: 14...14,
                    reason: .unexpectedRecord(
                        found: "segmento \(String(decoding: [segment], as: UTF8.self))",
                        expected: "segmento U do título da linha \(pendingT.line)"))
            }
        case let segment:
            throw CNABError(
                line: line.number, columns: 14...14, field: Cnab240.Common.segmento.name,
                reason: .unknownRecordType(String(decoding: [segment], as: UTF8.self)))
        }
    }

    private func amount(_ line: LineBytes, _ field: FieldSpec) throws(CNABError) -> Money {
        try line.money(field, trailingBlanks: profile.leftAlignedAmounts)
    }

    private func readT(_ line: LineBytes) throws(CNABError) -> PendingT {
        PendingT(
            line: line.number, ocorrencia: line.text(Cnab240.Common.movimento),
            nossoNumero: line.trimmed(profile.nossoNumero), carteira: line.trimmed(profile.carteira),
            seuNumero: line.trimmed(profile.seuNumero), usoEmpresa: line.trimmed(profile.usoEmpresa),
            vencimento: try line.date(profile.vencimento), valor: try amount(line, profile.valor),
            tarifa: try amount(line, profile.tarifa), motivos: line.text(profile.motivos))
    }

    private func readU(_ line: LineBytes, _ t: PendingT) throws(CNABError) -> RetornoTitulo {
        let ocorrencia = Ocorrencia(code: t.ocorrencia, table: .febraban240)
        return RetornoTitulo(
            bank: profile.bank, layout: .cnab240, lines: t.line...line.number,
            nossoNumero: NossoNumero(raw: t.nossoNumero), seuNumero: t.seuNumero, usoDaEmpresa: t.usoEmpresa,
            carteira: t.carteira, ocorrencia: ocorrencia, motivoCodes: MotivoTables.split(t.motivos),
            vencimento: t.vencimento, valorTitulo: t.valor, valorPago: try amount(line, Cnab240.SegmentU.valorPago),
            valorLiquido: try amount(line, Cnab240.SegmentU.valorLiquido), tarifa: t.tarifa,
            jurosMulta: try amount(line, Cnab240.SegmentU.jurosMulta),
            desconto: try amount(line, Cnab240.SegmentU.desconto),
            abatimento: try amount(line, Cnab240.SegmentU.abatimento), iof: try amount(line, Cnab240.SegmentU.iof),
            outrasDespesas: try amount(line, Cnab240.SegmentU.outrasDespesas),
            outrosCreditos: try amount(line, Cnab240.SegmentU.outrosCreditos),
            dataOcorrencia: try line.date(Cnab240.SegmentU.dataOcorrencia),
            dataCredito: try line.date(Cnab240.SegmentU.dataCredito))
    }

    /// Details and the lot trailer repeat the lot number of their header (BTG Pactual's files at
    /// hand number the header 0000 and its details 0001: noted, not refused).
    private func checkLot(_ line: LineBytes, log: inout FindingLog) throws(CNABError) {
        let recordLot = Int(try line.number(Cnab240.Common.lote))
        guard recordLot != lot else { return }
        let finding = CNABError(
            line: line.number, columns: 4...7, field: Cnab240.Common.lote.name,
            reason: .lotNumberMismatch(expected: lot, found: recordLot))
        if profile.lotCountRule == .unchecked { log.note(finding) } else { try log.report(finding) }
    }

    private mutating func closeLot(_ line: LineBytes, log: inout FindingLog) throws(CNABError) {
        if let pendingT {
            throw CNABError(
                line: line.number, columns: 8...8,
                reason: .unexpectedRecord(
                    found: "trailer de lote", expected: "segmento U do título da linha \(pendingT.line)"))
        }
        lotRecords += 1
        try checkLot(line, log: &log)
        let field = Cnab240.LotTrailer.quantidadeRegistros
        let declared = Int(try line.number(field))
        let finding = CNABError(
            line: line.number, columns: field.columns, field: field.name,
            reason: .countMismatch(.lotRecords, declared: declared, counted: lotRecords))
        switch profile.lotCountRule {
        case .febraban where !field.states(declared, count: lotRecords):
            try log.report(finding)
        case .febrabanOrDetailsOnly
        where !field.states(declared, count: lotRecords) && !field.states(declared, count: lotDetails):
            try log.report(finding)
        case .unchecked where !field.states(declared, count: lotRecords):
            log.note(finding)
        default:
            break
        }
        state = .betweenLots
    }

    private mutating func closeFile(_ line: LineBytes, log: inout FindingLog) throws(CNABError) {
        let lotsField = Cnab240.FileTrailer.quantidadeLotes
        let recordsField = Cnab240.FileTrailer.quantidadeRegistros
        let declaredLots = Int(try line.number(lotsField))
        let declaredRecords = Int(try line.number(recordsField))
        var findings: [CNABError] = []
        if !lotsField.states(declaredLots, count: lotCount) {
            findings.append(
                CNABError(
                    line: line.number, columns: lotsField.columns, field: lotsField.name,
                    reason: .countMismatch(.fileLots, declared: declaredLots, counted: lotCount)))
        }
        if !recordsField.states(declaredRecords, count: recordCount) {
            findings.append(
                CNABError(
                    line: line.number, columns: recordsField.columns, field: recordsField.name,
                    reason: .countMismatch(.fileRecords, declared: declaredRecords, counted: recordCount)))
        }
        for finding in findings {
            if profile.checksFileTrailer { try log.report(finding) } else { log.note(finding) }
        }
        state = .ended
    }
}
