/// Where each bank puts the account, the company's code and the nosso número in a CNAB 240
/// remessa — the parts of the header, lot header and segment P that differ from FEBRABAN.
///
/// Sources: rails.md §2.2–2.4 (FEBRABAN, Santander and Caixa deviations, version numbers of
/// Bradesco, Santander and Caixa) and, for the rest, laravel-boleto's remessa writers [LIB], which
/// brcobranca's remessa fixtures agree with where both cover a bank.
struct Cnab240RemessaBank {
    let bank: BankCode

    /// A bank whose remessa this library writes.
    init(_ bank: BankCode) throws(CNABError) {
        guard RemessaFile.supportedBanks(.cnab240).contains(bank) else {
            throw CNABError(reason: .unsupportedBank(bank, .cnab240))
        }
        self.bank = bank
    }

    /// Any bank, for reading: banks without known deviations are read as FEBRABAN wrote the layout.
    init(reading bank: BankCode) {
        self.bank = bank
    }

    /// File and lot layout versions (header 164–166, lot header 14–16).
    var versions: (file: String, lot: String) {
        switch bank {
        case .bradesco: ("084", "042")  // rails.md §2
        case .santander: ("040", "030")  // rails.md §2
        case .caixa: ("050", "060")  // rails.md §2
        case .bancoDoBrasil: ("084", "043")  // [LIB]
        case .itau: ("040", "030")  // [LIB]
        default: ("081", "040")  // Sicredi, Sicoob [LIB]
        }
    }

    var bankName: String {
        switch bank {
        case .bancoDoBrasil: "BANCO DO BRASIL S.A."
        case .caixa: "CAIXA ECONOMICA FEDERAL"
        case .santander: "BANCO SANTANDER"
        case .sicoob: "SICOOB"
        case .sicredi: "SICREDI"
        case .bradesco: "BRADESCO"
        default: "BANCO ITAU SA"
        }
    }

    // MARK: Header and lot header

    /// Writes the company and account block: file header positions 17/18–72, or the lot header's,
    /// which FEBRABAN places one position to the right.
    func writeAccount(_ record: inout RecordBuilder, _ header: RemessaHeader, lot: Bool) throws(CNABError) {
        let shift = lot ? 1 : 0
        func spec(_ name: String, _ start: Int, _ end: Int, _ kind: FieldKind = .alphanumeric) -> FieldSpec {
            FieldSpec(name, start + shift, end + shift, kind)
        }
        let account = header.account
        let document = header.companyDocument
        let kind = document.kind == .cpf ? "1" : "2"
        if bank == .santander {
            // Santander: tipo de inscrição 17 (lot 18), inscrição 18–32 (lot 19–33), código de transmissão
            // 33–47 (lot 54–68).
            try record.set(FieldSpec("tipo de inscrição", lot ? 18 : 17, lot ? 18 : 17, .alphanumeric), text: kind)
            try record.set(
                FieldSpec("CPF/CNPJ da empresa", lot ? 19 : 18, lot ? 33 : 32, .numeric(decimals: 0)),
                text: CNABText.zeroPadded(document.value, 15))
            let transmissao =
                lot ? FieldSpec.numeric("código de transmissão", 54, 68) : .numeric("código de transmissão", 33, 47)
            try record.set(transmissao, digits: account.convenio)
            return
        }
        try record.set(spec("tipo de inscrição", 18, 18), text: kind)
        let inscricao = lot ? Cnab240.LotHeader.inscricao : Cnab240.FileHeader.inscricao
        try record.set(inscricao, text: CNABText.zeroPadded(document.value, inscricao.length))
        switch bank {
        case .bancoDoBrasil:
            // Convênio 9, "0014" (cobrança), carteira 2, variação 3 (BB's use of the 20-position field).
            try record.set(spec("convênio", 33, 41, .numeric(decimals: 0)), digits: account.convenio)
            try record.set(spec("código de cobrança", 42, 45), text: "0014")
            try record.set(spec("carteira", 46, 47, .numeric(decimals: 0)), digits: account.carteira)
            try record.set(
                spec("variação da carteira", 48, 50, .numeric(decimals: 0)), digits: account.variacaoCarteira)
        case .bradesco:
            try record.set(spec("código do convênio", 33, 52, .numeric(decimals: 0)), digits: account.convenio)
        case .caixa:
            // SIGCB: the convênio field is zeros; the beneficiário code sits where the conta would be.
            if lot {
                try record.set(FieldSpec.numeric("código do beneficiário", 34, 39), digits: account.convenio)
                try record.set(FieldSpec.numeric("zeros", 40, 53), number: 0)
            } else {
                try record.set(FieldSpec.numeric("código do convênio", 33, 52), number: 0)
            }
        default:
            break  // Sicoob, Sicredi, Itaú: convênio field blank
        }
        switch bank {
        case .itau:
            // Itaú: 53 zero, agência 54–57, conta 66–70 after seven zeros, DAC 72 (lot: one to the right).
            try record.set(spec("zero", 53, 53, .numeric(decimals: 0)), number: 0)
            try record.set(spec("agência", 54, 57, .numeric(decimals: 0)), digits: account.agencia)
            try record.set(spec("zeros", 59, 65, .numeric(decimals: 0)), number: 0)
            try record.set(spec("conta", 66, 70, .numeric(decimals: 0)), digits: account.conta)
            try record.set(spec("DAC", 72, 72), text: account.contaDV)
        case .caixa:
            try record.set(spec("agência", 53, 57, .numeric(decimals: 0)), digits: account.agencia)
            try record.set(spec("DV da agência", 58, 58), text: account.agenciaDV)
            try record.set(spec("código do beneficiário", 59, 64, .numeric(decimals: 0)), digits: account.convenio)
            try record.set(spec("zeros", 65, 72, .numeric(decimals: 0)), number: 0)
        default:
            try record.set(spec("agência", 53, 57, .numeric(decimals: 0)), digits: account.agencia)
            try record.set(spec("DV da agência", 58, 58), text: account.agenciaDV)
            try record.set(spec("conta corrente", 59, 70, .numeric(decimals: 0)), digits: account.conta)
            try record.set(spec("DV da conta", 71, 71), text: account.contaDV)
        }
    }

