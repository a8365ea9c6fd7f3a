import BrazilKit
import Foundation
import Testing

@Suite struct CPFTests {
    @Test(arguments: [
        ("529.982.247-25", "52998224725"),
        ("52998224725", "52998224725"),
        (" 529 982 247 25 ", "52998224725"),
        ("529982247/25", "52998224725"),
        ("529.982.247\u{2013}25", "52998224725"),  // an en dash pasted from a word processor
        ("111.444.777-35", "11144477735"),
    ])
    func acceptsValidCPFsWithOrWithoutMask(text: String, digits: String) throws {
        let cpf = try CPF(text)
        #expect(cpf.digits == digits)
    }

    @Test func formatsWithTheUsualMask() throws {
        #expect(try CPF("52998224725").formatted == "529.982.247-25")
        #expect(try CPF("11144477735").description == "111.444.777-35")
    }

    @Test func wrongFirstCheckDigitIsReportedWithItsPosition() {
        #expect(
            throws: DocumentError(
                kind: .cpf, value: "529.982.247-35",
                reason: .wrongCheckDigit(position: 1, expected: "2", found: "3"))
        ) {
            try CPF("529.982.247-35")
        }
        #expect(
            throws: DocumentError(
                kind: .cpf, value: "11144477745",
                reason: .wrongCheckDigit(position: 1, expected: "3", found: "4"))
        ) {
            try CPF("11144477745")
        }
    }

    @Test func wrongSecondCheckDigitIsReportedWithItsPosition() throws {
        let error = try #require(throws: DocumentError.self) { try CPF("529.982.247-24") }
        #expect(error.reason == .wrongCheckDigit(position: 2, expected: "5", found: "4"))
        #expect(error.description == "CPF 529.982.247-24 inválido: o 2º dígito verificador deveria ser 5, não 4")
        #expect(error.message(.en) == "CPF 529.982.247-24 is invalid: check digit 2 should be 5, not 4")
        #expect(
            throws: DocumentError(
                kind: .cpf, value: "11144477736",
                reason: .wrongCheckDigit(position: 2, expected: "5", found: "6"))
        ) {
            try CPF("11144477736")
        }
    }

    @Test(arguments: 0...9)
    func repeatedDigitSequencesAreRefused(digit: Int) {
        let text = String(repeating: String(digit), count: 11)
        #expect(throws: DocumentError(kind: .cpf, value: text, reason: .repeatedDigits)) { try CPF(text) }
    }

    @Test func repeatedDigitsExplainThemselves() throws {
        let error = try #require(throws: DocumentError.self) { try CPF("111.111.111-11") }
        #expect(error.description == "CPF 111.111.111-11 inválido: sequência de dígitos repetidos")
    }

    @Test(arguments: [("5299822472", 10), ("529982247250", 12), ("1", 1), ("529.982.247-2", 10)])
    func wrongLengthsAreRefused(text: String, found: Int) {
        #expect(throws: DocumentError(kind: .cpf, value: text, reason: .wrongLength(expected: [11], found: found))) {
            try CPF(text)
        }
    }

    @Test func wrongLengthExplainsItself() throws {
        let error = try #require(throws: DocumentError.self) { try CPF("5299822472") }
        #expect(error.description == "CPF \"5299822472\" inválido: deve ter 11 dígitos, mas tem 10")
        #expect(error.message(.en) == "CPF \"5299822472\" is invalid: it must have 11 digits, but has 10")
    }

    @Test func lettersAreRefusedAtTheirPositionInTheTypedText() throws {
        #expect(
            throws: DocumentError(
                kind: .cpf, value: "529.982.24A-25",
                reason: .invalidCharacter("A", position: 11))
        ) {
            try CPF("529.982.24A-25")
        }
        #expect(
            throws: DocumentError(
                kind: .cpf, value: "a52998224725",
                reason: .invalidCharacter("a", position: 1))
        ) {
            try CPF("a52998224725")
        }
        // Positions count characters as people see them, even after pasted NBSPs or a CR LF pair.
        #expect(
            throws: DocumentError(
                kind: .cpf, value: "529\u{00A0}982.24A-25",
                reason: .invalidCharacter("A", position: 11))
        ) {
            try CPF("529\u{00A0}982.24A-25")
        }
        #expect(
            throws: DocumentError(
                kind: .cpf, value: "\r\n5299822472A",
                reason: .invalidCharacter("A", position: 12))
        ) {
            try CPF("\r\n5299822472A")
        }
        let error = try #require(throws: DocumentError.self) { try CPF("529_982_247_25") }
        #expect(error.description == "CPF \"529_982_247_25\" inválido: caractere \"_\" não permitido na posição 4")
        #expect(error.message(.en) == "CPF \"529_982_247_25\" is invalid: character \"_\" is not allowed at position 4")
    }

    @Test(arguments: ["", "   ", ".-/", "\n"])
    func emptyInputIsReportedAsMissing(text: String) throws {
        let error = try #require(throws: DocumentError.self) { try CPF(text) }
        #expect(error == DocumentError(kind: .cpf, value: text, reason: .empty))
        #expect(error.description == "CPF não informado")
        #expect(error.message(.en) == "CPF is missing")
    }

    @Test func checkDigitsCompleteANineDigitBase() throws {
        #expect(CPF.checkDigits(base: "529982247") == "25")
        #expect(CPF.checkDigits(base: "111444777") == "35")
        #expect(CPF.checkDigits(base: "000000001") == "91")
        for base in ["123456789", "987654321", "000000019", "390533447", "100000000"] {
            let digits = try #require(CPF.checkDigits(base: base))
            #expect(try CPF(base + digits).digits == base + digits)
        }
    }

    @Test(arguments: ["", "52998224", "5299822470", "52998224a", "529.982.247", "５２９９８２２４７"])
    func checkDigitsNeedExactlyNineDigits(base: String) {
        #expect(CPF.checkDigits(base: base) == nil)
    }

    @Test func codesAsTheElevenDigitString() throws {
        let cpf = try CPF("529.982.247-25")
        let data = try JSONEncoder().encode([cpf])
        #expect(String(decoding: data, as: UTF8.self) == "[\"52998224725\"]")
        #expect(try JSONDecoder().decode([CPF].self, from: Data("[\"529.982.247-25\"]".utf8)) == [cpf])
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode([CPF].self, from: Data("[\"529.982.247-24\"]".utf8))
        }
    }

    @Test func equalCPFsTypedDifferentlyAreEqual() throws {
        #expect(try CPF("529.982.247-25") == CPF("52998224725"))
        #expect(try Set([CPF("529.982.247-25"), CPF(" 52998224725")]).count == 1)
    }
}
