import BrazilKit

/// A CPF or CNPJ as CNAB files carry it: the kind (tipo de inscrição) and the digits. Files from
/// other systems may hold documents that do not validate, so reading keeps the digits as found;
/// ``taxID`` checks them.
public struct Inscricao: Sendable, Hashable {
    /// CPF or CNPJ.
    public enum Kind: Sendable, Hashable {
        /// Pessoa física (tipo 1 in CNAB 240, 01 in CNAB 400).
        case cpf
        /// Pessoa jurídica (tipo 2 / 02).
        case cnpj
    }

    /// CPF or CNPJ.
    public var kind: Kind
    /// 11 (CPF) or 14 (CNPJ) characters, digits or, in new CNPJs, letters.
    public var value: String

    /// From a validated BrazilKit document.
    public init(_ taxID: TaxID) {
        switch taxID {
        case .cpf(let cpf): self.init(kind: .cpf, value: cpf.digits)
        case .cnpj(let cnpj): self.init(kind: .cnpj, value: cnpj.value)
        }
    }

    /// From a kind and its characters as found in a file.
    public init(kind: Kind, value: String) {
        self.kind = kind
        self.value = value
    }

    /// The document, when it validates.
    public var taxID: TaxID? { try? TaxID(value) }
}

/// The company's cobrança account at the bank, as each bank asks for it in its headers. Fields a
/// bank does not use are ignored when writing its files.
public struct CobrancaAccount: Sendable, Hashable {
    /// Agência, digits.
    public var agencia: String
    /// Agência check digit ("" when the bank has none).
    public var agenciaDV: String
    /// Conta corrente, digits.
    public var conta: String
    /// Conta check digit.
    public var contaDV: String
    /// The bank's code for the company: Banco do Brasil convênio, Bradesco código da empresa,
    /// Caixa código do beneficiário, Santander código de transmissão, Sicredi código do beneficiário,
    /// Sicoob código do cliente. Itaú uses none.
    public var convenio: String
    /// Carteira: "109" (Itaú), "09" (Bradesco), "17" (BB), "1" (Sicoob, Sicredi), "5" (Santander).
    public var carteira: String
    /// Banco do Brasil's variação da carteira.
    public var variacaoCarteira: String

    /// Describes an account; empty strings for what the bank does not use.
    public init(
        agencia: String, agenciaDV: String = "", conta: String, contaDV: String = "", convenio: String = "",
        carteira: String = "", variacaoCarteira: String = ""
    ) {
        self.agencia = agencia
        self.agenciaDV = agenciaDV
        self.conta = conta
        self.contaDV = contaDV
        self.convenio = convenio
        self.carteira = carteira
        self.variacaoCarteira = variacaoCarteira
    }
}

/// What a remessa's header says: who sends it, for which account, which file it is.
public struct RemessaHeader: Sendable, Hashable {
    /// The company (beneficiário) name; folded to ASCII and cut to the field when written.
    public var companyName: String
    /// The company's CNPJ (or CPF).
    public var companyDocument: Inscricao
    /// The account and the bank's codes for the company.
    public var account: CobrancaAccount
    /// The file's sequence number (NSA / nº da remessa): each file sent must have the next one.
    public var nsa: Int
    /// The date the file was generated.
    public var fileDate: CivilDate
    /// The time the file was generated, HHMMSS as a number (CNAB 240 header 152–157).
    public var fileTime: Int

    /// Describes a remessa header.
    public init(
        companyName: String, companyDocument: Inscricao, account: CobrancaAccount, nsa: Int, fileDate: CivilDate,
        fileTime: Int = 0
    ) {
        self.companyName = companyName
        self.companyDocument = companyDocument
        self.account = account
        self.nsa = nsa
        self.fileDate = fileDate
        self.fileTime = fileTime
    }
}

/// A remessa: the header and the títulos with their instructions, written to or read from CNAB 240
/// or CNAB 400 for the banks in ``supportedBanks(_:)``.
public struct RemessaFile: Sendable, Hashable {
    /// CNAB 240 or 400.
    public var layout: CNABLayout
    /// The bank the file is for.
    public var bank: BankCode
    /// Header data.
    public var header: RemessaHeader
    /// The títulos, in file order.
    public var titulos: [RemessaTitulo]

    /// Describes a remessa.
    public init(layout: CNABLayout, bank: BankCode, header: RemessaHeader, titulos: [RemessaTitulo]) {
        self.layout = layout
        self.bank = bank
        self.header = header
        self.titulos = titulos
    }

    /// The banks whose remessa this library writes and reads in `layout`.
    public static func supportedBanks(_ layout: CNABLayout) -> [BankCode] {
        switch layout {
        case .cnab240: [.bancoDoBrasil, .caixa, .santander, .sicoob, .sicredi, .bradesco, .itau]
        case .cnab400: [.itau, .bradesco, .santander, .sicredi]
        case .cnab150: []
        }
    }
}
