import BrazilKit
import Foundation
import PixKit
import Testing

@Suite struct CobVTests {
    @Test func specRequestWithStringModalitiesDecodes() throws {
        // cobBody1 writes "modalidade": "2" although the schema says integer.
        let request = try decodeJSON(CobVRequest.self, SpecExamples.cobBody1)
        #expect(request.calendario.dataDeVencimento == CivilDate(year: 2020, month: 12, day: 31))
        #expect(request.calendario.validadeAposVencimento == 30)
        #expect(request.loc?.id == 789)
        #expect(request.devedor.cpf == "12345678909")
        #expect(request.devedor.cep == "70011750")
        #expect(request.valor.original.money == Money(centavos: 12345))
        #expect(
            request.valor.multa
                == ValorPercAdjustment(modalidade: .percentage, valorPerc: try PixAmount(parsing: "15.00")))
        #expect(request.valor.multa?.valorPerc.basisPoints == 1500)
        #expect(request.valor.juros?.modalidade == .percentPerDayCalendarDays)
        #expect(request.valor.juros?.valorPerc.basisPoints == 200)
        let desconto = try #require(request.valor.desconto)
        #expect(desconto.modalidade == .fixedAmountUntilDates)
        #expect(
            desconto.descontoDataFixa == [
                DescontoDataFixa(data: try CivilDate(iso: "2020-11-30"), valorPerc: try PixAmount(parsing: "30.00"))
            ])
        try request.validate()
    }

    @Test func modalitiesAreWrittenAsIntegers() throws {
        let request = try decodeJSON(CobVRequest.self, SpecExamples.cobBody1)
        let json = String(decoding: try JSONEncoder().encode(request.valor.multa), as: UTF8.self)
        #expect(json.contains(#""modalidade":2"#))
    }

    @Test func modalityCodesMatchTheSpecTables() {
        #expect(AmountOrPercentage.allCases.map(\.rawValue) == [1, 2])
        #expect(JurosModalidade.allCases.map(\.rawValue) == Array(1...8))
        #expect(JurosModalidade(rawValue: 5) == .amountPerBusinessDay)
        #expect(JurosModalidade(rawValue: 3) == .percentPerMonthCalendarDays)
        #expect(DescontoModalidade.allCases.map(\.rawValue) == Array(1...6))
        #expect(
            DescontoModalidade.allCases.filter(\.usesFixedDates) == [.fixedAmountUntilDates, .percentageUntilDates])
    }

    @Test func unknownModalityIsRefused() {
        #expect(throws: DecodingError.self) {
            try decodeJSON(ValorPercAdjustment.self, #"{"modalidade":3,"valorPerc":"1.00"}"#)
        }
    }

    @Test func responseExampleDecodesWithItsReceiver() throws {
        let response = try decodeJSON(CobVResponse.self, SpecExamples.cobResponse4)
        #expect(response.status == .active)
        #expect(response.calendario.criacao == "2020-09-09T20:15:00.358Z")
        #expect(response.loc?.tipoCob == "cobv")
        #expect(response.recebedor?.nome == "Empresa de Logística SA")
        #expect(response.recebedor?.cnpj == "56989000019533")
        #expect(try encodesAs(response, SpecExamples.cobResponse4))
    }

    // MARK: - Desconto rules (rails.md §3.3)

    private func request(desconto: Desconto) throws -> CobVRequest {
        var request = try decodeJSON(CobVRequest.self, SpecExamples.cobBody1)
        request.valor.desconto = desconto
        return request
    }

    @Test func fixedDateDiscountsMayNotBeAfterTheDueDate() throws {
        let late = try request(
            desconto: Desconto(
                modalidade: .fixedAmountUntilDates,
                descontoDataFixa: [
                    DescontoDataFixa(data: try CivilDate(iso: "2021-01-01"), valorPerc: try PixAmount(parsing: "1.00"))
                ]))
        #expect(
            throws: PixError.unexpectedValue(
                field: "valor.desconto.descontoDataFixa[0].data", offset: nil, found: "2021-01-01",
                expected: ["<= 2020-12-31"])
        ) { try late.validate() }
        // On the due date itself is allowed since 2.6.3.
        let onTheDay = try request(
            desconto: Desconto(
                modalidade: .percentageUntilDates,
                descontoDataFixa: [
                    DescontoDataFixa(data: try CivilDate(iso: "2020-12-31"), valorPerc: try PixAmount(parsing: "1.00"))
                ]))
        try onTheDay.validate()
    }

    @Test func fixedDateDiscountsNeedOneToThreeDates() throws {
        #expect(throws: PixError.missingField(field: "valor.desconto.descontoDataFixa")) {
            try request(desconto: Desconto(modalidade: .fixedAmountUntilDates)).validate()
        }
        let four = try (1...4).map {
            DescontoDataFixa(data: try CivilDate(iso: "2020-11-0\($0)"), valorPerc: try PixAmount(parsing: "1.00"))
        }
        #expect(throws: PixError.tooManyItems(field: "valor.desconto.descontoDataFixa", maximum: 3, actual: 4)) {
            try request(desconto: Desconto(modalidade: .fixedAmountUntilDates, descontoDataFixa: four)).validate()
        }
    }

    @Test func perDayDiscountsNeedOneValorPerc() throws {
        #expect(throws: PixError.missingField(field: "valor.desconto.valorPerc")) {
            try request(desconto: Desconto(modalidade: .amountPerBusinessDayEarly)).validate()
        }
        try request(
            desconto: Desconto(modalidade: .percentagePerCalendarDayEarly, valorPerc: try PixAmount(parsing: "0.05"))
        ).validate()
    }

    @Test func devedorIsRequiredWithDocumentAndName() throws {
        var request = try decodeJSON(CobVRequest.self, SpecExamples.cobBody1)
        request.devedor = Party(nome: "Francisco da Silva")
        #expect(throws: PixError.missingField(field: "devedor.cpf")) { try request.validate() }
        request.devedor = Party(cpf: "12345678909")
        #expect(throws: PixError.missingField(field: "devedor.nome")) { try request.validate() }
        request.devedor = Party(cpf: "12345678909", nome: "F", uf: "PER")
        #expect(throws: PixError.fieldTooLong(field: "devedor.uf", maximum: 2, actual: 3)) { try request.validate() }
    }
}
