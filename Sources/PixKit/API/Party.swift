import BrazilKit

/// A payer or receiver as API Pix writes them: `devedor` and `recebedor` (PessoaFisica / PessoaJuridica plus
/// DadosComplementaresPessoa, rails.md §3.3).
///
/// `cpf` and `cnpj` stay strings: the spec only gives their patterns, its own examples carry numbers whose
/// check digits fail, and a response must not become unreadable because of them. Requests built with
/// ``init(taxID:nome:)`` carry a checked document.
public struct Party: Codable, Hashable, Sendable {
    /// CPF of a person, 11 digits.
    public var cpf: String?
    /// CNPJ of a company, `[0-9A-Z]{14}` since API Pix 2.9.0.
    public var cnpj: String?
    /// Name, at most 200 characters (140 in Pix Automático).
    public var nome: String?
    /// Trade name of a receiver company, at most 200.
    public var nomeFantasia: String?
    /// E-mail, cobv and cobr only.
    public var email: String?
    /// Street address, at most 200.
    public var logradouro: String?
    /// City, at most 200.
    public var cidade: String?
    /// State, two letters.
    public var uf: String?
    /// Postcode, at most 8 characters.
    public var cep: String?

    /// Every field given; all are optional because each endpoint requires a different subset.
    public init(
        cpf: String? = nil, cnpj: String? = nil, nome: String? = nil, nomeFantasia: String? = nil,
        email: String? = nil, logradouro: String? = nil, cidade: String? = nil, uf: String? = nil, cep: String? = nil
    ) {
        self.cpf = cpf
        self.cnpj = cnpj
        self.nome = nome
        self.nomeFantasia = nomeFantasia
        self.email = email
        self.logradouro = logradouro
        self.cidade = cidade
        self.uf = uf
        self.cep = cep
    }

    /// A person or company identified by a checked CPF or CNPJ.
    public init(taxID: TaxID, nome: String) {
        switch taxID {
        case .cpf(let cpf): self.init(cpf: cpf.digits, nome: nome)
        case .cnpj(let cnpj): self.init(cnpj: cnpj.value, nome: nome)
        }
    }

    /// The CPF or CNPJ when it is present and its check digits hold.
    public var taxID: TaxID? {
        if let cpf, let document = try? CPF(cpf) { return .cpf(document) }
        if let cnpj, let document = try? CNPJ(cnpj) { return .cnpj(document) }
        return nil
    }

    /// Checks the spec's lengths and patterns; `path` prefixes field names ("devedor"), and
    /// `requiresIdentity` demands a CPF or CNPJ with a name, as cobv and Pix Automático do.
    func validate(path: String, nomeMaximum: Int = 200, requiresIdentity: Bool) throws(PixError) {
        if cpf != nil, cnpj != nil {
            throw PixError.conflictingFields(field: "\(path).cpf", conflictsWith: "\(path).cnpj")
        }
        if requiresIdentity {
            guard cpf != nil || cnpj != nil else { throw PixError.missingField(field: "\(path).cpf") }
            guard nome != nil else { throw PixError.missingField(field: "\(path).nome") }
        }
        try APIRules.digits(cpf, count: 11, field: "\(path).cpf")
        try APIRules.uppercaseAlphanumeric(cnpj, count: 14, field: "\(path).cnpj")
        try APIRules.text(nome, maximum: nomeMaximum, field: "\(path).nome")
        try APIRules.text(nomeFantasia, maximum: 200, field: "\(path).nomeFantasia")
        try APIRules.text(logradouro, maximum: 200, field: "\(path).logradouro")
        try APIRules.text(cidade, maximum: 200, field: "\(path).cidade")
        try APIRules.text(uf, maximum: 2, field: "\(path).uf")
        try APIRules.text(cep, maximum: 8, field: "\(path).cep")
    }
}

/// One `infoAdicionais` entry shown to the payer: `nome` up to 50, `valor` up to 200; at most 50 entries.
public struct InfoAdicional: Codable, Hashable, Sendable {
    /// Label.
    public var nome: String
    /// Text.
    public var valor: String

    /// An entry; ``CobRequest/validate()`` checks the lengths.
    public init(nome: String, valor: String) {
        self.nome = nome
        self.valor = valor
    }

    static func validate(_ entries: [InfoAdicional]?) throws(PixError) {
        guard let entries else { return }
        guard entries.count <= 50 else {
            throw PixError.tooManyItems(field: "infoAdicionais", maximum: 50, actual: entries.count)
        }
        for (index, entry) in entries.enumerated() {
            try APIRules.text(entry.nome, maximum: 50, field: "infoAdicionais[\(index)].nome")
            try APIRules.text(entry.valor, maximum: 200, field: "infoAdicionais[\(index)].valor")
        }
    }
}

/// A payload location (`loc`) of a cob or cobv: only `id` when a request links an existing one; the
/// response adds the URL the dynamic BR Code carries.
public struct PayloadLocation: Codable, Hashable, Sendable {
    /// The location's id.
    public var id: Int64
    /// The URL without "https://", at most 77 characters: what goes into BR Code element 26-25.
    public var location: String?
    /// "cob" or "cobv".
    public var tipoCob: String?
    /// The charge the location is linked to.
    public var txid: String?
    /// Creation time, RFC 3339.
    public var criacao: String?

    /// A location reference, as requests send it.
    public init(id: Int64, location: String? = nil, tipoCob: String? = nil, txid: String? = nil, criacao: String? = nil)
    {
        self.id = id
        self.location = location
        self.tipoCob = tipoCob
        self.txid = txid
        self.criacao = criacao
    }
}

/// The `paginacao` of every list response.
public struct Paginacao: Codable, Hashable, Sendable {
    /// Page number, from 0.
    public var paginaAtual: Int
    /// Items on a page.
    public var itensPorPagina: Int
    /// Number of pages.
    public var quantidadeDePaginas: Int
    /// Items across all pages.
    public var quantidadeTotalDeItens: Int

    /// A page description.
    public init(paginaAtual: Int, itensPorPagina: Int, quantidadeDePaginas: Int, quantidadeTotalDeItens: Int) {
        self.paginaAtual = paginaAtual
        self.itensPorPagina = itensPorPagina
        self.quantidadeDePaginas = quantidadeDePaginas
        self.quantidadeTotalDeItens = quantidadeTotalDeItens
    }
}
