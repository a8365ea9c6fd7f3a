import BoletoKit
import BrazilKit
import Testing

@Suite struct CaixaTests {
    /// Caixa-SIGCB manual examples: beneficiário 005507 → DV 7; campo livre 005507722213334777777777 → DV 1,
    /// with nosso número 14 222 333 777777777 spread over positions 27–43.
    @Test func manualCampoLivre() throws {
        let account = BeneficiaryAccount.caixa(agencia: "0001", codigoBeneficiario: "005507")
        let nossoNumero = try account.nossoNumero(sequence: 222_333_777_777_777)
        #expect(nossoNumero.digits == "14222333777777777")
        #expect(try account.campoLivre(for: nossoNumero) == "0055077222133347777777771")
        #expect(account.sequence(inCampoLivre: "0055077222133347777777771") == 222_333_777_777_777)
    }

    /// Caixa-SIGCB: nosso número 14000000000000019 → DV 7.
    @Test func manualNossoNumeroDV() throws {
        let account = BeneficiaryAccount.caixa(agencia: "0001", codigoBeneficiario: "005507")
        let nossoNumero = try account.nossoNumero(sequence: 19)
        #expect(nossoNumero.digits == "14000000000000019")
        #expect(nossoNumero.checkDigit == "7")
        #expect(nossoNumero.formatted == "14000000000000019-7")
    }

    /// brcobranca's Caixa spec: beneficiário 245274, nosso número 1 → 14000000000000001-4 and campo livre.
    @Test func brcobrancaVector() throws {
        let account = BeneficiaryAccount.caixa(agencia: "1825", codigoBeneficiario: "245274")
        let nossoNumero = try account.nossoNumero(sequence: 1)
        #expect(nossoNumero.formatted == "14000000000000001-4")
        #expect(try account.campoLivre(for: nossoNumero) == "2452740000100040000000017")
        #expect(account.agenciaCodigoBeneficiario == "1825/245274-0")
        #expect(
            BeneficiaryAccount.caixa(agencia: "2030", codigoBeneficiario: "654321").agenciaCodigoBeneficiario
                == "2030/654321-9")
        #expect(account.carteiraText == "RG")
    }

    @Test func tamperedCampoLivreIsNotOurs() {
        let account = BeneficiaryAccount.caixa(agencia: "0001", codigoBeneficiario: "005507")
        #expect(account.sequence(inCampoLivre: "0055077222133347777777772") == nil)  // campo livre DV
        #expect(account.sequence(inCampoLivre: "0055078222133347777777771") == nil)  // beneficiário DV
        #expect(account.sequence(inCampoLivre: "0055087222133347777777771") == nil)  // another beneficiário
    }

    @Test func describesTheCampoLivre() throws {
        let description = try #require(BoletoBank.caixa.describeCampoLivre("0055077222133347777777771"))
        #expect(description.codigoBeneficiario == "005507-7")
        #expect(description.nossoNumero?.hasPrefix("14222333777777777-") == true)
        #expect(description.carteira == "RG")
        #expect(description.checkDigitsHold == true)
    }

    @Test func fifteenFreeDigits() {
        let account = BeneficiaryAccount.caixa(agencia: "0001", codigoBeneficiario: "005507")
        #expect(account.maxSequence == 999_999_999_999_999)
        #expect(
            throws: BoletoError.nossoNumeroTooLong(
                sequence: 1_000_000_000_000_000, maximum: 999_999_999_999_999, bank: .caixa)
        ) {
            try account.nossoNumero(sequence: 1_000_000_000_000_000)
        }
    }

    @Test func codigoBeneficiarioHasSixDigits() {
        #expect(
            throws: BoletoError.invalidAccountField(
                field: "codigoBeneficiario", reason: .tooLong(value: "1234567", maximum: 6))
        ) {
            try BeneficiaryAccount.caixa(agencia: "0001", codigoBeneficiario: "1234567").validate()
        }
    }
}
