import Testing

@testable import BoletoKit

@Suite struct CheckDigitTests {
    private func values(_ text: String) -> [UInt8] {
        text.utf8.map { $0 - 48 }
    }

    /// Fields 1–3 of the Itaú manual's linha `34191.10121 34567.880058 71234.570001`.
    @Test(arguments: [("341911012", 1), ("3456788005", 8), ("7123457000", 1)])
    func mod10OfLinhaFields(digits: String, dv: UInt8) {
        #expect(CheckDigit.mod10(values(digits)) == dv)
    }

    @Test func mod10SubtractsNineFromDoubledDigitsAndMapsTenToZero() {
        // 9×2 = 18 → 9; 10 − 9 = 1.
        #expect(CheckDigit.mod10(values("9")) == 1)
        // "05": 5×2 = 10 → 1, 0×1 = 0, sum 1, 10 − 1 = 9.
        #expect(CheckDigit.mod10(values("05")) == 9)
        // A sum that is a multiple of 10 gives 0, not 10: "19" → 9×2 = 18 → 9, 1×1 = 1, sum 10.
        #expect(CheckDigit.mod10(values("19")) == 0)
    }

    /// Itaú manual: `3419?166700000123451101234567880057123457000`, sum 742, 742 mod 11 = 5, DV 6.
    @Test func generalDVOfTheItauExample() {
        let code = DigitRow(digits: values("34196166700000123451101234567880057123457000"))
        #expect(CheckDigit.barcodeGeneral(code) == 6)
    }

    /// 11 − remainder gives 11 (remainder 0) or 10 (remainder 1); both become 1, so the DV is never 0.
    @Test(arguments: [
        "34191166700000001001101234567880057123457000",  // remainder 0
        "34191166700000001041101234567880057123457000",  // remainder 1
        "00191376900000135001238012345640420006190018",  // brcobranca BB convênio 4: remainder 1
    ])
    func generalDVBecomesOneInsteadOfZeroOrTen(code: String) {
        #expect(CheckDigit.barcodeGeneral(DigitRow(digits: values(code))) == 1)
    }

    /// BB-Bloqueto Anexo XI example, and agência/conta DVs printed by brcobranca's BB spec.
    @Test(arguments: [
        ("05009401448", "1"), ("4042", "8"), ("00061900", "0"), ("0719", "6"), ("0548", "7"),
        ("00001448", "6"), ("85068014982", "9"), ("12387987777700168", "2"),
    ])
    func bancoDoBrasilMod11(digits: String, dv: Character) {
        #expect(CheckDigit.bancoDoBrasil(values(digits)) == dv)
    }

    @Test func bancoDoBrasilRemainderTenIsX() {
        // "1": 1×9 = 9; "2": 18 mod 11 = 7; "6": 54 mod 11 = 10 → X.
        #expect(CheckDigit.bancoDoBrasil(values("6")) == "X")
    }

    /// Bradesco-400 p.28 (carteira 19: …2 → 8, …1 → P) and brcobranca's Bradesco spec.
    @Test(arguments: [
        ("1900000000002", "8"), ("1900000000001", "P"), ("0600000000525", "P"), ("0900000000001", "1"),
        ("1900000000006", "0"),
    ])
    func bradescoBase7(digits: String, dv: Character) {
        #expect(CheckDigit.bradesco(values(digits)) == dv)
    }

    /// Caixa-SIGCB: beneficiário 005507 → 7, nosso número 14000000000000019 → 7, campo livre → 1;
    /// Santander-CB 566612457800 → 2; Sicredi-400: nosso número 0165/02/00623/07/2/00003 → 1 and
    /// campo livre 310720000310165020062310 → 1.
    @Test(arguments: [
        ("005507", 7), ("14000000000000019", 7), ("005507722213334777777777", 1),
        ("566612457800", 2), ("000090002720", 7), ("000001961005", 0),
        ("01650200623072" + "00003", 1), ("310720000310165020062310", 1),
    ])
    func mod11WithResultsAboveNineGivingZero(digits: String, dv: UInt8) {
        #expect(CheckDigit.mod11ZeroAbove9(values(digits)) == dv)
    }

    /// Sicoob-XLSX: cooperativa 0001, cliente 19, nosso número 21 → sum 36 → DV 8.
    @Test func sicoobWeights3197FromTheLeft() {
        #expect(CheckDigit.sicoob(values("0001" + "0000000019" + "0000021")) == 8)
    }
}
