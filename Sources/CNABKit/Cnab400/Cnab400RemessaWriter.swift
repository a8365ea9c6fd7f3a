import BrazilKit

/// Writes a CNAB 400 remessa for Itaú, Bradesco, Santander or Sicredi: header, one detail per título
/// (Itaú adds a type 2 record for the multa), trailer; every record numbered at 395–400, CRLF after each.
///
/// What CNAB 400 cannot say is converted where the conversion is exact enough (a monthly juros rate
/// becomes the amount per day, pro rata die over 30 days; a percentage desconto becomes its amount)
/// and refused otherwise (a fixed-amount multa where the bank takes only a percentage).
enum Cnab400RemessaWriter {
    static func write(_ file: RemessaFile) throws(CNABError) -> [UInt8] {
        guard RemessaFile.supportedBanks(.cnab400).contains(file.bank) else {
            throw CNABError(reason: .unsupportedBank(file.bank, .cnab400))
        }
        var output: [UInt8] = []
        output.reserveCapacity((file.titulos.count * 2 + 2) * 402)
        var sequence = 0
        func append(_ record: inout RecordBuilder) throws(CNABError) {
            sequence += 1
            try record.set(Cnab400Remessa.Common.sequencial, number: Int64(sequence))
            output.append(contentsOf: record.record)
            output.append(contentsOf: [ASCII.cr, ASCII.lf])
        }
        var header = try self.header(file)
        try append(&header)
        var total = Money.zero
        for (index, titulo) in file.titulos.enumerated() {
            do throws(CNABError) {
                var detail = try self.detail(titulo, file)
                try append(&detail)
                if file.bank == .itau, let multa = titulo.multa {
                    var record = try itauMulta(multa)
                    try append(&record)
                }
                total = Money(centavos: total.centavos &+ titulo.valor.centavos)
            } catch {
                throw CNABError(
                    line: error.line, columns: error.columns,
                    field: "título \(index + 1) (\(titulo.seuNumero)): \(error.field ?? "")", reason: error.reason)
            }
        }
        var trailer = Cnab400Remessa.record("9")
        switch file.bank {
        case .santander:
            // Santander's trailer carries the record count (trailer included) and the total value [LIB].
            trailer = RecordBuilder(
                RecordLayout(
                    name: "trailer", length: 400, key: [RecordKey(1, "9")],
                    fields: [.numeric("zeros", 21, 394)]))
            try trailer.set(Cnab400Remessa.Santander.quantidade, number: Int64(sequence + 1))
            try trailer.set(Cnab400Remessa.Santander.valorTotal, money: total)
        case .sicredi:
            try trailer.set(.text("", 2, 2), text: "1")
            try trailer.set(.numeric("banco", 3, 5), digits: file.bank.rawValue)
            try trailer.set(Cnab400Remessa.Sicredi.trailerCodigoBeneficiario, digits: file.header.account.convenio)
        default:
            break
        }
        try append(&trailer)
        return output
    }

    // MARK: Header

    private static func header(_ file: RemessaFile) throws(CNABError) -> RecordBuilder {
        let header = file.header
        var record = Cnab400Remessa.record("0")
        try record.set(.text("", 2, 9), text: "1REMESSA")
        try record.set(.text("", 10, 26), text: "01COBRANCA")
        try record.set(.numeric("banco", 77, 79), digits: file.bank.rawValue)
        switch file.bank {
        case .itau:
            try record.set(Cnab400Remessa.Itau.headerAgencia, digits: header.account.agencia)
            try record.set(.numeric("zeros", 31, 32), number: 0)
            try record.set(Cnab400Remessa.Itau.headerConta, digits: header.account.conta)
            try record.set(Cnab400Remessa.Itau.headerDAC, text: header.account.contaDV)
            try record.set(.text("", 80, 94), text: "BANCO ITAU SA")
        case .bradesco:
            try record.set(Cnab400Remessa.Bradesco.codigoEmpresa, digits: header.account.convenio)
            try record.set(.text("", 80, 94), text: "BRADESCO")
            try record.set(.text("", 109, 110), text: "MX")
            try record.set(Cnab400Remessa.Bradesco.nsa, number: Int64(header.nsa))
        case .santander:
            try record.set(Cnab400Remessa.Santander.headerCodigoTransmissao, digits: header.account.convenio)
            try record.set(.text("", 80, 94), text: "SANTANDER")
            try record.set(.numeric("zeros", 101, 116), number: 0)
            try record.set(.numeric("versão", 392, 394), number: 0)
        default:  // Sicredi
            try record.set(Cnab400Remessa.Sicredi.codigoBeneficiario, digits: header.account.convenio)
            try record.set(
                Cnab400Remessa.Sicredi.inscricao, text: CNABText.zeroPadded(header.companyDocument.value, 14))
            try record.set(.text("", 80, 94), text: "SICREDI")
            try record.set(Cnab400Remessa.Sicredi.dataArquivo, date: header.fileDate)
            try record.set(Cnab400Remessa.Sicredi.nsa, number: Int64(header.nsa))
            try record.set(.text("versão", 391, 394), text: "2.00")
        }
        if file.bank != .sicredi {
            try record.set(Cnab400Remessa.Common.nomeEmpresa, text: header.companyName, truncating: true)
            try record.set(Cnab400Remessa.Common.dataArquivo, date: header.fileDate)
        }
        return record
    }

