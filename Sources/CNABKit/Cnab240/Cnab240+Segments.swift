/// CNAB 240 cobrança detail segments: P, Q and R in the remessa, T and U in the retorno
/// (rails.md §2.4–2.7, FEBRABAN positions; bank deviations in ``Cnab240Profile`` and the remessa writer).
extension Cnab240 {
    /// Segment P — remessa, the boleto (rails.md §2.4).
    public enum SegmentP {
        /// 18–22: agência.
        public static let agencia = FieldSpec.numeric("agência", 18, 22)
        /// 23–23: DV da agência.
        public static let agenciaDV = FieldSpec.text("DV da agência", 23, 23)
        /// 24–35: conta corrente.
        public static let conta = FieldSpec.numeric("conta corrente", 24, 35)
        /// 36–36: DV da conta.
        public static let contaDV = FieldSpec.text("DV da conta", 36, 36)
        /// 37–37: DV da agência/conta.
        public static let agenciaContaDV = FieldSpec.text("DV da agência/conta", 37, 37)
        /// 38–57: nosso número.
        public static let nossoNumero = FieldSpec.text("nosso número", 38, 57)
        /// 58–58: código da carteira.
        public static let carteira = FieldSpec.text("código da carteira", 58, 58)
        /// 59–59: forma de cadastramento.
        public static let formaCadastramento = FieldSpec.text("forma de cadastramento", 59, 59)
        /// 60–60: tipo de documento.
        public static let tipoDocumento = FieldSpec.text("tipo de documento", 60, 60)
        /// 61–61: emissão do boleto.
        public static let emissaoBoleto = FieldSpec.text("emissão do boleto", 61, 61)
        /// 62–62: distribuição do boleto.
        public static let distribuicao = FieldSpec.text("distribuição do boleto", 62, 62)
        /// 63–77: número do documento (seu número).
        public static let seuNumero = FieldSpec.text("número do documento (seu número)", 63, 77)
        /// 78–85: data de vencimento.
        public static let vencimento = FieldSpec.date("data de vencimento", 78, 85, .ddmmaaaa)
        /// 86–100: valor nominal do título.
        public static let valor = FieldSpec.money("valor nominal do título", 86, 100)
        /// 101–105: agência cobradora.
        public static let agenciaCobradora = FieldSpec.numeric("agência cobradora", 101, 105)
        /// 106–106: DV da agência cobradora.
        public static let agenciaCobradoraDV = FieldSpec.text("DV da agência cobradora", 106, 106)
        /// 107–108: espécie do título.
        public static let especie = FieldSpec.numeric("espécie do título", 107, 108)
        /// 109–109: aceite.
        public static let aceite = FieldSpec.text("aceite", 109, 109)
        /// 110–117: data de emissão.
        public static let emissao = FieldSpec.date("data de emissão", 110, 117, .ddmmaaaa)
        /// 118–118: código de juros de mora.
        public static let codigoJuros = FieldSpec.numeric("código de juros de mora", 118, 118)
        /// 119–126: data de juros de mora.
        public static let dataJuros = FieldSpec.date("data de juros de mora", 119, 126, .ddmmaaaa)
        /// 127–141: juros de mora por dia/taxa.
        public static let juros = FieldSpec.money("juros de mora por dia/taxa", 127, 141)
        /// 142–142: código do desconto 1.
        public static let codigoDesconto1 = FieldSpec.numeric("código do desconto 1", 142, 142)
        /// 143–150: data do desconto 1.
        public static let dataDesconto1 = FieldSpec.date("data do desconto 1", 143, 150, .ddmmaaaa)
        /// 151–165: valor/percentual do desconto 1.
        public static let desconto1 = FieldSpec.money("valor/percentual do desconto 1", 151, 165)
        /// 166–180: valor do IOF.
        public static let iof = FieldSpec.money("valor do IOF", 166, 180)
        /// 181–195: valor do abatimento.
        public static let abatimento = FieldSpec.money("valor do abatimento", 181, 195)
        /// 196–220: uso da empresa.
        public static let usoEmpresa = FieldSpec.text("uso da empresa", 196, 220)
        /// 221–221: código para protesto.
        public static let codigoProtesto = FieldSpec.numeric("código para protesto", 221, 221)
        /// 222–223: número de dias para protesto.
        public static let diasProtesto = FieldSpec.numeric("número de dias para protesto", 222, 223)
        /// 224–224: código para baixa/devolução.
        public static let codigoBaixa = FieldSpec.numeric("código para baixa/devolução", 224, 224)
        /// 225–227: número de dias para baixa/devolução.
        public static let diasBaixa = FieldSpec.numeric("número de dias para baixa/devolução", 225, 227)
        /// 228–229: código da moeda.
        public static let moeda = FieldSpec.numeric("código da moeda", 228, 229)
        /// 230–239: nº do contrato.
        public static let contrato = FieldSpec.numeric("nº do contrato", 230, 239)

