import BrazilKit

/// A FEBRABAN CNAB 150 débito automático file (rails.md §6): the company's debit requests (E),
/// opt-in changes it reports (D), and what the bank sends back — registered authorisations (B, C),
/// debit results (F) with their return codes, id-change results (H), processing confirmations (J),
/// schedules (L), totals (T) and its branch list (X).
public struct DebitoAutomaticoFile: Sendable, Hashable {
    /// Header A.
    public struct Header: Sendable, Hashable {
        /// Remessa (1, company → bank) or retorno (2).
        public var direction: FileDirection
        /// The convênio the bank gave the company.
        public var convenio: String
        /// Company name (20 positions).
        public var companyName: String
        /// The bank.
        public var bank: BankCode
        /// Bank name (20 positions).
        public var bankName: String
        /// Generation date.
        public var fileDate: CivilDate
        /// File sequence number.
        public var nsa: Int
        /// Layout version: 04 or 05 (rails.md §6).
        public var version: Int

        /// Describes a header.
        public init(
            direction: FileDirection, convenio: String, companyName: String, bank: BankCode, bankName: String,
            fileDate: CivilDate, nsa: Int, version: Int = 5
        ) {
            self.direction = direction
            self.convenio = convenio
            self.companyName = companyName
            self.bank = bank
            self.bankName = bankName
            self.fileDate = fileDate
            self.nsa = nsa
            self.version = version
        }
    }

    /// Who a record is about: the customer's id at the company and the account at the bank.
    public struct Customer: Sendable, Hashable {
        /// Identification at the company (25 positions).
        public var idEmpresa: String
        /// Agência to debit (4).
        public var agencia: String
        /// The customer's identification at the bank: the account (14).
        public var conta: String

        /// Describes a customer.
        public init(idEmpresa: String, agencia: String, conta: String) {
            self.idEmpresa = idEmpresa
            self.agencia = agencia
            self.conta = conta
        }
    }

    /// B: an authorisation registered (movimento 2) or removed (1) at the bank.
    public struct OptIn: Sendable, Hashable {
        /// Who the record is about.
        public var customer: Customer
        /// Date of the opt-in or opt-out.
        public var date: CivilDate?
        /// 1 exclusão, 2 inclusão.
        public var movimento: String
        /// Describes the record.
        public init(customer: Customer, date: CivilDate?, movimento: String) {
            self.customer = customer
            self.date = date
            self.movimento = movimento
        }
        /// True for an inclusion (the customer authorised the debit).
        public var isInclusion: Bool { movimento == "2" }
    }

    /// C: ocorrências in a registration.
    public struct CadastroOcorrencia: Sendable, Hashable {
        /// Who the record is about.
        public var customer: Customer
        /// First ocorrência (45–84).
        public var ocorrencia1: String
        /// Second ocorrência (85–124).
        public var ocorrencia2: String
        /// Código do movimento (position 150).
        public var movimento: String
        /// Describes the record.
        public init(customer: Customer, ocorrencia1: String, ocorrencia2: String, movimento: String) {
            self.customer = customer
            self.ocorrencia1 = ocorrencia1
            self.ocorrencia2 = ocorrencia2
            self.movimento = movimento
        }
    }

    /// D (request) or H (its result): the customer's id at the company changes from
    /// `customer.idEmpresa` to `idAtual`.
    public struct AlteracaoIdentificacao: Sendable, Hashable {
        /// Who the record is about.
        public var customer: Customer
        /// The new identification at the company.
        public var idAtual: String
        /// Ocorrência text.
        public var ocorrencia: String
        /// Código do movimento (position 150).
        public var movimento: String
        /// Describes the record.
        public init(customer: Customer, idAtual: String, ocorrencia: String, movimento: String) {
            self.customer = customer
            self.idAtual = idAtual
            self.ocorrencia = ocorrencia
            self.movimento = movimento
        }
    }

    /// E: a debit to make on `vencimento`.
    public struct Debito: Sendable, Hashable {
        /// Who the record is about.
        public var customer: Customer
        /// Debit date.
        public var vencimento: CivilDate
        /// Amount.
        public var valor: Money
        /// `03` = Real (rails.md §6).
        public var moeda: String
        /// Returned unchanged in F.
        public var usoEmpresa: String
        /// CPF/CNPJ of the account holder (version 05).
        public var documento: Inscricao?
        /// 0 débito normal, 1 cancelamento de débito agendado.
        public var movimento: String
        /// Describes the record.
        public init(
            customer: Customer, vencimento: CivilDate, valor: Money, moeda: String = "03", usoEmpresa: String = "",
            documento: Inscricao? = nil, movimento: String = "0"
        ) {
            self.customer = customer
            self.vencimento = vencimento
            self.valor = valor
            self.moeda = moeda
            self.usoEmpresa = usoEmpresa
            self.documento = documento
            self.movimento = movimento
        }
    }

