import BrazilKit

/// Writes a CNAB 240 remessa: file header, one lot (header, P+Q(+R) per título, trailer), file
/// trailer, CRLF after every record (rails.md §2.1).
enum Cnab240RemessaWriter {
    static func write(_ file: RemessaFile) throws(CNABError) -> [UInt8] {
        let bank = try Cnab240RemessaBank(file.bank)
        var output: [UInt8] = []
        output.reserveCapacity((file.titulos.count * 3 + 4) * 242)
        var recordCount = 0
        func append(_ record: RecordBuilder) {
            output.append(contentsOf: record.record)
            output.append(contentsOf: [ASCII.cr, ASCII.lf])
            recordCount += 1
        }

        append(try fileHeader(file, bank))
        append(try lotHeader(file, bank))
        var sequence = 0
        for (index, titulo) in file.titulos.enumerated() {
            do throws(CNABError) {
                for segment in try segments(titulo, file, bank, firstSequence: sequence + 1) {
                    append(segment)
                    sequence += 1
                }
            } catch {
                // Say which título the refused value belongs to: writing has no line yet.
                throw CNABError(
                    line: error.line, columns: error.columns,
                    field: "título \(index + 1) (\(titulo.seuNumero)): \(error.field ?? "")", reason: error.reason)
            }
        }
        var lotTrailer = RecordBuilder(Cnab240.LotTrailer.layout)
        try lotTrailer.set(Cnab240.Common.banco, digits: file.bank.rawValue)
        try lotTrailer.set(Cnab240.Common.lote, number: 1)
        try lotTrailer.set(Cnab240.LotTrailer.quantidadeRegistros, number: Int64(sequence + 2))
        // The category totals (rails.md §2.8) are filled where the bank's remessas carry them:
        // Sicoob fills cobrança simples, Santander leaves 24–240 blank, the others write zeros [LIB brcobranca].
        switch file.bank {
        case .sicoob:
            let total = file.titulos.reduce(Int64(0)) { $0 &+ $1.valor.centavos }
            try lotTrailer.set(Cnab240.LotTrailer.quantidadeSimples, number: Int64(file.titulos.count))
            try lotTrailer.set(Cnab240.LotTrailer.valorSimples, money: Money(centavos: total))
        case .santander:
            try lotTrailer.set(.text("brancos", 24, 240), text: "")
        default:
            break
        }
        append(lotTrailer)
        var fileTrailer = RecordBuilder(Cnab240.FileTrailer.layout)
        try fileTrailer.set(Cnab240.Common.banco, digits: file.bank.rawValue)
        try fileTrailer.set(Cnab240.Common.lote, number: 9999)
        try fileTrailer.set(Cnab240.FileTrailer.quantidadeLotes, number: 1)
        try fileTrailer.set(Cnab240.FileTrailer.quantidadeRegistros, number: Int64(recordCount + 1))
        append(fileTrailer)
        return output
    }

    private static func fileHeader(_ file: RemessaFile, _ bank: Cnab240RemessaBank) throws(CNABError) -> RecordBuilder {
        let header = file.header
        var record = RecordBuilder(Cnab240.FileHeader.layout)
        try record.set(Cnab240.Common.banco, digits: file.bank.rawValue)
        try bank.writeAccount(&record, header, lot: false)
        try record.set(Cnab240.FileHeader.nomeEmpresa, text: header.companyName, truncating: true)
        try record.set(Cnab240.FileHeader.nomeBanco, text: bank.bankName, truncating: true)
        try record.set(Cnab240.FileHeader.codigoRemessaRetorno, number: 1)
        try record.set(Cnab240.FileHeader.dataGeracao, date: header.fileDate)
        try record.set(Cnab240.FileHeader.horaGeracao, number: Int64(header.fileTime))
        try record.set(Cnab240.FileHeader.nsa, number: Int64(header.nsa))
        try record.set(Cnab240.FileHeader.versaoLayout, digits: bank.versions.file)
        if bank.bank != .santander { try record.set(Cnab240.FileHeader.densidade, number: 0) }
        return record
    }

