import BrazilKit

/// What the remessa asks the bank to do with a título.
public enum RemessaInstruction: Sendable, Hashable {
    /// Register the título (entrada de título / remessa).
    case entrada
    /// Write it off (pedido de baixa).
    case baixa
    /// Change its due date to the título's `vencimento`.
    case alteracaoVencimento
    /// Change its value to the título's `valor`.
    case alteracaoValor
    /// Send it to protest.
    case protestar
    /// Another movimento code of the bank, kept as read.
    case other(String)
}

/// The kind of document the título represents (espécie), with each bank's code for it.
public enum Especie: Sendable, Hashable {
    /// DM — duplicata mercantil.
    case duplicataMercantil
    /// DS — duplicata de serviço.
    case duplicataServico
    /// NP — nota promissória.
    case notaPromissoria
    /// RC — recibo.
    case recibo
    /// NS — nota de seguro.
    case notaSeguro
    /// LC — letra de câmbio.
    case letraCambio
    /// ND — nota de débito.
    case notaDebito
    /// Outros (99).
    case outros
    /// A bank code this library has no name for, kept as read.
    case code(String)
}

/// Juros de mora.
public enum Juros: Sendable, Hashable {
    /// A fixed amount per day late (C018 code 1).
    case valorPorDia(Money)
    /// A monthly rate in basis points (C018 code 2): 100 is 1% a.m.
    case taxaMensal(basisPoints: Int64)
}

/// A value or a percentage, as multa and desconto allow.
public enum ValorOuPercentual: Sendable, Hashable {
    /// An amount.
    case valor(Money)
    /// A percentage in basis points: 200 is 2%.
    case percentual(basisPoints: Int64)
}

/// A discount for paying until a date.
public struct Desconto: Sendable, Hashable {
    /// Until when the discount applies.
    public var ate: CivilDate
    /// How much.
    public var valor: ValorOuPercentual

    /// A discount until `ate`.
    public init(ate: CivilDate, valor: ValorOuPercentual) {
        self.ate = ate
        self.valor = valor
    }
}

/// The fine for paying late, from a date (by default the day after the vencimento).
public struct Multa: Sendable, Hashable {
    /// From when the fine applies; nil lets the bank apply it from the vencimento.
    public var data: CivilDate?
    /// How much: consumers' fines are capped at 2% (CDC art. 52 §1).
    public var valor: ValorOuPercentual

    /// A fine of `valor` from `data`.
    public init(data: CivilDate?, valor: ValorOuPercentual) {
        self.data = data
        self.valor = valor
    }
}

/// Who pays the título.
public struct Pagador: Sendable, Hashable {
    /// Name; folded to ASCII and cut to the field.
    public var name: String
    /// CPF or CNPJ.
    public var document: Inscricao
    /// Street address (logradouro, número, complemento).
    public var address: String
    /// Bairro.
    public var neighborhood: String
    /// CEP, 8 digits.
    public var cep: String
    /// Cidade.
    public var city: String
    /// UF, two letters.
    public var uf: String

    /// Describes a pagador.
    public init(
        name: String, document: Inscricao, address: String, neighborhood: String = "", cep: String, city: String,
        uf: String
    ) {
        self.name = name
        self.document = document
        self.address = address
        self.neighborhood = neighborhood
        self.cep = cep
        self.city = city
        self.uf = uf
    }
}

/// One título of a remessa and the instruction for it.
public struct RemessaTitulo: Sendable, Hashable {
    /// What to do.
    public var instruction: RemessaInstruction
    /// The nosso número in the form the bank's layout takes (see each bank in rails.md §1.7; check
    /// digits included where the layout has room for them).
    public var nossoNumero: String
    /// Número do documento.
    public var seuNumero: String
    /// The company's own reference, returned unchanged in the retorno (uso da empresa).
    public var usoDaEmpresa: String
    /// Due date.
    public var vencimento: CivilDate
    /// Valor nominal.
    public var valor: Money
    /// Espécie.
    public var especie: Especie
    /// Whether the pagador accepted the título (aceite A/N).
    public var aceite: Bool
    /// Issue date.
    public var emissao: CivilDate
    /// Juros de mora, nil for isento.
    public var juros: Juros?
    /// From when juros apply; nil writes the day after the vencimento (rails.md §2.9 C018: the date
    /// must be after the vencimento).
    public var jurosDesde: CivilDate?
    /// Multa, nil for none.
    public var multa: Multa?
    /// Up to three discounts; CNAB 400 layouts carry only the first.
    public var descontos: [Desconto]
    /// Abatimento.
    public var abatimento: Money
    /// Pagador; required for entrada, optional for other instructions.
    public var pagador: Pagador?
    /// Days after the vencimento to protest, nil for não protestar.
    public var protestoDias: Int?
    /// Days after the vencimento to write off (baixa/devolução), nil for the bank's default.
    public var baixaDias: Int?
    /// The lines the título was read from; nil for títulos built in code.
    public var lines: ClosedRange<Int>?

    /// Describes a título and what to do with it.
    public init(
        instruction: RemessaInstruction, nossoNumero: String, seuNumero: String, usoDaEmpresa: String = "",
        vencimento: CivilDate, valor: Money, especie: Especie = .duplicataMercantil, aceite: Bool = false,
        emissao: CivilDate, juros: Juros? = nil, jurosDesde: CivilDate? = nil, multa: Multa? = nil,
        descontos: [Desconto] = [], abatimento: Money = .zero, pagador: Pagador?, protestoDias: Int? = nil,
        baixaDias: Int? = nil, lines: ClosedRange<Int>? = nil
    ) {
        self.instruction = instruction
        self.nossoNumero = nossoNumero
        self.seuNumero = seuNumero
        self.usoDaEmpresa = usoDaEmpresa
        self.vencimento = vencimento
        self.valor = valor
        self.especie = especie
        self.aceite = aceite
        self.emissao = emissao
        self.juros = juros
        self.jurosDesde = jurosDesde
        self.multa = multa
        self.descontos = descontos
        self.abatimento = abatimento
        self.pagador = pagador
        self.protestoDias = protestoDias
        self.baixaDias = baixaDias
        self.lines = lines
    }
}
