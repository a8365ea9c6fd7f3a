import BrazilKit
import Foundation
import PixKit
import Testing

@Suite struct PixKeyTests {
    // MARK: - Detection (rails.md §3.2, §4)

    @Test(arguments: [
        ("529.982.247-25", PixKey.Kind.cpf, "52998224725"),
        ("52998224725", .cpf, "52998224725"),
        ("111.444.777-35", .cpf, "11144477735"),
        ("11.222.333/0001-81", .cnpj, "11222333000181"),
        ("42318949000184", .cnpj, "42318949000184"),
        ("12.ABC.345/01DE-35", .cnpj, "12ABC34501DE35"),
        ("12abc34501de35", .cnpj, "12ABC34501DE35"),
        ("pix@bcb.gov.br", .email, "pix@bcb.gov.br"),
        ("Pix@BCB.gov.br", .email, "pix@bcb.gov.br"),
        ("+5561998765432", .phone, "+5561998765432"),
        ("+55 (11) 98765-4321", .phone, "+5511987654321"),
        ("  +55 11 3456-7890 ", .phone, "+551134567890"),
        ("123e4567-e12b-12d1-a456-426655440000", .random, "123e4567-e12b-12d1-a456-426655440000"),
        ("123E4567-E12B-12D1-A456-426655440000", .random, "123e4567-e12b-12d1-a456-426655440000"),
    ])
    func typeIsDetectedAndValueNormalised(text: String, kind: PixKey.Kind, value: String) throws {
        let key = try PixKey(parsing: text)
        #expect(key.kind == kind)
        #expect(key.value == value)
    }

    @Test func elevenDigitsWithValidCheckDigitsAreACPFEvenIfTheyLookLikeAPhone() throws {
        // 119876543-74 is a valid CPF and also reads as "(11) 98765-4374".
        let key = try PixKey(parsing: "11987654374")
        #expect(key.kind == .cpf)
        #expect(key.taxID == .cpf(try CPF("119.876.543-74")))
        // Chosen explicitly as a phone, the same digits are a phone key.
        #expect(try PixKey("11987654374", kind: .phone).value == "+5511987654374")
    }

