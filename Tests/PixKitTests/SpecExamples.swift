/// Examples of bacen/pix-api openapi.yaml 2.9.0 (`components.examples`), converted from YAML to JSON
/// by a script, not by hand: the expected values of the API tests come from here.
enum SpecExamples {
    static let cobBody1 =
        #"{"calendario":{"dataDeVencimento":"2020-12-31","validadeAposVencimento":30},"loc":{"id":789},"devedor":{"logradouro":"Alameda Souza, Numero 80, Bairro Braz","cidade":"Recife","uf":"PE","cep":"70011750","cpf":"12345678909","nome":"Francisco da Silva"},"valor":{"original":"123.45","multa":{"modalidade":"2","valorPerc":"15.00"},"juros":{"modalidade":"2","valorPerc":"2.00"},"desconto":{"modalidade":"1","descontoDataFixa":[{"data":"2020-11-30","valorPerc":"30.00"}]}},"chave":"5f84a4c5-c5cb-4599-9f13-7eb4d419dacc","solicitacaoPagador":"Cobrança dos serviços prestados."}"#

    static let cobBody2 =
        #"{"calendario":{"expiracao":3600},"devedor":{"cnpj":"12345678000195","nome":"Empresa de Serviços SA"},"valor":{"original":"37.00","modalidadeAlteracao":1},"chave":"7d9f0335-8dcc-4054-9bf9-0dbd61d36906","solicitacaoPagador":"Serviço realizado.","infoAdicionais":[{"nome":"Campo 1","valor":"Informação Adicional1 do PSP-Recebedor"},{"nome":"Campo 2","valor":"Informação Adicional2 do PSP-Recebedor"}]}"#

    static let cobBody5 = #"{"status":"REMOVIDA_PELO_USUARIO_RECEBEDOR"}"#

    static let cobResponse1 =
        #"{"calendario":{"criacao":"2020-09-09T20:15:00.358Z","expiracao":3600},"txid":"7978c0c97ea847e78e8849634473c1f1","revisao":0,"loc":{"id":789,"location":"pix.example.com/qr/9d36b84fc70b478fb95c12729b90ca25","tipoCob":"cob"},"location":"pix.example.com/qr/9d36b84fc70b478fb95c12729b90ca25","status":"ATIVA","devedor":{"cnpj":"12345678000195","nome":"Empresa de Serviços SA"},"valor":{"original":"37.00","modalidadeAlteracao":1},"chave":"7d9f0335-8dcc-4054-9bf9-0dbd61d36906","solicitacaoPagador":"Serviço realizado.","infoAdicionais":[{"nome":"Campo 1","valor":"Informação Adicional1 do PSP-Recebedor"},{"nome":"Campo 2","valor":"Informação Adicional2 do PSP-Recebedor"}]}"#

    static let cobResponse2 =
        #"{"calendario":{"criacao":"2020-09-09T20:15:00.358Z","expiracao":3600},"txid":"655dfdb1a4514b8fbb58254b958913fb","revisao":1,"loc":{"id":567,"location":"pix.example.com/qr/1dd7f893a58e417287028dc33e21a403"},"location":"pix.example.com/qr/1dd7f893a58e417287028dc33e21a403","status":"CONCLUIDA","devedor":{"cnpj":"12345678000195","nome":"Empresa de Serviços SA"},"valor":{"original":"100.00","modalidadeAlteracao":0},"chave":"40a0932d-1918-4eee-845d-35a2da1690dc","solicitacaoPagador":"Informar cartão fidelidade","pix":[{"endToEndId":"E1234567820200909122120200808008","txid":"655dfdb1a4514b8fbb58254b958913fb","valor":"110.00","horario":"2020-09-09T20:15:00.358Z","infoPagador":"0123456789","devolucoes":[{"id":"123ABC","rtrId":"D1234567820200909122120200808006","valor":"10.00","horario":{"solicitacao":"2020-09-09T20:15:00.358Z"},"status":"EM_PROCESSAMENTO"}]}]}"#

