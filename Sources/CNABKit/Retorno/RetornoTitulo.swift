import BrazilKit

/// One título as a retorno reports it: from a T+U pair in CNAB 240 or one detail record in CNAB 400.
///
/// Amounts the file leaves blank or zero read as zero; dates it leaves as zeros read as nil.
public struct RetornoTitulo: Sendable, Hashable {
    /// The bank that sent the file.
    public var bank: BankCode
    /// CNAB 240 or 400.
    public var layout: CNABLayout
    /// The physical lines the título came from (T through U in CNAB 240).
    public var lines: ClosedRange<Int>
    /// The bank's identification of the título.
    public var nossoNumero: NossoNumero
    /// The company's document number (número do documento), trimmed.
    public var seuNumero: String
    /// The company's own reference sent in the remessa and returned unchanged (uso da empresa), trimmed.
    public var usoDaEmpresa: String
    /// The carteira as in the file.
    public var carteira: String
    /// What happened, with its meaning from the bank's table.
    public var ocorrencia: Ocorrencia
    /// The motivo codes as in the file (blank and `00` entries dropped).
    public var motivoCodes: [String]
    /// Due date, when the file gives it.
    public var vencimento: CivilDate?
    /// Valor nominal do título.
    public var valorTitulo: Money
    /// What the pagador paid (CNAB 240 U 78–92; CNAB 400 "valor pago"/"valor principal").
    public var valorPago: Money
    /// What is credited to the account (CNAB 240 U 93–107), nil where the layout has no such field.
    public var valorLiquido: Money?
    /// Tarifa/custas/despesas de cobrança.
    public var tarifa: Money
    /// Juros de mora and multa charged.
    public var jurosMulta: Money
    /// Desconto granted.
    public var desconto: Money
    /// Abatimento granted.
    public var abatimento: Money
    /// IOF.
    public var iof: Money
    /// Outras despesas.
    public var outrasDespesas: Money
    /// Outros créditos.
    public var outrosCreditos: Money
    /// When the ocorrência happened (for a liquidação, the payment date).
    public var dataOcorrencia: CivilDate?
    /// When the money is credited to the account.
    public var dataCredito: CivilDate?

    /// The motivos with their meanings from the table that applies to the ocorrência.
    public var motivos: [Motivo] { MotivoTables.motivos(motivoCodes, ocorrencia: ocorrencia) }

    /// What the billing system should do with this título.
    public var kind: RetornoKind { ocorrencia.kind }
}

/// What a retorno's header says about the file.
public struct RetornoHeader: Sendable, Hashable {
    /// CNAB 240 or 400.
    public var layout: CNABLayout
    /// The bank that sent the file.
    public var bank: BankCode
    /// The bank's name as written in the header.
    public var bankName: String
    /// The company (beneficiário) name.
    public var companyName: String
    /// The company's CPF/CNPJ digits as in the header ("" where the layout has none).
    public var companyDocument: String
    /// The convênio / código do beneficiário / código da empresa, trimmed.
    public var convenio: String
    /// Agência as in the header, trimmed ("" where the layout has none).
    public var agencia: String
    /// Conta as in the header, trimmed ("" where the layout has none).
    public var conta: String
    /// The file's sequence number (NSA) where the layout has one.
    public var nsa: Int?
    /// The date the file was generated.
    public var fileDate: CivilDate?
    /// The credit date the header announces (CNAB 240 lot header 200–207, Itaú 400 header 114–119).
    public var creditDate: CivilDate?
    /// The header's line.
    public var line: Int
}

/// What the reader knows once the whole file was read and checked.
public struct RetornoSummary: Sendable, Equatable {
    /// The file header.
    public var header: RetornoHeader
    /// Títulos read.
    public var tituloCount: Int
    /// Records read, header and trailers included (blank lines excluded).
    public var recordCount: Int
    /// Integrity findings tolerated under the lenient policy, and bank quirks noted.
    public var warnings: [CNABError]
}
