import BoletoKit
import BrazilKit
import Foundation
import Testing

@Suite struct LinhaDigitavelTests {
    let itauLinha = "34191.10121 34567.880058 71234.570001 6 16670000012345"

    @Test func strictReaderAcceptsThePrintedAndTheBareForms() throws {
        let printed = try LinhaDigitavel(itauLinha)
        let bare = try LinhaDigitavel("34191101213456788005871234570001616670000012345")
        #expect(printed == bare)
        #expect(printed.formatted == itauLinha)
        #expect(printed.description == itauLinha)
        #expect(printed.digits == "34191101213456788005871234570001616670000012345")
        #expect(printed.barcode.digits == "34196166700000123451101234567880057123457000")
    }

    @Test(arguments: [
        ("34191.10120 34567.880058 71234.570001 6 16670000012345", CheckField.field1, 1, 0),
        ("34191.10121 34567.880057 71234.570001 6 16670000012345", CheckField.field2, 8, 7),
        ("34191.10121 34567.880058 71234.570002 6 16670000012345", CheckField.field3, 1, 2),
        ("34191.10121 34567.880058 71234.570001 7 16670000012345", CheckField.general, 6, 7),
    ])
    func strictReaderNamesTheFieldWithAWrongDV(text: String, field: CheckField, expected: Int, found: Int) {
        #expect(throws: BoletoError.wrongCheckDigit(field: field, expected: expected, found: found)) {
            try LinhaDigitavel(text)
        }
    }

    @Test func strictReaderRefusesTheWrongLength() {
        #expect(throws: BoletoError.wrongDigitCount(found: 44)) {
            try LinhaDigitavel("34196166700000123451101234567880057123457000")
        }
    }

    /// Barcode → linha → barcode, and the parser agrees with both forms, across amounts, dates and banks.
    @Test func roundTripsManyCodes() throws {
        let account = BeneficiaryAccount.sicoob(cooperativa: "4327", codigoCliente: "123456")
        var seed: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ bound: Int64) -> Int64 {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int64((seed >> 33) % UInt64(bound))
        }
        let today = day(2026, 6, 1)
        for _ in 0..<500 {
            let dueDate = today.adding(days: Int(next(8000)) - 2900)
            let amount = reais(1 + next(99_999_999_999))
            let campoLivre = try account.campoLivre(for: account.nossoNumero(sequence: 1 + next(9_999_999)))
            let barcode = try Barcode(bank: .sicoob, dueDate: dueDate, amount: amount, campoLivre: campoLivre)
            let linha = barcode.linhaDigitavel
            #expect(try LinhaDigitavel(linha.formatted) == linha)
            #expect(linha.barcode == barcode)
            #expect(try Barcode(barcode.digits) == barcode)
            let fromLinha = try BoletoParser.parse(linha.formatted, today: today)
            let fromBarcode = try BoletoParser.parse(barcode.digits, today: today)
            #expect(fromLinha.barcode == barcode.digits)
            #expect(fromBarcode.linha == linha.formatted)
            #expect(fromLinha.amount == amount)
            #expect(fromLinha.dueDate == (amount.centavos > 9_999_999_999 ? nil : dueDate))
            #expect(fromLinha.payable && fromBarcode.payable)
            #expect(account.sequence(inCampoLivre: fromLinha.campoLivre) != nil)
        }
    }

    @Test func codableAsTheBareDigits() throws {
        let linha = try LinhaDigitavel(itauLinha)
        let data = try JSONEncoder().encode([linha])
        #expect(String(decoding: data, as: UTF8.self) == "[\"34191101213456788005871234570001616670000012345\"]")
        #expect(try JSONDecoder().decode([LinhaDigitavel].self, from: data) == [linha])
        let printed = Data("[\"\(itauLinha)\"]".utf8)
        #expect(try JSONDecoder().decode([LinhaDigitavel].self, from: printed) == [linha])
    }
}