        /// The record, recognised by its type.
        public static let layout = RecordLayout(
            name: "segmento P", length: 240, key: [RecordKey(8, "3"), RecordKey(14, "P")],
            fields: [
                Common.banco, Common.lote, Common.sequencial, Common.movimento, agencia, agenciaDV, conta, contaDV,
                agenciaContaDV, nossoNumero, carteira, formaCadastramento, tipoDocumento, emissaoBoleto,
                distribuicao, seuNumero, vencimento, valor, agenciaCobradora, agenciaCobradoraDV, especie, aceite,
                emissao, codigoJuros, dataJuros, juros, codigoDesconto1, dataDesconto1, desconto1, iof,
                abatimento, usoEmpresa, codigoProtesto, diasProtesto, codigoBaixa, diasBaixa, moeda, contrato,
            ])
    }

    /// Segment Q — remessa, the pagador (rails.md §2.5).
    public enum SegmentQ {
        /// 18–18: tipo de inscrição do pagador.
        public static let tipoInscricao = FieldSpec.numeric("tipo de inscrição do pagador", 18, 18)
        /// 19–33: CPF/CNPJ do pagador.
        public static let inscricao = FieldSpec.numeric("CPF/CNPJ do pagador", 19, 33)
        /// 34–73: nome do pagador.
        public static let nome = FieldSpec.text("nome do pagador", 34, 73)
        /// 74–113: endereço do pagador.
        public static let endereco = FieldSpec.text("endereço do pagador", 74, 113)
        /// 114–128: bairro do pagador.
        public static let bairro = FieldSpec.text("bairro do pagador", 114, 128)
        /// 129–133: CEP do pagador.
        public static let cep = FieldSpec.numeric("CEP do pagador", 129, 133)
        /// 134–136: sufixo do CEP.
        public static let cepSufixo = FieldSpec.numeric("sufixo do CEP", 134, 136)
        /// 137–151: cidade do pagador.
        public static let cidade = FieldSpec.text("cidade do pagador", 137, 151)
        /// 152–153: UF do pagador.
        public static let uf = FieldSpec.text("UF do pagador", 152, 153)
        /// 154–154: tipo de inscrição do sacador/avalista.
        public static let sacadorTipoInscricao = FieldSpec.numeric("tipo de inscrição do sacador/avalista", 154, 154)
        /// 155–169: CPF/CNPJ do sacador/avalista.
        public static let sacadorInscricao = FieldSpec.numeric("CPF/CNPJ do sacador/avalista", 155, 169)
        /// 170–209: nome do sacador/avalista.
        public static let sacadorNome = FieldSpec.text("nome do sacador/avalista", 170, 209)
        /// 210–212: banco correspondente.
        public static let bancoCorrespondente = FieldSpec.numeric("banco correspondente", 210, 212)
        /// 213–232: nosso número no correspondente.
        public static let nossoNumeroCorrespondente = FieldSpec.text("nosso número no correspondente", 213, 232)

