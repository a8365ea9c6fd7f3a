import BrazilKit
import Foundation
import Testing

@Suite struct TaxIDTests {
    @Test func elevenCharactersReadAsACPF() throws {
        let taxID = try TaxID("529.982.247-25")
        #expect(taxID == .cpf(try CPF("52998224725")))
        #expect(taxID.isPerson)
        #expect(taxID.normalized == "52998224725")
        #expect(taxID.formatted == "529.982.247-25")
        #expect(taxID.description == "529.982.247-25")
    }

    @Test func fourteenCharactersReadAsACNPJ() throws {
        let numeric = try TaxID("11.222.333/0001-81")
        #expect(numeric == .cnpj(try CNPJ("11222333000181")))
        #expect(!numeric.isPerson)
        #expect(numeric.formatted == "11.222.333/0001-81")

        let alphanumeric = try TaxID("12.abc.345/01de-35")
        #expect(alphanumeric.normalized == "12ABC34501DE35")
        #expect(alphanumeric.formatted == "12.ABC.345/01DE-35")
    }

    @Test(arguments: [("123456789012", 12), ("1234567890", 10), ("1", 1), ("123456789012345", 15)])
    func otherLengthsNameBothDocuments(text: String, found: Int) throws {
        let error = try #require(throws: DocumentError.self) { try TaxID(text) }
        #expect(
            error == DocumentError(kind: .taxID, value: text, reason: .wrongLength(expected: [11, 14], found: found)))
        #expect(error.description == "CPF/CNPJ \"\(text)\" inválido: deve ter 11 ou 14 caracteres, mas tem \(found)")
        #expect(
            error.message(.en) == "CPF/CNPJ \"\(text)\" is invalid: it must have 11 or 14 characters, but has \(found)")
    }

    @Test func emptyInputNamesBothDocuments() throws {
        let error = try #require(throws: DocumentError.self) { try TaxID("  ") }
        #expect(error == DocumentError(kind: .taxID, value: "  ", reason: .empty))
        #expect(error.description == "CPF/CNPJ não informado")
    }

    @Test func theChosenDocumentReportsItsOwnMistakes() {
        #expect(
            throws: DocumentError(
                kind: .cpf, value: "529.982.247-24",
                reason: .wrongCheckDigit(position: 2, expected: "5", found: "4"))
        ) {
            try TaxID("529.982.247-24")
        }
        #expect(
            throws: DocumentError(
                kind: .cpf, value: "5299822472A",
                reason: .invalidCharacter("A", position: 11))
        ) {
            try TaxID("5299822472A")
        }
        #expect(
            throws: DocumentError(
                kind: .cnpj, value: "11.222.333/0001-82",
                reason: .wrongCheckDigit(position: 2, expected: "1", found: "2"))
        ) {
            try TaxID("11.222.333/0001-82")
        }
    }

    @Test func foreignCharactersAreRefusedBeforeCounting() {
        #expect(
            throws: DocumentError(
                kind: .taxID, value: "529.982.247-2#",
                reason: .invalidCharacter("#", position: 14))
        ) {
            try TaxID("529.982.247-2#")
        }
    }

    @Test func normalizeKeepsOnlyLettersAndDigitsUppercased() {
        #expect(TaxID.normalize("12.abc.345/01de-35") == "12ABC34501DE35")
        #expect(TaxID.normalize(" 529.982.247-25 ") == "52998224725")
        #expect(TaxID.normalize("(11) 222_333") == "11222333")
        #expect(TaxID.normalize("") == "")
    }

    @Test func codesAsTheNormalizedString() throws {
        let ids = [try TaxID("529.982.247-25"), try TaxID("12.ABC.345/01DE-35")]
        let data = try JSONEncoder().encode(ids)
        #expect(String(decoding: data, as: UTF8.self) == "[\"52998224725\",\"12ABC34501DE35\"]")
        #expect(try JSONDecoder().decode([TaxID].self, from: data) == ids)
        #expect(
            try JSONDecoder().decode(TaxID.self, from: Data("\"11.222.333/0001-81\"".utf8)) == TaxID("11222333000181"))
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(TaxID.self, from: Data("\"123\"".utf8)) }
    }
}
