import BrazilKit

extension DebitoAutomaticoFile {
    /// The file's bytes: A, the records, Z with the record count (A and Z included) and the total of
    /// the E and F values; 150 ASCII characters and CRLF per record.
    public func write() throws(CNABError) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity((records.count + 2) * 152)
        func append(_ record: RecordBuilder) {
            output.append(contentsOf: record.record)
            output.append(contentsOf: [ASCII.cr, ASCII.lf])
        }
        var a = RecordBuilder(Cnab150.A.layout)
        try a.set(Cnab150.A.codigoRemessa, number: header.direction == .remessa ? 1 : 2)
        try a.set(Cnab150.A.convenio, text: header.convenio)
        try a.set(Cnab150.A.nomeEmpresa, text: header.companyName, truncating: true)
        try a.set(Cnab150.A.banco, digits: header.bank.rawValue)
        try a.set(Cnab150.A.nomeBanco, text: header.bankName, truncating: true)
        try a.set(Cnab150.A.dataGeracao, date: header.fileDate)
        try a.set(Cnab150.A.nsa, number: Int64(header.nsa))
        try a.set(Cnab150.A.versao, number: Int64(header.version))
        append(a)
        for record in records { append(try Self.build(record)) }
        var z = RecordBuilder(Cnab150.Z.layout)
        try z.set(Cnab150.Z.totalRegistros, number: Int64(records.count + 2))
        try z.set(Cnab150.Z.valorTotal, money: totalValue)
        append(z)
        return output
    }

    private static func setCustomer(_ record: inout RecordBuilder, _ customer: Customer, movimento: String)
        throws(CNABError)
    {
        try record.set(Cnab150.Customer.idEmpresa, text: customer.idEmpresa)
        try record.set(Cnab150.Customer.agencia, text: customer.agencia)
        try record.set(Cnab150.Customer.conta, text: customer.conta)
        try record.set(Cnab150.Customer.movimento, text: movimento)
    }

    private static func build(_ record: Record) throws(CNABError) -> RecordBuilder {
        switch record {
        case .optIn(let value):
            var b = RecordBuilder(Cnab150.B.layout)
            try setCustomer(&b, value.customer, movimento: value.movimento)
            try b.set(Cnab150.B.data, date: value.date)
            return b
        case .cadastroOcorrencia(let value):
            var c = RecordBuilder(Cnab150.C.layout)
            try setCustomer(&c, value.customer, movimento: value.movimento)
            try c.set(Cnab150.C.ocorrencia1, text: value.ocorrencia1, truncating: true)
            try c.set(Cnab150.C.ocorrencia2, text: value.ocorrencia2, truncating: true)
            return c
        case .alteracaoIdentificacao(let value):
            var d = RecordBuilder(Cnab150.D.layout)
            try setCustomer(&d, value.customer, movimento: value.movimento)
            try d.set(Cnab150.D.idAtual, text: value.idAtual)
            try d.set(Cnab150.D.ocorrencia, text: value.ocorrencia, truncating: true)
            return d
        case .ocorrenciaAlteracao(let value):
            var h = RecordBuilder(Cnab150.H.layout)
            try setCustomer(&h, value.customer, movimento: value.movimento)
            try h.set(Cnab150.H.idAtual, text: value.idAtual)
            try h.set(Cnab150.H.ocorrencia, text: value.ocorrencia, truncating: true)
            return h
        case .debito(let value):
            var e = RecordBuilder(Cnab150.E.layout)
            try setCustomer(&e, value.customer, movimento: value.movimento)
            try e.set(Cnab150.E.dataVencimento, date: value.vencimento)
            try e.set(Cnab150.E.valor, money: value.valor)
            try e.set(Cnab150.E.moeda, digits: value.moeda)
            try e.set(Cnab150.E.usoEmpresa, text: value.usoEmpresa)
            if let documento = value.documento {
                // rails.md §6: 1 CNPJ, 2 CPF — the reverse of CNAB 240's codes.
                try e.set(Cnab150.E.tipoIdentificacao, number: documento.kind == .cnpj ? 1 : 2)
                try e.set(Cnab150.E.identificacao, text: CNABText.zeroPadded(documento.value, 15))
            } else {
                // Version 04 leaves 130–149 blank (rails.md §6).
                try e.set(.text("brancos", 130, 145), text: "")
            }
            return e
        case .retornoDebito(let value):
            var f = RecordBuilder(Cnab150.F.layout)
            try setCustomer(&f, value.customer, movimento: value.movimento)
            try f.set(Cnab150.F.dataDebito, date: value.dataDebito)
            try f.set(Cnab150.F.valor, money: value.valor)
            try f.set(Cnab150.F.codigoRetorno, text: value.codigoRetorno)
            try f.set(Cnab150.F.usoEmpresa, text: value.usoEmpresa)
            return f
        case .confirmacaoProcessamento(let value):
            var j = RecordBuilder(Cnab150.J.layout)
            try j.set(Cnab150.J.nsa, number: Int64(value.nsa))
            try j.set(Cnab150.J.dataGeracao, date: value.dataGeracao)
            try j.set(Cnab150.J.totalRegistros, number: Int64(value.totalRegistros))
            try j.set(Cnab150.J.valorTotal, money: value.valorTotal)
            try j.set(Cnab150.J.dataProcessamento, date: value.dataProcessamento)
            return j
        case .cronograma(let value):
            var l = RecordBuilder(Cnab150.L.layout)
            try l.set(Cnab150.L.dataFaturamento, date: value.dataFaturamento)
            try l.set(Cnab150.L.dataVencimento, date: value.dataVencimento)
            try l.set(Cnab150.L.dataRemessaBanco, date: value.dataRemessaBanco)
            try l.set(Cnab150.L.dataRemessaCliente, date: value.dataRemessaCliente)
            return l
        case .totais(let value):
            var t = RecordBuilder(Cnab150.T.layout)
            try t.set(Cnab150.T.totalRegistros, number: Int64(value.totalRegistros))
            try t.set(Cnab150.T.valorTotal, money: value.valorTotal)
            return t
        case .agencia(let value):
            var x = RecordBuilder(Cnab150.X.layout)
            try x.set(Cnab150.X.agencia, text: value.codigo)
            try x.set(Cnab150.X.nome, text: value.nome, truncating: true)
            try x.set(Cnab150.X.endereco, text: value.endereco, truncating: true)
            try x.set(Cnab150.X.numero, text: value.numero)
            let cep = SearchText.digits(value.cep)
            try x.set(Cnab150.X.cep, digits: String(cep.prefix(5)))
            try x.set(Cnab150.X.cepSufixo, digits: String(cep.dropFirst(5).prefix(3)))
            try x.set(Cnab150.X.cidade, text: value.cidade, truncating: true)
            try x.set(Cnab150.X.uf, text: value.uf)
            try x.set(Cnab150.X.situacao, text: value.situacao)
            return x
        }
    }

    /// Reads and validates a whole file: A first, Z last, the Z count and total checked.
    public static func parse(_ bytes: some Collection<UInt8>, policy: ValidationPolicy = .strict) throws(CNABError)
        -> DebitoAutomaticoFile
    {
        var reader = CNABRecordReader(format: Cnab150.format, policy: policy)
        var log = FindingLog(policy: policy)
        let records = try reader.feed(bytes) + reader.finish()
        for warning in reader.warnings { log.note(warning) }
        guard let first = records.first else { throw CNABError(reason: .emptyFile) }
        guard first.layout == Cnab150.A.layout else {
            throw CNABError(
                line: first.lineNumber, columns: 1...1, field: "tipo de registro", reason: .missingFileHeader)
        }
        let header = Header(
            direction: try first.number(Cnab150.A.codigoRemessa) == 2 ? .retorno : .remessa,
            convenio: first.text(Cnab150.A.convenio), companyName: first.text(Cnab150.A.nomeEmpresa),
            bank: BankCode(rawValue: first.text(Cnab150.A.banco)), bankName: first.text(Cnab150.A.nomeBanco),
            fileDate: try first.date(Cnab150.A.dataGeracao) ?? CivilDate(year: 1970, month: 1, day: 1)!,
            nsa: Int(try first.number(Cnab150.A.nsa)), version: Int(try first.number(Cnab150.A.versao)))
        var file = DebitoAutomaticoFile(header: header, records: [])
        var trailer: CNABRecord?
        for record in records.dropFirst() {
            if trailer != nil { throw CNABError(line: record.lineNumber, reason: .recordAfterTrailer) }
            switch record.layout {
            case Cnab150.Z.layout: trailer = record
            case Cnab150.A.layout:
                throw CNABError(
                    line: record.lineNumber, columns: 1...1,
                    reason: .unexpectedRecord(found: "registro A", expected: "detalhe ou registro Z"))
            default: file.records.append(try read(record))
            }
        }
        guard let trailer else {
            throw CNABError(line: records.last?.lineNumber, reason: .missingFileTrailer)
        }
        let declared = Int(try trailer.number(Cnab150.Z.totalRegistros))
        if !Cnab150.Z.totalRegistros.states(declared, count: records.count) {
            try log.report(
                CNABError(
                    line: trailer.lineNumber, columns: Cnab150.Z.totalRegistros.columns,
                    field: Cnab150.Z.totalRegistros.name,
                    reason: .countMismatch(.fileRecords, declared: declared, counted: records.count)))
        }
        let total = try trailer.money(Cnab150.Z.valorTotal)
        if total != file.totalValue {
            try log.report(
                CNABError(
                    line: trailer.lineNumber, columns: Cnab150.Z.valorTotal.columns, field: Cnab150.Z.valorTotal.name,
                    reason: .sumMismatch(.valorDebitos, declared: total, computed: file.totalValue)))
        }
        return file
    }

    private static func customer(_ record: CNABRecord) -> Customer {
        Customer(
            idEmpresa: record.text(Cnab150.Customer.idEmpresa), agencia: record.text(Cnab150.Customer.agencia),
            conta: record.text(Cnab150.Customer.conta))
    }

    private static func read(_ record: CNABRecord) throws(CNABError) -> Record {
        let movimento = record.text(Cnab150.Customer.movimento)
        switch record.layout {
        case Cnab150.B.layout:
            return .optIn(
                OptIn(customer: customer(record), date: try record.date(Cnab150.B.data), movimento: movimento))
        case Cnab150.C.layout:
            return .cadastroOcorrencia(
                CadastroOcorrencia(
                    customer: customer(record), ocorrencia1: record.text(Cnab150.C.ocorrencia1),
                    ocorrencia2: record.text(Cnab150.C.ocorrencia2), movimento: movimento))
        case Cnab150.D.layout:
            return .alteracaoIdentificacao(
                AlteracaoIdentificacao(
                    customer: customer(record), idAtual: record.text(Cnab150.D.idAtual),
                    ocorrencia: record.text(Cnab150.D.ocorrencia), movimento: movimento))
        case Cnab150.H.layout:
            return .ocorrenciaAlteracao(
                AlteracaoIdentificacao(
                    customer: customer(record), idAtual: record.text(Cnab150.H.idAtual),
                    ocorrencia: record.text(Cnab150.H.ocorrencia), movimento: movimento))
        case Cnab150.E.layout:
            guard let vencimento = try record.date(Cnab150.E.dataVencimento) else {
                throw CNABError(
                    line: record.lineNumber, columns: Cnab150.E.dataVencimento.columns,
                    field: Cnab150.E.dataVencimento.name,
                    reason: .notADate(record.text(Cnab150.E.dataVencimento)))
            }
            var documento: Inscricao?
            let tipo = record.text(Cnab150.E.tipoIdentificacao)
            if tipo == "1" || tipo == "2" {
                let kind: Inscricao.Kind = tipo == "1" ? .cnpj : .cpf
                let digits = record.text(Cnab150.E.identificacao)
                documento = Inscricao(kind: kind, value: String(digits.suffix(kind == .cpf ? 11 : 14)))
            }
            return .debito(
                Debito(
                    customer: customer(record), vencimento: vencimento, valor: try record.money(Cnab150.E.valor),
                    moeda: record.text(Cnab150.E.moeda), usoEmpresa: record.text(Cnab150.E.usoEmpresa),
                    documento: documento, movimento: movimento))
        case Cnab150.F.layout:
            return .retornoDebito(
                RetornoDebito(
                    customer: customer(record), dataDebito: try record.date(Cnab150.F.dataDebito),
                    valor: try record.money(Cnab150.F.valor), codigoRetorno: record.text(Cnab150.F.codigoRetorno),
                    usoEmpresa: record.text(Cnab150.F.usoEmpresa), movimento: movimento))
        case Cnab150.J.layout:
            return .confirmacaoProcessamento(
                ConfirmacaoProcessamento(
                    nsa: Int(try record.number(Cnab150.J.nsa)), dataGeracao: try record.date(Cnab150.J.dataGeracao),
                    totalRegistros: Int(try record.number(Cnab150.J.totalRegistros)),
                    valorTotal: try record.money(Cnab150.J.valorTotal),
                    dataProcessamento: try record.date(Cnab150.J.dataProcessamento)))
        case Cnab150.L.layout:
            return .cronograma(
                Cronograma(
                    dataFaturamento: try record.date(Cnab150.L.dataFaturamento),
                    dataVencimento: try record.date(Cnab150.L.dataVencimento),
                    dataRemessaBanco: try record.date(Cnab150.L.dataRemessaBanco),
                    dataRemessaCliente: try record.date(Cnab150.L.dataRemessaCliente)))
        case Cnab150.T.layout:
            return .totais(
                Totais(
                    totalRegistros: Int(try record.number(Cnab150.T.totalRegistros)),
                    valorTotal: try record.money(Cnab150.T.valorTotal)))
        default:  // X
            return .agencia(
                Agencia(
                    codigo: record.text(Cnab150.X.agencia), nome: record.text(Cnab150.X.nome),
                    endereco: record.text(Cnab150.X.endereco), numero: record.text(Cnab150.X.numero),
                    cep: record.text(Cnab150.X.cep) + record.text(Cnab150.X.cepSufixo),
                    cidade: record.text(Cnab150.X.cidade),
                    uf: record.text(Cnab150.X.uf), situacao: record.text(Cnab150.X.situacao)))
        }
    }
}