    /// F: what happened to a debit.
    public struct RetornoDebito: Sendable, Hashable {
        /// Who the record is about.
        public var customer: Customer
        /// When the debit was made (or attempted).
        public var dataDebito: CivilDate?
        /// Amount.
        public var valor: Money
        /// The return code, F 68–69.
        public var codigoRetorno: String
        /// The company's reference, returned unchanged from the E record.
        public var usoEmpresa: String
        /// Código do movimento (position 150).
        public var movimento: String
        /// Describes the record.
        public init(
            customer: Customer, dataDebito: CivilDate?, valor: Money, codigoRetorno: String, usoEmpresa: String = "",
            movimento: String = "0"
        ) {
            self.customer = customer
            self.dataDebito = dataDebito
            self.valor = valor
            self.codigoRetorno = codigoRetorno
            self.usoEmpresa = usoEmpresa
            self.movimento = movimento
        }
        /// True when the money was debited (code 00).
        public var isDebited: Bool { codigoRetorno == "00" }
        /// The code's meaning, or "código de retorno XX".
        public var retornoDescription: String {
            Cnab150.retornoCodes[codigoRetorno] ?? "código de retorno \(codigoRetorno)"
        }
    }

    /// J: the bank confirms it processed a file.
    public struct ConfirmacaoProcessamento: Sendable, Hashable {
        /// NSA of the file processed.
        public var nsa: Int
        /// Generation date of the file processed.
        public var dataGeracao: CivilDate?
        /// Records counted.
        public var totalRegistros: Int
        /// Total value.
        public var valorTotal: Money
        /// Processing date.
        public var dataProcessamento: CivilDate?
        /// Describes the record.
        public init(
            nsa: Int, dataGeracao: CivilDate?, totalRegistros: Int, valorTotal: Money, dataProcessamento: CivilDate?
        ) {
            self.nsa = nsa
            self.dataGeracao = dataGeracao
            self.totalRegistros = totalRegistros
            self.valorTotal = valorTotal
            self.dataProcessamento = dataProcessamento
        }
    }

    /// L: the billing schedule.
    public struct Cronograma: Sendable, Hashable {
        /// Billing date.
        public var dataFaturamento: CivilDate?
        /// Due date.
        public var dataVencimento: CivilDate?
        /// Date the company sends the file to the bank.
        public var dataRemessaBanco: CivilDate?
        /// Date the bank sends the file to the company.
        public var dataRemessaCliente: CivilDate?
        /// Describes the record.
        public init(
            dataFaturamento: CivilDate?, dataVencimento: CivilDate?, dataRemessaBanco: CivilDate?,
            dataRemessaCliente: CivilDate?
        ) {
            self.dataFaturamento = dataFaturamento
            self.dataVencimento = dataVencimento
            self.dataRemessaBanco = dataRemessaBanco
            self.dataRemessaCliente = dataRemessaCliente
        }
    }

    /// T: totals of the debited customers.
    public struct Totais: Sendable, Hashable {
        /// Records counted.
        public var totalRegistros: Int
        /// Total value.
        public var valorTotal: Money
        /// Describes the record.
        public init(totalRegistros: Int, valorTotal: Money) {
            self.totalRegistros = totalRegistros
            self.valorTotal = valorTotal
        }
    }

    /// X: one of the bank's branches.
    public struct Agencia: Sendable, Hashable {
        /// Branch code.
        public var codigo: String
        /// Branch name.
        public var nome: String
        /// Street.
        public var endereco: String
        /// Street number.
        public var numero: String
        /// 8 digits.
        public var cep: String
        /// City.
        public var cidade: String
        /// State.
        public var uf: String
        /// Situation code.
        public var situacao: String
        /// Describes the record.
        public init(
            codigo: String, nome: String, endereco: String, numero: String, cep: String, cidade: String, uf: String,
            situacao: String
        ) {
            self.codigo = codigo
            self.nome = nome
            self.endereco = endereco
            self.numero = numero
            self.cep = cep
            self.cidade = cidade
            self.uf = uf
            self.situacao = situacao
        }
    }

    /// One detail record.
    public enum Record: Sendable, Hashable {
        /// Record B.
        case optIn(OptIn)
        /// Record C.
        case cadastroOcorrencia(CadastroOcorrencia)
        /// Record D.
        case alteracaoIdentificacao(AlteracaoIdentificacao)
        /// Record E.
        case debito(Debito)
        /// Record F.
        case retornoDebito(RetornoDebito)
        /// Record H.
        case ocorrenciaAlteracao(AlteracaoIdentificacao)
        /// Record J.
        case confirmacaoProcessamento(ConfirmacaoProcessamento)
        /// Record L.
        case cronograma(Cronograma)
        /// Record T.
        case totais(Totais)
        /// Record X.
        case agencia(Agencia)
    }

    /// Header A.
    public var header: Header
    /// The records between A and Z, in file order.
    public var records: [Record]

    /// Describes a file.
    public init(header: Header, records: [Record]) {
        self.header = header
        self.records = records
    }

    /// The sum the trailer declares: the values of the debits (E) and debit results (F).
    public var totalValue: Money {
        var total: Int64 = 0
        for record in records {
            switch record {
            case .debito(let debito): total &+= debito.valor.centavos
            case .retornoDebito(let retorno): total &+= retorno.valor.centavos
            default: break
            }
        }
        return Money(centavos: total)
    }
}
