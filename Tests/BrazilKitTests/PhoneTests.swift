import BrazilKit
import Foundation
import Testing

@Suite struct PhoneTests {
    @Test(arguments: [
        "(11) 98765-4321", "11987654321", "+55 11 98765-4321", "5511987654321", "+55 (11) 98765-4321",
        "+5511987654321", "011 98765-4321", " 11 9 8765 4321 ", "11.98765.4321",
    ])
    func acceptsTheUsualWritingsOfAMobile(text: String) throws {
        let phone = try BrazilianPhone(text)
        #expect(phone.ddd == "11")
        #expect(phone.number == "987654321")
        #expect(phone.isMobile)
        #expect(phone.e164 == "+5511987654321")
        #expect(phone.digits == "11987654321")
        #expect(phone.formatted == "(11) 98765-4321")
        #expect(phone.description == "(11) 98765-4321")
    }

    @Test(arguments: ["(11) 3456-7890", "1134567890", "+55 11 3456-7890", "551134567890", "011 3456-7890"])
    func acceptsLandlines(text: String) throws {
        let phone = try BrazilianPhone(text)
        #expect(phone.ddd == "11")
        #expect(phone.number == "34567890")
        #expect(!phone.isMobile)
        #expect(phone.e164 == "+551134567890")
        #expect(phone.formatted == "(11) 3456-7890")
    }

    @Test func areaCode55IsNotMistakenForTheCountryCode() throws {
        let phone = try BrazilianPhone("55 99876-5432")
        #expect(phone.ddd == "55")
        #expect(phone.number == "998765432")
        #expect(try BrazilianPhone("+55 55 99876-5432") == phone)
        #expect(try BrazilianPhone("555599876543 2") == phone)
    }

    @Test func everyAnatelAreaCodeIsAcceptedAndNoOther() throws {
        let valid = Set(
            [
                11...19, 21...22, 24...24, 27...28, 31...35, 37...38, 41...49, 51...51, 53...55, 61...69, 71...71,
                73...75, 77...77, 79...79, 81...89, 91...99,
            ].joined())
        #expect(valid.count == 67)
        for code in 10...99 {
            let text = "(\(code)) 98765-4321"
            if valid.contains(code) {
                #expect(try BrazilianPhone(text).ddd == String(code))
            } else {
                let error = try #require(throws: FieldFormatError.self) { try BrazilianPhone(text) }
                #expect(error.reasonPT == "DDD \(code) não existe")
            }
        }
    }

    @Test func unassignedAreaCodeExplainsItself() throws {
        let error = try #require(throws: FieldFormatError.self) { try BrazilianPhone("(20) 98765-4321") }
        #expect(error.field == "phone")
        #expect(error.description == "Telefone inválido \"(20) 98765-4321\": DDD 20 não existe")
        #expect(error.message(.en) == "Invalid phone number \"(20) 98765-4321\": area code (DDD) 20 does not exist")
    }

    @Test(arguments: [
        ("(11) 88765-4321", "celular com 9 dígitos deve começar com 9"),
        ("(11) 9876-5432", "telefone fixo deve começar com 2, 3, 4 ou 5 (celular tem 9 dígitos)"),
        ("(11) 1234-5678", "telefone fixo deve começar com 2, 3, 4 ou 5 (celular tem 9 dígitos)"),
        ("119876543", "informe DDD e número, com 10 ou 11 dígitos"),
        ("98765-4321", "informe DDD e número, com 10 ou 11 dígitos"),
        ("+55 11 98765-43210", "informe DDD e número, com 10 ou 11 dígitos"),
        ("+1 415 555 1234", "apenas números do Brasil (+55) são aceitos"),
        ("(11) 98765-4321 ramal 2", "use apenas dígitos, espaços, parênteses, hífen e + no início"),
        ("11 98765+4321", "use apenas dígitos, espaços, parênteses, hífen e + no início"),
        ("", "não informado"),
        ("( ) -", "não informado"),
    ])
    func refusesNumbersThatCannotRing(text: String, reasonPT: String) throws {
        let error = try #require(throws: FieldFormatError.self) { try BrazilianPhone(text) }
        #expect(error.reasonPT == reasonPT)
        #expect(error.value == text)
        #expect(!error.reasonEN.isEmpty && error.reasonEN != error.reasonPT)
    }

    @Test func codesAsE164AndDecodesAnyWriting() throws {
        let phone = try BrazilianPhone("(11) 98765-4321")
        let data = try JSONEncoder().encode(phone)
        #expect(String(decoding: data, as: UTF8.self) == "\"+5511987654321\"")
        #expect(try JSONDecoder().decode(BrazilianPhone.self, from: data) == phone)
        #expect(try JSONDecoder().decode(BrazilianPhone.self, from: Data("\"(11) 98765-4321\"".utf8)) == phone)
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(BrazilianPhone.self, from: Data("\"123\"".utf8))
        }
    }

    @Test func fieldErrorsWithOtherFieldsNameThem() {
        let error = FieldFormatError(field: "e-mail", value: "x", reasonPT: "sem @", reasonEN: "no @")
        #expect(error.message(.ptBR) == "e-mail inválido \"x\": sem @")
        #expect(error.message(.en) == "Invalid e-mail \"x\": no @")
    }
}