    @Test func elevenDigitsThatAreNoCPFAskForThePlus55() {
        #expect {
            try PixKey(parsing: "11987654321")
        } throws: { error in
            guard case .invalidKey(_, .notCPFNorPhone(let document)) = error as? PixError else { return false }
            return document.kind == .cpf
        }
    }

    @Test(arguments: ["(11) 98765-4321", "1134567890", "5511987654321", "551134567890"])
    func phonesWithoutPlus55AreRefused(text: String) {
        #expect(throws: PixError.invalidKey(value: text, problem: .phoneWithoutCountryCode)) {
            try PixKey(parsing: text)
        }
    }

    @Test func foreignPhonesAreRefused() {
        #expect(throws: PixError.invalidKey(value: "+1 202 555 0100", problem: .foreignPhone)) {
            try PixKey(parsing: "+1 202 555 0100")
        }
    }

    @Test func brazilianPhoneRulesApply() {
        // Eight digits starting with 8: an old mobile number, no longer valid (BrazilKit's BrazilianPhone).
        #expect {
            try PixKey(parsing: "+55 11 8765-4321")
        } throws: { error in
            guard case .invalidKey(_, .invalidPhone(let reason)) = error as? PixError else { return false }
            return reason.field == "phone"
        }
    }

    @Test func areaCodesMustExist() {
        // DICT's own example "+5510998765432" uses area code 10, which Anatel never assigned.
        #expect {
            try PixKey(parsing: "+5510998765432")
        } throws: { error in
            guard case .invalidKey(_, .invalidPhone) = error as? PixError else { return false }
            return true
        }
    }

    @Test func explicitPhoneMayOmitTheCountryCode() throws {
        #expect(try PixKey("(11) 98765-4321", kind: .phone).value == "+5511987654321")
    }

    // MARK: - E-mail

    @Test func emailAtTheLimitOf77IsAccepted() throws {
        let address = String(repeating: "a", count: 66) + "@bcb.gov.br"
        #expect(address.count == 77)
        #expect(try PixKey.email(address).value == address)
    }

    @Test func emailOver77IsRefused() {
        let address = String(repeating: "a", count: 67) + "@bcb.gov.br"
        #expect(throws: PixError.invalidKey(value: address, problem: .tooLong(actual: 78))) {
            try PixKey.email(address)
        }
    }

    @Test func emailCharactersFollowTheDICTPattern() throws {
        #expect(try PixKey.email("o'neil+pix_1{x}@sub-dominio.com.br").value == "o'neil+pix_1{x}@sub-dominio.com.br")
        #expect(throws: PixError.invalidKey(value: "ful%ano@x.com", problem: .emailInvalidCharacter("%", position: 4)))
        {
            try PixKey.email("ful%ano@x.com")
        }
        #expect(
            throws: PixError.invalidKey(
                value: "fulano@exa_mple.com", problem: .emailInvalidCharacter("_", position: 11))
        ) {
            try PixKey.email("fulano@exa_mple.com")
        }
        #expect(throws: PixError.invalidKey(value: "joão@x.com", problem: .emailInvalidCharacter("ã", position: 3))) {
            try PixKey.email("joão@x.com")
        }
    }

    @Test(arguments: ["fulano@", "fulano@-x.com", "fulano@x..com", "fulano@x.com-"])
    func emailDomainsMustBeDNSLabels(address: String) {
        #expect(throws: PixError.invalidKey(value: address, problem: .emailInvalidDomain)) { try PixKey.email(address) }
    }

    @Test func emailNeedsExactlyOneAtSign() {
        #expect(throws: PixError.invalidKey(value: "a@b@c.com", problem: .emailWithoutAtSign)) {
            try PixKey(parsing: "a@b@c.com")
        }
        #expect(throws: PixError.invalidKey(value: "@bcb.gov.br", problem: .emailWithoutAtSign)) {
            try PixKey(parsing: "@bcb.gov.br")
        }
    }

    // MARK: - Other refusals

    @Test func randomKeyMustBeHex() {
        let text = "123e4567-e12b-12d1-a456-42665544000g"
        #expect(throws: PixError.invalidKey(value: text, problem: .invalidRandomKey)) { try PixKey(parsing: text) }
    }

    @Test func cnpjWithWrongCheckDigitSaysWhich() {
        #expect(
            throws: PixError.invalidKey(
                value: "11.222.333/0001-82",
                problem: .invalidCNPJ(
                    DocumentError(
                        kind: .cnpj, value: "11.222.333/0001-82",
                        reason: .wrongCheckDigit(position: 2, expected: "1", found: "2"))))
        ) {
            try PixKey(parsing: "11.222.333/0001-82")
        }
    }

    @Test(arguments: ["", "   ", "\n"])
    func emptyTextIsRefused(text: String) {
        #expect(throws: PixError.invalidKey(value: text, problem: .empty)) { try PixKey(parsing: text) }
    }

    @Test func unrecognisableTextIsRefused() {
        #expect(throws: PixError.invalidKey(value: "chave qualquer", problem: .unrecognised)) {
            try PixKey(parsing: "chave qualquer")
        }
        #expect(throws: PixError.invalidKey(value: "12345", problem: .unrecognised)) { try PixKey(parsing: "12345") }
    }

    @Test func explicitKindDoesNotGuess() {
        #expect {
            try PixKey("pix@bcb.gov.br", kind: .cpf)
        } throws: { error in
            guard case .invalidKey(_, .invalidCPF) = error as? PixError else { return false }
            return true
        }
    }

    // MARK: - Codable

    @Test func encodesAsItsValueAndDecodesByParsing() throws {
        let key = try PixKey(parsing: "+55 (11) 98765-4321")
        let data = try JSONEncoder().encode([key])
        #expect(String(decoding: data, as: UTF8.self) == #"["+5511987654321"]"#)
        #expect(try JSONDecoder().decode([PixKey].self, from: data) == [key])
        #expect(throws: DecodingError.self) { try JSONDecoder().decode([PixKey].self, from: Data(#"["nope"]"#.utf8)) }
    }

    @Test func kindRawValuesAreDICTNames() {
        #expect(PixKey.Kind.allCases.map(\.rawValue) == ["CPF", "CNPJ", "PHONE", "EMAIL", "EVP"])
    }
}
