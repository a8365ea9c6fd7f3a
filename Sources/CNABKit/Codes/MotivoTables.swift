/// Motivo tables: which one applies depends on the ocorrência (rails.md §2.9, C047).
enum MotivoTables {
    /// The motivos of an ocorrência, described from the table that applies to it.
    static func motivos(_ codes: [String], ocorrencia: Ocorrencia) -> [Motivo] {
        codes.map { Motivo(code: $0, knownDescription: description(of: $0, ocorrencia: ocorrencia)) }
    }

    static func description(of code: String, ocorrencia: Ocorrencia) -> String? {
        switch ocorrencia.table {
        case .febraban240:
            // C047 A for rejections (02, 03, 26, 30), B for tarifas (28), C for liquidação/baixa (06, 09, 17).
            switch ocorrencia.code {
            case "02", "03", "26", "30": return rejections240[code]
            case "28": return tarifas240[code]
            case "06", "09", "17": return liquidacaoBaixa240[code]
            default: return nil
            }
        case .sicredi400:
            return ocorrencia.code == "28" ? sicrediTarifas[code] : sicrediRejections[code]
        case .itau400, .bradesco400, .santander400, .unknown400:
            return nil
        }
    }

    /// Splits a motivos field into two-character codes, dropping blanks and `00` (no motivo).
    static func split(_ text: String) -> [String] {
        guard !text.isEmpty else { return [] }
        var codes: [String] = []
        var characters = text[...]
        while !characters.isEmpty {
            let code = String(characters.prefix(2))
            characters = characters.dropFirst(2)
            let trimmed = code.filter { $0 != " " }
            if trimmed.isEmpty || trimmed == "00" || trimmed == "0" { continue }
            codes.append(code)
        }
        return codes
    }

    /// C047 A — rejections (selection, rails.md §2.9).
    static let rejections240: [String: String] = [
        "01": "Código do banco inválido",
        "02": "Código do registro detalhe inválido",
        "03": "Código do segmento inválido",
        "04": "Movimento não permitido para a carteira",
        "05": "Código de movimento inválido",
        "06": "Tipo/número de inscrição do beneficiário inválidos",
        "07": "Agência/conta/DV inválido",
        "08": "Nosso número inválido",
        "09": "Nosso número duplicado",
        "10": "Carteira inválida",
        "16": "Data de vencimento inválida",
        "17": "Vencimento anterior à emissão",
        "20": "Valor do título inválido",
        "21": "Espécie inválida",
        "24": "Data de emissão inválida",
        "26": "Código de juros inválido",
        "27": "Valor/taxa de juros inválido",
        "28": "Código do desconto inválido",
        "29": "Desconto ≥ valor",
        "33": "Abatimento inválido",
        "34": "Abatimento ≥ valor",
        "37": "Código de protesto inválido",
        "38": "Prazo de protesto inválido",
        "42": "Código de baixa inválido",
        "44": "Moeda inválida",
        "45": "Nome do pagador não informado",
        "46": "Inscrição do pagador inválida",
        "47": "Endereço não informado",
        "48": "CEP inválido",
        "57": "Código de multa inválido",
        "58": "Data de multa inválida",
        "59": "Valor/percentual de multa inválido",
        "60": "Movimento para título não cadastrado",
        "63": "Entrada para título já cadastrado",
        "79": "Data de juros inválida",
        "80": "Data de desconto inválida",
        "86": "Seu número inválido",
        "A4": "Pagador DDA",
    ]

    /// C047 B — tarifas/custas, for movimento 28 (rails.md §2.9).
    static let tarifas240: [String: String] = [
        "01": "Extrato de posição",
        "02": "Manutenção de título vencido",
        "03": "Sustação",
        "04": "Protesto",
        "05": "Outras instruções",
        "06": "Outras ocorrências",
        "07": "Envio de duplicata",
        "08": "Custas de protesto",
        "09": "Custas de sustação",
        "10": "Custas de cartório distribuidor",
        "11": "Custas de edital",
        "12": "Devolução de título vencido",
        "13": "Registro cobrada na baixa/liquidação",
        "14": "Reapresentação automática",
        "15": "Rateio de crédito",
        "16": "Informações via fax",
        "17": "Prorrogação de vencimento",
        "18": "Alteração de abatimento/desconto",
        "19": "Arquivo mensal",
        "20": "Emissão de bloqueto pré-emitido",
    ]

    /// C047 C — liquidação and baixa, for movimentos 06, 09 and 17 (rails.md §2.9).
    static let liquidacaoBaixa240: [String: String] = [
        "01": "Por saldo",
        "02": "Por conta",
        "03": "No guichê em dinheiro",
        "04": "Compensação eletrônica",
        "05": "Compensação convencional",
        "06": "Por meio eletrônico",
        "07": "Após feriado local",
        "08": "Em cartório",
        "30": "Guichê em cheque",
        "31": "Banco correspondente",
        "32": "Terminal de autoatendimento",
        "33": "Internet",
        "34": "Office banking",
        "35": "Correspondente em dinheiro",
        "36": "Correspondente em cheque",
        "37": "Central de atendimento",
        "09": "Baixa comandada pelo banco",
        "10": "Baixa comandada pelo cliente (arquivo)",
        "11": "Baixa comandada pelo cliente (on-line)",
        "12": "Decurso de prazo – cliente",
        "13": "Decurso de prazo – banco",
        "14": "Protestado",
        "15": "Título excluído",
    ]

    /// Sicredi CNAB 400 rejections [LIB laravel-boleto, selection].
    static let sicrediRejections: [String: String] = [
        "01": "Código do banco inválido",
        "02": "Código do registro detalhe inválido",
        "03": "Código da ocorrência inválido",
        "04": "Código de ocorrência não permitida para a carteira",
        "05": "Código de ocorrência não numérico",
        "07": "Cooperativa/agência/conta/dígito inválidos",
        "08": "Nosso número inválido",
        "09": "Nosso número duplicado",
        "10": "Carteira inválida",
        "16": "Data de vencimento inválida",
        "17": "Data de vencimento anterior à data de emissão",
        "20": "Valor do título inválido",
        "21": "Espécie do título inválida",
        "24": "Data de emissão inválida",
        "45": "Nome do pagador inválido",
        "46": "Tipo/número de inscrição do pagador inválidos",
        "47": "Endereço do pagador não informado",
        "48": "CEP irregular",
        "60": "Movimento para título não cadastrado",
        "63": "Entrada para título já cadastrado",
        "A4": "Beneficiário não cadastrado ou possui CGC/CIC inválido",
        "A5": "Pagador não cadastrado",
        "B7": "Seu número inválido",
        "B8": "Percentual de multa inválido",
        "B9": "Valor ou percentual de juros inválido",
        "C6": "Título já liquidado",
        "C7": "Título já baixado",
    ]

    /// Sicredi CNAB 400 tarifas, for ocorrência 28 [LIB laravel-boleto].
    static let sicrediTarifas: [String: String] = [
        "03": "Tarifa de sustação",
        "04": "Tarifa de protesto",
        "08": "Tarifa de custas de protesto",
        "A9": "Tarifa de manutenção de título vencido",
        "B1": "Tarifa de baixa da carteira",
        "B3": "Tarifa de registro de entrada do título",
        "F5": "Tarifa de entrada na rede Sicredi",
        "S4": "Tarifa de inclusão de negativação",
        "S5": "Tarifa de exclusão de negativação",
    ]
}
