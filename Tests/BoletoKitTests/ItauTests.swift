import BoletoKit
import BrazilKit
import Testing

@Suite struct ItauTests {
    /// Itaú-400 Anexo 4 example: 0057/12345, carteira 110, nosso número 12345678 → DAC 8.
    let manualAccount = BeneficiaryAccount.itau(agencia: "0057", conta: "12345", carteira: "110")

    @Test func manualExampleFromAccountToLinha() throws {
        let nossoNumero = try manualAccount.nossoNumero(sequence: 12_345_678)
        #expect(nossoNumero.digits == "12345678")
        #expect(nossoNumero.checkDigit == "8")
        #expect(nossoNumero.formatted == "110/12345678-8")
        let campoLivre = try manualAccount.campoLivre(for: nossoNumero)
        #expect(campoLivre == "1101234567880057123457000")
        let barcode = try Barcode(bank: .itau, dueDate: day(2002, 5, 1), amount: reais(12345), campoLivre: campoLivre)
        #expect(barcode.digits == "34196166700000123451101234567880057123457000")
        #expect(barcode.linhaDigitavel.formatted == "34191.10121 34567.880058 71234.570001 6 16670000012345")
    }

    @Test func formatsLikeTheFicha() throws {
        let account = BeneficiaryAccount.itau(agencia: "0057", conta: "12345", carteira: "109")
        #expect(try account.nossoNumero(sequence: 12_345_678).formatted.hasPrefix("109/12345678-"))
        #expect(account.carteiraText == "109")
        // brcobranca's Itaú spec: 0607 / 15255-0, 1547 / 85547-6, 0811 / 53678-8.
        #expect(
            BeneficiaryAccount.itau(agencia: "0607", conta: "15255", carteira: "109").agenciaCodigoBeneficiario
                == "0607 / 15255-0")
        #expect(
            BeneficiaryAccount.itau(agencia: "1547", conta: "85547", carteira: "109").agenciaCodigoBeneficiario
                == "1547 / 85547-6")
        #expect(
            BeneficiaryAccount.itau(agencia: "0811", conta: "53678", carteira: "109").agenciaCodigoBeneficiario
                == "0811 / 53678-8")
    }

    /// brcobranca's Itaú spec (independent implementation), carteira 175. (Its carteira-168 vector is not
    /// used: that spec passes the carteira as an integer, so brcobranca's exception list never matched and
    /// it applied the general DAC rule.)
    @Test func fullBarcode() throws {
        let account = BeneficiaryAccount.itau(agencia: "0810", conta: "53678", carteira: "175")
        let nossoNumero = try account.nossoNumero(sequence: 258_281)
        let barcode = try Barcode(
            bank: .itau, dueDate: day(2008, 2, 2), amount: reais(13500),
            campoLivre: account.campoLivre(for: nossoNumero))
        #expect(barcode.digits == "34191377000000135001750025828170810536789000")
        #expect(barcode.linhaDigitavel.formatted == "34191.75009 25828.170818 05367.890000 1 37700000013500")
    }

    /// Carteira 168, nosso número 00258281: mod 10 of "16800258281" alone is 0 (by hand: 2+8+4+8+1+2+0+0+7+6+2
    /// = 40), while with agência 0810 and conta 53678 it would be 2.
    @Test func dacExceptionCarteiraUsesOnlyCarteiraAndNossoNumero() throws {
        let account = BeneficiaryAccount.itau(agencia: "0810", conta: "53678", carteira: "168")
        let nossoNumero = try account.nossoNumero(sequence: 258_281)
        #expect(nossoNumero.formatted == "168/00258281-0")
        #expect(try account.campoLivre(for: nossoNumero) == "1680025828100810536789000")
    }

    /// Carteiras 126, 131, 146, 150 and 168 compute the DAC over carteira + nosso número only: the agência
    /// and conta must not change it.
    @Test(arguments: ["126", "131", "146", "150", "168"])
    func dacExceptionCarteirasIgnoreAgenciaAndConta(carteira: String) throws {
        let first = BeneficiaryAccount.itau(agencia: "0810", conta: "53678", carteira: carteira)
        let second = BeneficiaryAccount.itau(agencia: "1234", conta: "99999", carteira: carteira)
        let a = try first.nossoNumero(sequence: 258_281)
        let b = try second.nossoNumero(sequence: 258_281)
        #expect(a.checkDigit == b.checkDigit)
    }

    @Test func carteira112IsNotAnException() throws {
        // The manual's list does not include 112 (brcobranca does): agência and conta count.
        let first = try BeneficiaryAccount.itau(agencia: "0057", conta: "12345", carteira: "112")
            .nossoNumero(sequence: 12_345_678)
        let second = try BeneficiaryAccount.itau(agencia: "0058", conta: "12345", carteira: "112")
            .nossoNumero(sequence: 12_345_678)
        #expect(first.checkDigit != second.checkDigit)
    }

    /// 15-position carteira 196: carteira, nosso número, seu número (7), código do cliente (5), DAC of 20–42,
    /// 0. brcobranca's vector (seu número 1234567, cliente 12345) reads back; ours repeats the sequence in
    /// seu número, with DAC 0 computed independently.
    @Test func fifteenPositionCarteira() throws {
        let account = BeneficiaryAccount.itau(agencia: "0810", conta: "53678", carteira: "196", codigoCliente: "12345")
        let nossoNumero = try account.nossoNumero(sequence: 258_281)
        #expect(nossoNumero.digits == "002582810258281")
        #expect(try account.campoLivre(for: nossoNumero) == "1960025828102582811234500")
        #expect(nossoNumero.formatted == "196/00258281-3")
        #expect(account.sequence(inCampoLivre: "1960025828112345671234550") == 258_281)

        let description = try #require(BoletoBank.itau.describeCampoLivre("1960025828112345671234550"))
        #expect(description.layout == "15-positions")
        #expect(description.seuNumero == "1234567")
        #expect(description.codigoCliente == "12345")
        #expect(description.checkDigitsHold == true)
    }

    @Test func fifteenPositionCarteiraNeedsTheClientCode() {
        #expect(throws: BoletoError.invalidAccountField(field: "codigoCliente", reason: .missing)) {
            try BeneficiaryAccount.itau(agencia: "0810", conta: "53678", carteira: "198").validate()
        }
    }

    @Test func sequenceBackFromTheCampoLivre() throws {
        #expect(manualAccount.sequence(inCampoLivre: "1101234567880057123457000") == 12_345_678)
        // Another conta, a wrong nosso-número DAC, a wrong conta DAC: not ours.
        #expect(manualAccount.sequence(inCampoLivre: "1101234567880057123467000") == nil)
        #expect(manualAccount.sequence(inCampoLivre: "1101234567870057123457000") == nil)
        #expect(manualAccount.sequence(inCampoLivre: "1101234567880057123456000") == nil)
        #expect(manualAccount.sequence(inCampoLivre: "110123456788005712345700") == nil)
    }

    @Test func describesTheCampoLivre() throws {
        let description = try #require(BoletoBank.itau.describeCampoLivre("1101234567880057123457000"))
        #expect(description.carteira == "110")
        #expect(description.nossoNumero == "110/12345678-8")
        #expect(description.agencia == "0057")
        #expect(description.conta == "12345-7")
        #expect(description.checkDigitsHold == true)
        #expect(BoletoBank.itau.describeCampoLivre("1101234567880057123457001")?.checkDigitsHold == false)
    }

    @Test func nossoNumeroIsEightDigits() throws {
        #expect(manualAccount.maxSequence == 99_999_999)
        #expect(throws: BoletoError.nossoNumeroTooLong(sequence: 100_000_000, maximum: 99_999_999, bank: .itau)) {
            try manualAccount.nossoNumero(sequence: 100_000_000)
        }
    }
}