        /// The record, recognised by its type.
        public static let layout = RecordLayout(
            name: "segmento Q", length: 240, key: [RecordKey(8, "3"), RecordKey(14, "Q")],
            fields: [
                Common.banco, Common.lote, Common.sequencial, Common.movimento, tipoInscricao, inscricao, nome,
                endereco, bairro, cep, cepSufixo, cidade, uf, sacadorTipoInscricao, sacadorInscricao, sacadorNome,
                bancoCorrespondente, nossoNumeroCorrespondente,
            ])
    }

    /// Segment R — remessa, descontos 2 and 3 and multa (rails.md §2.6).
    public enum SegmentR {
        /// 18–18: código do desconto 2.
        public static let codigoDesconto2 = FieldSpec.numeric("código do desconto 2", 18, 18)
        /// 19–26: data do desconto 2.
        public static let dataDesconto2 = FieldSpec.date("data do desconto 2", 19, 26, .ddmmaaaa)
        /// 27–41: valor/percentual do desconto 2.
        public static let desconto2 = FieldSpec.money("valor/percentual do desconto 2", 27, 41)
        /// 42–42: código do desconto 3.
        public static let codigoDesconto3 = FieldSpec.numeric("código do desconto 3", 42, 42)
        /// 43–50: data do desconto 3.
        public static let dataDesconto3 = FieldSpec.date("data do desconto 3", 43, 50, .ddmmaaaa)
        /// 51–65: valor/percentual do desconto 3.
        public static let desconto3 = FieldSpec.money("valor/percentual do desconto 3", 51, 65)
        /// 66–66: código da multa.
        public static let codigoMulta = FieldSpec.numeric("código da multa", 66, 66)
        /// 67–74: data da multa.
        public static let dataMulta = FieldSpec.date("data da multa", 67, 74, .ddmmaaaa)
        /// 75–89: valor/percentual da multa.
        public static let multa = FieldSpec.money("valor/percentual da multa", 75, 89)
        /// 90–99: informação ao pagador.
        public static let informacaoPagador = FieldSpec.text("informação ao pagador", 90, 99)
        /// 100–139: mensagem 3.
        public static let mensagem3 = FieldSpec.text("mensagem 3", 100, 139)
        /// 140–179: mensagem 4.
        public static let mensagem4 = FieldSpec.text("mensagem 4", 140, 179)

        /// The record, recognised by its type.
        public static let layout = RecordLayout(
            name: "segmento R", length: 240, key: [RecordKey(8, "3"), RecordKey(14, "R")],
            fields: [
                Common.banco, Common.lote, Common.sequencial, Common.movimento, codigoDesconto2, dataDesconto2,
                desconto2, codigoDesconto3, dataDesconto3, desconto3, codigoMulta, dataMulta, multa,
                informacaoPagador, mensagem3, mensagem4,
            ])
    }

