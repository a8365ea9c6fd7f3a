import BrazilKit
import Foundation
import PixKit
import Testing

@Suite struct RecTests {
    @Test func specRequestsDecodeValidateAndEncodeBack() throws {
        let journey3 = try decodeJSON(RecRequest.self, SpecExamples.recBody1)
        #expect(journey3.vinculo.contrato == "63100862")
        #expect(journey3.vinculo.devedor?.cpf == "45164632481")
        #expect(journey3.calendario.dataInicial == (try CivilDate(iso: "2024-04-01")))
        #expect(journey3.calendario.dataFinal == (try CivilDate(iso: "2025-04-01")))
        #expect(journey3.calendario.periodicidade == .monthly)
        #expect(journey3.valor?.valorRec?.text == "35.00")
        #expect(journey3.politicaRetentativa == .notAllowed)
        #expect(journey3.loc == 108)
        #expect(journey3.ativacao?.dadosJornada?.txid == "33beb661beda44a8928fef47dbeb2dc5")
        try journey3.validate()
        #expect(try encodesAs(journey3, SpecExamples.recBody1))

        let floor = try decodeJSON(RecRequest.self, SpecExamples.recBody2)
        #expect(floor.valor?.valorMinimoRecebedor?.text == "5000.00")
        #expect(floor.politicaRetentativa == .threeRetriesInSevenDays)
        try floor.validate()
        #expect(try encodesAs(floor, SpecExamples.recBody2))
    }

    @Test func approvedRecurrenceCarriesItsCompositeQR() throws {
        let rec = try decodeJSON(Rec.self, SpecExamples.recResponse3)
        #expect(rec.idRec == "RN1234567820240115abcdefghijk")
        #expect(rec.status == .approved)
        // The example writes history entries with "nome" instead of "status"; both read.
        #expect(rec.atualizacao?.map(\.status) == [.created, .approved])
        #expect(rec.pagador?.ispbParticipante == "81102623")
        #expect(rec.pagador?.codMun == "2673833")
        let qr = try #require(rec.dadosQR)
        #expect(qr.jornada == .journey2)
        let code = try BRCode(validating: qr.pixCopiaECola)
        #expect(code.recurrenceLocation == rec.loc?.location)
    }

    @Test func historyIsWrittenWithStatusAsTheSchemaSays() throws {
        let entry = StatusChange(status: RecStatus.approved, data: "2024-01-04T09:40:42.210Z")
        #expect(try encodesAs(entry, #"{"status":"APROVADA","data":"2024-01-04T09:40:42.210Z"}"#))
    }

    @Test func cancelledRecurrenceSaysWhoAndWhy() throws {
        let rec = try decodeJSON(Rec.self, SpecExamples.recResponse5)
        #expect(rec.status == .cancelled)
        #expect(
            rec.encerramento?.cancelamento
                == Cancelamento(
                    solicitante: .receiver, codigo: "SLCR", descricao: "Cancelamento solicitado pelo usuário recebedor")
        )
        #expect(rec.ativacao?.tipoJornada == .journey1)
    }

    @Test func recurrencePayloadHasNoStatus() throws {
        let payload = try decodeJSON(Rec.self, SpecExamples.recPayload1)
        #expect(payload.status == nil)
        #expect(payload.recebedor?.ispbParticipante == "12345678")
        #expect(payload.atualizacao?.first?.status == .created)
    }

    @Test func webhookBodyDecodes() throws {
        let callback = try decodeJSON(RecWebhookCallback.self, SpecExamples.recWebhookNotification1)
        let notification = try #require(callback.recs.first)
        #expect(notification.idRec == "RR1026652320240821lab77511abf")
        #expect(notification.status == .approved)
        #expect(
            notification.ativacao
                == RecAtivacao(tipoJornada: .journey3, dadosJornada: .init(txid: "r9eFIFmwcZ55Nm4RsKZAAtIvvCrlcNN6")))
        #expect(try encodesAs(callback, SpecExamples.recWebhookNotification1))
    }

    @Test func enumsAreTheSpecValues() {
        #expect(RecStatus.allCases.map(\.rawValue) == ["CRIADA", "APROVADA", "REJEITADA", "EXPIRADA", "CANCELADA"])
        #expect(RecurrencePeriod.allCases.map(\.rawValue) == ["SEMANAL", "MENSAL", "TRIMESTRAL", "SEMESTRAL", "ANUAL"])
        #expect(RetryPolicy.allCases.map(\.rawValue) == ["NAO_PERMITE", "PERMITE_3R_7D"])
        #expect(
            ActivationJourney.allCases.map(\.rawValue)
                == ["JORNADA_1", "JORNADA_2", "JORNADA_3", "JORNADA_4", "AGUARDANDO_DEFINICAO"])
    }

    // MARK: - Validation

    @Test func creationRules() throws {
        var request = try decodeJSON(RecRequest.self, SpecExamples.recBody1)
        request.vinculo.contrato = String(repeating: "c", count: 36)
        #expect(throws: PixError.fieldTooLong(field: "vinculo.contrato", maximum: 35, actual: 36)) {
            try request.validate()
        }

        request = try decodeJSON(RecRequest.self, SpecExamples.recBody1)
        request.vinculo.devedor?.nome = String(repeating: "n", count: 141)
        #expect(throws: PixError.fieldTooLong(field: "vinculo.devedor.nome", maximum: 140, actual: 141)) {
            try request.validate()
        }

        request = try decodeJSON(RecRequest.self, SpecExamples.recBody1)
        request.calendario.dataFinal = try CivilDate(iso: "2024-03-31")
        #expect(
            throws: PixError.unexpectedValue(
                field: "calendario.dataFinal", offset: nil, found: "2024-03-31", expected: [">= 2024-04-01"])
        ) {
            try request.validate()
        }

        request = try decodeJSON(RecRequest.self, SpecExamples.recBody1)
        request.ativacao = RecAtivacao(dadosJornada: .init(txid: "short"))
        #expect(
            throws: PixError.invalidTxid(value: "short", rule: .cob, problem: .wrongLength(allowed: 26...35, actual: 5))
        ) {
            try request.validate()
        }
    }

    @Test(arguments: [
        "RR1234567820240115abcdefghijk", "RN1234567820240115abcdefghijk", "RR123456782024061999000566354",
        "RN985156112024071999000566354", "RR7784567820240528123defgh775", "RR1026652320240821lab77511abf",
    ])
    func idRecOfTheSpecExamplesAreValid(idRec: String) throws {
        try PixIdentifiers.validateIdRec(idRec)
        #expect(try PixAPIPath.rec(idRec: idRec) == "/rec/\(idRec)")
    }

    @Test func idRecShapeIsChecked() {
        #expect(
            throws: PixError.invalidIdentifier(
                field: "idRec", value: "RX1234567820240115abcdefghijk", problem: .wrongPrefix(expected: ["RR", "RN"]))
        ) {
            try PixIdentifiers.validateIdRec("RX1234567820240115abcdefghijk")
        }
        #expect(
            throws: PixError.invalidIdentifier(
                field: "idRec", value: "RR1234567820241315abcdefghijk", problem: .invalidDate("20241315"))
        ) {
            try PixIdentifiers.validateIdRec("RR1234567820241315abcdefghijk")
        }
        #expect(
            throws: PixError.invalidIdentifier(
                field: "idRec", value: "RR1234567820240115abcdefghij",
                problem: .wrongLength(allowed: 29...29, actual: 28))
        ) {
            try PixIdentifiers.validateIdRec("RR1234567820240115abcdefghij")
        }
    }
}
