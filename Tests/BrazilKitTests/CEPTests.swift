import BrazilKit
import Foundation
import Testing

@Suite struct CEPTests {
    @Test(arguments: ["01310-100", "01310100", "01.310-100", " 01310 100 "])
    func acceptsTheUsualWritings(text: String) throws {
        let cep = try CEP(text)
        #expect(cep.digits == "01310100")
        #expect(cep.formatted == "01310-100")
        #expect(cep.description == "01310-100")
    }

    @Test func wrongLengthExplainsItself() throws {
        let error = try #require(throws: FieldFormatError.self) { try CEP("0131010") }
        #expect(error.field == "cep")
        #expect(error.value == "0131010")
        #expect(error.description == "CEP inválido \"0131010\": deve ter 8 dígitos, mas tem 7")
        #expect(error.message(.en) == "Invalid CEP \"0131010\": it must have 8 digits, but has 7")
        #expect(throws: FieldFormatError.self) { try CEP("013101000") }
    }

    @Test(arguments: ["01310-10a", "01310_100", "CEP 01310-100", "０１３１０１００"])
    func refusesCharactersOtherThanDigitsAndHyphen(text: String) throws {
        let error = try #require(throws: FieldFormatError.self) { try CEP(text) }
        #expect(error.reasonPT == "use apenas dígitos e hífen")
    }

    @Test func refusesEmptyAndImpossibleCEPs() throws {
        let empty = try #require(throws: FieldFormatError.self) { try CEP(" ") }
        #expect(empty.reasonEN == "missing")
        let zeros = try #require(throws: FieldFormatError.self) { try CEP("00000-000") }
        #expect(zeros.reasonPT == "não existe CEP começando com 00")
        #expect(try CEP("01000-000").digits == "01000000")
        #expect(try CEP("99999-999").digits == "99999999")
    }

    @Test func codesAsTheEightDigits() throws {
        let data = try JSONEncoder().encode(try CEP("01310-100"))
        #expect(String(decoding: data, as: UTF8.self) == "\"01310100\"")
        #expect(try JSONDecoder().decode(CEP.self, from: Data("\"01310-100\"".utf8)) == CEP("01310100"))
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(CEP.self, from: Data("\"0131\"".utf8)) }
    }
}
