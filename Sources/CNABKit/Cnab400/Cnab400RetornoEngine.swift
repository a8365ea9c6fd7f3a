import BrazilKit

/// Reads a CNAB 400 retorno line by line: header, one detail per título in the bank's layout,
/// complementary records, trailer; checks the sequential numbers every record carries at 395–400.
struct Cnab400RetornoEngine {
    private enum State { case expectingHeader, inFile, ended }

    private var state = State.expectingHeader
    private let expectedBank: BankCode?
    private(set) var profile: Cnab400RetornoProfile?
    private(set) var header: RetornoHeader?
    private(set) var recordCount = 0
    private(set) var tituloCount = 0
    private(set) var lastLine = 0

    init(expectedBank: BankCode?) {
        self.expectedBank = expectedBank
    }

    mutating func consume(
        _ raw: RawLine, log: inout FindingLog, into titulos: inout [RetornoTitulo]
    ) throws(CNABError) {
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
            guard let profile else { return }
            if type == profile.detailType {
                titulos.append(try readDetail(line, profile))
                tituloCount += 1
            } else if type == UInt8(ascii: "9") {
                state = .ended
            } else if type >= UInt8(ascii: "1") && type <= UInt8(ascii: "8") {
                // Complementary records (Pix data, multa, rateio) belong to the título before them.
                if tituloCount == 0 {
                    throw CNABError(
                        line: raw.number, columns: 1...1,
                        reason: .unexpectedRecord(
                            found: "registro tipo \(Character(Unicode.Scalar(type)))",
                            expected: "detalhe de título (tipo \(Character(Unicode.Scalar(profile.detailType))))"))
                }
            } else {
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

    /// Every record carries its position at 395–400; a gap means records were lost or added, and a
    /// trailer whose number is not the record count means the file was cut or padded.
    private func checkSequence(_ line: LineBytes, log: inout FindingLog) throws(CNABError) {
        let field = Cnab400.sequencial
        if line.isBlank(field) { return }
        let found: Int
        do throws(CNABError) {
            found = Int(try line.number(field))
        } catch {
            try log.report(error)
            return
        }
        if !field.states(found, count: recordCount) {
            let reason: CNABError.Reason =
                state == .ended
                ? .countMismatch(.fileRecords, declared: found, counted: recordCount)
                : .sequenceMismatch(expected: recordCount, found: found)
            try log.report(CNABError(line: line.number, columns: field.columns, field: field.name, reason: reason))
        }
    }

    private mutating func readHeader(_ line: LineBytes, log: inout FindingLog) throws(CNABError) {
        let literal = line.text(Cnab400.literalArquivo)
        let code = line.byte(2)
        if literal == "REMESSA" || (code == UInt8(ascii: "1") && literal != "RETORNO" && literal.hasPrefix("REM")) {
            throw CNABError(
                line: line.number, columns: 2...9, field: Cnab400.literalArquivo.name,
                reason: .wrongDirection(expected: .retorno, found: .remessa))
        }
        guard code == UInt8(ascii: "2") || literal == "RETORNO" else {
            throw CNABError(
                line: line.number, columns: 1...9, field: "header de retorno",
                reason: .unexpectedRecord(found: "'\(line.raw(.text("", 1, 9)))'", expected: "'02RETORNO'"))
        }
        let bank = BankCode(rawValue: line.text(Cnab400.banco))
        if let expectedBank, expectedBank != bank {
            throw CNABError(
                line: line.number, columns: 77...79, field: Cnab400.banco.name,
                reason: .wrongBank(expected: expectedBank, found: bank))
        }
        guard let profile = Cnab400RetornoProfile.profile(for: bank) else {
            throw CNABError(
                line: line.number, columns: 77...79, field: Cnab400.banco.name, reason: .unsupportedBank(bank, .cnab400)
            )
        }
        self.profile = profile
        header = RetornoHeader(
            layout: .cnab400, bank: bank, bankName: line.trimmed(Cnab400.nomeBanco),
            companyName: line.trimmed(Cnab400.nomeEmpresa), companyDocument: "",
            convenio: line.trimmed(profile.headerConvenio), agencia: "", conta: "",
            nsa: profile.headerNSA.flatMap { field in log.soft { () throws(CNABError) in Int(try line.number(field)) }
            },
            fileDate: log.soft { () throws(CNABError) in try line.date(profile.headerDate) },
            creditDate: profile.headerCreditDate.flatMap { field in
                log.soft { () throws(CNABError) in try line.date(field) }
            },
            line: line.number)
    }

    private func readDetail(_ line: LineBytes, _ profile: Cnab400RetornoProfile) throws(CNABError) -> RetornoTitulo {
        func amount(_ field: FieldSpec?) throws(CNABError) -> Money {
            guard let field else { return .zero }
            return try line.money(field)
        }
        let ocorrencia = Ocorrencia(code: line.text(profile.ocorrencia), table: profile.table)
        let dataOcorrencia = try profile.dataOcorrencia.flatMap { field throws(CNABError) in try line.date(field) }
        let valorPago = try line.money(profile.valorPago)
        let dataCredito: CivilDate?
        switch profile.dataCredito {
        case .field(let field): dataCredito = try line.date(field)
        case .ocorrenciaDateWhenPaid: dataCredito = valorPago.isZero ? nil : dataOcorrencia
        case .none: dataCredito = nil
        }
        var motivoCodes: [String] = []
        if let field = profile.motivos {
            motivoCodes = Self.split(line.text(field), width: profile.motivoWidth)
        }
        return RetornoTitulo(
            bank: profile.bank, layout: .cnab400, lines: line.number...line.number,
            nossoNumero: NossoNumero(raw: line.trimmed(profile.nossoNumero)),
            seuNumero: profile.seuNumero.map(line.trimmed) ?? "",
            usoDaEmpresa: profile.usoEmpresa.map(line.trimmed) ?? "",
            carteira: profile.carteira.map(line.trimmed) ?? "", ocorrencia: ocorrencia, motivoCodes: motivoCodes,
            vencimento: try profile.vencimento.flatMap { field throws(CNABError) in try line.date(field) },
            valorTitulo: try line.money(profile.valor), valorPago: valorPago, valorLiquido: nil,
            tarifa: try amount(profile.tarifa), jurosMulta: try amount(profile.juros),
            desconto: try amount(profile.desconto),
            abatimento: try amount(profile.abatimento), iof: try amount(profile.iof),
            outrasDespesas: try amount(profile.outrasDespesas), outrosCreditos: try amount(profile.outrosCreditos),
            dataOcorrencia: dataOcorrencia, dataCredito: dataCredito)
    }

    /// Motivo codes of `width` characters; blank and all-zero codes mean "no motivo".
    static func split(_ text: String, width: Int) -> [String] {
        guard width != 2 else { return MotivoTables.split(text) }
        var codes: [String] = []
        var rest = text[...]
        while !rest.isEmpty {
            let code = String(rest.prefix(width))
            rest = rest.dropFirst(width)
            if code.allSatisfy({ $0 == " " || $0 == "0" }) { continue }
            codes.append(code)
        }
        return codes
    }
}