    // MARK: Detail

    private static func detail(_ titulo: RemessaTitulo, _ file: RemessaFile) throws(CNABError) -> RecordBuilder {
        typealias C = Cnab400Remessa.Common
        let bank = file.bank
        let account = file.header.account
        let numericFields: [FieldSpec] = [
            C.valor, C.juros, C.desconto, C.iof, C.abatimento, C.vencimento, C.emissao, C.dataDesconto,
            C.tipoInscricaoPagador, C.inscricaoPagador, C.cepPagador,
        ]
        var record = RecordBuilder(
            RecordLayout(name: "detalhe", length: 400, key: [RecordKey(1, "1")], fields: numericFields))
        if titulo.instruction == .entrada && titulo.pagador == nil {
            throw CNABError(
                field: "pagador",
                reason: .invalidValue(
                    titulo.seuNumero, reasonPT: "entrada de título exige o pagador",
                    reasonEN: "an entrada needs the pagador"))
        }
        try record.set(
            C.ocorrencia, digits: try RemessaCodes.code(for: titulo.instruction, bank: bank, layout: .cnab400))
        try record.set(C.seuNumero, text: titulo.seuNumero)
        try record.set(C.vencimento, date: titulo.vencimento)
        try record.set(C.valor, money: titulo.valor)
        try record.set(C.emissao, date: titulo.emissao)
        try record.set(C.juros, money: try jurosPorDia(titulo))
        if let desconto = titulo.descontos.first {
            try record.set(C.dataDesconto, date: desconto.ate)
            try record.set(C.desconto, money: try amount(of: desconto.valor, over: titulo.valor))
        }
        try record.set(C.abatimento, money: titulo.abatimento)
        let especie = try RemessaCodes.code(for: titulo.especie, bank: bank, layout: .cnab400)
        if let pagador = titulo.pagador {
            try record.set(C.inscricaoPagador, text: CNABText.zeroPadded(pagador.document.value, 14))
            try record.set(C.enderecoPagador, text: pagador.address, truncating: true)
            try record.set(C.cepPagador, digits: try cep(pagador))
        }
        let protesto = titulo.protestoDias.map { Int64($0) }

        switch bank {
        case .itau:
            typealias I = Cnab400Remessa.Itau
            try writeEmpresa(&record, file.header.companyDocument)
            try record.set(I.agencia, digits: account.agencia)
            try record.set(.numeric("zeros", 22, 23), number: 0)
            try record.set(I.conta, digits: account.conta)
            try record.set(I.dac, text: account.contaDV)
            try record.set(.numeric("instrução/alegação a cancelar", 34, 37), number: 0)
            try record.set(I.usoEmpresa, text: titulo.usoDaEmpresa)
            try record.set(I.nossoNumero, text: CNABText.zeroPadded(titulo.nossoNumero, 8))
            try record.set(.numeric("quantidade de moeda", 71, 83), number: 0)
            try record.set(I.carteira, digits: account.carteira)
            try record.set(I.codigoCarteira, text: "I")
            try record.set(.numeric("banco", 140, 142), digits: "341")
            try record.set(.numeric("agência cobradora", 143, 147), number: 0)
            try record.set(C.especie, digits: especie)
            try record.set(C.aceite, text: titulo.aceite ? "A" : "N")
            // Nota 11: 09 protestar após o prazo (392–393); 10 não protestar.
            try record.set(C.instrucao1, text: protesto == nil ? "10" : "09")
            try record.set(C.instrucao2, text: "00")
            try record.set(C.tipoInscricaoPagador, number: titulo.pagador?.document.kind == .cpf ? 1 : 2)
            if let pagador = titulo.pagador {
                try record.set(I.nomePagador, text: pagador.name, truncating: true)
                try record.set(I.bairro, text: pagador.neighborhood, truncating: true)
                try record.set(I.cidade, text: pagador.city, truncating: true)
                try record.set(I.uf, text: pagador.uf)
            }
            try record.set(
                I.dataMora, date: titulo.juros == nil ? nil : (titulo.jurosDesde ?? titulo.vencimento.adding(days: 1)))
            try record.set(I.prazo, number: protesto ?? 0)
        case .bradesco:
            typealias B = Cnab400Remessa.Bradesco
            try record.set(.numeric("débito automático", 2, 20), number: 0)
            try record.set(.numeric("zero", 21, 21), number: 0)
            try record.set(B.carteira, digits: account.carteira)
            try record.set(B.agencia, digits: account.agencia)
            try record.set(B.conta, digits: account.conta)
            try record.set(B.contaDV, text: account.contaDV)
            try record.set(B.usoEmpresa, text: titulo.usoDaEmpresa)
            try record.set(.numeric("banco a debitar", 63, 65), number: 0)
            try record.set(B.codigoMulta, number: titulo.multa == nil ? 0 : 2)
            try record.set(B.percentualMulta, number: try percentualMulta(titulo, bank: bank))
            try record.set(B.nossoNumero, text: CNABText.zeroPadded(titulo.nossoNumero, 12))
            try record.set(.numeric("desconto bonificação por dia", 83, 92), number: 0)
            try record.set(.numeric("condição de emissão", 93, 93), number: 2)  // 2: cliente emite
            try record.set(.text("débito automático", 94, 94), text: "N")
            try record.set(.numeric("zeros", 140, 147), number: 0)
            try record.set(C.especie, digits: especie)
            try record.set(C.aceite, text: "N")  // rails.md §2.11: always N
            // Instruções: 06 protestar + days (rails.md §2.11).
            try record.set(C.instrucao1, text: protesto == nil ? "00" : "06")
            try record.set(.numeric("dias para protesto", 159, 160), number: protesto ?? 0)
            try record.set(C.tipoInscricaoPagador, number: titulo.pagador?.document.kind == .cpf ? 1 : 2)
            if let pagador = titulo.pagador {
                try record.set(C.nomePagador, text: pagador.name, truncating: true)
            }
        case .santander:
            typealias S = Cnab400Remessa.Santander
            try record.set(S.tipoInscricao, number: file.header.companyDocument.kind == .cpf ? 1 : 2)
            try record.set(S.inscricao, text: CNABText.zeroPadded(file.header.companyDocument.value, 14))
            try record.set(S.codigoTransmissao, digits: account.convenio)
            try record.set(S.usoEmpresa, text: titulo.usoDaEmpresa)
            try record.set(S.nossoNumero, text: CNABText.zeroPadded(titulo.nossoNumero, 8))
            try record.set(.numeric("data do segundo desconto", 71, 76), number: 0)
            try record.set(S.codigoMulta, number: titulo.multa == nil ? 0 : 4)
            try record.set(S.percentualMulta, number: try percentualMulta(titulo, bank: bank))
            try record.set(.numeric("unidade de valor", 83, 84), number: 0)
            try record.set(.numeric("valor em outra unidade", 85, 97), number: 0)
            try record.set(S.dataMulta, date: titulo.multa?.data)
            try record.set(S.codigoCarteira, text: account.carteira.isEmpty ? "5" : String(account.carteira.prefix(1)))
            try record.set(.numeric("banco", 140, 142), digits: "033")
            try record.set(.numeric("agência cobradora", 143, 147), number: 0)
            try record.set(C.especie, digits: especie)
            try record.set(C.aceite, text: titulo.aceite ? "A" : "N")
            try record.set(C.instrucao1, text: protesto == nil ? "00" : "06")
            try record.set(C.instrucao2, text: "00")
            try record.set(C.tipoInscricaoPagador, number: titulo.pagador?.document.kind == .cpf ? 1 : 2)
            if let pagador = titulo.pagador {
                try record.set(C.nomePagador, text: pagador.name, truncating: true)
                try record.set(S.bairro, text: pagador.neighborhood, truncating: true)
                try record.set(S.cidade, text: pagador.city, truncating: true)
                try record.set(S.uf, text: pagador.uf)
            }
            try record.set(.text("", 383, 383), text: "I")
            try record.set(
                .text("complemento da conta", 384, 385), text: String(account.conta.suffix(1)) + account.contaDV)
            try record.set(S.diasProtesto, number: protesto ?? 0)
        default:  // Sicredi
            typealias S = Cnab400Remessa.Sicredi
            // A cobrança com registro, A carteira simples, A impressão normal, A real, A desconto em
            // valor, A juros em valor [LIB].
            try record.set(.text("", 2, 4), text: "AAA")
            try record.set(.text("", 17, 19), text: "AAA")
            try record.set(S.nossoNumero, text: CNABText.zeroPadded(titulo.nossoNumero, 9))
            try record.set(S.dataInstrucao, date: file.header.fileDate)
            try record.set(.text("postagem", 72, 72), text: "N")
            try record.set(.text("emissão do boleto", 74, 74), text: "B")
            try record.set(.numeric("desconto por dia de antecipação", 83, 92), number: 0)
            try record.set(S.percentualMulta, number: try percentualMulta(titulo, bank: bank))
            try record.set(S.especie, text: especie)
            try record.set(C.aceite, text: titulo.aceite ? "S" : "N")
            try record.set(C.instrucao1, text: protesto == nil ? "00" : "06")
            try record.set(.numeric("dias para protesto", 159, 160), number: protesto ?? 0)
            try record.set(C.iof, number: 0)
            try record.set(S.tipoPessoa, number: titulo.pagador?.document.kind == .cpf ? 1 : 2)
            try record.set(.numeric("zero", 220, 220), number: 0)
            if let pagador = titulo.pagador {
                try record.set(C.nomePagador, text: pagador.name, truncating: true)
            }
            try record.set(.numeric("código do pagador", 315, 325), number: 0)
            try record.set(.numeric("código do pagador junto ao cliente", 335, 339), number: 0)
        }
        return record
    }

