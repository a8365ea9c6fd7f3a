import BrazilKit
import Foundation
import PixKit
import Testing

@Suite struct RefundTests {
    @Test func requestMatchesTheSpecExample() throws {
        let request = try RefundRequest(amount: Money(centavos: 789))
        #expect(try encodesAs(request, SpecExamples.devolucaoSolicitada1))
    }

    @Test func responsesDecode() throws {
        let pending = try decodeJSON(Refund.self, SpecExamples.devolucaoResponse1)
        #expect(pending.id == "123456")
        #expect(pending.valor.money == Money(centavos: 789))
        #expect(pending.status == .inProcessing)
        #expect(pending.horario.liquidacao == nil)

        let refused = try decodeJSON(Refund.self, SpecExamples.devolucaoResponse2)
        #expect(refused.status == .notDone)
        #expect(refused.motivo == "Negado por timeout")
        #expect(try encodesAs(refused, SpecExamples.devolucaoResponse2))
    }

    @Test func statusAndNatureValuesAreTheSpecEnums() {
        #expect(RefundStatus.allCases.map(\.rawValue) == ["EM_PROCESSAMENTO", "DEVOLVIDO", "NAO_REALIZADO"])
        #expect(
            RefundNature.allCases.map(\.rawValue) == [
                "ORIGINAL", "RETIRADA", "MED_OPERACIONAL", "MED_FRAUDE", "MED_PIX_AUTOMATICO",
            ])
    }

    @Test func requestRules() throws {
        #expect(throws: PixError.invalidAmount(field: "valor", value: "0.00", problem: .notPositive)) {
            try RefundRequest(amount: .zero)
        }
        #expect(
            throws: PixError.unexpectedValue(
                field: "natureza", offset: nil, found: "MED_FRAUDE", expected: ["ORIGINAL", "RETIRADA"])
        ) {
            try RefundRequest(amount: Money(centavos: 100), natureza: .medFraud)
        }
        #expect(throws: PixError.fieldTooLong(field: "descricao", maximum: 140, actual: 141)) {
            try RefundRequest(amount: Money(centavos: 100), descricao: String(repeating: "d", count: 141))
        }
        let withdrawal = try RefundRequest(amount: Money(centavos: 2000), natureza: .withdrawal, descricao: "Troco")
        #expect(try encodesAs(withdrawal, #"{"valor":"20.00","natureza":"RETIRADA","descricao":"Troco"}"#))
    }

    @Test func pathChecksBothIdentifiers() throws {
        #expect(
            try PixAPIPath.refund(endToEndId: "E12345678202009091221abcdef12345", id: "123456")
                == "/pix/E12345678202009091221abcdef12345/devolucao/123456")
        #expect(
            throws: PixError.invalidIdentifier(
                field: "id", value: "dev-1", problem: .invalidCharacter("-", position: 4))
        ) {
            try PixAPIPath.refund(endToEndId: "E12345678202009091221abcdef12345", id: "dev-1")
        }
        #expect(
            throws: PixError.invalidIdentifier(
                field: "id", value: String(repeating: "a", count: 36),
                problem: .wrongLength(allowed: 1...35, actual: 36))
        ) {
            try PixAPIPath.refund(endToEndId: "E12345678202009091221abcdef12345", id: String(repeating: "a", count: 36))
        }
    }
}
