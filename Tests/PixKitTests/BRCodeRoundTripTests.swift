import BrazilKit
import PixKit
import Testing

@Suite struct BRCodeRoundTripTests {
    @Test(arguments: BRCodeVectors.all.filter { $0 != BRCodeVectors.staticZeroAmountMixedCase })
    func decodingAndEncodingAgainGivesTheSamePayload(payload: String) throws {
        let code = try BRCode(validating: payload)
        #expect(try code.encode() == payload)
    }

    @Test func aZeroAmountReadsButIsNotWrittenAgain() throws {
        // An older pix-utils wrote "0.00" for "no amount"; payers should be asked instead, so 54 is refused.
        let code = try BRCode(validating: BRCodeVectors.staticZeroAmountMixedCase)
        #expect(code.amount == .zero)
        #expect(throws: PixError.invalidAmount(field: "54", value: "0.00", problem: .notPositive)) { try code.encode() }
    }

    @Test func unknownElementsSurviveAnotherEncoding() throws {
        let payload =
            "00020126640014br.gov.bcb.pix0136123e4567-e12b-12d1-a456-4266554400009902XY52040000530398654031.55802BR5913Fulano de Tal6008BRASILIA61087000000062210506ABC1230707CAIXA0164160002PT0106Fulano9105EXTRA63042BCE"
        let code = try BRCode(validating: payload)
        let again = try BRCode(validating: try code.encode())
        #expect(again == code)
    }

    @Test func builtStaticChargesRoundTrip() throws {
        var generator = SeededGenerator(seed: 2024)
        let names = ["Padaria Pão de Açúcar", "José & Filhos Ltda.", "Ótica Visão", "ÇA VA Crêperie", "Loja 1"]
        let cities = ["São Paulo", "Florianópolis", "Itaú de Minas", "Brasília", "Mogi das Cruzes"]
        let keys = [
            try PixKey(parsing: "529.982.247-25"), try PixKey(parsing: "12.ABC.345/01DE-35"),
            try PixKey(parsing: "+55 (11) 98765-4321"), try PixKey(parsing: "Financeiro@Empresa.com.br"),
            try PixKey(parsing: "123e4567-e12b-12d1-a456-426655440000"),
        ]
        for round in 0..<200 {
            let amount: Money? =
                round % 4 == 0 ? nil : Money(centavos: Int64.random(in: 1...999_999_999_999, using: &generator))
            let txid: String? =
                round % 3 == 0
                ? nil
                : try Txid.generate(
                    for: .staticBRCode, length: Int.random(in: 1...25, using: &generator), using: &generator)
            let code = try BRCode.staticCharge(
                key: keys[round % keys.count], amount: amount, merchantName: names[round % names.count],
                merchantCity: cities[(round / 5) % cities.count], txid: txid,
                description: round % 2 == 0 ? nil : "Fatura nº \(round)")
            let payload = try code.encode()
            let decoded = try BRCode.decode(payload)
            #expect(decoded.crc.isValid)
            #expect(decoded.code == code)
        }
    }

    @Test func builtDynamicChargeRoundTrips() throws {
        let code = try BRCode.dynamic(
            location: "pix.example.com/qr/v2/2353c790eefb11eaadc10242ac120002", merchantName: "Adimple Cobranças",
            merchantCity: "Goiânia", amount: Money(centavos: 12345))
        #expect(try BRCode(validating: try code.encode()) == code)
    }
}
