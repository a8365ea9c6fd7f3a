/// The FEBRABAN CNAB 150 débito automático layout (rails.md §6). A, B, C, D, E, F, X and Z are
/// from rails.md; H, J, L and T from the field lengths of Gympass/cnab150 [LIB], with positions
/// derived by adding the lengths up.
public enum Cnab150 {
    static func layout(_ type: String, _ name: String, _ fields: [FieldSpec]) -> RecordLayout {
        RecordLayout(name: name, length: 150, key: [RecordKey(1, type)], fields: fields)
    }

    /// Fields B, C, D, E, F and H share: who the customer is at the company and at the bank.
    public enum Customer {
        /// 2–26: identificação do cliente na empresa.
        public static let idEmpresa = FieldSpec.text("identificação do cliente na empresa", 2, 26)
        /// 27–30: agência para débito.
        public static let agencia = FieldSpec.text("agência para débito", 27, 30)
        /// 31–44: identificação do cliente no banco.
        public static let conta = FieldSpec.text("identificação do cliente no banco", 31, 44)
        /// 150–150: código do movimento.
        public static let movimento = FieldSpec.text("código do movimento", 150, 150)
    }

    /// A — header.
    public enum A {
        /// 2–2: código de remessa.
        public static let codigoRemessa = FieldSpec.numeric("código de remessa", 2, 2)
        /// 3–22: código do convênio.
        public static let convenio = FieldSpec.text("código do convênio", 3, 22)
        /// 23–42: nome da empresa.
        public static let nomeEmpresa = FieldSpec.text("nome da empresa", 23, 42)
        /// 43–45: código do banco.
        public static let banco = FieldSpec.numeric("código do banco", 43, 45)
        /// 46–65: nome do banco.
        public static let nomeBanco = FieldSpec.text("nome do banco", 46, 65)
        /// 66–73: data de geração.
        public static let dataGeracao = FieldSpec.date("data de geração", 66, 73, .aaaammdd)
        /// 74–79: número sequencial do arquivo (NSA).
        public static let nsa = FieldSpec.numeric("número sequencial do arquivo (NSA)", 74, 79)
        /// 80–81: versão do layout.
        public static let versao = FieldSpec.numeric("versão do layout", 80, 81)
        /// 82: identificação do serviço.
        public static let servico = FieldSpec.constant("identificação do serviço", 82, "DEBITO AUTOMATICO")
        /// The record, recognised by its type.
        public static let layout = Cnab150.layout(
            "A", "registro A (header)",
            [codigoRemessa, convenio, nomeEmpresa, banco, nomeBanco, dataGeracao, nsa, versao, servico])
    }

    /// B — opt-in or opt-out registered at the bank.
    public enum B {
        /// 45–52: data da opção/exclusão.
        public static let data = FieldSpec.date("data da opção/exclusão", 45, 52, .aaaammdd)
        /// The record, recognised by its type.
        public static let layout = Cnab150.layout(
            "B", "registro B (cadastramento)",
            [Customer.idEmpresa, Customer.agencia, Customer.conta, data, Customer.movimento])
    }

    /// C — ocorrências in the registration.
    public enum C {
        /// 45–84: ocorrência 1.
        public static let ocorrencia1 = FieldSpec.text("ocorrência 1", 45, 84)
        /// 85–124: ocorrência 2.
        public static let ocorrencia2 = FieldSpec.text("ocorrência 2", 85, 124)
        /// The record, recognised by its type.
        public static let layout = Cnab150.layout(
            "C", "registro C (ocorrências no cadastramento)",
            [Customer.idEmpresa, Customer.agencia, Customer.conta, ocorrencia1, ocorrencia2, Customer.movimento])
    }

    /// D — change of the customer's id at the company.
    public enum D {
        /// 45–69: identificação atual do cliente na empresa.
        public static let idAtual = FieldSpec.text("identificação atual do cliente na empresa", 45, 69)
        /// 70–129: ocorrência.
        public static let ocorrencia = FieldSpec.text("ocorrência", 70, 129)
        /// The record, recognised by its type.
        public static let layout = Cnab150.layout(
            "D", "registro D (alteração da identificação)",
            [Customer.idEmpresa, Customer.agencia, Customer.conta, idAtual, ocorrencia, Customer.movimento])
    }

