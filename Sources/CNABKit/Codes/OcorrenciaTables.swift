/// The retorno ocorrência tables and their classification.
enum OcorrenciaTables {
    static func description(of code: String, in table: OcorrenciaTable) -> String? {
        switch table {
        case .febraban240: febraban240[code]
        case .itau400: itau400[code]
        case .bradesco400: bradesco400[code]
        case .santander400: santander400[code]
        case .sicredi400: sicredi400[code]
        case .unknown400: nil
        }
    }

    static func kind(of code: String, in table: OcorrenciaTable) -> RetornoKind {
        let classes: [RetornoKind: Set<String>]
        switch table {
        case .febraban240:
            // C044: 06 liquidação, 17 liquidação após baixa / de título não registrado, 09 baixa,
            // 25 protestado e baixado, 28 débito de tarifas/custas (rails.md §2.9).
            classes = [
                .liquidacao: ["06", "17"], .entradaConfirmada: ["02"], .entradaRejeitada: ["03"],
                .baixa: ["09", "25"], .tarifa: ["28"],
            ]
        case .itau400:
            // Nota 17 (rails.md §2.10): liquidações 06–08, baixas 09, 10, 32, 47, 59, and the tarifa and
            // custas codes.
            classes = [
                .liquidacao: ["06", "07", "08"], .entradaConfirmada: ["02", "64", "71", "73"],
                .entradaRejeitada: ["03", "60"], .baixa: ["09", "10", "32", "47", "59", "72"],
                .tarifa: [
                    "26", "27", "28", "29", "30", "33", "34", "35", "36", "37", "38", "39", "40", "41", "42", "43",
                    "44", "45", "46", "48", "51", "52", "53", "54", "55", "56", "61", "62", "85", "86", "87", "88",
                    "89", "90", "91",
                ],
            ]
        case .bradesco400:
            // rails.md §2.11: 06 normal, 15 em cartório, 16 cheque vinculado, 17 após baixa.
            classes = [
                .liquidacao: ["06", "15", "16", "17"], .entradaConfirmada: ["02"], .entradaRejeitada: ["03", "24"],
                .baixa: ["09", "10"], .tarifa: ["28"],
            ]
        case .santander400:
            classes = [
                .liquidacao: ["06", "07", "08", "17"], .entradaConfirmada: ["02"], .entradaRejeitada: ["03"],
                .baixa: ["09", "10"], .tarifa: ["24"],
            ]
        case .sicredi400:
            classes = [
                .liquidacao: ["06", "15", "17"], .entradaConfirmada: ["02"], .entradaRejeitada: ["03", "24"],
                .baixa: ["09", "10"], .tarifa: ["28"],
            ]
        case .unknown400:
            classes = [.liquidacao: ["06"], .entradaConfirmada: ["02"], .entradaRejeitada: ["03"], .baixa: ["09"]]
        }
        for (kind, codes) in classes where codes.contains(code) { return kind }
        return .outra
    }

    /// C044 — movimento retorno (rails.md §2.9).
    static let febraban240: [String: String] = [
        "02": "Entrada confirmada",
        "03": "Entrada rejeitada",
        "04": "Transferência de carteira/entrada",
        "05": "Transferência de carteira/baixa",
        "06": "Liquidação",
        "07": "Confirmação recebimento instrução de desconto",
        "08": "Confirmação recebimento cancelamento do desconto",
        "09": "Baixa",
        "11": "Títulos em carteira (em ser)",
        "12": "Confirmação recebimento instrução de abatimento",
        "13": "Confirmação recebimento cancelamento de abatimento",
        "14": "Confirmação recebimento alteração de vencimento",
        "15": "Franco de pagamento",
        "17": "Liquidação após baixa ou liquidação de título não registrado",
        "19": "Confirmação recebimento instrução de protesto",
        "20": "Confirmação recebimento sustação de protesto",
        "23": "Remessa a cartório",
        "24": "Retirada de cartório e manutenção em carteira",
        "25": "Protestado e baixado",
        "26": "Instrução rejeitada",
        "27": "Confirmação do pedido de alteração de outros dados",
        "28": "Débito de tarifas/custas",
        "29": "Ocorrências do pagador",
        "30": "Alteração de dados rejeitada",
        "33": "Confirmação alteração dados do rateio",
        "34": "Confirmação cancelamento dados do rateio",
        "35": "Confirmação do desagendamento do débito automático",
        "36": "Confirmação envio e-mail/SMS",
        "37": "Envio e-mail/SMS rejeitado",
        "38": "Confirmação alteração prazo limite de recebimento",
        "39": "Confirmação dispensa prazo limite de recebimento",
        "40": "Confirmação alteração do número do título dado pelo beneficiário",
        "41": "Confirmação alteração número de controle do participante",
        "42": "Confirmação alteração dados do pagador",
        "43": "Confirmação alteração dados do sacador/avalista",
        "44": "Título pago com cheque devolvido",
        "45": "Título pago com cheque compensado",
        "46": "Instrução para cancelar protesto confirmada",
        "47": "Instrução de protesto para fins falimentares confirmada",
        "48": "Confirmação de transferência de carteira/modalidade",
        "49": "Alteração de contrato de cobrança",
        "50": "Título pago com cheque pendente de liquidação",
        "51": "Título DDA reconhecido pelo pagador",
        "52": "Título DDA não reconhecido pelo pagador",
        "53": "Título DDA recusado pela CIP",
        "54": "Confirmação da instrução de baixa de título negativado sem protesto",
    ]