    static let cobResponse4 =
        #"{"calendario":{"criacao":"2020-09-09T20:15:00.358Z","dataDeVencimento":"2020-12-31","validadeAposVencimento":30},"txid":"7978c0c97ea847e78e8849634473c1f1","revisao":0,"loc":{"id":789,"location":"pix.example.com/qr/c2/cobv/9d36b84fc70b478fb95c12729b90ca25","tipoCob":"cobv"},"status":"ATIVA","devedor":{"logradouro":"Alameda Souza, Numero 80, Bairro Braz","cidade":"Recife","uf":"PE","cep":"70011750","cpf":"12345678909","nome":"Francisco da Silva"},"recebedor":{"logradouro":"Rua 15 Numero 1200, Bairro São Luiz","cidade":"São Paulo","uf":"SP","cep":"70800100","cnpj":"56989000019533","nome":"Empresa de Logística SA"},"valor":{"original":"123.45"},"chave":"5f84a4c5-c5cb-4599-9f13-7eb4d419dacc","solicitacaoPagador":"Cobrança dos serviços prestados."}"#

    static let pixResponse1 =
        #"{"endToEndId":"E12345678202009091221abcdef12345","txid":"cd1fe328c875481285a6f233ae41b662","valor":"100.00","horario":"2020-09-10T13:03:33.902Z","infoPagador":"Reforma da casa","devolucoes":[{"id":"000AAA111","rtrId":"D12345678202009091000abcde123456","valor":"11.00","horario":{"solicitacao":"2020-09-10T13:03:33.902Z"},"status":"EM_PROCESSAMENTO"}]}"#

    static let pixResponse2 =
        #"{"endToEndId":"E12345678202009091221ghijk78901234","txid":"5b933948f3224266b1050ac54319e775","valor":"200.00","horario":"2020-09-10T13:03:33.902Z","infoPagador":"Revisão do carro"}"#

    static let pixResponse3 =
        #"{"endToEndId":"E88631478202009091221ghijk78901234","txid":"82433415910c47e5adb6ac3527cca160","valor":"200.00","componentesValor":{"original":{"valor":"180.00"},"saque":{"valor":"20.00","modalidadeAgente":"AGPSS","prestadorDeServicoDeSaque":"12345678"}},"horario":"2020-09-10T13:03:33.902Z","infoPagador":"Saque Pix"}"#

    static let pixWebhook2 =
        #"{"endToEndId":"E87654321202009091221dfghi123456","txid":"971122d8f37211eaadc10242ac120002","valor":"110.00","horario":"2020-09-09T20:15:00.358Z","infoPagador":"0123456789"}"#

    static let devolucaoResponse1 =
        #"{"id":"123456","rtrId":"D12345678202009091000abcde123456","valor":"7.89","horario":{"solicitacao":"2020-09-11T15:25:59.411Z"},"status":"EM_PROCESSAMENTO"}"#

    static let devolucaoResponse2 =
        #"{"id":"502","rtrId":"D12345678202011111000fghij789012","valor":"20.00","horario":{"solicitacao":"2020-09-11T15:25:59.411Z"},"status":"NAO_REALIZADO","motivo":"Negado por timeout"}"#

    static let devolucaoSolicitada1 = #"{"valor":"7.89"}"#

    static let recBody1 =
        #"{"vinculo":{"contrato":"63100862","devedor":{"cpf":"45164632481","nome":"Fulano de Tal"},"objeto":"Serviço de Streamming de Música."},"calendario":{"dataFinal":"2025-04-01","dataInicial":"2024-04-01","periodicidade":"MENSAL"},"valor":{"valorRec":"35.00"},"politicaRetentativa":"NAO_PERMITE","loc":108,"ativacao":{"dadosJornada":{"txid":"33beb661beda44a8928fef47dbeb2dc5"}}}"#

    static let recBody2 =
        #"{"vinculo":{"contrato":"998782003","devedor":{"cpf":"02989131415","nome":"Beltrano da Silva"},"objeto":"Serviço de Plano de Saúde."},"calendario":{"dataInicial":"2024-10-10","periodicidade":"ANUAL"},"valor":{"valorMinimoRecebedor":"5000.00"},"politicaRetentativa":"PERMITE_3R_7D"}"#