    /// Reads back what ``writeAccount(_:_:lot:)`` wrote in the file header; numbers come back
    /// without their leading zeros.
    func readAccount(_ line: LineBytes) -> (document: Inscricao, account: CobrancaAccount) {
        func text(_ start: Int, _ end: Int) -> String { line.trimmed(.text("", start, end)) }
        func digits(_ start: Int, _ end: Int) -> String {
            let value = text(start, end)
            let significant = value.drop { $0 == "0" }
            return significant.isEmpty ? (value.isEmpty ? "" : "0") : String(significant)
        }
        let santander = bank == .santander
        let kindText = santander ? text(17, 17) : text(18, 18)
        let kind: Inscricao.Kind = kindText == "1" ? .cpf : .cnpj
        let rawDocument = santander ? text(18, 32) : text(19, 32)
        let document = Inscricao(kind: kind, value: String(rawDocument.suffix(kind == .cpf ? 11 : 14)))
        var account = CobrancaAccount(agencia: "", conta: "")
        switch bank {
        case .santander:
            account.convenio = digits(33, 47)
        case .bancoDoBrasil:
            account.convenio = digits(33, 41)
            account.carteira = digits(46, 47)
            account.variacaoCarteira = digits(48, 50)
        case .bradesco:
            account.convenio = digits(33, 52)
        case .caixa:
            account.convenio = digits(59, 64)
        default:
            break
        }
        switch bank {
        case .santander:
            break
        case .itau:
            account.agencia = digits(54, 57)
            account.conta = digits(66, 70)
            account.contaDV = text(72, 72)
        case .caixa:
            account.agencia = digits(53, 57)
            account.agenciaDV = text(58, 58)
        default:
            account.agencia = digits(53, 57)
            account.agenciaDV = text(58, 58)
            account.conta = digits(59, 70)
            account.contaDV = text(71, 71)
        }
        return (document, account)
    }

    // MARK: Segment P

    /// Seu número: 63–77 (FEBRABAN), 63–72 at Itaú, 63–73 at Caixa [LIB].
    var seuNumero: FieldSpec {
        switch bank {
        case .itau: Cnab240.SegmentP.seuNumero.at(63, 72)
        case .caixa: Cnab240.SegmentP.seuNumero.at(63, 73)
        default: Cnab240.SegmentP.seuNumero
        }
    }

    /// Nosso número's place in segment P and whether it is written left-aligned (text) or
    /// zero-padded on the left.
    var nossoNumero: (field: FieldSpec, leftAligned: Bool) {
        switch bank {
        case .bancoDoBrasil, .sicredi: (Cnab240.SegmentP.nossoNumero, true)  // X(20)
        case .bradesco: (Cnab240.SegmentP.nossoNumero.at(46, 57), false)  // 11 + DV
        case .sicoob: (Cnab240.SegmentP.nossoNumero.at(38, 47), false)  // 9 + DV
        case .caixa: (Cnab240.SegmentP.nossoNumero.at(41, 57), false)  // modalidade 41–42 + 15 (rails.md §1.7)
        case .santander: (Cnab240.SegmentP.nossoNumero.at(45, 57), false)  // 13 with DV (rails.md §2.4)
        case .itau: (Cnab240.SegmentP.nossoNumero.at(41, 49), false)  // 8 + DAC
        default: (Cnab240.SegmentP.nossoNumero, true)  // FEBRABAN X(20)
        }
    }

