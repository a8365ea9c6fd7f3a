import BrazilKit

/// `vinculo`: what the recurrence pays for and who pays.
public struct RecVinculo: Codable, Hashable, Sendable {
    /// Text that lets the payer recognise it (≤35).
    public var objeto: String?
    /// Contract, order or other reference (≤35); required on creation.
    public var contrato: String?
    /// The payer: CPF or CNPJ and name (≤140); required on creation.
    public var devedor: Party?

    /// A link.
    public init(objeto: String? = nil, contrato: String?, devedor: Party?) {
        self.objeto = objeto
        self.contrato = contrato
        self.devedor = devedor
    }
}

/// `calendario` of a recurrence.
public struct RecCalendario: Codable, Hashable, Sendable {
    /// Expected first payment.
    public var dataInicial: CivilDate
    /// Last day of the authorisation, for fixed-term ones.
    public var dataFinal: CivilDate?
    /// How often; required on creation.
    public var periodicidade: RecurrencePeriod?

    /// A calendar.
    public init(dataInicial: CivilDate, dataFinal: CivilDate? = nil, periodicidade: RecurrencePeriod?) {
        self.dataInicial = dataInicial
        self.dataFinal = dataFinal
        self.periodicidade = periodicidade
    }
}

/// `valor` of a recurrence: a fixed amount, or a floor below which the payer cannot set a maximum.
public struct RecValor: Codable, Hashable, Sendable {
    /// Fixed amount of every payment.
    public var valorRec: PixAmount?
    /// Minimum the receiver accepts as the payer's maximum.
    public var valorMinimoRecebedor: PixAmount?

    /// Amount terms.
    public init(valorRec: PixAmount? = nil, valorMinimoRecebedor: PixAmount? = nil) {
        self.valorRec = valorRec
        self.valorMinimoRecebedor = valorMinimoRecebedor
    }
}

/// `recebedor` of a recurrence: the company, its agreement with the PSP, and (in the payload) its ISPB.
public struct RecRecebedor: Codable, Hashable, Sendable {
    /// Receiver's CNPJ.
    public var cnpj: String?
    /// Receiver's name.
    public var nome: String?
    /// Agreement between receiver and PSP (≤60, since 2.8.1).
    public var convenio: String?
    /// Receiver PSP's ISPB (recurrence payload).
    public var ispbParticipante: String?

    /// A receiver.
    public init(cnpj: String? = nil, nome: String? = nil, convenio: String? = nil, ispbParticipante: String? = nil) {
        self.cnpj = cnpj
        self.nome = nome
        self.convenio = convenio
        self.ispbParticipante = ispbParticipante
    }
}

/// `pagador` of an approved recurrence: the payer's PSP and, for business-day rules, municipality.
public struct RecPagador: Codable, Hashable, Sendable {
    /// Payer PSP's ISPB, `[0-9A-Z]{8}`.
    public var ispbParticipante: String?
    /// IBGE municipality code, 7 digits.
    public var codMun: String?
    /// Payer's CPF.
    public var cpf: String?
    /// Payer's CNPJ.
    public var cnpj: String?

    /// A payer.
    public init(ispbParticipante: String? = nil, codMun: String? = nil, cpf: String? = nil, cnpj: String? = nil) {
        self.ispbParticipante = ispbParticipante
        self.codMun = codMun
        self.cpf = cpf
        self.cnpj = cnpj
    }
}

/// `ativacao`: the journey and, for journey 3, the cob paid along with the authorisation.
public struct RecAtivacao: Codable, Hashable, Sendable {
    /// The journey; responses only.
    public var tipoJornada: ActivationJourney?
    /// Journey 3's immediate charge.
    public var dadosJornada: DadosJornada?

    /// `dadosJornada`: the txid of the cob paid in journey 3.
    public struct DadosJornada: Codable, Hashable, Sendable {
        /// A cob txid, `[a-zA-Z0-9]{26,35}`.
        public var txid: String

        /// Journey data.
        public init(txid: String) {
            self.txid = txid
        }
    }

    /// An activation.
    public init(tipoJornada: ActivationJourney? = nil, dadosJornada: DadosJornada? = nil) {
        self.tipoJornada = tipoJornada
        self.dadosJornada = dadosJornada
    }
}

/// A recurrence payload location (`locrec`): the URL that goes into BR Code element 80-25.
public struct RecurrenceLocation: Codable, Hashable, Sendable {
    /// The location's id.
    public var id: Int64
    /// URL without "https://" (≤77).
    public var location: String
    /// Creation time, RFC 3339.
    public var criacao: String?
    /// The recurrence it belongs to.
    public var idRec: String?

    /// A location.
    public init(id: Int64, location: String, criacao: String? = nil, idRec: String? = nil) {
        self.id = id
        self.location = location
        self.criacao = criacao
        self.idRec = idRec
    }
}

/// Body of `POST /rec` (RecSolicitada): a recurrence to authorise.
public struct RecRequest: Codable, Hashable, Sendable {
    /// What and who.
    public var vinculo: RecVinculo
    /// When and how often.
    public var calendario: RecCalendario
    /// Amount terms; absent when every payment's amount varies.
    public var valor: RecValor?
    /// Retries after the due date.
    public var politicaRetentativa: RetryPolicy
    /// Id of an existing recurrence location.
    public var loc: Int64?
    /// The receiver's agreement with the PSP.
    public var recebedor: RecRecebedor?
    /// Journey 3's cob.
    public var ativacao: RecAtivacao?