    private static func writeEmpresa(_ record: inout RecordBuilder, _ document: Inscricao) throws(CNABError) {
        try record.set(.numeric("tipo de inscrição da empresa", 2, 3), number: document.kind == .cpf ? 1 : 2)
        try record.set(.numeric("CPF/CNPJ da empresa", 4, 17), text: CNABText.zeroPadded(document.value, 14))
    }

    private static func cep(_ pagador: Pagador) throws(CNABError) -> String {
        let digits = SearchText.digits(pagador.cep)
        guard digits.utf8.count == 8 else {
            throw CNABError(
                columns: 327...334, field: "CEP do pagador",
                reason: .invalidValue(pagador.cep, reasonPT: "o CEP deve ter 8 dígitos", reasonEN: "a CEP has 8 digits")
            )
        }
        return digits
    }

    /// CNAB 400 takes juros as an amount per day: a monthly rate becomes valor × rate / 30, rounded
    /// half-up to the centavo (pro rata die, as DESIGN.md's default 1% a.m. / 30).
    static func jurosPorDia(_ titulo: RemessaTitulo) throws(CNABError) -> Money {
        switch titulo.juros {
        case nil: return .zero
        case .valorPorDia(let amount)?: return amount
        case .taxaMensal(let basisPoints)?:
            do throws(MoneyError) {
                return try titulo.valor.proportion(basisPoints, of: 300_000)
            } catch {
                throw CNABError(
                    field: "juros de mora por dia",
                    reason: .invalidValue(
                        "\(basisPoints)", reasonPT: error.message(.ptBR), reasonEN: error.message(.en)))
            }
        }
    }

