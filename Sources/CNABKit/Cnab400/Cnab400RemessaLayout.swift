/// The CNAB 400 remessa fields of the four banks written here. Itaú and Bradesco from rails.md
/// §2.10–2.11; Santander and Sicredi from laravel-boleto's writers [LIB], which brcobranca's
/// Santander fixture agrees with.
///
/// Fields every layout shares sit in ``Cnab400Remessa/Common``; each bank's own in its enum.
enum Cnab400Remessa {
    enum Common {
        static let ocorrencia = FieldSpec.numeric("código de ocorrência", 109, 110)
        static let seuNumero = FieldSpec.text("nº do documento (seu número)", 111, 120)
        static let vencimento = FieldSpec.date("data de vencimento", 121, 126, .ddmmaa)
        static let valor = FieldSpec.money("valor do título", 127, 139)
        static let especie = FieldSpec.text("espécie do título", 148, 149)
        static let aceite = FieldSpec.text("aceite", 150, 150)
        static let emissao = FieldSpec.date("data de emissão", 151, 156, .ddmmaa)
        static let instrucao1 = FieldSpec.text("instrução 1", 157, 158)
        static let instrucao2 = FieldSpec.text("instrução 2", 159, 160)
        static let juros = FieldSpec.money("juros de mora por dia", 161, 173)
        static let dataDesconto = FieldSpec.date("data limite do desconto", 174, 179, .ddmmaa)
        static let desconto = FieldSpec.money("valor do desconto", 180, 192)
        static let iof = FieldSpec.money("valor do IOF", 193, 205)
        static let abatimento = FieldSpec.money("valor do abatimento", 206, 218)
        static let tipoInscricaoPagador = FieldSpec.numeric("tipo de inscrição do pagador", 219, 220)
        static let inscricaoPagador = FieldSpec.numeric("CPF/CNPJ do pagador", 221, 234)
        static let nomePagador = FieldSpec.text("nome do pagador", 235, 274)
        static let enderecoPagador = FieldSpec.text("endereço do pagador", 275, 314)
        static let cepPagador = FieldSpec.numeric("CEP do pagador", 327, 334)
        static let sequencial = Cnab400.sequencial
        static let dataArquivo = FieldSpec.date("data de gravação do arquivo", 95, 100, .ddmmaa)
        static let nomeEmpresa = Cnab400.nomeEmpresa
    }

    enum Itau {
        static let agencia = FieldSpec.numeric("agência", 18, 21)
        static let conta = FieldSpec.numeric("conta", 24, 28)
        static let dac = FieldSpec.text("DAC", 29, 29)
        static let usoEmpresa = FieldSpec.text("uso da empresa", 38, 62)
        static let nossoNumero = FieldSpec.numeric("nosso número", 63, 70)
        static let carteira = FieldSpec.numeric("nº da carteira", 84, 86)
        static let codigoCarteira = FieldSpec.text("código da carteira", 108, 108)
        static let nomePagador = FieldSpec.text("nome do pagador", 235, 264)
        static let bairro = FieldSpec.text("bairro do pagador", 315, 326)
        static let cidade = FieldSpec.text("cidade do pagador", 335, 349)
        static let uf = FieldSpec.text("UF do pagador", 350, 351)
        static let dataMora = FieldSpec.date("data de mora", 386, 391, .ddmmaa)
        static let prazo = FieldSpec.numeric("prazo (dias)", 392, 393)
        // Header.
        static let headerAgencia = FieldSpec.numeric("agência", 27, 30)
        static let headerConta = FieldSpec.numeric("conta", 33, 37)
        static let headerDAC = FieldSpec.text("DAC", 38, 38)
        // Type 2, multa (rails.md §2.10).
        static let codigoMulta = FieldSpec.numeric("código da multa", 2, 2)
        static let dataMulta = FieldSpec.date("data da multa", 3, 10, .ddmmaaaa)
        static let multa = FieldSpec.money("valor/percentual da multa", 11, 23)
    }