    /// Every field as the schema has it; call ``validate()`` before sending.
    public init(
        vinculo: RecVinculo, calendario: RecCalendario, valor: RecValor? = nil, politicaRetentativa: RetryPolicy,
        loc: Int64? = nil, recebedor: RecRecebedor? = nil, ativacao: RecAtivacao? = nil
    ) {
        self.vinculo = vinculo
        self.calendario = calendario
        self.valor = valor
        self.politicaRetentativa = politicaRetentativa
        self.loc = loc
        self.recebedor = recebedor
        self.ativacao = ativacao
    }

    /// The creation rules of rails.md §3.5: `contrato`, `devedor` and `periodicidade` required, `objeto`
    /// and `contrato` ≤ 35, payer name ≤ 140, `convenio` ≤ 60, a final date not before the first, and a
    /// journey-3 txid that is a valid cob txid.
    public func validate() throws(PixError) {
        guard let contrato = vinculo.contrato else { throw PixError.missingField(field: "vinculo.contrato") }
        try APIRules.text(contrato, maximum: 35, field: "vinculo.contrato")
        try APIRules.text(vinculo.objeto, maximum: 35, field: "vinculo.objeto")
        guard let devedor = vinculo.devedor else { throw PixError.missingField(field: "vinculo.devedor") }
        try devedor.validate(path: "vinculo.devedor", nomeMaximum: 140, requiresIdentity: true)
        guard calendario.periodicidade != nil else { throw PixError.missingField(field: "calendario.periodicidade") }
        if let dataFinal = calendario.dataFinal, dataFinal < calendario.dataInicial {
            throw PixError.unexpectedValue(
                field: "calendario.dataFinal", offset: nil, found: dataFinal.iso,
                expected: [">= \(calendario.dataInicial.iso)"])
        }
        try APIRules.text(recebedor?.convenio, maximum: 60, field: "recebedor.convenio")
        if let txid = ativacao?.dadosJornada?.txid { try Txid.validate(txid, for: .cob) }
    }
}

/// A recurrence as `POST`/`GET /rec/{idRec}` return it (RecGerada / RecCompleta), and the `recPayload`
/// inside a solicrec (which carries no status).
public struct Rec: Codable, Hashable, Sendable {
    /// `RR`/`RN` + 8 + yyyyMMdd + 11, 29 characters.
    public var idRec: String
    /// What and who.
    public var vinculo: RecVinculo
    /// When and how often.
    public var calendario: RecCalendario
    /// Amount terms.
    public var valor: RecValor?
    /// Retries after the due date.
    public var politicaRetentativa: RetryPolicy?
    /// The receiver.
    public var recebedor: RecRecebedor?
    /// The payer's PSP, once known.
    public var pagador: RecPagador?
    /// State; absent in a `recPayload`.
    public var status: RecStatus?
    /// The recurrence location.
    public var loc: RecurrenceLocation?
    /// Status history.
    public var atualizacao: [StatusChange<RecStatus>]?
    /// Why it ended.
    public var encerramento: Encerramento?
    /// How it was activated.
    public var ativacao: RecAtivacao?
    /// The composite QR asked for with `GET /rec/{idRec}?txid=`.
    public var dadosQR: DadosQR?
    /// Confirmation requests sent for it.
    public var solicitacao: [SolicRec]?

    /// `dadosQR`: the journey and the BR Code to show for it.
    public struct DadosQR: Codable, Hashable, Sendable {
        /// Journey 2, 3 or 4.
        public var jornada: ActivationJourney
        /// The BR Code (≤512).
        public var pixCopiaECola: String

        /// QR data.
        public init(jornada: ActivationJourney, pixCopiaECola: String) {
            self.jornada = jornada
            self.pixCopiaECola = pixCopiaECola
        }
    }

    /// A recurrence as a PSP returns it; a PSP simulator builds these.
    public init(
        idRec: String, vinculo: RecVinculo, calendario: RecCalendario, valor: RecValor? = nil,
        politicaRetentativa: RetryPolicy? = nil, recebedor: RecRecebedor? = nil, pagador: RecPagador? = nil,
        status: RecStatus? = nil, loc: RecurrenceLocation? = nil, atualizacao: [StatusChange<RecStatus>]? = nil,
        encerramento: Encerramento? = nil, ativacao: RecAtivacao? = nil, dadosQR: DadosQR? = nil,
        solicitacao: [SolicRec]? = nil
    ) {
        self.idRec = idRec
        self.vinculo = vinculo
        self.calendario = calendario
        self.valor = valor
        self.politicaRetentativa = politicaRetentativa
        self.recebedor = recebedor
        self.pagador = pagador
        self.status = status
        self.loc = loc
        self.atualizacao = atualizacao
        self.encerramento = encerramento
        self.ativacao = ativacao
        self.dadosQR = dadosQR
        self.solicitacao = solicitacao
    }
}
