import BrazilKit
import Foundation
import PixKit
import Testing

@Suite struct SolicRecTests {
    @Test func specRequestValidatesAndEncodesBack() throws {
        let request = try decodeJSON(SolicRecRequest.self, SpecExamples.solicRecBody1)
        #expect(request.idRec == "RN123456782024011577825445612")
        #expect(request.destinatario.ispbParticipante == "91193552")
        try request.validate()
        #expect(try encodesAs(request, SpecExamples.solicRecBody1))
    }

    @Test func responseCarriesTheRecurrencePayload() throws {
        let solicRec = try decodeJSON(SolicRec.self, SpecExamples.solicRecResponse1)
        #expect(solicRec.idSolicRec == "SC876456782024021577825445312")
        #expect(solicRec.status == .created)
        #expect(solicRec.atualizacao?.first?.status == .created)
        #expect(solicRec.recPayload?.valor?.valorRec?.money == Money(centavos: 120_009))
        #expect(solicRec.recPayload?.vinculo.contrato == "561238008")
        try PixIdentifiers.validateIdSolicRec(solicRec.idSolicRec)
        #expect(try encodesAs(solicRec, SpecExamples.solicRecResponse1))
    }

    @Test func cancellationBody() throws {
        #expect(try encodesAs(StatusRevision(status: SolicRecStatus.cancelled), SpecExamples.solicRecBody2))
    }

    @Test func statusValuesAreTheSpecEnum() {
        #expect(
            SolicRecStatus.allCases.map(\.rawValue)
                == ["CRIADA", "ENVIADA", "RECEBIDA", "REJEITADA", "ACEITA", "EXPIRADA", "CANCELADA"])
    }

    @Test func recipientRules() throws {
        var request = try decodeJSON(SolicRecRequest.self, SpecExamples.solicRecBody1)
        request.destinatario.cpf = nil
        #expect(throws: PixError.missingField(field: "destinatario.cpf")) { try request.validate() }
        request.destinatario.cnpj = "1234567800019"
        #expect(
            throws: PixError.invalidFormat(
                field: "destinatario.cnpj", offset: nil, value: "1234567800019", pattern: "[0-9A-Z]{14}")
        ) {
            try request.validate()
        }
        request = try decodeJSON(SolicRecRequest.self, SpecExamples.solicRecBody1)
        request.destinatario.ispbParticipante = "9119355"
        #expect(
            throws: PixError.invalidFormat(
                field: "destinatario.ispbParticipante", offset: nil, value: "9119355", pattern: "[0-9A-Z]{8}")
        ) {
            try request.validate()
        }
    }

    @Test func idSolicRecNeedsItsPrefix() {
        #expect(
            throws: PixError.invalidIdentifier(
                field: "idSolicRec", value: "RN123456782024011577825445612", problem: .wrongPrefix(expected: ["SC"]))
        ) {
            try PixAPIPath.solicrec(idSolicRec: "RN123456782024011577825445612")
        }
    }
}
