import BrazilKit
import Testing

@Suite struct LanguageTests {
    @Test(arguments: ["pt-BR", "pt_BR", "pt", "PT-br", "pt-PT", " pt-BR ", "pt_BR.UTF-8"])
    func portugueseIdentifiersReadAsBrazilianPortuguese(identifier: String) {
        #expect(Language(identifier: identifier) == .ptBR)
    }

    @Test(arguments: ["en", "en-US", "en_GB", "EN", "en_US.UTF-8"])
    func englishIdentifiersReadAsEnglish(identifier: String) {
        #expect(Language(identifier: identifier) == .en)
    }

    @Test(arguments: ["", "es", "es-AR", "fr_FR", "C", "POSIX", "ptx", "-pt", "english"])
    func otherIdentifiersAreRefused(identifier: String) {
        #expect(Language(identifier: identifier) == nil)
    }

    @Test func rawValuesAreLanguageTags() {
        #expect(Language.ptBR.rawValue == "pt-BR")
        #expect(Language.en.rawValue == "en")
        #expect(Language.allCases == [.ptBR, .en])
        #expect(Language(rawValue: "pt-BR") == .ptBR)
    }
}
