import BrazilKit
import Foundation
import Testing

@Suite struct CNPJTests {
    @Test(arguments: [
        ("11.222.333/0001-81", "11222333000181", "11.222.333/0001-81", false),
        ("42.318.949/0001-84", "42318949000184", "42.318.949/0001-84", false),
        ("12.ABC.345/01DE-35", "12ABC34501DE35", "12.ABC.345/01DE-35", true),
        ("12.abc.345/01de-35", "12ABC34501DE35", "12.ABC.345/01DE-35", true),
        ("12ABC34501DE35", "12ABC34501DE35", "12.ABC.345/01DE-35", true),
        (" 11222333000181 ", "11222333000181", "11.222.333/0001-81", false),
    ])
    func acceptsNumericAndAlphanumericCNPJs(text: String, value: String, formatted: String, isAlphanumeric: Bool) throws
    {
        let cnpj = try CNPJ(text)
        #expect(cnpj.value == value)
        #expect(cnpj.formatted == formatted)
        #expect(cnpj.description == formatted)
        #expect(cnpj.isAlphanumeric == isAlphanumeric)
    }

    @Test(arguments: [
        ("11.222.333/0001-91", 1, Character("8"), Character("9")),
        ("11.222.333/0001-82", 2, "1", "2"),
        ("42.318.949/0001-74", 1, "8", "7"),
        ("42.318.949/0001-85", 2, "4", "5"),
        ("12.ABC.345/01DE-45", 1, "3", "4"),
        ("12.ABC.345/01DE-36", 2, "5", "6"),
        ("12.ABD.345/01DE-35", 1, "5", "3"),
    ])
    func eachWrongCheckDigitIsReportedWithItsPosition(
        text: String, position: Int, expected: Character, found: Character
    ) {
        #expect(
            throws: DocumentError(
                kind: .cnpj, value: text,
                reason: .wrongCheckDigit(position: position, expected: expected, found: found))
        ) {
            try CNPJ(text)
        }
    }

    @Test func wrongCheckDigitShowsTheMaskedValue() throws {
        let error = try #require(throws: DocumentError.self) { try CNPJ("11222333000182") }
        #expect(error.description == "CNPJ 11.222.333/0001-82 inválido: o 2º dígito verificador deveria ser 1, não 2")
        let alphanumeric = try #require(throws: DocumentError.self) { try CNPJ("12abc34501de36") }
        #expect(alphanumeric.message(.en) == "CNPJ 12.ABC.345/01DE-36 is invalid: check digit 2 should be 5, not 6")
    }

    @Test func lettersInCheckDigitPositionsAreRefused() throws {
        #expect(
            throws: DocumentError(
                kind: .cnpj, value: "12.ABC.345/01DE-3A",
                reason: .invalidCharacter("A", position: 18))
        ) {
            try CNPJ("12.ABC.345/01DE-3A")
        }
        #expect(
            throws: DocumentError(
                kind: .cnpj, value: "12abc34501deX5",
                reason: .invalidCharacter("X", position: 13))
        ) {
            try CNPJ("12abc34501deX5")
        }
        let error = try #require(throws: DocumentError.self) { try CNPJ("12.abc.345/01de-3a") }
        #expect(error.reason == .invalidCharacter("a", position: 18))
        #expect(
            error.description == "CNPJ \"12.abc.345/01de-3a\" inválido: caractere \"a\" não permitido na posição 18")
    }

    @Test(arguments: [
        ("11.222.333/0001-8#", Character("#"), 18), ("1122233300018é", "é", 14), ("11*222333000181", "*", 3),
    ])
    func charactersOutsideDigitsAndLettersAreRefused(text: String, character: Character, position: Int) {
        #expect(
            throws: DocumentError(
                kind: .cnpj, value: text,
                reason: .invalidCharacter(character, position: position))
        ) {
            try CNPJ(text)
        }
    }

    @Test(arguments: ["00.000.000/0000-00", "11111111111111", "99999999999999"])
    func repeatedDigitSequencesAreRefused(text: String) {
        #expect(throws: DocumentError(kind: .cnpj, value: text, reason: .repeatedDigits)) { try CNPJ(text) }
    }

    @Test(arguments: [("11.222.333/0001-8", 13), ("112223330001811", 15), ("12ABC", 5)])
    func wrongLengthsAreRefused(text: String, found: Int) throws {
        let error = try #require(throws: DocumentError.self) { try CNPJ(text) }
        #expect(error == DocumentError(kind: .cnpj, value: text, reason: .wrongLength(expected: [14], found: found)))
        #expect(error.description == "CNPJ \"\(text)\" inválido: deve ter 14 caracteres, mas tem \(found)")
    }

    @Test func emptyInputIsReportedAsMissing() {
        #expect(throws: DocumentError(kind: .cnpj, value: " ./- ", reason: .empty)) { try CNPJ(" ./- ") }
    }

    @Test func checkDigitsFollowTheReceitaExample() {
        #expect(CNPJ.checkDigits(base: "12ABC34501DE") == "35")
        #expect(CNPJ.checkDigits(base: "12abc34501de") == "35")
        #expect(CNPJ.checkDigits(base: "112223330001") == "81")
        #expect(CNPJ.checkDigits(base: "423189490001") == "84")
    }

    @Test(arguments: ["", "12ABC34501D", "12ABC34501DE3", "12ABC34501D!", "12.ABC.345/01DE", "12ÁBC34501DE"])
    func checkDigitsNeedExactlyTwelveCharacters(base: String) {
        #expect(CNPJ.checkDigits(base: base) == nil)
    }

    @Test func generatedAlphanumericCNPJsValidate() throws {
        for base in ["ABCDEFGHIJKL", "ZZZZZZZZ0001", "00000000000A", "A1B2C3D4E5F6", "000000000001"] {
            let digits = try #require(CNPJ.checkDigits(base: base))
            let cnpj = try CNPJ(base + digits)
            #expect(cnpj.value == base + digits)
        }
    }

    @Test func codesAsTheFourteenCharacterString() throws {
        let cnpj = try CNPJ("12.abc.345/01de-35")
        let data = try JSONEncoder().encode(cnpj)
        #expect(String(decoding: data, as: UTF8.self) == "\"12ABC34501DE35\"")
        #expect(try JSONDecoder().decode(CNPJ.self, from: data) == cnpj)
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(CNPJ.self, from: Data("\"12ABC34501DE36\"".utf8))
        }
    }

    @Test func letterCaseDoesNotChangeIdentity() throws {
        #expect(try CNPJ("12.abc.345/01de-35") == CNPJ("12ABC34501DE35"))
    }
}
