/// Where a bank puts each field of its CNAB 400 retorno detail. CNAB 400 is not a standard: every
/// bank has its own manual, but most share a skeleton (ocorrência 109–110, valor 153–165, valor pago
/// 254–266 …), which is the default here; each bank overrides what differs.
///
/// Sources: Itaú and Bradesco from rails.md §2.10–2.11; the others from the positions the open-source
/// readers brcobranca and laravel-boleto use and the fixtures confirm [LIB].
public struct Cnab400RetornoProfile: Sendable, Hashable {
    /// Where the credit date comes from.
    public enum CreditDate: Sendable, Hashable {
        /// A field of the detail.
        case field(FieldSpec)
        /// The layout has none; a paid título's ocorrência date is its credit date (Banco do Nordeste).
        case ocorrenciaDateWhenPaid
        /// The layout has none.
        case none
    }

    /// The bank.
    public let bank: BankCode
    /// The ocorrência table.
    public internal(set) var table: OcorrenciaTable = .unknown400
    /// The record type of a título detail (`1`; Banco do Brasil CBR643 uses `7`).
    public internal(set) var detailType: UInt8 = UInt8(ascii: "1")
    /// Nosso número.
    public internal(set) var nossoNumero = FieldSpec.text("nosso número", 63, 70)
    /// Seu número (número do documento), nil where the layout has none.
    public internal(set) var seuNumero: FieldSpec? = .text("número do documento (seu número)", 117, 126)
    /// Uso da empresa (controle do participante).
    public internal(set) var usoEmpresa: FieldSpec? = .text("uso da empresa", 38, 62)
    /// Carteira.
    public internal(set) var carteira: FieldSpec? = .text("carteira", 108, 108)
    /// Ocorrência code.
    public internal(set) var ocorrencia = FieldSpec.text("código de ocorrência", 109, 110)
    /// Date of the ocorrência.
    public internal(set) var dataOcorrencia: FieldSpec? = .date("data da ocorrência", 111, 116, .ddmmaa)
    /// Vencimento.
    public internal(set) var vencimento: FieldSpec? = .date("data de vencimento", 147, 152, .ddmmaa)
    /// Valor do título.
    public internal(set) var valor = FieldSpec.money("valor do título", 153, 165)
    /// Tarifa / despesas de cobrança.
    public internal(set) var tarifa: FieldSpec? = .money("despesas de cobrança (tarifa)", 176, 188)
    /// Outras despesas.
    public internal(set) var outrasDespesas: FieldSpec? = .money("outras despesas", 189, 201)
    /// IOF.
    public internal(set) var iof: FieldSpec? = .money("valor do IOF", 215, 227)
    /// Abatimento.
    public internal(set) var abatimento: FieldSpec? = .money("valor do abatimento", 228, 240)
    /// Desconto.
    public internal(set) var desconto: FieldSpec? = .money("valor do desconto", 241, 253)
    /// Valor pago.
    public internal(set) var valorPago = FieldSpec.money("valor pago", 254, 266)
    /// Juros de mora / multa.
    public internal(set) var juros: FieldSpec? = .money("juros de mora/multa", 267, 279)
    /// Outros créditos.
    public internal(set) var outrosCreditos: FieldSpec? = .money("outros créditos", 280, 292)
    /// Credit date.
    public internal(set) var dataCredito = CreditDate.field(.date("data do crédito", 296, 301, .ddmmaa))
    /// Motivos, with the width of each code.
    public internal(set) var motivos: FieldSpec?
    /// Characters per motivo code.
    public internal(set) var motivoWidth = 2
    /// Header: file date.
    public internal(set) var headerDate = FieldSpec.date("data de gravação do arquivo", 95, 100, .ddmmaa)
    /// Header: company code or account block.
    public internal(set) var headerConvenio = FieldSpec.text("código da empresa", 27, 46)
    /// Header: file sequence number, where the bank has one.
    public internal(set) var headerNSA: FieldSpec?
    /// Header: credit date, where the bank announces one.
    public internal(set) var headerCreditDate: FieldSpec?

