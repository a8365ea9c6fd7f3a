import BrazilKit

/// `calendario` of a charge with due date (CobDataDeVencimento).
public struct CobVCalendario: Codable, Hashable, Sendable {
    /// When the charge was created, RFC 3339; responses only.
    public var criacao: String?
    /// The due date; payable until the end of that day. A due date on the payer's weekend or holiday rolls
    /// to the next business day, and multa, juros, desconto and validity follow the rolled date.
    public var dataDeVencimento: CivilDate
    /// Calendar days after the due date during which it can still be paid; the PSP assumes 30 when absent.
    public var validadeAposVencimento: Int?

    /// A calendar.
    public init(criacao: String? = nil, dataDeVencimento: CivilDate, validadeAposVencimento: Int? = nil) {
        self.criacao = criacao
        self.dataDeVencimento = dataDeVencimento
        self.validadeAposVencimento = validadeAposVencimento
    }
}

/// `multa` (fine) or `abatimento` (rebate): a modality and one `valorPerc`.
public struct ValorPercAdjustment: Codable, Hashable, Sendable {
    /// Whether `valorPerc` is an amount or a percentage.
    public var modalidade: AmountOrPercentage
    /// Amount in reais or percentage, "2.00"-style.
    public var valorPerc: PixAmount

    /// An adjustment.
    public init(modalidade: AmountOrPercentage, valorPerc: PixAmount) {
        self.modalidade = modalidade
        self.valorPerc = valorPerc
    }
}

/// `juros` (interest): a modality and one `valorPerc`.
public struct Juros: Codable, Hashable, Sendable {
    /// How `valorPerc` accrues.
    public var modalidade: JurosModalidade
    /// Amount or percentage per period.
    public var valorPerc: PixAmount

    /// Interest terms.
    public init(modalidade: JurosModalidade, valorPerc: PixAmount) {
        self.modalidade = modalidade
        self.valorPerc = valorPerc
    }
}

/// One `descontoDataFixa` entry: the discount applies to payments up to `data`.
public struct DescontoDataFixa: Codable, Hashable, Sendable {
    /// Last day of the discount; not after the due date (since API Pix 2.6.3).
    public var data: CivilDate
    /// Amount or percentage.
    public var valorPerc: PixAmount

    /// An entry.
    public init(data: CivilDate, valorPerc: PixAmount) {
        self.data = data
        self.valorPerc = valorPerc
    }
}

/// `desconto`: modes 1–2 list up to three dates, modes 3–6 give one `valorPerc` per day paid early.
public struct Desconto: Codable, Hashable, Sendable {
    /// The discount mode.
    public var modalidade: DescontoModalidade
    /// Modes 1 and 2: one to three dated discounts.
    public var descontoDataFixa: [DescontoDataFixa]?
    /// Modes 3 to 6: the discount per day.
    public var valorPerc: PixAmount?

    /// A discount; ``CobVRequest/validate()`` checks that the mode and the fields agree.
    public init(
        modalidade: DescontoModalidade, descontoDataFixa: [DescontoDataFixa]? = nil, valorPerc: PixAmount? = nil
    ) {
        self.modalidade = modalidade
        self.descontoDataFixa = descontoDataFixa
        self.valorPerc = valorPerc
    }
}

/// `valor` of a charge with due date (CobVValor).
public struct CobVValor: Codable, Hashable, Sendable {
    /// The amount due.
    public var original: PixAmount
    /// Fine for paying late.
    public var multa: ValorPercAdjustment?
    /// Interest for paying late.
    public var juros: Juros?
    /// Rebate.
    public var abatimento: ValorPercAdjustment?
    /// Discount for paying early.
    public var desconto: Desconto?

    /// An amount with its late and early terms.
    public init(
        original: PixAmount, multa: ValorPercAdjustment? = nil, juros: Juros? = nil,
        abatimento: ValorPercAdjustment? = nil, desconto: Desconto? = nil
    ) {
        self.original = original
        self.multa = multa
        self.juros = juros
        self.abatimento = abatimento
        self.desconto = desconto
    }
}

/// Body of `PUT /cobv/{txid}` (CobVSolicitada): a charge with due date; there is no POST (rails.md §3.3).
public struct CobVRequest: Codable, Hashable, Sendable {
    /// Due date and validity.
    public var calendario: CobVCalendario
    /// The payer; required for cobv: CPF or CNPJ and name, address optional.
    public var devedor: Party
    /// An existing payload location to use.
    public var loc: PayloadLocation?
    /// The amount and its terms.
    public var valor: CobVValor
    /// The receiver's Pix key.
    public var chave: String
    /// Text asking the payer for something (≤140).
    public var solicitacaoPagador: String?
    /// Up to 50 label/text pairs shown to the payer.
    public var infoAdicionais: [InfoAdicional]?

