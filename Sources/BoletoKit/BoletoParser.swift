import BrazilKit

/// Reads a boleto code as a person types or pastes it, and says what is wrong with it in words they can act on.
public enum BoletoParser {
    /// Reads a barcode (44 digits) or a linha digitável (47 digits).
    ///
    /// Spaces, dots, hyphens, dashes and line breaks are skipped. A code whose DVs do not hold still gives a
    /// reading — with a ``BoletoReading/Problem`` naming the wrong field and `payable == false` — because that
    /// is what the person needs to fix it. Throws only when there is no boleto to read: no digits
    /// (``BoletoError/emptyInput``), another character (``BoletoError/invalidCharacter(character:position:)``),
    /// a first digit 8 (``BoletoError/arrecadacao(digitCount:)``, a utility-bill code) or a digit count that is
    /// neither 44 nor 47 (``BoletoError/wrongDigitCount(found:)``, saying how many are missing or extra).
    ///
    /// - Parameter today: the payment date, which decides the due date a factor stands for.
    public static func parse(_ text: String, today: CivilDate) throws(BoletoError) -> BoletoReading {
        let typed = try TypedDigits(text)
        // Arrecadação codes (segment 8) come in 44 or 48 digits; say so whatever the count (rails §1.9).
        if typed.values.first == 8 { throw .arrecadacao(digitCount: typed.values.count) }
        switch typed.values.count {
        case 44:
            let code = DigitRow(digits: typed.values)
            let general = BoletoReading.Check(expected: Int(CheckDigit.barcodeGeneral(code)), found: Int(code[4]))
            let checks = BoletoReading.Checks(field1: nil, field2: nil, field3: nil, general: general)
            return reading(
                kind: .barcode, code: code, linha: LinhaDigitavel.linhaRow(code), checks: checks,
                today: today)
        case 47:
            let linha = DigitRow(digits: typed.values)
            let results = LinhaDigitavel.checks(of: linha).map { BoletoReading.Check($0) }
            let checks = BoletoReading.Checks(
                field1: results[0], field2: results[1], field3: results[2], general: results[3])
            return reading(
                kind: .linha, code: LinhaDigitavel.barcodeRow(linha), linha: linha, checks: checks,
                today: today)
        default:
            throw .wrongDigitCount(found: typed.values.count)
        }
    }

    private static func reading(
        kind: BoletoReading.Kind, code: DigitRow, linha: DigitRow, checks: BoletoReading.Checks, today: CivilDate
    ) -> BoletoReading {
        // Field access only: the general DV may be wrong here, and the problems say so.
        let fields = Barcode(validRow: code)
        let factor = fields.factor
        let dueDate = fields.dueDate(today: today)
        let bank = fields.bank
        var problems = ProblemWriter.checkDigitProblems(kind: kind, checks: checks)
        problems += ProblemWriter.notices(
            factor: factor, dueDate: dueDate, amount: fields.amount, currencyCode: fields.currencyCode,
            today: today)
        return BoletoReading(
            kind: kind, bankCode: fields.bankCode, bank: bank, currencyCode: fields.currencyCode, factor: factor,
            dueDate: dueDate, amount: fields.amount, campoLivre: fields.campoLivre,
            campoLivreFields: bank?.describeCampoLivre(fields.campoLivre), barcode: fields.digits,
            linha: LinhaDigitavel.formatted(linha), checks: checks, problems: problems)
    }
}

extension BoletoReading {
    /// The barcode as a value, when every check digit holds.
    public var validBarcode: Barcode? {
        checks.allValid ? try? Barcode(barcode) : nil
    }
}

extension BoletoReading.Check {
    init(_ check: LinhaDigitavel.Check) {
        self.init(expected: check.expected, found: check.found)
    }
}
