import BrazilKit
import Foundation
import PixKit
import Testing

@Suite struct CobTests {
    @Test func specRequestExampleDecodesAndEncodesBackUnchanged() throws {
        let request = try decodeJSON(CobRequest.self, SpecExamples.cobBody2)
        #expect(request.calendario.expiracao == 3600)
        #expect(request.devedor?.cnpj == "12345678000195")
        #expect(request.devedor?.nome == "Empresa de Serviços SA")
        #expect(request.valor.original.money == Money(centavos: 3700))
        #expect(request.valor.modalidadeAlteracao == .payerMayChange)
        #expect(request.chave == "7d9f0335-8dcc-4054-9bf9-0dbd61d36906")
        #expect(request.infoAdicionais?.count == 2)
        try request.validate()
        #expect(try encodesAs(request, SpecExamples.cobBody2))
    }

    @Test func typedInitialiserBuildsTheSpecRequest() throws {
        let request = try CobRequest(
            key: try PixKey(parsing: "7d9f0335-8dcc-4054-9bf9-0dbd61d36906"), amount: Money(centavos: 3700),
            expiracao: 3600, devedor: Party(taxID: try TaxID("12.345.678/0001-95"), nome: "Empresa de Serviços SA"),
            solicitacaoPagador: "Serviço realizado.",
            infoAdicionais: [
                InfoAdicional(nome: "Campo 1", valor: "Informação Adicional1 do PSP-Recebedor"),
                InfoAdicional(nome: "Campo 2", valor: "Informação Adicional2 do PSP-Recebedor"),
            ])
        var expected = try decodeJSON(CobRequest.self, SpecExamples.cobBody2)
        expected.valor.modalidadeAlteracao = nil
        #expect(request == expected)
    }

    @Test func responseExampleDecodes() throws {
        let response = try decodeJSON(CobResponse.self, SpecExamples.cobResponse1)
        #expect(response.txid == "7978c0c97ea847e78e8849634473c1f1")
        #expect(response.revisao == 0)
        #expect(response.status == .active)
        #expect(response.calendario.criacao == "2020-09-09T20:15:00.358Z")
        #expect(
            response.loc
                == PayloadLocation(
                    id: 789, location: "pix.example.com/qr/9d36b84fc70b478fb95c12729b90ca25", tipoCob: "cob"))
        #expect(response.location == "pix.example.com/qr/9d36b84fc70b478fb95c12729b90ca25")
        #expect(try encodesAs(response, SpecExamples.cobResponse1))
    }

    @Test func paidChargeCarriesItsPixAndRefunds() throws {
        let response = try decodeJSON(CobResponse.self, SpecExamples.cobResponse2)
        #expect(response.status == .completed)
        let pix = try #require(response.pix?.first)
        #expect(pix.endToEndId == "E1234567820200909122120200808008")
        #expect(pix.valor.money == Money(centavos: 11000))
        #expect(pix.devolucoes?.first?.status == .inProcessing)
        #expect(pix.devolucoes?.first?.valor.money == Money(centavos: 1000))
    }

    @Test func locationFromTheResponseMakesTheDynamicBRCode() throws {
        let response = try decodeJSON(CobResponse.self, SpecExamples.cobResponse1)
        let location = try #require(response.location)
        let code = try BRCode.dynamic(location: location, merchantName: "Empresa", merchantCity: "Recife")
        #expect(
            try BRCode(validating: try code.encode()).location == "pix.example.com/qr/9d36b84fc70b478fb95c12729b90ca25")
    }

    @Test func removalPatchBody() throws {
        #expect(try encodesAs(StatusRevision(status: CobStatus.removedByReceiver), SpecExamples.cobBody5))
    }

    @Test func statusValuesAreTheSpecEnum() {
        // The enum, not the prose ("REMOVIDO_…"), is what travels (rails.md §3.3).
        #expect(
            CobStatus.allCases.map(\.rawValue) == [
                "ATIVA", "CONCLUIDA", "REMOVIDA_PELO_USUARIO_RECEBEDOR", "REMOVIDA_PELO_PSP",
            ])
    }

    // MARK: - Validation

    @Test func solicitacaoPagadorIsLimitedTo140() throws {
        var request = try decodeJSON(CobRequest.self, SpecExamples.cobBody2)
        request.solicitacaoPagador = String(repeating: "x", count: 141)
        #expect(throws: PixError.fieldTooLong(field: "solicitacaoPagador", maximum: 140, actual: 141)) {
            try request.validate()
        }
    }

    @Test func infoAdicionaisAreLimitedTo50AndTheirLengths() throws {
        var request = try decodeJSON(CobRequest.self, SpecExamples.cobBody2)
        request.infoAdicionais = Array(repeating: InfoAdicional(nome: "a", valor: "b"), count: 51)
        #expect(throws: PixError.tooManyItems(field: "infoAdicionais", maximum: 50, actual: 51)) {
            try request.validate()
        }
        request.infoAdicionais = [InfoAdicional(nome: String(repeating: "n", count: 51), valor: "b")]
        #expect(throws: PixError.fieldTooLong(field: "infoAdicionais[0].nome", maximum: 50, actual: 51)) {
            try request.validate()
        }
    }

    @Test func devedorPatternsAreChecked() throws {
        var request = try decodeJSON(CobRequest.self, SpecExamples.cobBody2)
        request.devedor = Party(cpf: "123.456.789-09", nome: "Fulano")
        #expect(
            throws: PixError.invalidFormat(
                field: "devedor.cpf", offset: nil, value: "123.456.789-09", pattern: "\\d{11}")
        ) {
            try request.validate()
        }
        request.devedor = Party(cpf: "12345678909", cnpj: "12345678000195", nome: "Fulano")
        #expect(throws: PixError.conflictingFields(field: "devedor.cpf", conflictsWith: "devedor.cnpj")) {
            try request.validate()
        }
        request.devedor = Party(cnpj: "12ABC34501DE35", nome: "Empresa")
        try request.validate()
    }

    @Test func expiryMustBePositive() throws {
        #expect(
            throws: PixError.unexpectedValue(field: "calendario.expiracao", offset: nil, found: "0", expected: ["> 0"])
        ) {
            try CobRequest(key: try PixKey(parsing: "pix@bcb.gov.br"), amount: Money(centavos: 100), expiracao: 0)
        }
    }

    @Test func partyTaxIDIsReadOnlyWhenItChecks() throws {
        #expect(Party(cpf: "12345678909").taxID == .cpf(try CPF("12345678909")))
        // The spec's own examples use CNPJs whose check digits fail; they decode, but are no TaxID.
        #expect(Party(cnpj: "56989000019533").taxID == nil)
    }
}
