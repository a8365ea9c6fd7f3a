import BoletoKit
import BrazilKit
import Testing

@Suite struct BoletoParserTests {
    /// The Itaú manual example (rails §1.7): due 2002-05-01, R$ 123,45.
    let itauLinha = "34191.10121 34567.880058 71234.570001 6 16670000012345"
    let itauBarcode = "34196166700000123451101234567880057123457000"
    let beforeDue = day(2002, 4, 20)

    @Test(arguments: [
        "34191.10121 34567.880058 71234.570001 6 16670000012345",
        "34191101213456788005871234570001616670000012345",
        "  34191.10121  34567.880058\n71234.570001\t6 16670000012345 \n",
        "34191-10121 34567-880058 71234-570001-6-16670000012345",
        "34191.10121\u{00A0}34567.880058\u{2013}71234.570001 6 1667 0000012345",
        "3419110121\r\n34567880058\r\n71234570001\r\n6\r\n16670000012345",
    ])
    func readsALinhaWithTypingNoise(text: String) throws {
        let reading = try BoletoParser.parse(text, today: beforeDue)
        #expect(reading.kind == .linha)
        #expect(reading.bankCode == "341")
        #expect(reading.bankName == "Itaú")
        #expect(reading.currencyCode == 9)
        #expect(reading.factor == 1667)
        #expect(reading.dueDate == day(2002, 5, 1))
        #expect(reading.amount == reais(12345))
        #expect(reading.campoLivre == "1101234567880057123457000")
        #expect(reading.barcode == itauBarcode)
        #expect(reading.linha == itauLinha)
        #expect(reading.checks.allValid)
        #expect(reading.payable)
        #expect(reading.problems.isEmpty)
        #expect(reading.campoLivreFields?.nossoNumero == "110/12345678-8")
    }

    @Test func readsABarcode() throws {
        let reading = try BoletoParser.parse(itauBarcode, today: beforeDue)
        #expect(reading.kind == .barcode)
        #expect(reading.linha == itauLinha)
        #expect(reading.checks.field1 == nil)
        #expect(reading.checks.general == BoletoReading.Check(expected: 6, found: 6))
        #expect(reading.payable)
        #expect(reading.validBarcode?.digits == itauBarcode)
    }

    /// Only field 1's DV mistyped (1 → 2): the barcode digits are intact, so the general DV still holds.
    @Test func wrongDVInField1() throws {
        let reading = try BoletoParser.parse("34191.10122 34567.880058 71234.570001 6 16670000012345", today: beforeDue)
        #expect(reading.checks.field1 == BoletoReading.Check(expected: 1, found: 2))
        #expect(reading.checks.field2?.valid == true)
        #expect(reading.checks.field3?.valid == true)
        #expect(reading.checks.general.valid)
        #expect(!reading.payable)
        #expect(reading.problems.map(\.code) == [.field1CheckDigit, .notPayableAsTyped])
        #expect(reading.problems[0].pt.contains("campo 1"))
        #expect(reading.problems[0].en.contains("Field 1"))
        #expect(reading.problems[1].pt.contains("não pode ser pago como foi digitado"))
        #expect(reading.validBarcode == nil)
    }

    /// A digit of field 2 mistyped (34567 → 34568): field 2 and the general DV both fail.
    @Test func typoInsideField2() throws {
        let reading = try BoletoParser.parse("34191.10121 34568.880058 71234.570001 6 16670000012345", today: beforeDue)
        #expect(reading.checks.field1?.valid == true)
        #expect(reading.checks.field2?.valid == false)
        #expect(reading.checks.field2?.found == 8)
        #expect(reading.checks.field3?.valid == true)
        #expect(!reading.checks.general.valid)
        #expect(reading.problems.map(\.code) == [.field2CheckDigit, .generalCheckDigit, .notPayableAsTyped])
        #expect(reading.problems[1].pt.contains("corrija primeiro"))
    }

    @Test func wrongDVInField3() throws {
        let reading = try BoletoParser.parse("34191.10121 34567.880058 71234.570009 6 16670000012345", today: beforeDue)
        #expect(reading.checks.field3 == BoletoReading.Check(expected: 1, found: 9))
        #expect(reading.problems.first?.code == .field3CheckDigit)
        #expect(!reading.payable)
    }

    /// Amount mistyped (…2345 → …2346): fields 1–3 hold, so the general DV points at fields 4 and 5.
    @Test func typoInTheAmountBreaksOnlyTheGeneralDV() throws {
        let reading = try BoletoParser.parse("34191.10121 34567.880058 71234.570001 6 16670000012346", today: beforeDue)
        #expect(reading.checks.field1?.valid == true)
        #expect(reading.checks.field2?.valid == true)
        #expect(reading.checks.field3?.valid == true)
        #expect(reading.checks.general.valid == false)
        #expect(reading.checks.general.found == 6)
        #expect(reading.problems.map(\.code) == [.generalCheckDigit, .notPayableAsTyped])
        #expect(reading.problems[0].pt.contains("campo 5"))
        #expect(!reading.payable)
    }

    @Test func barcodeWithWrongGeneralDV() throws {
        let reading = try BoletoParser.parse("34195166700000123451101234567880057123457000", today: beforeDue)
        #expect(reading.checks.general == BoletoReading.Check(expected: 6, found: 5))
        #expect(reading.problems.map(\.code) == [.generalCheckDigit, .notPayableAsTyped])
        #expect(!reading.payable)
    }

