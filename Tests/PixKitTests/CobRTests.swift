import BrazilKit
import Foundation
import PixKit
import Testing

@Suite struct CobRTests {
    @Test func listedChargeDecodesWithItsAttempts() throws {
        struct Listing: Decodable { let cobsr: [CobR] }
        let charge = try #require(try decodeJSON(Listing.self, SpecExamples.getCobR1).cobsr.first)
        #expect(charge.idRec == "RR123456782024061999000566354")
        #expect(charge.txid == "7f733863543b4a16b516d839bd4bc34e")
        #expect(
            charge.calendario
                == CobRCalendario(
                    criacao: try CivilDate(iso: "2024-05-20"), dataDeVencimento: try CivilDate(iso: "2024-06-20")))
        #expect(charge.valor.original.text == "50.33")
        #expect(charge.status == .active)
        #expect(charge.ajusteDiaUtil == false)
        #expect(charge.recebedor?.tipoConta == .checking)
        let attempt = try #require(charge.tentativas?.first)
        #expect(attempt.tipo == .agnd)
        #expect(attempt.status == .scheduled)
        #expect(attempt.dataLiquidacao == (try CivilDate(iso: "2024-06-20")))
        #expect(attempt.atualizacao?.map(\.status) == [.requested, .scheduled])
        #expect(charge.atualizacao?.map(\.status) == [.created, .active])
    }

    @Test func responseExampleEncodesBack() throws {
        let charge = try decodeJSON(CobR.self, SpecExamples.cobRResponse3)
        #expect(charge.tentativas?.map(\.status) == [.expired, .scheduled])
        #expect(charge.politicaRetentativa == .threeRetriesInSevenDays)
        #expect(try encodesAs(charge, SpecExamples.cobRResponse3))
    }

    @Test func specRequestDecodesButItsCEPBreaksTheSchema() throws {
        var request = try decodeJSON(CobRRequest.self, SpecExamples.cobRBody1)
        #expect(request.idRec == "RR1234567820240115abcdefghijk")
        #expect(request.ajusteDiaUtil)
        #expect(request.recebedor == CobRRecebedor(agencia: "9708", conta: "012682", tipoConta: .checking))
        #expect(try encodesAs(request, SpecExamples.cobRBody1))
        // The example writes "89256-140", nine characters, over the schema's maxLength 8 for cep.
        #expect(throws: PixError.fieldTooLong(field: "devedor.cep", maximum: 8, actual: 9)) { try request.validate() }
        request.devedor?.cep = "89256140"
        try request.validate()
        #expect(
            try PixAPIPath.cobr(txid: "3136957d93134f2184b369e8f1c0729d") == "/cobr/3136957d93134f2184b369e8f1c0729d")
    }

    @Test func requestRules() throws {
        var request = try decodeJSON(CobRRequest.self, SpecExamples.cobRBody1)
        request.devedor = nil
        request.infoAdicional = String(repeating: "i", count: 141)
        #expect(throws: PixError.fieldTooLong(field: "infoAdicional", maximum: 140, actual: 141)) {
            try request.validate()
        }
        request.infoAdicional = nil
        request.recebedor.conta = nil
        #expect(throws: PixError.missingField(field: "recebedor.conta")) { try request.validate() }
        request.recebedor.conta = "012682"
        request.valor = CobRValor(original: .zero)
        #expect(throws: PixError.invalidAmount(field: "valor.original", value: "0.00", problem: .notPositive)) {
            try request.validate()
        }
    }

    @Test func webhookBodyDecodes() throws {
        // cobRWebhookNotification1 of the spec dates an attempt "2024-20-08", which is no date; a real one is used.
        let body =
            #"{"cobsr":[{"idRec":"RR1234567820240115abcdefghijk","txid":"3136957d93134f2184b369e8f1c0729d","status":"ATIVA","atualizacao":[{"status":"ATIVA","data":"2024-08-20T12:34:21.300Z"}],"tentativas":[{"dataLiquidacao":"2024-08-20","tipo":"AGND","status":"SOLICITADA","endToEndId":"E12345678202406201221abcdef12345"}]}]}"#
        let callback = try decodeJSON(CobRWebhookCallback.self, body)
        let notification = try #require(callback.cobsr.first)
        #expect(notification.status == .active)
        #expect(notification.tentativas?.first?.status == .requested)
        #expect(try encodesAs(callback, body))
    }

    @Test func enumsAreTheSpecValues() {
        #expect(
            CobRStatus.allCases.map(\.rawValue) == [
                "CRIADA", "ATIVA", "CONCLUIDA", "EXPIRADA", "REJEITADA", "CANCELADA",
            ])
        #expect(AttemptType.allCases.map(\.rawValue) == ["AGND", "NTAG", "RIFL"])
        #expect(
            AttemptStatus.allCases.map(\.rawValue) == [
                "SOLICITADA", "AGENDADA", "PAGA", "CANCELADA", "REJEITADA", "EXPIRADA",
            ])
        #expect(AccountType.allCases.map(\.rawValue) == ["CORRENTE", "POUPANCA", "PAGAMENTO"])
        #expect(
            Cancelamento.Solicitante.allCases.map(\.rawValue)
                == ["PSP_PAGADOR", "USUARIO_PAGADOR", "PSP_RECEBEDOR", "USUARIO_RECEBEDOR"])
    }

    @Test func cancellationBody() throws {
        #expect(try encodesAs(StatusRevision(status: CobRStatus.cancelled), SpecExamples.cobRBody2))
    }
}