    private static func lotHeader(_ file: RemessaFile, _ bank: Cnab240RemessaBank) throws(CNABError) -> RecordBuilder {
        let header = file.header
        var record = RecordBuilder(Cnab240.LotHeader.layout)
        try record.set(Cnab240.Common.banco, digits: file.bank.rawValue)
        try record.set(Cnab240.Common.lote, number: 1)
        try record.set(Cnab240.LotHeader.operacao, text: "R")
        try record.set(Cnab240.LotHeader.servico, number: 1)
        try record.set(Cnab240.LotHeader.versaoLayout, digits: bank.versions.lot)
        try bank.writeAccount(&record, header, lot: true)
        try record.set(Cnab240.LotHeader.nomeEmpresa, text: header.companyName, truncating: true)
        try record.set(Cnab240.LotHeader.numeroRemessaRetorno, number: Int64(header.nsa))
        try record.set(Cnab240.LotHeader.dataGravacao, date: header.fileDate)
        return record
    }

    /// P, then Q (always for entrada, when a pagador is given otherwise), then R when there is a
    /// multa or a second or third desconto (rails.md §2.1, §2.6).
    private static func segments(
        _ titulo: RemessaTitulo, _ file: RemessaFile, _ bank: Cnab240RemessaBank, firstSequence: Int
    ) throws(CNABError) -> [RecordBuilder] {
        let movimento = try RemessaCodes.code(for: titulo.instruction, bank: file.bank, layout: .cnab240)
        var sequence = firstSequence
        func start(_ layout: RecordLayout) throws(CNABError) -> RecordBuilder {
            var record = RecordBuilder(layout)
            try record.set(Cnab240.Common.banco, digits: file.bank.rawValue)
            try record.set(Cnab240.Common.lote, number: 1)
            try record.set(Cnab240.Common.sequencial, number: Int64(sequence))
            try record.set(Cnab240.Common.movimento, digits: movimento)
            sequence += 1
            return record
        }
        var result: [RecordBuilder] = []
        var p = try start(Cnab240.SegmentP.layout)
        try writeP(&p, titulo, file, bank)
        result.append(p)

        if titulo.instruction == .entrada && titulo.pagador == nil {
            throw CNABError(
                field: "pagador",
                reason: .invalidValue(
                    titulo.seuNumero, reasonPT: "entrada de título exige o pagador (segmento Q)",
                    reasonEN: "an entrada needs the pagador (segment Q)"))
        }
        if let pagador = titulo.pagador {
            var q = try start(Cnab240.SegmentQ.layout)
            try writeQ(&q, pagador)
            result.append(q)
        }
        if titulo.multa != nil || titulo.descontos.count > 1 {
            var r = try start(Cnab240.SegmentR.layout)
            try writeR(&r, titulo)
            result.append(r)
        }
        return result
    }

    private static func writeP(
        _ p: inout RecordBuilder, _ titulo: RemessaTitulo, _ file: RemessaFile, _ bank: Cnab240RemessaBank
    ) throws(CNABError) {
        typealias P = Cnab240.SegmentP
        try bank.writePAccount(&p, file.header, titulo)
        try p.set(bank.seuNumero, text: titulo.seuNumero)
        try p.set(P.vencimento, date: titulo.vencimento)
        try p.set(P.valor, money: titulo.valor)
        try p.set(P.agenciaCobradora, number: 0)
        try p.set(P.especie, digits: try RemessaCodes.code(for: titulo.especie, bank: file.bank, layout: .cnab240))
        try p.set(P.aceite, text: titulo.aceite ? "A" : "N")
        try p.set(P.emissao, date: titulo.emissao)
        switch titulo.juros {
        case nil:
            try p.set(P.codigoJuros, number: 3)  // C018 3: isento
        case .valorPorDia(let amount)?:
            try p.set(P.codigoJuros, number: 1)
            try p.set(P.dataJuros, date: titulo.jurosDesde ?? titulo.vencimento.adding(days: 1))
            try p.set(P.juros, money: amount)
        case .taxaMensal(let basisPoints)?:
            try p.set(P.codigoJuros, number: 2)
            try p.set(P.dataJuros, date: titulo.jurosDesde ?? titulo.vencimento.adding(days: 1))
            try p.set(P.juros, number: basisPoints)  // 13V2 percentage: 1% a.m. is 100
        }
        if let desconto = titulo.descontos.first {
            try writeDesconto(&p, desconto, code: P.codigoDesconto1, date: P.dataDesconto1, value: P.desconto1)
        }
        try p.set(P.abatimento, money: titulo.abatimento)
        try p.set(P.usoEmpresa, text: titulo.usoDaEmpresa)
        if let days = titulo.protestoDias {
            try p.set(P.codigoProtesto, number: 1)  // C026 1: dias corridos
            try p.set(P.diasProtesto, number: Int64(days))
        } else {
            try p.set(P.codigoProtesto, number: 3)  // C026 3: não protestar
        }
        if let days = titulo.baixaDias {
            try p.set(P.codigoBaixa, number: 1)  // C028 1: baixar/devolver
            try p.set(P.diasBaixa, number: Int64(days))
        } else {
            try p.set(P.codigoBaixa, number: 2)  // C028 2: não baixar
        }
        try p.set(P.moeda, number: 9)  // G065 09: Real
    }