    static let recResponse3 =
        #"{"idRec":"RN1234567820240115abcdefghijk","status":"APROVADA","valor":{"valorRec":"300.00"},"vinculo":{"contrato":"98625023","devedor":{"cpf":"87734514122","nome":"Fulano de Tal"},"objeto":"Serviços de Gestão de Imóveis"},"calendario":{"dataFinal":"2028-09-01","dataInicial":"2024-02-01","periodicidade":"MENSAL"},"politicaRetentativa":"NAO_PERMITE","loc":{"criacao":"2023-12-19T12:28:05.230Z","id":5100,"location":"pix.example.com/qr/v2/rec/2353c790eefb11eaadc10242ac120002","idRec":"RN1234567820240115abcdefghijk"},"pagador":{"codMun":"2673833","cpf":"75633122216","ispbParticipante":"81102623"},"recebedor":{"cnpj":"92221288310574","nome":"Imobiliária Bom Sucesso"},"atualizacao":[{"data":"2024-01-03T08:30:02.050Z","nome":"CRIADA"},{"data":"2024-01-04T09:40:42.210Z","nome":"APROVADA"}],"dadosQR":{"jornada":"JORNADA_2","pixCopiaECola":"00020126180014br.gov.bcb.pix5204000053039865802BR5913Fulano de Tal6008BRASILIA62070503***80800014br.gov.bcb.pix2558pix.example.com/qr/v2/rec/2353c790eefb11eaadc10242ac120002630462C9"}}"#

    static let recResponse5 =
        #"{"idRec":"RR1026652320240821lab77511abf","status":"CANCELADA","valor":{"valorMinimoRecebedor":"800.00"},"vinculo":{"contrato":"298620560","devedor":{"cpf":"12600511100","nome":"Sebastião Silva"},"objeto":"Faculdade de Engenharia"},"calendario":{"dataFinal":"2027-09-01","dataInicial":"2024-10-01","periodicidade":"MENSAL"},"politicaRetentativa":"PERMITE_3R_7D","pagador":{"codMun":"1509873","cpf":"12600511100","ispbParticipante":"52780028"},"recebedor":{"cnpj":"61593007802371","nome":"Universidade Brasileira"},"encerramento":{"cancelamento":{"solicitante":"USUARIO_RECEBEDOR","codigo":"SLCR","descricao":"Cancelamento solicitado pelo usuário recebedor"}},"atualizacao":[{"data":"2024-08-03T08:30:02.050Z","nome":"CRIADA"},{"data":"2024-09-06T09:11:42.205Z","nome":"APROVADA"},{"data":"2024-10-06T15:05:33.305Z","nome":"CANCELADA"}],"ativacao":{"tipoJornada":"JORNADA_1"}}"#

    static let recWebhookNotification1 =
        #"{"recs":[{"idRec":"RR1026652320240821lab77511abf","status":"APROVADA","atualizacao":[{"status":"CRIADA","data":"2024-08-20T10:12:07.567Z"},{"status":"APROVADA","data":"2024-08-22T12:43:53.337Z"}],"ativacao":{"tipoJornada":"JORNADA_3","dadosJornada":{"txid":"r9eFIFmwcZ55Nm4RsKZAAtIvvCrlcNN6"}}}]}"#

    static let recPayload1 =
        #"{"idRec":"RN123456782024011577825445612","vinculo":{"contrato":"5582610","devedor":{"cpf":"45164632481","nome":"Fulano de Tal"},"objeto":"Serviço de Streamming de Música."},"calendario":{"dataFinal":"2025-04-01","dataInicial":"2024-04-01","periodicidade":"MENSAL"},"politicaRetentativa":"NAO_PERMITE","valor":{"valorRec":"35.00"},"recebedor":{"cnpj":"28765007802371","nome":"Startup Musical","ispbParticipante":"12345678"},"atualizacao":[{"status":"CRIADA","data":"2024-03-20T10:12:07.567Z"}]}"#

    static let solicRecBody1 =
        #"{"idRec":"RN123456782024011577825445612","calendario":{"dataExpiracaoSolicitacao":"2023-12-20T12:17:11.926Z"},"destinatario":{"agencia":"2569","conta":"550689","cpf":"15231470190","ispbParticipante":"91193552"}}"#

