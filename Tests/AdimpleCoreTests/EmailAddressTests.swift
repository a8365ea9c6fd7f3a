import AdimpleCore
import BrazilKit
import Testing

@Suite struct EmailAddressTests {
    @Test(arguments: [
        "maria@exemplo.com.br", "a@b.co", "joao.silva+boletos@empresa-x.com", "joão@exemplo.com.br",
        "financeiro@sub.dominio.gov.br",
    ])
    func plausibleAddressesAreAccepted(text: String) {
        #expect(EmailAddress.isValid(text))
    }

    @Test(arguments: [
        "", "maria", "maria@", "@exemplo.com", "maria@exemplo", "maria@@exemplo.com", "ma ria@exemplo.com",
        "maria@exemplo..com", "maria@exemplo.com.", "maria@-exemplo.com", "maria@exemplo-.com", "maria@exem_plo.com",
        String(repeating: "a", count: 65) + "@exemplo.com", "a@" + String(repeating: "b", count: 250) + ".com",
    ])
    func malformedAddressesAreRefused(text: String) {
        #expect(!EmailAddress.isValid(text))
    }
}
