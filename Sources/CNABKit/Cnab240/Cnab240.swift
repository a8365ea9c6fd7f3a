/// The FEBRABAN CNAB 240 cobrança layout (rails.md §2, from the Bradesco copy of the FEBRABAN
/// manual). Banks deviate in places; ``Cnab240Profile`` holds each bank's deviations.
public enum Cnab240 {
    /// Record type values at position 8 (rails.md §2.1).
    public enum RecordType {
        /// File header.
        public static let fileHeader: UInt8 = 0x30
        /// Lot header.
        public static let lotHeader: UInt8 = 0x31
        /// Detail (segment letter at 14).
        public static let detail: UInt8 = 0x33
        /// Lot trailer.
        public static let lotTrailer: UInt8 = 0x35
        /// File trailer.
        public static let fileTrailer: UInt8 = 0x39
    }

    /// Fields every record starts with.
    public enum Common {
        /// 1–3.
        public static let banco = FieldSpec.numeric("código do banco", 1, 3)
        /// 4–7: `0000` in the file header, `9999` in the file trailer.
        public static let lote = FieldSpec.numeric("lote de serviço", 4, 7)
        /// 8.
        public static let tipoRegistro = FieldSpec.text("tipo de registro", 8, 8)
        /// Detail 9–13: sequence within the lot.
        public static let sequencial = FieldSpec.numeric("nº sequencial do registro no lote", 9, 13)
        /// Detail 14.
        public static let segmento = FieldSpec.text("segmento", 14, 14)
        /// Detail 16–17 (C004 in remessa, C044 in retorno).
        public static let movimento = FieldSpec.numeric("código de movimento", 16, 17)
    }

    /// File header, type 0 (rails.md §2.2).
    public enum FileHeader {
        /// 18–18: tipo de inscrição da empresa.
        public static let tipoInscricao = FieldSpec.numeric("tipo de inscrição da empresa", 18, 18)
        /// 19–32: CPF/CNPJ da empresa.
        public static let inscricao = FieldSpec.numeric("CPF/CNPJ da empresa", 19, 32)
        /// 33–52: código do convênio.
        public static let convenio = FieldSpec.text("código do convênio", 33, 52)
        /// 53–57: agência.
        public static let agencia = FieldSpec.numeric("agência", 53, 57)
        /// 58–58: DV da agência.
        public static let agenciaDV = FieldSpec.text("DV da agência", 58, 58)
        /// 59–70: conta corrente.
        public static let conta = FieldSpec.numeric("conta corrente", 59, 70)
        /// 71–71: DV da conta.
        public static let contaDV = FieldSpec.text("DV da conta", 71, 71)
        /// 72–72: DV da agência/conta.
        public static let agenciaContaDV = FieldSpec.text("DV da agência/conta", 72, 72)
        /// 73–102: nome da empresa.
        public static let nomeEmpresa = FieldSpec.text("nome da empresa", 73, 102)
        /// 103–132: nome do banco.
        public static let nomeBanco = FieldSpec.text("nome do banco", 103, 132)
        /// 143–143: código remessa/retorno.
        public static let codigoRemessaRetorno = FieldSpec.numeric("código remessa/retorno", 143, 143)
        /// 144–151: data de geração do arquivo.
        public static let dataGeracao = FieldSpec.date("data de geração do arquivo", 144, 151, .ddmmaaaa)
        /// 152–157: hora de geração do arquivo.
        public static let horaGeracao = FieldSpec.numeric("hora de geração do arquivo", 152, 157)
        /// 158–163: nº sequencial do arquivo (NSA).
        public static let nsa = FieldSpec.numeric("nº sequencial do arquivo (NSA)", 158, 163)
        /// 164–166: versão do layout do arquivo.
        public static let versaoLayout = FieldSpec.numeric("versão do layout do arquivo", 164, 166)
        /// 167–171: densidade de gravação.
        public static let densidade = FieldSpec.numeric("densidade de gravação", 167, 171)
        /// 172–191: reservado ao banco.
        public static let reservadoBanco = FieldSpec.text("reservado ao banco", 172, 191)
        /// 192–211: reservado à empresa.
        public static let reservadoEmpresa = FieldSpec.text("reservado à empresa", 192, 211)

        /// The record, recognised by its type.
        public static let layout = RecordLayout(
            name: "header de arquivo", length: 240, key: [RecordKey(4, "0000"), RecordKey(8, "0")],
            fields: [
                Common.banco, tipoInscricao, inscricao, convenio, agencia, agenciaDV, conta, contaDV,
                agenciaContaDV, nomeEmpresa, nomeBanco, codigoRemessaRetorno, dataGeracao, horaGeracao, nsa,
                versaoLayout, densidade, reservadoBanco, reservadoEmpresa,
            ])
    }