    /// Segment T — retorno, the título (rails.md §2.7).
    public enum SegmentT {
        /// 18–22: agência.
        public static let agencia = FieldSpec.numeric("agência", 18, 22)
        /// 23–23: DV da agência.
        public static let agenciaDV = FieldSpec.text("DV da agência", 23, 23)
        /// 24–35: conta corrente.
        public static let conta = FieldSpec.numeric("conta corrente", 24, 35)
        /// 36–36: DV da conta.
        public static let contaDV = FieldSpec.text("DV da conta", 36, 36)
        /// 37–37: DV da agência/conta.
        public static let agenciaContaDV = FieldSpec.text("DV da agência/conta", 37, 37)
        /// 38–57: nosso número.
        public static let nossoNumero = FieldSpec.text("nosso número", 38, 57)
        /// 58–58: código da carteira.
        public static let carteira = FieldSpec.text("código da carteira", 58, 58)
        /// 59–73: número do documento (seu número).
        public static let seuNumero = FieldSpec.text("número do documento (seu número)", 59, 73)
        /// 74–81: data de vencimento.
        public static let vencimento = FieldSpec.date("data de vencimento", 74, 81, .ddmmaaaa)
        /// 82–96: valor nominal do título.
        public static let valor = FieldSpec.money("valor nominal do título", 82, 96)
        /// 97–99: banco cobrador/recebedor.
        public static let bancoCobrador = FieldSpec.numeric("banco cobrador/recebedor", 97, 99)
        /// 100–104: agência cobradora/recebedora.
        public static let agenciaCobradora = FieldSpec.numeric("agência cobradora/recebedora", 100, 104)
        /// 105–105: DV da agência cobradora.
        public static let agenciaCobradoraDV = FieldSpec.text("DV da agência cobradora", 105, 105)
        /// 106–130: uso da empresa.
        public static let usoEmpresa = FieldSpec.text("uso da empresa", 106, 130)
        /// 131–132: código da moeda.
        public static let moeda = FieldSpec.numeric("código da moeda", 131, 132)
        /// 133–133: tipo de inscrição do pagador.
        public static let pagadorTipoInscricao = FieldSpec.numeric("tipo de inscrição do pagador", 133, 133)
        /// 134–148: CPF/CNPJ do pagador.
        public static let pagadorInscricao = FieldSpec.numeric("CPF/CNPJ do pagador", 134, 148)
        /// 149–188: nome do pagador.
        public static let pagadorNome = FieldSpec.text("nome do pagador", 149, 188)
        /// 189–198: nº do contrato.
        public static let contrato = FieldSpec.numeric("nº do contrato", 189, 198)
        /// 199–213: valor da tarifa/custas.
        public static let tarifa = FieldSpec.money("valor da tarifa/custas", 199, 213)
        /// 214–223: motivos da ocorrência.
        public static let motivos = FieldSpec.text("motivos da ocorrência", 214, 223)

        /// The record, recognised by its type.
        public static let layout = RecordLayout(
            name: "segmento T", length: 240, key: [RecordKey(8, "3"), RecordKey(14, "T")],
            fields: [
                Common.banco, Common.lote, Common.sequencial, Common.movimento, agencia, agenciaDV, conta, contaDV,
                agenciaContaDV, nossoNumero, carteira, seuNumero, vencimento, valor, bancoCobrador,
                agenciaCobradora, agenciaCobradoraDV, usoEmpresa, moeda, pagadorTipoInscricao, pagadorInscricao,
                pagadorNome, contrato, tarifa, motivos,
            ])
    }

    /// Segment U — retorno, the amounts and dates (rails.md §2.7).
    public enum SegmentU {
        /// 18–32: juros/multa/encargos.
        public static let jurosMulta = FieldSpec.money("juros/multa/encargos", 18, 32)
        /// 33–47: desconto concedido.
        public static let desconto = FieldSpec.money("desconto concedido", 33, 47)
        /// 48–62: abatimento concedido.
        public static let abatimento = FieldSpec.money("abatimento concedido", 48, 62)
        /// 63–77: valor do IOF.
        public static let iof = FieldSpec.money("valor do IOF", 63, 77)
        /// 78–92: valor pago pelo pagador.
        public static let valorPago = FieldSpec.money("valor pago pelo pagador", 78, 92)
        /// 93–107: valor líquido a ser creditado.
        public static let valorLiquido = FieldSpec.money("valor líquido a ser creditado", 93, 107)
        /// 108–122: outras despesas.
        public static let outrasDespesas = FieldSpec.money("outras despesas", 108, 122)
        /// 123–137: outros créditos.
        public static let outrosCreditos = FieldSpec.money("outros créditos", 123, 137)
        /// 138–145: data da ocorrência.
        public static let dataOcorrencia = FieldSpec.date("data da ocorrência", 138, 145, .ddmmaaaa)
        /// 146–153: data do crédito.
        public static let dataCredito = FieldSpec.date("data do crédito", 146, 153, .ddmmaaaa)

        /// The record, recognised by its type.
        public static let layout = RecordLayout(
            name: "segmento U", length: 240, key: [RecordKey(8, "3"), RecordKey(14, "U")],
            fields: [
                Common.banco, Common.lote, Common.sequencial, Common.movimento, jurosMulta, desconto, abatimento,
                iof, valorPago, valorLiquido, outrasDespesas, outrosCreditos, dataOcorrencia, dataCredito,
            ])
    }
}