    enum Bradesco {
        static let carteira = FieldSpec.numeric("carteira", 22, 24)
        static let agencia = FieldSpec.numeric("agência", 25, 29)
        static let conta = FieldSpec.numeric("conta", 30, 36)
        static let contaDV = FieldSpec.text("DV da conta", 37, 37)
        static let usoEmpresa = FieldSpec.text("nº de controle do participante", 38, 62)
        static let codigoMulta = FieldSpec.numeric("campo de multa", 66, 66)
        static let percentualMulta = FieldSpec.numeric("percentual de multa", 67, 70)
        static let nossoNumero = FieldSpec.text("nosso número com DV", 71, 82)
        static let cep = FieldSpec.numeric("CEP do pagador", 327, 331)
        static let cepSufixo = FieldSpec.numeric("sufixo do CEP", 332, 334)
        // Header.
        static let codigoEmpresa = FieldSpec.numeric("código da empresa", 27, 46)
        static let nsa = FieldSpec.numeric("nº sequencial de remessa", 111, 117)
    }

    enum Santander {
        static let tipoInscricao = FieldSpec.numeric("tipo de inscrição da empresa", 2, 3)
        static let inscricao = FieldSpec.numeric("CPF/CNPJ da empresa", 4, 17)
        static let codigoTransmissao = FieldSpec.numeric("código de transmissão", 18, 37)
        static let usoEmpresa = FieldSpec.text("nº de controle do participante", 38, 62)
        static let nossoNumero = FieldSpec.numeric("nosso número", 63, 70)
        static let codigoMulta = FieldSpec.numeric("código da multa", 78, 78)
        static let percentualMulta = FieldSpec.numeric("percentual da multa", 79, 82)
        static let dataMulta = FieldSpec.date("data da multa", 102, 107, .ddmmaa)
        static let codigoCarteira = FieldSpec.text("código da carteira", 108, 108)
        static let bairro = FieldSpec.text("bairro do pagador", 315, 326)
        static let cidade = FieldSpec.text("cidade do pagador", 335, 349)
        static let uf = FieldSpec.text("UF do pagador", 350, 351)
        static let diasProtesto = FieldSpec.numeric("dias para protesto", 392, 393)
        // Header.
        static let headerCodigoTransmissao = FieldSpec.numeric("código de transmissão", 27, 46)
        // Trailer (rails: "trailer count/sums where the bank has them").
        static let quantidade = FieldSpec.numeric("quantidade de registros", 2, 7)
        static let valorTotal = FieldSpec.money("valor total dos títulos", 8, 20)
    }

    enum Sicredi {
        static let nossoNumero = FieldSpec.numeric("nosso número", 48, 56)
        static let dataInstrucao = FieldSpec.date("data da instrução", 63, 70, .aaaammdd)
        static let percentualMulta = FieldSpec.numeric("percentual de multa", 93, 96)
        static let especie = FieldSpec.text("espécie do documento", 149, 149)
        static let tipoPessoa = FieldSpec.numeric("tipo de pessoa do pagador", 219, 219)
        // Header.
        static let codigoBeneficiario = FieldSpec.numeric("código do beneficiário", 27, 31)
        static let inscricao = FieldSpec.numeric("CPF/CNPJ do beneficiário", 32, 45)
        static let dataArquivo = FieldSpec.date("data de gravação do arquivo", 95, 102, .aaaammdd)
        static let nsa = FieldSpec.numeric("nº da remessa", 111, 117)
        // Trailer.
        static let trailerCodigoBeneficiario = FieldSpec.numeric("código do beneficiário", 6, 10)
    }

    /// An empty CNAB 400 record of `type`; fields are set by position.
    static func record(_ type: String) -> RecordBuilder {
        RecordBuilder(RecordLayout(name: "registro tipo \(type)", length: 400, key: [RecordKey(1, type)], fields: []))
    }
}
