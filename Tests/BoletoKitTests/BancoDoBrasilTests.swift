import BoletoKit
import BrazilKit
import Testing

@Suite struct BancoDoBrasilTests {
    /// BB-Bloqueto Anexo XI: the nosso-número DV of 05009401448 is 1 (convênio 0500, sequence 9401448).
    @Test func manualNossoNumeroDV() throws {
        let account = BeneficiaryAccount.bancoDoBrasil(
            agencia: "4042", conta: "61900", convenio: "0500", carteira: "18")
        let nossoNumero = try account.nossoNumero(sequence: 9_401_448)
        #expect(nossoNumero.digits == "05009401448")
        #expect(nossoNumero.checkDigit == "1")
        #expect(nossoNumero.formatted == "05009401448-1")
    }

    /// brcobranca's BB spec vectors (R$ 135,00) for each convênio length.
    @Test(arguments: [
        (
            "1238", Int64(123_456), day(2008, 2, 1), "1238012345640420006190018",
            "00191376900000135001238012345640420006190018"
        ),
        (
            "123879", 1234, day(2008, 2, 1), "1238790123440420006190018",
            "00192376900000135001238790123440420006190018"
        ),
        (
            "1238798", 7_777_700_168, day(2008, 2, 3), "0000001238798777770016818",
            "00193377100000135000000001238798777770016818"
        ),
    ])
    func convenioLayouts(convenio: String, sequence: Int64, dueDate: CivilDate, campoLivre: String, code: String)
        throws
    {
        let account = BeneficiaryAccount.bancoDoBrasil(
            agencia: "4042", conta: "61900", convenio: convenio, carteira: "18")
        let nossoNumero = try account.nossoNumero(sequence: sequence)
        #expect(try account.campoLivre(for: nossoNumero) == campoLivre)
        let barcode = try Barcode(bank: .bancoDoBrasil, dueDate: dueDate, amount: reais(13500), campoLivre: campoLivre)
        #expect(barcode.digits == code)
        #expect(account.sequence(inCampoLivre: campoLivre) == sequence)
    }

    @Test func sevenDigitConvenioHasSeventeenDigitsAndNoDV() throws {
        let account = BeneficiaryAccount.bancoDoBrasil(
            agencia: "4042", conta: "61900", convenio: "1238798", carteira: "18")
        let nossoNumero = try account.nossoNumero(sequence: 7_777_700_168)
        #expect(nossoNumero.formatted == "12387987777700168")
        #expect(nossoNumero.checkDigit == nil)
    }

    @Test func maximumSequenceDependsOnTheConvenio() {
        func account(_ convenio: String) -> BeneficiaryAccount {
            .bancoDoBrasil(agencia: "4042", conta: "61900", convenio: convenio, carteira: "18")
        }
        #expect(account("1238").maxSequence == 9_999_999)
        #expect(account("123879").maxSequence == 99_999)
        #expect(account("1238798").maxSequence == 9_999_999_999)
        #expect(throws: BoletoError.nossoNumeroTooLong(sequence: 100_000, maximum: 99_999, bank: .bancoDoBrasil)) {
            try account("123879").nossoNumero(sequence: 100_000)
        }
    }

    /// brcobranca: "4042-8 / 00061900-0" and "0548-7 / 00001448-6".
    @Test func agenciaAndContaWithTheirDVs() {
        #expect(
            BeneficiaryAccount.bancoDoBrasil(agencia: "4042", conta: "61900", convenio: "1238798", carteira: "18")
                .agenciaCodigoBeneficiario == "4042-8 / 00061900-0")
        #expect(
            BeneficiaryAccount.bancoDoBrasil(agencia: "0548", conta: "1448", convenio: "1238798", carteira: "17")
                .agenciaCodigoBeneficiario == "0548-7 / 00001448-6")
    }

    @Test func convenioLengthMustBe4Or6Or7() {
        #expect(
            throws: BoletoError.invalidAccountField(
                field: "convenio", reason: .unsupportedLength(value: "12387989", supported: [4, 6, 7]))
        ) {
            try BeneficiaryAccount.bancoDoBrasil(agencia: "4042", conta: "61900", convenio: "12387989", carteira: "18")
                .validate()
        }
    }

    @Test func carteira21IsReservedWithShortConvenios() {
        #expect(
            throws: BoletoError.invalidAccountField(field: "carteira", reason: .reservedForFreeNossoNumero(value: "21"))
        ) {
            try BeneficiaryAccount.bancoDoBrasil(agencia: "4042", conta: "61900", convenio: "123879", carteira: "21")
                .validate()
        }
    }

    @Test func campoLivreOfAnotherAccountIsNotOurs() {
        let account = BeneficiaryAccount.bancoDoBrasil(
            agencia: "4042", conta: "61900", convenio: "1238", carteira: "18")
        #expect(account.sequence(inCampoLivre: "1238012345640420006190018") == 123_456)
        #expect(account.sequence(inCampoLivre: "1238012345640430006190018") == nil)  // agência 4043
        #expect(account.sequence(inCampoLivre: "1239012345640420006190018") == nil)  // convênio 1239
        #expect(account.sequence(inCampoLivre: "1238012345640420006190017") == nil)  // carteira 17
    }

    @Test func describesEachLayout() throws {
        let seven = try #require(BoletoBank.bancoDoBrasil.describeCampoLivre("0000001238798777770016818"))
        #expect(seven.layout == "convenio-7")
        #expect(seven.convenio == "1238798")
        #expect(seven.nossoNumero == "12387987777700168")
        let short = try #require(BoletoBank.bancoDoBrasil.describeCampoLivre("1238012345640420006190018"))
        #expect(short.layout == "convenio-4-or-6")
        #expect(short.agencia == "4042")
        #expect(short.conta == "00061900")
        #expect(short.carteira == "18")
        #expect(short.checkDigitsHold == nil)
        // brcobranca's convênio 6 with a free 17-digit nosso número and carteira literal 21 (Anexo X).
        let free = try #require(BoletoBank.bancoDoBrasil.describeCampoLivre("1238790000000123456789921"))
        #expect(free.layout == "free-nosso-numero")
        #expect(free.nossoNumero == "00000001234567899")
    }
}