    init(bank: BankCode) {
        self.bank = bank
    }

    /// The profile for a bank, or nil when no CNAB 400 retorno layout is known for it.
    public static func profile(for bank: BankCode) -> Cnab400RetornoProfile? {
        var profile = Cnab400RetornoProfile(bank: bank)
        switch bank {
        case .itau:
            // rails.md §2.10: nosso número 63–70, carteira 83–85, erros 378–385; header NSA 109–113 and
            // credit date 114–119.
            profile.table = .itau400
            profile.carteira = .text("carteira", 83, 85)
            profile.motivos = .text("erros/mensagem", 378, 385)
            profile.headerConvenio = .text("agência/conta", 27, 38)
            profile.headerNSA = .numeric("nº sequencial do arquivo retorno", 109, 113)
            profile.headerCreditDate = .date("data do crédito", 114, 119, .ddmmaa)
        case .bradesco:
            // rails.md §2.11: nosso número + DV 71–82, motivos 319–328.
            profile.table = .bradesco400
            profile.nossoNumero = .text("nosso número", 71, 82)
            profile.motivos = .text("motivos das rejeições", 319, 328)
        case .santander:
            // [LIB] nosso número 63–70; rejection codes 137–145, three digits each.
            profile.table = .santander400
            profile.motivos = .text("códigos de rejeição", 137, 145)
            profile.motivoWidth = 3
        case .sicredi:
            // [LIB] nosso número 48–62, motivos 319–328, credit date 329–336 AAAAMMDD; the header dates AAAAMMDD.
            profile.table = .sicredi400
            profile.nossoNumero = .text("nosso número", 48, 62)
            profile.usoEmpresa = nil
            profile.motivos = .text("motivos da ocorrência", 319, 328)
            profile.dataCredito = .field(.date("data do crédito", 329, 336, .aaaammdd))
            profile.headerDate = .date("data de gravação do arquivo", 95, 102, .aaaammdd)
            profile.headerConvenio = .text("código do beneficiário", 27, 31)
        case .bancoDoBrasil:
            // CBR643 [LIB]: detail type 7, nosso número 64–80, uso da empresa 39–63, credit date 176–181,
            // tarifa 182–188.
            profile.detailType = UInt8(ascii: "7")
            profile.nossoNumero = .text("nosso número", 64, 80)
            profile.usoEmpresa = .text("uso da empresa", 39, 63)
            profile.carteira = .text("carteira", 107, 108)
            profile.dataCredito = .field(.date("data do crédito", 176, 181, .ddmmaa))
            profile.tarifa = .money("tarifa de cobrança", 182, 188)
            profile.headerConvenio = .text("convênio", 150, 156)
        case .banrisul:
            // [LIB brcobranca] nosso número 63–72, IOF 189–201, motivos 383–392.
            profile.nossoNumero = .text("nosso número", 63, 72)
            profile.iof = .money("valor do IOF", 189, 201)
            profile.outrasDespesas = nil
            profile.motivos = .text("motivos", 383, 392)
        case .bancoDoNordeste:
            // [LIB] no credit date in the detail; a paid título's ocorrência date stands for it.
            profile.dataCredito = .ocorrenciaDateWhenPaid
            profile.iof = nil
            profile.outrosCreditos = nil
        case .brb:
            // [LIB brcobranca] eight-digit dates shift everything after 110 by two.
            profile.nossoNumero = .text("nosso número", 71, 82)
            profile.seuNumero = nil
            profile.usoEmpresa = nil
            profile.carteira = nil
            profile.dataOcorrencia = .date("data da ocorrência", 111, 118, .ddmmaaaa)
            profile.vencimento = .date("data de vencimento", 149, 156, .ddmmaaaa)
            profile.valor = .money("valor do título", 157, 169)
            profile.tarifa = .money("tarifa", 180, 192)
            profile.outrasDespesas = nil
            profile.iof = .money("valor do IOF", 219, 231)
            profile.abatimento = .money("valor do abatimento", 232, 244)
            profile.desconto = .money("valor do desconto", 245, 257)
            profile.valorPago = .money("valor pago", 258, 270)
            profile.juros = nil
            profile.outrosCreditos = .money("outros créditos", 284, 296)
            profile.dataCredito = .field(.date("data do crédito", 300, 307, .ddmmaaaa))
            profile.headerDate = .date("data de gravação do arquivo", 95, 102, .ddmmaaaa)
        case .caixa:
            // [LIB laravel-boleto] nosso número 57–73, uso da empresa 32–56, credit date 294–299,
            // rejection code 80–82.
            profile.nossoNumero = .text("nosso número", 57, 73)
            profile.usoEmpresa = .text("uso da empresa", 32, 56)
            profile.carteira = .text("carteira", 107, 108)
            profile.dataCredito = .field(.date("data do crédito", 294, 299, .ddmmaa))
            profile.motivos = .text("código de rejeição", 80, 82)
            profile.motivoWidth = 3
        case .sicoob:
            profile.nossoNumero = .text("nosso número", 63, 73)
            profile.dataCredito = .field(.date("data do crédito", 176, 181, .ddmmaa))
            profile.tarifa = .money("tarifa", 182, 188)
            profile.motivos = .text("motivos", 319, 328)
        case .credisis:
            // [LIB brcobranca] reads only these; 111–116 holds no date in Credisis's file.
            profile.dataOcorrencia = nil
            profile.nossoNumero = .text("nosso número", 63, 73)
            profile.dataCredito = .field(.date("data do crédito", 176, 181, .ddmmaa))
            profile.seuNumero = nil
            profile.usoEmpresa = nil
            profile.tarifa = nil
            profile.outrasDespesas = nil
            profile.iof = nil
            profile.abatimento = nil
            profile.desconto = nil
            profile.juros = nil
            profile.outrosCreditos = nil
        case .unicred:
            profile.nossoNumero = .text("nosso número", 46, 62)
            profile.seuNumero = nil
            profile.usoEmpresa = nil
            profile.dataCredito = .field(.date("data do crédito", 176, 181, .ddmmaa))
            profile.tarifa = .money("tarifa", 182, 188)
            profile.motivos = .text("motivos", 319, 326)
        case .hsbc:
            profile.nossoNumero = .text("nosso número", 63, 73)
            profile.dataCredito = .none
            profile.iof = nil
            profile.outrosCreditos = nil
        case .inter:
            // [LIB laravel-boleto] Inter's detail is laid out on its own.
            profile.carteira = .text("carteira", 21, 23)
            profile.nossoNumero = .text("nosso número", 71, 81)
            profile.ocorrencia = .text("código de ocorrência", 90, 91)
            profile.dataOcorrencia = .date("data da ocorrência", 92, 97, .ddmmaa)
            profile.seuNumero = .text("número do documento (seu número)", 98, 107)
            profile.vencimento = .date("data de vencimento", 119, 124, .ddmmaa)
            profile.valor = .money("valor do título", 125, 137)
            profile.valorPago = .money("valor pago", 160, 172)
            profile.dataCredito = .field(.date("data do crédito", 173, 178, .ddmmaa))
            profile.tarifa = nil
            profile.outrasDespesas = nil
            profile.iof = nil
            profile.abatimento = nil
            profile.desconto = nil
            profile.juros = nil
            profile.outrosCreditos = nil
        case .delbank:
            profile.nossoNumero = .text("nosso número", 63, 73)
            profile.carteira = .text("carteira", 83, 85)
            profile.dataCredito = .field(.date("data do crédito", 386, 391, .ddmmaa))
            profile.motivos = .text("motivos", 319, 328)
        case .fibra, .pine:
            profile.nossoNumero = .text("nosso número", 63, 73)
            profile.dataCredito = .none
            profile.motivos = .text("motivos", 378, 385)
        case .ourinvest:
            profile.nossoNumero = .text("nosso número", 71, 82)
            profile.carteira = .text("carteira", 22, 24)
            profile.motivos = .text("motivos", 319, 328)
        default:
            return nil
        }
        return profile
    }
}