    /// E — debit request.
    public enum E {
        /// 45–52: data do vencimento.
        public static let dataVencimento = FieldSpec.date("data do vencimento", 45, 52, .aaaammdd)
        /// 53–67: valor do débito.
        public static let valor = FieldSpec.money("valor do débito", 53, 67)
        /// 68–69: código da moeda.
        public static let moeda = FieldSpec.numeric("código da moeda", 68, 69)
        /// 70–129: uso da empresa.
        public static let usoEmpresa = FieldSpec.text("uso da empresa", 70, 129)
        /// 130–130: tipo de identificação.
        public static let tipoIdentificacao = FieldSpec.numeric("tipo de identificação", 130, 130)
        /// 131–145: CPF/CNPJ.
        public static let identificacao = FieldSpec.numeric("CPF/CNPJ", 131, 145)
        /// The record, recognised by its type.
        public static let layout = Cnab150.layout(
            "E", "registro E (débito)",
            [
                Customer.idEmpresa, Customer.agencia, Customer.conta, dataVencimento, valor, moeda, usoEmpresa,
                tipoIdentificacao, identificacao, Customer.movimento,
            ])
    }

    /// F — debit result.
    public enum F {
        /// 45–52: data do débito.
        public static let dataDebito = FieldSpec.date("data do débito", 45, 52, .aaaammdd)
        /// 53–67: valor do débito.
        public static let valor = FieldSpec.money("valor do débito", 53, 67)
        /// 68–69: código de retorno.
        public static let codigoRetorno = FieldSpec.text("código de retorno", 68, 69)
        /// 70–129: uso da empresa.
        public static let usoEmpresa = FieldSpec.text("uso da empresa", 70, 129)
        /// The record, recognised by its type.
        public static let layout = Cnab150.layout(
            "F", "registro F (retorno do débito)",
            [
                Customer.idEmpresa, Customer.agencia, Customer.conta, dataDebito, valor, codigoRetorno, usoEmpresa,
                Customer.movimento,
            ])
    }

    /// H — ocorrências of the id change [LIB Gympass/cnab150: 1, 25, 4, 14, 25, 58, 22, 1].
    public enum H {
        /// 45–69: identificação atual do cliente na empresa.
        public static let idAtual = FieldSpec.text("identificação atual do cliente na empresa", 45, 69)
        /// 70–127: ocorrência.
        public static let ocorrencia = FieldSpec.text("ocorrência", 70, 127)
        /// The record, recognised by its type.
        public static let layout = Cnab150.layout(
            "H", "registro H (ocorrência da alteração)",
            [Customer.idEmpresa, Customer.agencia, Customer.conta, idAtual, ocorrencia, Customer.movimento])
    }

    /// J — confirmation that a file was processed [LIB Gympass/cnab150: 1, 6, 8, 6, 17, 8, 104].
    public enum J {
        /// 2–7: NSA do arquivo processado.
        public static let nsa = FieldSpec.numeric("NSA do arquivo processado", 2, 7)
        /// 8–15: data de geração do arquivo.
        public static let dataGeracao = FieldSpec.date("data de geração do arquivo", 8, 15, .aaaammdd)
        /// 16–21: total de registros.
        public static let totalRegistros = FieldSpec.numeric("total de registros", 16, 21)
        /// 22–38: valor total.
        public static let valorTotal = FieldSpec.money("valor total", 22, 38)
        /// 39–46: data de processamento.
        public static let dataProcessamento = FieldSpec.date("data de processamento", 39, 46, .aaaammdd)
        /// The record, recognised by its type.
        public static let layout = Cnab150.layout(
            "J", "registro J (confirmação de processamento)",
            [nsa, dataGeracao, totalRegistros, valorTotal, dataProcessamento])
    }

