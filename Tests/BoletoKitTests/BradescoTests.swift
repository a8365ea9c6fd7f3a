import BoletoKit
import BrazilKit
import Testing

@Suite struct BradescoTests {
    /// Bradesco-400 p.28: carteira 19 with 00000000002 → 8 and 00000000001 → P.
    @Test(arguments: [(Int64(2), "8", "19/00000000002-8"), (1, "P", "19/00000000001-P"), (6, "0", "19/00000000006-0")])
    func manualNossoNumeroDV(sequence: Int64, dv: String, formatted: String) throws {
        let account = BeneficiaryAccount.bradesco(agencia: "1172", conta: "403005", carteira: "19")
        let nossoNumero = try account.nossoNumero(sequence: sequence)
        #expect(nossoNumero.checkDigit == dv)
        #expect(nossoNumero.formatted == formatted)
    }

    /// brcobranca's Bradesco spec (independent implementation).
    @Test(arguments: [
        (
            "1172", "0403005", "06", Int64(75_896_452), day(2009, 4, 30), reais(295_295),
            "23795422300002952951172060007589645204030050"
        ),
        (
            "4042", "61900", "03", 777_700_168, day(2008, 2, 2), reais(13500),
            "23791377000000135004042030077770016800619000"
        ),
    ])
    func fullBarcodes(
        agencia: String, conta: String, carteira: String, sequence: Int64, dueDate: CivilDate, amount: Money,
        code: String
    ) throws {
        let account = BeneficiaryAccount.bradesco(agencia: agencia, conta: conta, carteira: carteira)
        let campoLivre = try account.campoLivre(for: account.nossoNumero(sequence: sequence))
        let barcode = try Barcode(bank: .bradesco, dueDate: dueDate, amount: amount, campoLivre: campoLivre)
        #expect(barcode.digits == code)
        #expect(account.sequence(inCampoLivre: campoLivre) == sequence)
    }

    @Test func fichaTexts() {
        let account = BeneficiaryAccount.bradesco(
            agencia: "4042", conta: "61900", carteira: "9", agenciaDigito: "8", contaDigito: "0")
        #expect(account.agenciaCodigoBeneficiario == "4042-8 / 0061900-0")
        #expect(account.carteiraText == "09")
        #expect(
            BeneficiaryAccount.bradesco(agencia: "4042", conta: "61900", carteira: "09").agenciaCodigoBeneficiario
                == "4042 / 0061900")
    }

    @Test func checkDigitsGivenByTheBankMustBeOneCharacter() {
        #expect(
            throws: BoletoError.invalidAccountField(
                field: "contaDigito", reason: .unsupportedValue(value: "12", supported: ["0–9", "P", "X"]))
        ) {
            try BeneficiaryAccount.bradesco(agencia: "4042", conta: "61900", carteira: "09", contaDigito: "12")
                .validate()
        }
    }

    @Test func describesTheCampoLivre() throws {
        let description = try #require(BoletoBank.bradesco.describeCampoLivre("1172060007589645204030050"))
        #expect(description.agencia == "1172")
        #expect(description.carteira == "06")
        #expect(description.conta == "0403005")
        #expect(description.nossoNumero?.hasPrefix("06/00075896452-") == true)
    }

    @Test func elevenDigitNossoNumero() {
        let account = BeneficiaryAccount.bradesco(agencia: "4042", conta: "61900", carteira: "09")
        #expect(account.maxSequence == 99_999_999_999)
        #expect(
            throws: BoletoError.nossoNumeroTooLong(sequence: 100_000_000_000, maximum: 99_999_999_999, bank: .bradesco)
        ) {
            try account.nossoNumero(sequence: 100_000_000_000)
        }
    }
}
