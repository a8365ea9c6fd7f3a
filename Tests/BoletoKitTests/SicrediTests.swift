import BoletoKit
import BrazilKit
import Testing

@Suite struct SicrediTests {
    /// Sicredi-400 §5.4: 0165/02/00623, year 07, byte 2, sequential 00003 → DV 1, printed 07/200003-1.
    @Test func manualNossoNumero() throws {
        let account = BeneficiaryAccount.sicredi(cooperativa: "0165", posto: "02", codigoBeneficiario: "00623")
        let nossoNumero = try account.nossoNumero(sequence: 3, issueYear: 2007)
        #expect(nossoNumero.digits == "07200003")
        #expect(nossoNumero.checkDigit == "1")
        #expect(nossoNumero.formatted == "07/200003-1")
        #expect(try account.nossoNumero(sequence: 3, issueYear: 2026).formatted.hasPrefix("26/200003-"))
    }

    /// Sicredi-400 §10.7: campo livre 310720000310165020062310 + DV 1 (tipo 3). It carries the manual's
    /// nosso número; a tipo-1 account does not claim it, but describe reads it.
    @Test func manualCampoLivre() throws {
        let description = try #require(BoletoBank.sicredi.describeCampoLivre("3107200003101650200623101"))
        #expect(description.nossoNumero == "07/200003-1")
        #expect(description.cooperativa == "0165")
        #expect(description.posto == "02")
        #expect(description.codigoBeneficiario == "00623")
        #expect(description.checkDigitsHold == true)
        #expect(BoletoBank.sicredi.describeCampoLivre("3107200003101650200623100")?.checkDigitsHold == false)
    }

    /// brcobranca's Sicredi spec: 1234.18.12345, year 2012, byte 2, 13871 → 12/213871-5. Its campo livre is
    /// tipo 3; ours is tipo 1 with DV 7, computed independently.
    @Test func brcobrancaVectorWithTipo1() throws {
        let account = BeneficiaryAccount.sicredi(cooperativa: "1234", posto: "18", codigoBeneficiario: "12345")
        let nossoNumero = try account.nossoNumero(sequence: 13871, issueYear: 2012)
        #expect(nossoNumero.formatted == "12/213871-5")
        let campoLivre = try account.campoLivre(for: nossoNumero)
        #expect(campoLivre == "1112213871512341812345107")
        #expect(account.sequence(inCampoLivre: campoLivre) == 13871)
        #expect(account.agenciaCodigoBeneficiario == "1234.18.12345")
        #expect(
            try LinhaDigitavel("74893.11220 13871.512342 18123.451009 1 52220000295295").barcode.campoLivre
                == "3112213871512341812345100")
    }

    @Test func needsTheIssueYear() {
        let account = BeneficiaryAccount.sicredi(cooperativa: "0165", posto: "02", codigoBeneficiario: "00623")
        #expect(throws: BoletoError.invalidAccountField(field: "issueYear", reason: .missing)) {
            try account.nossoNumero(sequence: 3)
        }
    }

    @Test func byteOneIsTheCooperativas() {
        #expect(
            throws: BoletoError.invalidAccountField(field: "byteGeracao", reason: .outOfRange(value: 1, range: 2...9))
        ) {
            try BeneficiaryAccount.sicredi(
                cooperativa: "0165", posto: "02", codigoBeneficiario: "00623", byteGeracao: 1
            )
            .validate()
        }
    }

    @Test func fiveDigitSequential() {
        let account = BeneficiaryAccount.sicredi(cooperativa: "0165", posto: "02", codigoBeneficiario: "00623")
        #expect(account.maxSequence == 99_999)
        #expect(throws: BoletoError.nossoNumeroTooLong(sequence: 100_000, maximum: 99_999, bank: .sicredi)) {
            try account.nossoNumero(sequence: 100_000, issueYear: 2026)
        }
    }

    @Test func nossoNumeroOfAnotherYearStillBuildsItsCampoLivre() throws {
        let account = BeneficiaryAccount.sicredi(cooperativa: "0165", posto: "02", codigoBeneficiario: "00623")
        let nossoNumero = try account.nossoNumero(sequence: 3, issueYear: 2007)
        #expect(try account.campoLivre(for: nossoNumero).hasPrefix("1107200003"))
    }
}
