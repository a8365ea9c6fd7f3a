import BoletoKit
import BrazilKit
import Foundation
import Testing

@Suite struct BarcodeTests {
    /// Itaú-400 §7.3.2 worked example: carteira 110, nosso número 12345678, agência 0057, conta 12345,
    /// factor 1667 (2002-05-01), R$ 123,45.
    @Test func buildsTheItauManualExample() throws {
        let barcode = try Barcode(
            bank: .itau, dueDate: day(2002, 5, 1), amount: reais(12345), campoLivre: "1101234567880057123457000")
        #expect(barcode.digits == "34196166700000123451101234567880057123457000")
        #expect(barcode.linhaDigitavel.formatted == "34191.10121 34567.880058 71234.570001 6 16670000012345")
        #expect(barcode.linhaDigitavel.digits == "34191101213456788005871234570001616670000012345")
    }

    @Test func readsItsFields() throws {
        let barcode = try Barcode("34196166700000123451101234567880057123457000")
        #expect(barcode.bankCode == "341")
        #expect(barcode.bank == .itau)
        #expect(barcode.currencyCode == 9)
        #expect(barcode.checkDigit == 6)
        #expect(barcode.factor == 1667)
        #expect(barcode.amount == reais(12345))
        #expect(barcode.campoLivre == "1101234567880057123457000")
        #expect(barcode.dueDate(today: day(2002, 4, 20)) == day(2002, 5, 1))
        #expect(barcode.description == "34196166700000123451101234567880057123457000")
    }

    /// Vectors from brcobranca's specs (an independent implementation), across banks and the 2025 reset.
    @Test(arguments: [
        ("03398511500000025009189977500009000026700102", "03399.18997 77500.009004 00267.001022 8 51150000002500"),
        ("23795422300002952951172060007589645204030050", "23791.17209 60007.589645 52040.300502 5 42230000295295"),
        ("00193377100000135000000001238798777770016818", "00190.00009 01238.798779 77700.168188 3 37710000013500"),
        ("34191252500000135001960025828112345671234550", "34191.96005 25828.112349 56712.345505 1 25250000013500"),
        ("34194254800006757871090001015271248021246000", "34191.09008 01015.271248 80212.460002 4 25480000675787"),
    ])
    func barcodeToLinhaAndBack(code: String, linha: String) throws {
        let barcode = try Barcode(code)
        #expect(barcode.linhaDigitavel.formatted == linha)
        let parsed = try LinhaDigitavel(linha)
        #expect(parsed.barcode == barcode)
        #expect(parsed.barcode.digits == code)
    }

    /// brcobranca Itaú, carteira 109, due 2029-05-20 (factor 2548, after the reset), R$ 6.757,87.
    @Test func buildsAfterTheFactorReset() throws {
        let barcode = try Barcode(
            bank: .itau, dueDate: day(2029, 5, 20), amount: reais(675_787), campoLivre: "1090001015271248021246000")
        #expect(barcode.digits == "34194254800006757871090001015271248021246000")
        #expect(barcode.factor == 2548)
        #expect(barcode.dueDate(today: day(2029, 5, 1)) == day(2029, 5, 20))
    }

    /// BB-Bloqueto Anexo IV: R$ 123.456.789,01 → `00012345678901` in positions 06–19, no factor.
    @Test func amountsAbove99MillionTakeTheFactorPositions() throws {
        let barcode = try Barcode(
            bank: .itau, dueDate: day(2026, 3, 10), amount: reais(12_345_678_901),
            campoLivre: "1101234567880057123457000")
        #expect(barcode.digits.dropFirst(5).prefix(14) == "00012345678901")
        #expect(barcode.digits == "34191000123456789011101234567880057123457000")
        #expect(barcode.factor == nil)
        #expect(barcode.amount == reais(12_345_678_901))
        #expect(barcode.dueDate(today: day(2026, 3, 1)) == nil)
        #expect(barcode.linhaDigitavel.formatted.hasSuffix(" 1 00012345678901"))
    }

    @Test func amountOf99MillionStillCarriesTheFactor() throws {
        let barcode = try Barcode(
            bank: .itau, dueDate: day(2026, 3, 10), amount: reais(9_999_999_999),
            campoLivre: "1101234567880057123457000")
        #expect(barcode.digits == "34193138199999999991101234567880057123457000")
        #expect(barcode.factor == 1381)
        #expect(barcode.amount == reais(9_999_999_999))
    }