    /// Arrecadação codes start with 8 (rails §1.9), printed as 48 digits or scanned as 44.
    @Test(arguments: [
        ("83620000000 5 66780048100 0 18097565731 3 00158963608 1", 48),
        ("83620000000667800481001809756573100158963608", 44),
    ])
    func arrecadacaoIsNotABoleto(text: String, count: Int) {
        #expect(throws: BoletoError.arrecadacao(digitCount: count)) {
            try BoletoParser.parse(text, today: beforeDue)
        }
        let message = BoletoError.arrecadacao(digitCount: count).message(.ptBR)
        #expect(message.contains("arrecadação"))
        #expect(message.contains("não um boleto"))
    }

    @Test(arguments: [
        (
            "34191.10121 34567.880058 71234.570001 6 1667000001234", 46,
            "Foram digitados 46 dígitos: sobram 2 para um código de barras (44) ou falta 1 para uma linha digitável (47)"
        ),
        (
            "3419616670000012345110123456788005712345700", 43,
            "Foram digitados 43 dígitos: faltam 1 para um código de barras (44) ou 4 para uma linha digitável (47)"
        ),
        (
            "34191.10121 34567.880058 71234.570001 6 16670000012345 123", 50,
            "Foram digitados 50 dígitos: sobram 3 para uma linha digitável (47)"
        ),
    ])
    func wrongLengthSaysHowManyAreMissingOrExtra(text: String, count: Int, message: String) {
        #expect(throws: BoletoError.wrongDigitCount(found: count)) { try BoletoParser.parse(text, today: beforeDue) }
        #expect(BoletoError.wrongDigitCount(found: count).message(.ptBR) == message)
    }

    @Test func nonsenseIsRefused() {
        #expect(throws: BoletoError.emptyInput) { try BoletoParser.parse(" .- \n", today: beforeDue) }
        #expect(throws: BoletoError.invalidCharacter(character: "O", position: 4)) {
            try BoletoParser.parse("341O1.10121 34567.880058 71234.570001 6 16670000012345", today: beforeDue)
        }
        #expect(throws: BoletoError.invalidCharacter(character: "L", position: 1)) {
            try BoletoParser.parse("Linha: 34191.10121", today: beforeDue)
        }
    }

    /// 2011-01-01 is 3167 days after 2002-05-01 and 5833 before 2026-12-21: factor 1667 is in no window.
    @Test func factorOutsideTheWindowIsNotPayable() throws {
        let reading = try BoletoParser.parse(itauLinha, today: day(2011, 1, 1))
        #expect(reading.factor == 1667)
        #expect(reading.dueDate == nil)
        #expect(reading.checks.allValid)
        #expect(reading.problems.map(\.code) == [.factorOutsideWindow])
        #expect(!reading.payable)
    }

    @Test func overdueIsANoticeNotABlock() throws {
        let reading = try BoletoParser.parse(itauLinha, today: day(2002, 6, 1))
        #expect(reading.problems.map(\.code) == [.overdue])
        #expect(reading.problems[0].pt.contains("01/05/2002"))
        #expect(reading.payable)
    }

    /// brcobranca Itaú vector with amount zero, due 2009-08-14 (factor 4329).
    @Test func zeroAmountIsANotice() throws {
        let reading = try BoletoParser.parse("34191432900000000001751234567840810536789000", today: day(2009, 8, 1))
        #expect(reading.amount == .zero)
        #expect(reading.dueDate == day(2009, 8, 14))
        #expect(reading.problems.map(\.code) == [.amountNotInCode])
        #expect(reading.payable)
    }

    @Test func factorZeroHasNoDueDate() throws {
        let reading = try BoletoParser.parse("34191000000000010001101234567880057123457000", today: day(2026, 1, 1))
        #expect(reading.factor == 0)
        #expect(reading.dueDate == nil)
        #expect(reading.amount == reais(1000))
        #expect(reading.problems.map(\.code) == [.noDueDate])
    }

    @Test func amountAbove99MillionHasNoFactor() throws {
        let reading = try BoletoParser.parse("34191000123456789011101234567880057123457000", today: day(2026, 1, 1))
        #expect(reading.factor == nil)
        #expect(reading.amount == reais(12_345_678_901))
        #expect(reading.problems.map(\.code) == [.amountReplacesFactor])
        #expect(reading.payable)
    }

    /// Bank 260 is not one BoletoKit issues for; the code still reads (DV computed independently).
    @Test func unknownBankStillReads() throws {
        let reading = try BoletoParser.parse(
            "26090.00001 00000.000000 01234.567897 8 13810000015990", today: day(2026, 3, 1))
        #expect(reading.bankCode == "260")
        #expect(reading.bank == nil)
        #expect(reading.bankName == nil)
        #expect(reading.campoLivreFields == nil)
        #expect(reading.dueDate == day(2026, 3, 10))
        #expect(reading.amount == reais(15990))
        #expect(reading.payable)
    }

    @Test func currencyOtherThanRealIsNoticed() throws {
        let reading = try BoletoParser.parse("34101166700000123451101234567880057123457000", today: beforeDue)
        #expect(reading.currencyCode == 0)
        #expect(reading.problems.map(\.code) == [.currencyNotReal])
    }
}