    /// Lot header, type 1 (rails.md §2.3).
    public enum LotHeader {
        /// 9–9: tipo de operação.
        public static let operacao = FieldSpec.text("tipo de operação", 9, 9)
        /// 10–11: tipo de serviço.
        public static let servico = FieldSpec.numeric("tipo de serviço", 10, 11)
        /// 14–16: versão do layout do lote.
        public static let versaoLayout = FieldSpec.numeric("versão do layout do lote", 14, 16)
        /// 18–18: tipo de inscrição da empresa.
        public static let tipoInscricao = FieldSpec.numeric("tipo de inscrição da empresa", 18, 18)
        /// 19–33: CPF/CNPJ da empresa.
        public static let inscricao = FieldSpec.numeric("CPF/CNPJ da empresa", 19, 33)
        /// 34–53: código do convênio.
        public static let convenio = FieldSpec.text("código do convênio", 34, 53)
        /// 54–58: agência.
        public static let agencia = FieldSpec.numeric("agência", 54, 58)
        /// 59–59: DV da agência.
        public static let agenciaDV = FieldSpec.text("DV da agência", 59, 59)
        /// 60–71: conta corrente.
        public static let conta = FieldSpec.numeric("conta corrente", 60, 71)
        /// 72–72: DV da conta.
        public static let contaDV = FieldSpec.text("DV da conta", 72, 72)
        /// 73–73: DV da agência/conta.
        public static let agenciaContaDV = FieldSpec.text("DV da agência/conta", 73, 73)
        /// 74–103: nome da empresa.
        public static let nomeEmpresa = FieldSpec.text("nome da empresa", 74, 103)
        /// 104–143: mensagem 1.
        public static let mensagem1 = FieldSpec.text("mensagem 1", 104, 143)
        /// 144–183: mensagem 2.
        public static let mensagem2 = FieldSpec.text("mensagem 2", 144, 183)
        /// The authoritative remessa/retorno number (rails.md §2.3), not the file NSA.
        public static let numeroRemessaRetorno = FieldSpec.numeric("nº remessa/retorno", 184, 191)
        /// 192–199: data de gravação.
        public static let dataGravacao = FieldSpec.date("data de gravação", 192, 199, .ddmmaaaa)
        /// 200–207: data do crédito.
        public static let dataCredito = FieldSpec.date("data do crédito", 200, 207, .ddmmaaaa)

        /// The record, recognised by its type.
        public static let layout = RecordLayout(
            name: "header de lote", length: 240, key: [RecordKey(8, "1")],
            fields: [
                Common.banco, Common.lote, operacao, servico, versaoLayout, tipoInscricao, inscricao, convenio,
                agencia, agenciaDV, conta, contaDV, agenciaContaDV, nomeEmpresa, mensagem1, mensagem2,
                numeroRemessaRetorno, dataGravacao, dataCredito,
            ])
    }

    /// Lot trailer, type 5 (rails.md §2.8).
    public enum LotTrailer {
        /// Records in the lot, header and trailer included.
        public static let quantidadeRegistros = FieldSpec.numeric("quantidade de registros do lote", 18, 23)
        /// 24–29: quantidade de títulos em cobrança simples.
        public static let quantidadeSimples = FieldSpec.numeric("quantidade de títulos em cobrança simples", 24, 29)
        /// 30–46: valor dos títulos em cobrança simples.
        public static let valorSimples = FieldSpec.money("valor dos títulos em cobrança simples", 30, 46)
        /// 47–52: quantidade de títulos em cobrança vinculada.
        public static let quantidadeVinculada = FieldSpec.numeric("quantidade de títulos em cobrança vinculada", 47, 52)
        /// 53–69: valor dos títulos em cobrança vinculada.
        public static let valorVinculada = FieldSpec.money("valor dos títulos em cobrança vinculada", 53, 69)
        /// 70–75: quantidade de títulos em cobrança caucionada.
        public static let quantidadeCaucionada = FieldSpec.numeric(
            "quantidade de títulos em cobrança caucionada", 70, 75)
        /// 76–92: valor dos títulos em cobrança caucionada.
        public static let valorCaucionada = FieldSpec.money("valor dos títulos em cobrança caucionada", 76, 92)
        /// 93–98: quantidade de títulos em cobrança descontada.
        public static let quantidadeDescontada = FieldSpec.numeric(
            "quantidade de títulos em cobrança descontada", 93, 98)
        /// 99–115: valor dos títulos em cobrança descontada.
        public static let valorDescontada = FieldSpec.money("valor dos títulos em cobrança descontada", 99, 115)
        /// 116–123: nº do aviso de lançamento.
        public static let avisoLancamento = FieldSpec.text("nº do aviso de lançamento", 116, 123)

        /// The record, recognised by its type.
        public static let layout = RecordLayout(
            name: "trailer de lote", length: 240, key: [RecordKey(8, "5")],
            fields: [
                Common.banco, Common.lote, quantidadeRegistros, quantidadeSimples, valorSimples, quantidadeVinculada,
                valorVinculada, quantidadeCaucionada, valorCaucionada, quantidadeDescontada, valorDescontada,
                avisoLancamento,
            ])
    }

    /// File trailer, type 9 (rails.md §2.8).
    public enum FileTrailer {
        /// 18–23: quantidade de lotes do arquivo.
        public static let quantidadeLotes = FieldSpec.numeric("quantidade de lotes do arquivo", 18, 23)
        /// Records of every type, 0+1+3+5+9.
        public static let quantidadeRegistros = FieldSpec.numeric("quantidade de registros do arquivo", 24, 29)
        /// 30–35: quantidade de contas p/ conciliação.
        public static let contasConciliacao = FieldSpec.numeric("quantidade de contas p/ conciliação", 30, 35)

        /// The record, recognised by its type.
        public static let layout = RecordLayout(
            name: "trailer de arquivo", length: 240, key: [RecordKey(8, "9")],
            fields: [Common.banco, Common.lote, quantidadeLotes, quantidadeRegistros, contasConciliacao])
    }

    /// Every CNAB 240 cobrança record, for the generic ``CNABRecordReader``.
    public static let format = RecordFormat(
        layout: .cnab240,
        records: [
            FileHeader.layout, LotHeader.layout, SegmentP.layout, SegmentQ.layout, SegmentR.layout, SegmentT.layout,
            SegmentU.layout, LotTrailer.layout, FileTrailer.layout,
        ])
}