    @Test(arguments: [Int64(0), -1, -12345])
    func zeroOrNegativeAmountIsRefused(centavos: Int64) {
        #expect(
            throws: BoletoError.amountOutOfRange(
                amount: reais(centavos), maximum: BoletoBank.itau.maximumAmount, bank: .itau)
        ) {
            try Barcode(
                bank: .itau, dueDate: day(2026, 3, 10), amount: reais(centavos),
                campoLivre: "1101234567880057123457000")
        }
    }

    /// Caixa-SIGCB Anexo V: at most R$ 9.999.999,99.
    @Test func caixaMaximumIsNineMillion() throws {
        let campoLivre = "0055077222133347777777771"
        _ = try Barcode(bank: .caixa, dueDate: day(2026, 3, 10), amount: reais(999_999_999), campoLivre: campoLivre)
        #expect(
            throws: BoletoError.amountOutOfRange(
                amount: reais(1_000_000_000), maximum: reais(999_999_999), bank: .caixa)
        ) {
            try Barcode(bank: .caixa, dueDate: day(2026, 3, 10), amount: reais(1_000_000_000), campoLivre: campoLivre)
        }
    }

    /// Above R$ 9.999.999.999,99 positions 06–09 would reach 1000 and read as a factor.
    @Test func amountsThatWouldLookLikeAFactorAreRefused() throws {
        let top = reais(999_999_999_999)
        let barcode = try Barcode(
            bank: .bradesco, dueDate: day(2026, 3, 10), amount: top, campoLivre: "1172060007589645204030050")
        #expect(barcode.amount == top)
        #expect(barcode.factor == nil)
        #expect(
            throws: BoletoError.amountOutOfRange(amount: reais(1_000_000_000_000), maximum: top, bank: .bradesco)
        ) {
            try Barcode(
                bank: .bradesco, dueDate: day(2026, 3, 10), amount: reais(1_000_000_000_000),
                campoLivre: "1172060007589645204030050")
        }
    }

    @Test func dueDateBeforeFactor1000IsRefused() {
        #expect(throws: BoletoError.dueDateOutOfRange(date: day(1999, 12, 31), earliest: day(2000, 7, 3))) {
            try Barcode(
                bank: .itau, dueDate: day(1999, 12, 31), amount: reais(100), campoLivre: "1101234567880057123457000")
        }
    }

    @Test(arguments: ["110123456788005712345700", "11012345678800571234570001", "11012345678800571234570A0"])
    func campoLivreMustBe25Digits(campoLivre: String) {
        #expect(throws: BoletoError.invalidCampoLivre(value: campoLivre)) {
            try Barcode(bank: .itau, dueDate: day(2026, 3, 10), amount: reais(100), campoLivre: campoLivre)
        }
    }

    @Test func factorZeroIsReadAsNoDueDate() throws {
        // Factor 0000 and R$ 10,00; the general DV (1) was computed independently of BoletoKit.
        let barcode = try Barcode("34191000000000010001101234567880057123457000")
        #expect(barcode.factor == 0)
        #expect(barcode.amount == reais(1000))
        #expect(barcode.dueDate(today: day(2026, 1, 1)) == nil)
    }

    @Test func strictReaderRefusesAWrongGeneralDV() {
        #expect(throws: BoletoError.wrongCheckDigit(field: .general, expected: 6, found: 5)) {
            try Barcode("34195166700000123451101234567880057123457000")
        }
    }

    @Test func strictReaderAcceptsSeparators() throws {
        let barcode = try Barcode(" 34196166700000123451101234567880057123457000\n")
        #expect(barcode.amount == reais(12345))
    }

    @Test func codableAsTheDigits() throws {
        let barcode = try Barcode("34196166700000123451101234567880057123457000")
        let data = try JSONEncoder().encode([barcode])
        #expect(String(decoding: data, as: UTF8.self) == "[\"34196166700000123451101234567880057123457000\"]")
        #expect(try JSONDecoder().decode([Barcode].self, from: data) == [barcode])
        let wrong = Data("[\"34195166700000123451101234567880057123457000\"]".utf8)
        #expect(throws: DecodingError.self) { try JSONDecoder().decode([Barcode].self, from: wrong) }
    }
}