    /// Writes segment P positions 18–62: account, nosso número and the carteira codes.
    func writePAccount(_ record: inout RecordBuilder, _ header: RemessaHeader, _ titulo: RemessaTitulo)
        throws(CNABError)
    {
        let account = header.account
        switch bank {
        case .itau:
            try record.set(.numeric("zero", 18, 18), number: 0)
            try record.set(.numeric("agência", 19, 22), digits: account.agencia)
            try record.set(.numeric("zeros", 24, 30), number: 0)
            try record.set(.numeric("conta", 31, 35), digits: account.conta)
            try record.set(.text("DAC", 37, 37), text: account.contaDV)
            try record.set(.numeric("carteira", 38, 40), digits: account.carteira)
            try record.set(.numeric("zeros", 58, 62), number: 0)
        case .santander:
            // rails.md §2.4: agência 18–21, conta 23–31 (and the conta cobrança 33–41), nosso número 45–57.
            try record.set(.numeric("agência", 18, 21), digits: account.agencia)
            try record.set(.text("DV da agência", 22, 22), text: account.agenciaDV)
            try record.set(.numeric("conta corrente", 23, 31), digits: account.conta)
            try record.set(.text("DV da conta", 32, 32), text: account.contaDV)
            try record.set(.numeric("conta cobrança", 33, 41), digits: account.conta)
            try record.set(.text("DV da conta cobrança", 42, 42), text: account.contaDV)
            try record.set(
                Cnab240.SegmentP.carteira, text: account.carteira.isEmpty ? "5" : String(account.carteira.prefix(1)))
            try record.set(Cnab240.SegmentP.formaCadastramento, text: "1")
            try record.set(Cnab240.SegmentP.tipoDocumento, text: "1")
        case .caixa:
            try record.set(Cnab240.SegmentP.agencia, digits: account.agencia)
            try record.set(Cnab240.SegmentP.agenciaDV, text: account.agenciaDV)
            try record.set(.numeric("código do beneficiário", 24, 29), digits: account.convenio)
            try record.set(.numeric("zeros", 30, 40), number: 0)
            try writeCarteiraCodes(&record, carteira: "1", tipoDocumento: "2")
        default:
            try record.set(Cnab240.SegmentP.agencia, digits: account.agencia)
            try record.set(Cnab240.SegmentP.agenciaDV, text: account.agenciaDV)
            try record.set(Cnab240.SegmentP.conta, digits: account.conta)
            try record.set(Cnab240.SegmentP.contaDV, text: account.contaDV)
            switch bank {
            case .bradesco:
                try record.set(.numeric("carteira", 38, 40), digits: account.carteira)
                try record.set(.numeric("zeros", 41, 45), number: 0)
                try writeCarteiraCodes(&record, carteira: "1", tipoDocumento: "1")
            case .sicoob:
                // Parcela 01, modalidade 01 (simples com registro), formulário 4 (A4 sem envelopamento).
                try record.set(.numeric("parcela", 48, 49), number: 1)
                try record.set(.numeric("modalidade", 50, 51), number: 1)
                try record.set(.numeric("tipo de formulário", 52, 52), number: 4)
                try writeCarteiraCodes(
                    &record, carteira: account.carteira.isEmpty ? "1" : String(account.carteira.prefix(1)),
                    tipoDocumento: "1")
            default:
                try writeCarteiraCodes(&record, carteira: "1", tipoDocumento: "1")
            }
        }
        let (field, leftAligned) = nossoNumero
        if leftAligned {
            try record.set(field, text: titulo.nossoNumero)
        } else {
            try record.set(field, text: CNABText.zeroPadded(titulo.nossoNumero, field.length))
        }
    }

    /// 58 carteira (C006 1 = simples), 59 com registro, 60 tipo de documento, 61 cliente emite,
    /// 62 cliente distribui.
    private func writeCarteiraCodes(_ record: inout RecordBuilder, carteira: String, tipoDocumento: String)
        throws(CNABError)
    {
        try record.set(Cnab240.SegmentP.carteira, text: carteira)
        try record.set(Cnab240.SegmentP.formaCadastramento, text: "1")
        try record.set(Cnab240.SegmentP.tipoDocumento, text: tipoDocumento)
        try record.set(Cnab240.SegmentP.emissaoBoleto, text: "2")
        try record.set(Cnab240.SegmentP.distribuicao, text: "2")
    }

    /// The nosso número as segment P holds it, trimmed.
    func readNossoNumero(_ line: LineBytes) -> String {
        line.trimmed(nossoNumero.field)
    }
}