    /// A desconto as an amount: a percentage is taken of the título's value.
    private static func amount(of value: ValorOuPercentual, over total: Money) throws(CNABError) -> Money {
        switch value {
        case .valor(let amount): return amount
        case .percentual(let basisPoints):
            do throws(MoneyError) {
                return try total.percentage(basisPoints: basisPoints)
            } catch {
                throw CNABError(
                    field: "valor do desconto",
                    reason: .invalidValue(
                        "\(basisPoints)", reasonPT: error.message(.ptBR), reasonEN: error.message(.en)))
            }
        }
    }

    /// Bradesco, Santander and Sicredi take the multa only as a percentage with two decimals.
    private static func percentualMulta(_ titulo: RemessaTitulo, bank: BankCode) throws(CNABError) -> Int64 {
        switch titulo.multa?.valor {
        case nil: return 0
        case .percentual(let basisPoints)?: return basisPoints
        case .valor(let amount)?:
            throw CNABError(
                field: "multa",
                reason: .invalidValue(
                    amount.formatted, reasonPT: "o CNAB 400 do banco \(bank.displayName) aceita só multa em percentual",
                    reasonEN: "bank \(bank.displayName)'s CNAB 400 takes the multa only as a percentage"))
        }
    }

    /// Itaú's type 2 record (rails.md §2.10): 1 valor fixo, 2 percentual, from a date (≥ vencimento).
    private static func itauMulta(_ multa: Multa) throws(CNABError) -> RecordBuilder {
        typealias I = Cnab400Remessa.Itau
        var record = RecordBuilder(
            RecordLayout(
                name: "multa", length: 400, key: [RecordKey(1, "2")], fields: [I.codigoMulta, I.dataMulta, I.multa]))
        switch multa.valor {
        case .valor(let amount):
            try record.set(I.codigoMulta, number: 1)
            try record.set(I.multa, money: amount)
        case .percentual(let basisPoints):
            try record.set(I.codigoMulta, number: 2)
            try record.set(I.multa, number: basisPoints)
        }
        try record.set(I.dataMulta, date: multa.data)
        return record
    }
}
