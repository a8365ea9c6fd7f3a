import BrazilKit
import Foundation
import PixKit
import Testing

@Suite struct ReceivedPixTests {
    @Test func pixExampleWithARefundDecodes() throws {
        let pix = try decodeJSON(ReceivedPix.self, SpecExamples.pixResponse1)
        #expect(pix.endToEndId == "E12345678202009091221abcdef12345")
        #expect(pix.txid == "cd1fe328c875481285a6f233ae41b662")
        #expect(pix.valor.money == Money(centavos: 10000))
        #expect(pix.horario == "2020-09-10T13:03:33.902Z")
        #expect(pix.infoPagador == "Reforma da casa")
        let refund = try #require(pix.devolucoes?.first)
        #expect(refund.id == "000AAA111")
        #expect(refund.rtrId == "D12345678202009091000abcde123456")
        #expect(refund.horario.solicitacao == "2020-09-10T13:03:33.902Z")
        #expect(try encodesAs(pix, SpecExamples.pixResponse1))
    }

    @Test func listResponseCarriesPaginationAndPix() throws {
        // getPix1 refers to pixResponse1–3 by $ref; the document is assembled from them.
        let body =
            #"{"parametros":{"inicio":"2020-04-01T00:00:00Z","fim":"2020-04-01T23:59:59Z","paginacao":{"paginaAtual":0,"itensPorPagina":100,"quantidadeDePaginas":1,"quantidadeTotalDeItens":2}},"pix":["#
            + [SpecExamples.pixResponse1, SpecExamples.pixResponse2, SpecExamples.pixResponse3].joined(separator: ",")
            + "]}"
        let list = try decodeJSON(PixListResponse.self, body)
        #expect(list.parametros.inicio == "2020-04-01T00:00:00Z")
        #expect(
            list.parametros.paginacao
                == Paginacao(paginaAtual: 0, itensPorPagina: 100, quantidadeDePaginas: 1, quantidadeTotalDeItens: 2))
        #expect(list.pix.map(\.valor.text) == ["100.00", "200.00", "200.00"])
        let withdrawal = try #require(list.pix.last?.componentesValor)
        #expect(withdrawal.original?.valor.text == "180.00")
        #expect(withdrawal.saque?.valor.text == "20.00")
    }

    @Test func webhookBodyCarriesSeveralPix() throws {
        let body = #"{"pix":["# + SpecExamples.pixWebhook2 + "," + SpecExamples.pixResponse1 + "]}"
        let callback = try decodeJSON(PixWebhookCallback.self, body)
        #expect(callback.pix.count == 2)
        #expect(callback.pix[0].endToEndId == "E87654321202009091221dfghi123456")
        #expect(callback.pix[0].txid == "971122d8f37211eaadc10242ac120002")
        #expect(callback.pix[0].valor.money == Money(centavos: 11000))
        #expect(callback.pix[0].devolucoes == nil)
    }

    @Test func componentsOfACobvPaymentAddUp() throws {
        // Spec example: R$ 100,00 with a 3 % fine and 1 % a day for two days is paid as R$ 105,00.
        let pix = try decodeJSON(
            ReceivedPix.self,
            #"{"endToEndId":"E12345678202009091221abcdef12345","valor":"105.00","horario":"2020-09-10T13:03:33.902Z","componentesValor":{"original":{"valor":"100.00"},"multa":{"valor":"3.00"},"juros":{"valor":"2.00"}}}"#
        )
        let parts = try #require(pix.componentesValor)
        let sum = [parts.original, parts.multa, parts.juros].compactMap { $0?.valor.money.centavos }.reduce(0, +)
        #expect(Money(centavos: sum) == pix.valor.money)
        #expect(pix.txid == nil)
    }

    @Test func endToEndIdShape() throws {
        try PixIdentifiers.validateEndToEndId("E12345678202009091221kkkkkkkkkkk")
        // pixResponse2 of the spec carries a 34-character id: responses decode it, the check refuses it.
        #expect(
            throws: PixError.invalidIdentifier(
                field: "endToEndId", value: "E12345678202009091221ghijk78901234",
                problem: .wrongLength(allowed: 32...32, actual: 34))
        ) {
            try PixIdentifiers.validateEndToEndId("E12345678202009091221ghijk78901234")
        }
        #expect(
            throws: PixError.invalidIdentifier(
                field: "endToEndId", value: "D12345678202009091000abcde123456", problem: .wrongPrefix(expected: ["E"]))
        ) {
            try PixIdentifiers.validateEndToEndId("D12345678202009091000abcde123456")
        }
    }
}