    /// L — billing schedule [LIB Gympass/cnab150: 1, 8, 8, 8, 8, 117].
    public enum L {
        /// 2–9: data de faturamento.
        public static let dataFaturamento = FieldSpec.date("data de faturamento", 2, 9, .aaaammdd)
        /// 10–17: data de vencimento.
        public static let dataVencimento = FieldSpec.date("data de vencimento", 10, 17, .aaaammdd)
        /// 18–25: data de remessa ao banco.
        public static let dataRemessaBanco = FieldSpec.date("data de remessa ao banco", 18, 25, .aaaammdd)
        /// 26–33: data de remessa ao cliente.
        public static let dataRemessaCliente = FieldSpec.date("data de remessa ao cliente", 26, 33, .aaaammdd)
        /// The record, recognised by its type.
        public static let layout = Cnab150.layout(
            "L", "registro L (cronograma de faturamento)",
            [dataFaturamento, dataVencimento, dataRemessaBanco, dataRemessaCliente])
    }

    /// T — total of debited customers [LIB Gympass/cnab150: 1, 6, 17, 126].
    public enum T {
        /// 2–7: total de registros.
        public static let totalRegistros = FieldSpec.numeric("total de registros", 2, 7)
        /// 8–24: valor total.
        public static let valorTotal = FieldSpec.money("valor total", 8, 24)
        /// The record, recognised by its type.
        public static let layout = Cnab150.layout("T", "registro T (total de débitos)", [totalRegistros, valorTotal])
    }

    /// X — the bank's branches.
    public enum X {
        /// 2–5: código da agência.
        public static let agencia = FieldSpec.text("código da agência", 2, 5)
        /// 6–35: nome da agência.
        public static let nome = FieldSpec.text("nome da agência", 6, 35)
        /// 36–65: endereço.
        public static let endereco = FieldSpec.text("endereço", 36, 65)
        /// 66–70: número.
        public static let numero = FieldSpec.text("número", 66, 70)
        /// 71–75: CEP.
        public static let cep = FieldSpec.numeric("CEP", 71, 75)
        /// 76–78: sufixo do CEP.
        public static let cepSufixo = FieldSpec.numeric("sufixo do CEP", 76, 78)
        /// 79–98: cidade.
        public static let cidade = FieldSpec.text("cidade", 79, 98)
        /// 99–100: UF.
        public static let uf = FieldSpec.text("UF", 99, 100)
        /// 101–101: situação.
        public static let situacao = FieldSpec.text("situação", 101, 101)
        /// The record, recognised by its type.
        public static let layout = Cnab150.layout(
            "X", "registro X (agências)", [agencia, nome, endereco, numero, cep, cepSufixo, cidade, uf, situacao])
    }

    /// Z — trailer.
    public enum Z {
        /// Records in the file, A and Z included.
        public static let totalRegistros = FieldSpec.numeric("total de registros do arquivo", 2, 7)
        /// 8–24: valor total dos registros.
        public static let valorTotal = FieldSpec.money("valor total dos registros", 8, 24)
        /// The record, recognised by its type.
        public static let layout = Cnab150.layout("Z", "registro Z (trailer)", [totalRegistros, valorTotal])
    }

    /// Every record, for ``CNABRecordReader``.
    public static let format = RecordFormat(
        layout: .cnab150,
        records: [
            A.layout, B.layout, C.layout, D.layout, E.layout, F.layout, H.layout, J.layout, L.layout, T.layout,
            X.layout, Z.layout,
        ])

    /// Retorno codes of record F, 68–69 (rails.md §6; the meanings are [LIB]).
    public static let retornoCodes: [String: String] = [
        "00": "Débito efetuado",
        "01": "Insuficiência de fundos",
        "02": "Conta corrente não cadastrada",
        "04": "Outras restrições",
        "10": "Agência em regime de encerramento",
        "12": "Valor inválido",
        "13": "Data de lançamento inválida",
        "14": "Agência inválida",
        "15": "DAC da conta corrente inválido",
        "18": "Data do débito anterior à do processamento",
        "30": "Sem contrato de débito automático",
        "96": "Manutenção do cadastro",
        "97": "Cancelamento – não encontrado",
        "98": "Cancelamento – não efetuado, fora do tempo hábil",
        "99": "Cancelamento – cancelado conforme solicitado",
    ]
}
