import BoletoKit
import BrazilKit
import Foundation
import Testing

@Suite struct BoletoReadingEncodingTests {
    private func json(_ reading: BoletoReading, _ strategy: JSONEncoder.KeyEncodingStrategy = .useDefaultKeys) throws
        -> String
    {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.keyEncodingStrategy = strategy
        return String(decoding: try encoder.encode(reading), as: UTF8.self)
    }

    @Test func encodesTheDocumentedSnakeCaseKeys() throws {
        let reading = try BoletoParser.parse("34196166700000123451101234567880057123457000", today: day(2002, 4, 20))
        let expected = """
            {"amount":{"centavos":12345,"formatted":"R$ 123,45"},"bank_code":"341","bank_name":"Itaú",\
            "barcode":"34196166700000123451101234567880057123457000","campo_livre":"1101234567880057123457000",\
            "campo_livre_fields":{"agencia":"0057","bank":"341","carteira":"110","check_digits_hold":true,\
            "codigo_beneficiario":null,"codigo_cliente":null,"conta":"12345-7","convenio":null,"cooperativa":null,\
            "layout":"standard","modalidade":null,"nosso_numero":"110/12345678-8","posto":null,"seu_numero":null},\
            "checks":{"field1":null,"field2":null,"field3":null,"general":{"expected":6,"found":6,"valid":true}},\
            "currency_code":9,"due_date":"2002-05-01","factor":1667,"kind":"barcode",\
            "linha":"34191.10121 34567.880058 71234.570001 6 16670000012345","payable":true,"problems":[]}
            """
        #expect(try json(reading) == expected)
        // The keys are written explicitly, so an encoder's key strategy cannot rename them.
        #expect(try json(reading, .convertToSnakeCase) == expected)
    }

    @Test func encodesChecksAndProblemsOfALinha() throws {
        let reading = try BoletoParser.parse(
            "34191.10122 34567.880058 71234.570001 6 16670000012345", today: day(2002, 4, 20))
        let object = try #require(
            try JSONSerialization.jsonObject(with: Data(json(reading).utf8)) as? [String: Any])
        let checks = try #require(object["checks"] as? [String: [String: Any]])
        #expect(checks["field1"]?["valid"] as? Bool == false)
        #expect(checks["field1"]?["expected"] as? Int == 1)
        #expect(checks["field1"]?["found"] as? Int == 2)
        #expect(checks["field2"]?["valid"] as? Bool == true)
        #expect(object["payable"] as? Bool == false)
        #expect(object["kind"] as? String == "linha")
        let problems = try #require(object["problems"] as? [[String: Any]])
        #expect(problems.first?["code"] as? String == "field1_check_digit")
        #expect(problems.first?["blocking"] as? Bool == true)
        #expect((problems.first?["pt"] as? String)?.isEmpty == false)
        #expect((problems.first?["en"] as? String)?.isEmpty == false)
    }

    @Test func absentValuesAreNull() throws {
        let reading = try BoletoParser.parse("34191000123456789011101234567880057123457000", today: day(2026, 1, 1))
        let text = try json(reading)
        #expect(text.contains("\"factor\":null"))
        #expect(text.contains("\"due_date\":null"))
    }

    @Test func problemsSpeakBothLanguages() throws {
        let reading = try BoletoParser.parse(
            "34191.10121 34567.880058 71234.570001 6 16670000012346", today: day(2002, 4, 20))
        let problem = try #require(reading.problems.first)
        #expect(problem.message(.ptBR) == problem.pt)
        #expect(problem.message(.en) == problem.en)
        #expect(problem.en.contains("general check digit"))
    }
}