    /// Itaú CNAB 400 retorno, Nota 17 (rails.md §2.10), the manual's ranges spelled out code by code.
    static let itau400: [String: String] = [
        "02": "Entrada confirmada",
        "03": "Entrada rejeitada",
        "04": "Alteração de dados acatada",
        "05": "Alteração de dados – baixa",
        "06": "Liquidação normal",
        "07": "Liquidação parcial",
        "08": "Liquidação em cartório",
        "09": "Baixa simples",
        "10": "Baixa por ter sido liquidado",
        "11": "Em ser (retorno mensal)",
        "12": "Abatimento concedido",
        "13": "Abatimento cancelado",
        "14": "Vencimento alterado",
        "15": "Baixas rejeitadas",
        "16": "Instruções rejeitadas",
        "17": "Alteração/exclusão de dados rejeitados",
        "18": "Cobrança contratual rejeitada",
        "19": "Confirma instrução de protesto",
        "20": "Confirma sustação de protesto/tarifa",
        "21": "Confirma não protestar",
        "23": "Título enviado a cartório/tarifa",
        "24": "Instrução de protesto rejeitada",
        "25": "Alegações do pagador",
        "26": "Tarifa aviso de cobrança",
        "27": "Tarifa extrato posição",
        "28": "Tarifa relação das liquidações",
        "29": "Tarifa manutenção de títulos vencidos",
        "30": "Débito mensal de tarifas",
        "32": "Baixa por ter sido protestado",
        "33": "Custas de protesto",
        "34": "Custas de sustação",
        "35": "Custas de cartório distribuidor",
        "36": "Custas de edital",
        "37": "Tarifa emissão de boleto",
        "38": "Tarifa de instrução",
        "39": "Tarifa de ocorrências",
        "40": "Tarifa mensal emissão",
        "41": "Débitos mensais de tarifas",
        "42": "Débitos mensais de tarifas",
        "43": "Débitos mensais de tarifas",
        "44": "Débitos mensais de tarifas",
        "45": "Débitos mensais de tarifas",
        "46": "Débitos mensais de tarifas",
        "47": "Baixa com transferência para desconto",
        "48": "Custas de sustação judicial",
        "51": "Tarifas mensais / custas de irregularidade",
        "52": "Tarifas mensais / custas de irregularidade",
        "53": "Tarifas mensais / custas de irregularidade",
        "54": "Tarifas mensais / custas de irregularidade",
        "55": "Tarifas mensais / custas de irregularidade",
        "56": "Tarifas mensais / custas de irregularidade",
        "57": "Instrução cancelada",
        "59": "Baixa por crédito em c/c via SISPAG",
        "60": "Entrada rejeitada carnê",
        "61": "Tarifas aviso de movimentação",
        "62": "Tarifas aviso de movimentação",
        "63": "Título sustado judicialmente",
        "64": "Entrada confirmada com rateio",
        "65": "Pagamento com cheque aguardando compensação",
        "69": "Cheque devolvido",
        "71": "Entrada registrada aguardando avaliação",
        "72": "Baixa por crédito via SISPAG sem título",
        "73": "Confirmação de entrada na simples (não aceita na contratual)",
        "74": "Negativação expressa",
        "75": "Negativação expressa",
        "76": "Negativação expressa",
        "77": "Negativação expressa",
        "78": "Negativação expressa",
        "79": "Negativação expressa",
        "80": "Negativação expressa",
        "81": "Negativação expressa",
        "82": "Negativação expressa",
        "83": "Negativação expressa",
        "85": "Tarifas de cobrança ativa eletrônica",
        "86": "Tarifas de cobrança ativa eletrônica",
        "87": "Tarifas de cobrança ativa eletrônica",
        "88": "Tarifas de cobrança ativa eletrônica",
        "89": "Tarifas de cobrança ativa eletrônica",
        "90": "Tarifas de cobrança ativa eletrônica",
        "91": "Tarifas de cobrança ativa eletrônica",
    ]