    static let solicRecResponse1 =
        #"{"idSolicRec":"SC876456782024021577825445312","idRec":"RN123456782024011577825445612","calendario":{"dataExpiracaoSolicitacao":"2023-12-20T12:17:11.926Z"},"status":"CRIADA","destinatario":{"agencia":"2569","conta":"550689","cpf":"15231470190","ispbParticipante":"91193552"},"atualizacao":[{"data":"2023-12-20T12:18:18.618Z","status":"CRIADA"}],"recPayload":{"idRec":"RN123456782024011577825445612","vinculo":{"contrato":"561238008","devedor":{"cpf":"15231470190","nome":"Fulano de Tal"},"objeto":"Serviços de Telecomunicações"},"calendario":{"dataFinal":"2023-12-01","dataInicial":"2024-04-01","periodicidade":"MENSAL"},"recebedor":{"cnpj":"94370926517368","nome":"Empresa de Serviços SA"},"valor":{"valorRec":"1200.09"},"atualizacao":[{"data":"2023-12-15T08:30:07.115Z","status":"CRIADA"}]}}"#

    static let cobRBody1 =
        #"{"idRec":"RR1234567820240115abcdefghijk","infoAdicional":"Serviços de Streamming de Música e Filmes.","calendario":{"dataDeVencimento":"2024-04-15"},"valor":{"original":"106.07"},"ajusteDiaUtil":true,"devedor":{"cep":"89256-140","cidade":"Uberlândia","email":"sebastiao.tavares@mail.com","logradouro":"Alameda Franco 1056","uf":"MG"},"recebedor":{"agencia":"9708","conta":"012682","tipoConta":"CORRENTE"}}"#

    static let cobRResponse3 =
        #"{"idRec":"RR123456782024061999000566354","txid":"7f733863543b4a16b516d839bd4bc34e","calendario":{"criacao":"2024-05-20","dataDeVencimento":"2024-06-20"},"valor":{"original":"50.33"},"status":"ATIVA","politicaRetentativa":"PERMITE_3R_7D","ajusteDiaUtil":true,"devedor":{"cep":"63259-740","cidade":"Campinas","email":"beltrano.silva@mail.com","logradouro":"Rua Gonçalves Dias 605","uf":"SP"},"recebedor":{"cnpj":"58966551101210","conta":"997182","tipoConta":"CORRENTE"},"tentativas":[{"dataLiquidacao":"2024-06-22","tipo":"AGND","endToEndId":"E12345678202406201221abcdef12345","status":"EXPIRADA"},{"dataLiquidacao":"2024-06-24","tipo":"NTAG","endToEndId":"E12345678202406201221abcdef12345","status":"AGENDADA"}],"atualizacao":[{"data":"2024-05-20T14:47:29.470Z","status":"CRIADA"},{"data":"2024-05-21T10:18:20.120Z","status":"ATIVA"}]}"#

    static let getCobR1 =
        #"{"parametros":{"inicio":"2024-04-01T00:00:00Z","fim":"2024-12-01T23:59:59Z","paginacao":{"paginaAtual":0,"itensPorPagina":100,"quantidadeDePaginas":1,"quantidadeTotalDeItens":1}},"cobsr":[{"idRec":"RR123456782024061999000566354","txid":"7f733863543b4a16b516d839bd4bc34e","calendario":{"criacao":"2024-05-20","dataDeVencimento":"2024-06-20"},"valor":{"original":"50.33"},"status":"ATIVA","ajusteDiaUtil":false,"politicaRetentativa":"PERMITE_3R_7D","devedor":{"cep":"63259-740","cidade":"Campinas","email":"beltrano.silva@mail.com","logradouro":"Rua Gonçalves Dias 605","uf":"SP"},"recebedor":{"conta":"997182","tipoConta":"CORRENTE"},"tentativas":[{"dataLiquidacao":"2024-06-20","tipo":"AGND","status":"AGENDADA","endToEndId":"E12345678202406201221abcdef12345","atualizacao":[{"data":"2024-05-21T10:40:16.730Z","status":"SOLICITADA"},{"data":"2024-05-21T17:08:00.520Z","status":"AGENDADA"}]}],"atualizacao":[{"data":"2024-05-20T14:47:29.470Z","status":"CRIADA"},{"data":"2024-05-21T10:18:20.120Z","status":"ATIVA"}]}]}"#

    static let solicRecBody2 = #"{"status":"CANCELADA"}"#

    static let cobRBody2 = #"{"status":"CANCELADA"}"#
}
