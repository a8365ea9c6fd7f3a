import BrazilKit

/// The 44-digit FEBRABAN barcode of a boleto (rails §1.1), always with a general DV that holds.
///
/// | Pos   | Content |
/// |-------|---------|
/// | 01–03 | bank code |
/// | 04    | currency (9 = Real) |
/// | 05    | general DV, mod 11 |
/// | 06–09 | due-date factor (or the top of an amount above R$ 99.999.999,99) |
/// | 10–19 | amount, 8 digits + 2 decimals |
/// | 20–44 | campo livre (bank-specific) |
///
/// The digits live in a fixed-size buffer; ``digits`` and ``campoLivre`` are made when read.
public struct Barcode: Hashable, Sendable, CustomStringConvertible {
    /// Digit values at indices 0..<44.
    let row: DigitRow

    /// Wraps digits whose general DV is already known to hold.
    init(validRow row: DigitRow) {
        self.row = row
    }

    /// Builds the barcode of a new boleto.
    ///
    /// - Parameters:
    ///   - bank: whose campo livre this is; its ``BoletoBank/maximumAmount`` applies.
    ///   - dueDate: required since Circular BCB 3.656/2013 (Itaú-400 note 7), so there is no way to issue a
    ///     factor 0000 here; it must be 2000-07-03 or later.
    ///   - amount: above zero (Circular BCB 3.598/2012) and at most the bank's maximum. Amounts above
    ///     R$ 99.999.999,99 take positions 06–19 and the code then carries no factor (BB-Bloqueto Anexo IV).
    ///   - campoLivre: the 25 digits from ``BeneficiaryAccount/campoLivre(for:)``.
    /// The currency is always 9 (Real): `Money` is in reais.
    public init(bank: BoletoBank, dueDate: CivilDate, amount: Money, campoLivre: String) throws(BoletoError) {
        guard amount.centavos > 0, amount <= bank.maximumAmount else {
            throw .amountOutOfRange(amount: amount, maximum: bank.maximumAmount, bank: bank)
        }
        var row = DigitRow()
        guard row.read(campoLivre, at: 19, count: 25) else { throw .invalidCampoLivre(value: campoLivre) }
        let code = bank.codeNumber
        row[0] = UInt8(truncatingIfNeeded: code / 100)
        row[1] = UInt8(truncatingIfNeeded: code / 10 % 10)
        row[2] = UInt8(truncatingIfNeeded: code % 10)
        row[3] = 9
        if amount.centavos <= Self.maximumCentavosWithFactor {
            row.write(Int64(try DueDateFactor.factor(for: dueDate)), at: 5, width: 4)
            row.write(amount.centavos, at: 9, width: 10)
        } else {
            // The due date is still validated: the boleto has one, the code just cannot carry it.
            _ = try DueDateFactor.factor(for: dueDate)
            row.write(amount.centavos, at: 5, width: 14)
        }
        row[4] = CheckDigit.barcodeGeneral(row)
        self.row = row
    }

    /// Reads a barcode strictly: exactly 44 digits (spaces, dots and hyphens are ignored) whose general DV
    /// holds. For what a person types, with advice instead of an error, use ``BoletoParser``.
    public init(_ text: String) throws(BoletoError) {
        let digits = try TypedDigits(text).require(count: 44)
        let row = DigitRow(digits: digits)
        let expected = CheckDigit.barcodeGeneral(row)
        guard expected == row[4] else {
            throw .wrongCheckDigit(field: .general, expected: Int(expected), found: Int(row[4]))
        }
        self.row = row
    }

    /// R$ 99.999.999,99, the most positions 10–19 can hold; above it the amount takes the factor's place.
    static let maximumCentavosWithFactor: Int64 = 9_999_999_999

    /// The 44 digits.
    public var digits: String { row.text(0..<44) }

    /// The 44 digits.
    public var description: String { digits }

    /// The bank code, positions 01–03.
    public var bankCode: String { row.text(0..<3) }

    /// The bank, when it is one BoletoKit knows.
    public var bank: BoletoBank? { BoletoBank(rawValue: bankCode) }

    /// The currency code, position 04: 9 is the Real.
    public var currencyCode: Int { Int(row[3]) }

    /// The general DV, position 05.
    public var checkDigit: Int { Int(row[4]) }

    /// The due-date factor, positions 06–09: 0 means no due date, and nil means the positions hold part of an
    /// amount above R$ 99.999.999,99 (see ``amount``).
    public var factor: Int? {
        let value = Int(row.number(5..<9))
        return Self.amountUsesFactorPositions(value) ? nil : value
    }

    /// The amount: positions 10–19, or 06–19 when those are 0001–0999 (an amount above R$ 99.999.999,99).
    /// Zero means the payer types the amount.
    public var amount: Money {
        let factorPositions = Int(row.number(5..<9))
        let range = Self.amountUsesFactorPositions(factorPositions) ? 5..<19 : 9..<19
        return Money(centavos: row.number(range))
    }

    /// The due date the factor stands for, seen from `today` (see ``DueDateFactor/dueDate(forFactor:today:)``);
    /// nil when the code has no due date or the factor falls outside the payment window.
    public func dueDate(today: CivilDate) -> CivilDate? {
        guard let factor, factor != 0 else { return nil }
        return DueDateFactor.dueDate(forFactor: factor, today: today)
    }

    /// The 25-digit campo livre, positions 20–44.
    public var campoLivre: String { row.text(19..<44) }

    /// The same code as the linha digitável people type.
    public var linhaDigitavel: LinhaDigitavel { LinhaDigitavel(barcode: self) }

    /// Positions 06–09 between 0001 and 0999 can only be the top digits of an amount above
    /// R$ 99.999.999,99: factors below 1000 belong to 1997–2000 and are never issued again. For 0000 both
    /// readings give the same amount.
    static func amountUsesFactorPositions(_ value: Int) -> Bool {
        value > 0 && value < DueDateFactor.validFactors.lowerBound
    }
}

extension Barcode: Codable {
    /// Decodes the 44 digits, refusing a code whose general DV does not hold.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        do {
            self = try Barcode(text)
        } catch {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: error.message(.en))
        }
    }

    /// Encodes the 44 digits.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(digits)
    }
}