    /// Bradesco CNAB 400 retorno (rails.md §2.11).
    static let bradesco400: [String: String] = [
        "02": "Entrada confirmada",
        "03": "Entrada rejeitada",
        "06": "Liquidação normal",
        "09": "Baixado automaticamente via arquivo",
        "10": "Baixado conforme instruções da agência",
        "11": "Em ser",
        "12": "Abatimento concedido",
        "13": "Abatimento cancelado",
        "14": "Vencimento alterado",
        "15": "Liquidação em cartório",
        "16": "Pago em cheque vinculado",
        "17": "Liquidação após baixa / título não registrado",
        "18": "Acerto de depositária",
        "19": "Confirmação de instrução de protesto",
        "20": "Confirmação de sustação",
        "21": "Acerto do controle do participante",
        "22": "Pagamento cancelado",
        "23": "Entrada em cartório",
        "24": "Entrada rejeitada por CEP",
        "25": "Confirmação de protesto falimentar",
        "27": "Baixa rejeitada",
        "28": "Débito de tarifas/custas",
        "29": "Ocorrências do pagador",
        "30": "Alteração de outros dados rejeitada",
        "32": "Instrução rejeitada",
        "33": "Confirmação de alteração de outros dados",
        "34": "Retirado de cartório e mantido",
        "35": "Desagendamento do débito automático",
        "40": "Estorno de pagamento",
        "55": "Sustado judicial",
        "68": "Acerto do rateio",
        "69": "Cancelamento do rateio",
        "73": "Confirmação de pedido de negativação",
        "74": "Confirmação de exclusão de negativação",
    ]

    /// Santander CNAB 400 retorno [LIB laravel-boleto `Cnab400/Banco/Santander.php`].
    static let santander400: [String: String] = [
        "01": "Título não existe",
        "02": "Entrada de título confirmada",
        "03": "Entrada de título rejeitada",
        "06": "Liquidação",
        "07": "Liquidação por conta",
        "08": "Liquidação por saldo",
        "09": "Baixa automática",
        "10": "Título baixado conforme instrução ou por título protestado",
        "11": "Em ser",
        "12": "Abatimento concedido",
        "13": "Abatimento cancelado",
        "14": "Prorrogação de vencimento",
        "15": "Enviado para cartório",
        "16": "Título já baixado/liquidado",
        "17": "Liquidado em cartório",
        "21": "Entrada em cartório",
        "22": "Retirado de cartório",
        "24": "Custas de cartório",
        "25": "Protestar título",
        "26": "Sustar protesto",
    ]

    /// Sicredi CNAB 400 retorno [LIB laravel-boleto `Cnab400/Banco/Sicredi.php`].
    static let sicredi400: [String: String] = [
        "02": "Entrada confirmada",
        "03": "Entrada rejeitada",
        "06": "Liquidação normal",
        "09": "Baixado automaticamente via arquivo",
        "10": "Baixado conforme instruções da cooperativa de crédito",
        "12": "Abatimento concedido",
        "13": "Abatimento cancelado",
        "14": "Vencimento alterado",
        "15": "Liquidação em cartório",
        "17": "Liquidação após baixa",
        "19": "Confirmação de recebimento de instrução de protesto",
        "20": "Confirmação de recebimento de instrução de sustação de protesto",
        "23": "Entrada de título em cartório",
        "24": "Entrada rejeitada por CEP irregular",
        "27": "Baixa rejeitada",
        "28": "Tarifa",
        "29": "Rejeição do pagador",
        "30": "Alteração rejeitada",
        "32": "Instrução rejeitada",
        "33": "Confirmação de pedido de alteração de outros dados",
        "34": "Retirado de cartório e manutenção em carteira",
        "35": "Aceite do pagador",
    ]
}
