import BoletoKit
import BrazilKit
import Testing

@Suite struct SantanderTests {
    let account = BeneficiaryAccount.santander(agencia: "0059", codigoBeneficiario: "1899775", carteira: "101")

    /// Santander-CB p.13: nosso número 566612457800 → DV 2.
    @Test func manualNossoNumeroDV() throws {
        let nossoNumero = try account.nossoNumero(sequence: 566_612_457_800)
        #expect(nossoNumero.checkDigit == "2")
        #expect(nossoNumero.formatted == "566612457800-2")
    }

    /// brcobranca's Santander spec: 90002720 → 000090002720-7; 1961005 → 0.
    @Test func brcobrancaNossoNumeros() throws {
        #expect(try account.nossoNumero(sequence: 90_002_720).formatted == "000090002720-7")
        #expect(try account.nossoNumero(sequence: 1_961_005).checkDigit == "0")
    }

    /// brcobranca's vector used carteira 102; ours is 101, so the campo livre ends in 101 and the general DV
    /// (1) was recomputed independently.
    @Test func fullBarcode() throws {
        let campoLivre = try account.campoLivre(for: account.nossoNumero(sequence: 90_000_267))
        #expect(campoLivre == "9189977500009000026700101")
        let barcode = try Barcode(
            bank: .santander, dueDate: day(2011, 10, 9), amount: reais(2500), campoLivre: campoLivre)
        #expect(barcode.digits == "03391511500000025009189977500009000026700101")
        #expect(barcode.linhaDigitavel.formatted == "03399.18997 77500.009004 00267.001014 1 51150000002500")
        #expect(account.sequence(inCampoLivre: campoLivre) == 90_000_267)
    }

    @Test func describesBrcobrancasCarteira102() throws {
        let description = try #require(BoletoBank.santander.describeCampoLivre("9189977500009000026700102"))
        #expect(description.codigoBeneficiario == "1899775")
        #expect(description.nossoNumero == "000090000267-0")
        #expect(description.carteira == "102")
        #expect(description.checkDigitsHold == true)
        // The same campo livre does not belong to a 101 account.
        #expect(account.sequence(inCampoLivre: "9189977500009000026700102") == nil)
    }

    @Test func carteira102SemRegistroIsRefused() {
        #expect(
            throws: BoletoError.invalidAccountField(
                field: "carteira", reason: .unsupportedValue(value: "102", supported: ["101", "201"]))
        ) {
            try BeneficiaryAccount.santander(agencia: "0059", codigoBeneficiario: "1899775", carteira: "102")
                .validate()
        }
    }

    @Test func fichaTexts() {
        #expect(account.agenciaCodigoBeneficiario == "0059 / 1899775")
        #expect(account.carteiraText == "101")
        #expect(account.maxSequence == 999_999_999_999)
    }
}