    /// Every field as the schema has it; call ``validate()`` before sending.
    public init(
        calendario: CobVCalendario, devedor: Party, loc: PayloadLocation? = nil, valor: CobVValor, chave: String,
        solicitacaoPagador: String? = nil, infoAdicionais: [InfoAdicional]? = nil
    ) {
        self.calendario = calendario
        self.devedor = devedor
        self.loc = loc
        self.valor = valor
        self.chave = chave
        self.solicitacaoPagador = solicitacaoPagador
        self.infoAdicionais = infoAdicionais
    }

    /// Checks the schema's limits and the desconto rules: modes 1–2 need one to three distinct dates, none
    /// after the due date; modes 3–6 need `valorPerc` and no dates.
    public func validate() throws(PixError) {
        try devedor.validate(path: "devedor", requiresIdentity: true)
        try APIRules.text(chave, maximum: PixKey.maximumLength, field: "chave")
        try APIRules.text(solicitacaoPagador, maximum: 140, field: "solicitacaoPagador")
        try InfoAdicional.validate(infoAdicionais)
        if let days = calendario.validadeAposVencimento, days < 0 {
            throw PixError.unexpectedValue(
                field: "calendario.validadeAposVencimento", offset: nil, found: String(days), expected: [">= 0"])
        }
        guard let desconto = valor.desconto else { return }
        if desconto.modalidade.usesFixedDates {
            guard let entries = desconto.descontoDataFixa, !entries.isEmpty else {
                throw PixError.missingField(field: "valor.desconto.descontoDataFixa")
            }
            guard entries.count <= 3 else {
                throw PixError.tooManyItems(field: "valor.desconto.descontoDataFixa", maximum: 3, actual: entries.count)
            }
            for (index, entry) in entries.enumerated() {
                let field = "valor.desconto.descontoDataFixa[\(index)].data"
                guard entry.data <= calendario.dataDeVencimento else {
                    throw PixError.unexpectedValue(
                        field: field, offset: nil, found: entry.data.iso,
                        expected: ["<= \(calendario.dataDeVencimento.iso)"])
                }
                guard !entries[..<index].contains(where: { $0.data == entry.data }) else {
                    throw PixError.duplicateField(field: field)
                }
            }
            if desconto.valorPerc != nil {
                throw PixError.conflictingFields(
                    field: "valor.desconto.valorPerc", conflictsWith: "valor.desconto.modalidade")
            }
        } else {
            guard desconto.valorPerc != nil else { throw PixError.missingField(field: "valor.desconto.valorPerc") }
            if desconto.descontoDataFixa != nil {
                throw PixError.conflictingFields(
                    field: "valor.desconto.descontoDataFixa", conflictsWith: "valor.desconto.modalidade")
            }
        }
    }
}

/// A charge with due date as `PUT`/`GET /cobv/{txid}` return it (CobVGerada / CobVCompleta).
public struct CobVResponse: Codable, Hashable, Sendable {
    /// Creation, due date and validity.
    public var calendario: CobVCalendario
    /// The charge's txid.
    public var txid: String
    /// Revision, from 0.
    public var revisao: Int
    /// The payer.
    public var devedor: Party?
    /// The receiver, with address.
    public var recebedor: Party?
    /// The payload location.
    public var loc: PayloadLocation?
    /// The location URL, when the PSP repeats it at the top level.
    public var location: String?
    /// State of the registro.
    public var status: CobStatus
    /// The amount and its terms.
    public var valor: CobVValor
    /// The receiver's key.
    public var chave: String
    /// Text asking the payer for something.
    public var solicitacaoPagador: String?
    /// Pairs shown to the payer.
    public var infoAdicionais: [InfoAdicional]?
    /// The BR Code ready to show.
    public var pixCopiaECola: String?
    /// Pix received for the charge (GET).
    public var pix: [ReceivedPix]?

    /// A charge as a PSP returns it; a PSP simulator builds these.
    public init(
        calendario: CobVCalendario, txid: String, revisao: Int, devedor: Party? = nil, recebedor: Party? = nil,
        loc: PayloadLocation? = nil, location: String? = nil, status: CobStatus, valor: CobVValor, chave: String,
        solicitacaoPagador: String? = nil, infoAdicionais: [InfoAdicional]? = nil, pixCopiaECola: String? = nil,
        pix: [ReceivedPix]? = nil
    ) {
        self.calendario = calendario
        self.txid = txid
        self.revisao = revisao
        self.devedor = devedor
        self.recebedor = recebedor
        self.loc = loc
        self.location = location
        self.status = status
        self.valor = valor
        self.chave = chave
        self.solicitacaoPagador = solicitacaoPagador
        self.infoAdicionais = infoAdicionais
        self.pixCopiaECola = pixCopiaECola
        self.pix = pix
    }
}
