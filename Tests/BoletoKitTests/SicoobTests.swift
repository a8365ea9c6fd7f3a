import BoletoKit
import BrazilKit
import Testing

@Suite struct SicoobTests {
    /// Sicoob-XLSX: cooperativa 0001, cliente 19, nosso número 21 → DV 8.
    let account = BeneficiaryAccount.sicoob(cooperativa: "0001", codigoCliente: "19")

    @Test func manualNossoNumeroDV() throws {
        let nossoNumero = try account.nossoNumero(sequence: 21)
        #expect(nossoNumero.digits == "0000021")
        #expect(nossoNumero.checkDigit == "8")
        #expect(nossoNumero.formatted == "0000021-8")
    }

    /// Carteira 1, cooperativa 0001, modalidade 01, cliente 0000019, nosso número 0000021-8, parcela 001.
    @Test func campoLivreFollowsTheLayout() throws {
        let campoLivre = try account.campoLivre(for: account.nossoNumero(sequence: 21))
        #expect(campoLivre == "1000101000001900000218001")
        #expect(account.sequence(inCampoLivre: campoLivre) == 21)
        #expect(account.sequence(inCampoLivre: "1000101000001900000217001") == nil)  // wrong DV
        #expect(account.sequence(inCampoLivre: "1000103000001900000218001") == nil)  // modalidade 03
    }

    @Test func describesTheCampoLivre() throws {
        let description = try #require(BoletoBank.sicoob.describeCampoLivre("1000101000001900000218001"))
        #expect(description.cooperativa == "0001")
        #expect(description.modalidade == "01")
        #expect(description.codigoCliente == "0000019")
        #expect(description.nossoNumero == "0000021-8")
        #expect(description.checkDigitsHold == true)
    }

    @Test func fichaTexts() {
        // brcobranca's Sicoob spec prints "3007 / 0318957".
        #expect(
            BeneficiaryAccount.sicoob(cooperativa: "3007", codigoCliente: "318957").agenciaCodigoBeneficiario
                == "3007 / 0318957")
        #expect(account.carteiraText == "1")
        #expect(account.maxSequence == 9_999_999)
    }

    @Test func unsupportedModalidade() {
        #expect(
            throws: BoletoError.invalidAccountField(
                field: "modalidade", reason: .unsupportedValue(value: "02", supported: ["01", "03"]))
        ) {
            try BeneficiaryAccount.sicoob(cooperativa: "0001", codigoCliente: "19", modalidade: "02").validate()
        }
    }
}