    private static func writeDesconto(
        _ record: inout RecordBuilder, _ desconto: Desconto, code: FieldSpec, date: FieldSpec, value: FieldSpec
    ) throws(CNABError) {
        switch desconto.valor {
        case .valor(let amount):
            try record.set(code, number: 1)  // C021 1: valor fixo até a data
            try record.set(value, money: amount)
        case .percentual(let basisPoints):
            try record.set(code, number: 2)  // C021 2: percentual até a data
            try record.set(value, number: basisPoints)
        }
        try record.set(date, date: desconto.ate)
    }

    private static func writeQ(_ q: inout RecordBuilder, _ pagador: Pagador) throws(CNABError) {
        typealias Q = Cnab240.SegmentQ
        try q.set(Q.tipoInscricao, number: pagador.document.kind == .cpf ? 1 : 2)
        try q.set(Q.inscricao, text: CNABText.zeroPadded(pagador.document.value, Q.inscricao.length))
        try q.set(Q.nome, text: pagador.name, truncating: true)
        try q.set(Q.endereco, text: pagador.address, truncating: true)
        try q.set(Q.bairro, text: pagador.neighborhood, truncating: true)
        let cep = SearchText.digits(pagador.cep)
        guard cep.utf8.count == 8 else {
            throw CNABError(
                columns: 129...136, field: "CEP do pagador",
                reason: .invalidValue(pagador.cep, reasonPT: "o CEP deve ter 8 dígitos", reasonEN: "a CEP has 8 digits")
            )
        }
        try q.set(Q.cep, digits: String(cep.prefix(5)))
        try q.set(Q.cepSufixo, digits: String(cep.suffix(3)))
        try q.set(Q.cidade, text: pagador.city, truncating: true)
        try q.set(Q.uf, text: pagador.uf)
        try q.set(Q.sacadorTipoInscricao, number: 0)
        try q.set(Q.bancoCorrespondente, number: 0)
    }

    private static func writeR(_ r: inout RecordBuilder, _ titulo: RemessaTitulo) throws(CNABError) {
        typealias R = Cnab240.SegmentR
        if titulo.descontos.count > 1 {
            try writeDesconto(
                &r, titulo.descontos[1], code: R.codigoDesconto2, date: R.dataDesconto2, value: R.desconto2)
        }
        if titulo.descontos.count > 2 {
            try writeDesconto(
                &r, titulo.descontos[2], code: R.codigoDesconto3, date: R.dataDesconto3, value: R.desconto3)
        }
        if let multa = titulo.multa {
            switch multa.valor {
            case .valor(let amount):
                try r.set(R.codigoMulta, number: 1)  // G073 1: valor fixo
                try r.set(R.multa, money: amount)
            case .percentual(let basisPoints):
                try r.set(R.codigoMulta, number: 2)  // G073 2: percentual
                try r.set(R.multa, number: basisPoints)
            }
            try r.set(R.dataMulta, date: multa.data)
        }
    }
}
