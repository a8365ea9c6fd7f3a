import PixKit
import Testing

@Suite struct MerchantTextTests {
    @Test(arguments: [
        ("José da Conceição", "Jose da Conceicao"),
        ("ÁGUA-MARINHA Ltda.", "AGUA-MARINHA Ltda."),
        ("Straße Æther", "Strasse AEther"),
        ("  Tab\tand\nnew   line  ", "Tab and new line"),
        ("Café ☕ Bar", "Cafe Bar"),
        ("Αθήνα", ""),
    ])
    func accentsGoAndCaseStays(input: String, expected: String) {
        #expect(MerchantText.normalize(input) == expected)
    }

    @Test func uppercasingIsOptional() {
        #expect(MerchantText.normalize("São Miguél do Ó", letterCase: .uppercased) == "SAO MIGUEL DO O")
    }

    @Test func cuttingToALimitDropsATrailingSpace() {
        #expect(MerchantText.normalize("Belo Horizonte MG", limit: 15) == "Belo Horizonte")
        #expect(MerchantText.normalize("Florianópolis", limit: 15) == "Florianopolis")
        #expect(MerchantText.normalize("Empresa de Cobrança Adimplente Ltda", limit: 25) == "Empresa de Cobranca Adimp")
    }

    @Test func everyOutputCharacterIsPrintableASCII() {
        let text = MerchantText.normalize("Ñandú «Ωmega» — Øresund – Œuvre € 100 ¼")
        #expect(text.utf8.allSatisfy { $0 >= 0x20 && $0 < 0x7F })
        #expect(text.hasPrefix("Nandu"))
    }
}
