import BoletoKit
import BrazilKit
import Testing

@Suite struct BoletoBankTests {
    @Test func codesAndNames() {
        #expect(BoletoBank.allCases.map(\.code) == ["001", "033", "104", "237", "341", "748", "756"])
        #expect(BoletoBank.bancoDoBrasil.name == "Banco do Brasil")
        #expect(BoletoBank.itau.name == "Itaú")
        #expect(BoletoBank.sicoob.name == "Sicoob")
    }

    /// The printed forms (001-9, 033-7, 104-0, 237-2, 341-7, 748-X, 756-0) agree with mod 11 of the code:
    /// weights 2, 3, 4 from the right, 11 − remainder, where 11 prints 0 and 10 prints X (Caixa: 0).
    @Test(arguments: BoletoBank.allCases)
    func codeWithDVIsMod11OfTheCode(bank: BoletoBank) {
        let digits = bank.code.compactMap(\.wholeNumberValue)
        let sum = digits[2] * 2 + digits[1] * 3 + digits[0] * 4
        let result = 11 - sum % 11
        let printed: String =
            switch result {
            case 11: "0"
            case 10: bank == .caixa ? "0" : "X"
            default: String(result)
            }
        #expect(bank.codeWithDV == bank.code + "-" + printed)
    }

    @Test func printedCodes() {
        #expect(
            BoletoBank.allCases.map(\.codeWithDV) == ["001-9", "033-7", "104-0", "237-2", "341-7", "748-X", "756-0"])
    }

    @Test func findsByCode() throws {
        #expect(try BoletoBank(code: "341") == .itau)
        #expect(throws: BoletoError.unknownBank(code: "999")) { try BoletoBank(code: "999") }
        #expect(throws: BoletoError.unknownBank(code: "34")) { try BoletoBank(code: "34") }
    }

    @Test func maximumAmounts() {
        #expect(BoletoBank.caixa.maximumAmount == reais(999_999_999))
        #expect(BoletoBank.itau.maximumAmount == reais(999_999_999_999))
    }

    @Test func describeNeeds25Digits() {
        #expect(BoletoBank.itau.describeCampoLivre("110123456788005712345700") == nil)
        #expect(BoletoBank.itau.describeCampoLivre("11012345678800571234570A0") == nil)
    }
}
