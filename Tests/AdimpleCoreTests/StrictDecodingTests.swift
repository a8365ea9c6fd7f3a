import AdimpleCore
import BrazilKit
import Foundation
import Testing

@Suite struct StrictDecodingTests {
    private func fields(of error: any Error) -> [String] {
        (error as? ValidationError)?.issues.map(\.field) ?? []
    }

    @Test func customerJSONWithUnknownFieldsAndWrongTypesNamesEachOne() throws {
        let json = #"{"name": "Ana", "nome": "x", "emails": "ana@x.com", "address": {"cep": 1310100, "rua": "x"}}"#
        #expect {
            _ = try JSONDecoder().decode(CustomerInput.self, from: Data(json.utf8))
        } throws: { error in
            Set(fields(of: error)) == ["nome", "emails", "address.cep", "address.rua"]
        }
    }

    @Test func chargeJSONRoundTripsWithSnakeCaseKeys() throws {
        let input = ChargeInput(
            customerID: "cus_1", description: "Mensalidade", amount: "1.234,56", dueDate: "2026-12-10", method: "pix",
            externalID: "NF-1")
        let data = try JSONEncoder().encode(input)
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.contains("\"customer_id\""))
        #expect(try JSONDecoder().decode(ChargeInput.self, from: data) == input)
    }

    @Test func chargeJSONRefusesUnknownKeysAndAStringWhereANumberGoes() {
        let json = #"{"customer_id": "cus_1", "amount_centavos": "100", "valor": 1}"#
        #expect {
            _ = try JSONDecoder().decode(ChargeInput.self, from: Data(json.utf8))
        } throws: { error in
            Set(fields(of: error)) == ["amount_centavos", "valor"]
                && (error as? ValidationError)?.message(.ptBR).contains("campo desconhecido") == true
        }
    }

    @Test func aBodyThatIsNotAnObjectIsRefused() {
        #expect(throws: ValidationError.self) {
            _ = try JSONDecoder().decode(CustomerInput.self, from: Data("[1,2]".utf8))
        }
    }
}
