import BrazilKit

/// The 47-digit linha digitável printed above the barcode and typed by payers (rails §1.2).
///
/// | Field | Digits | Content |
/// |-------|--------|---------|
/// | 1 | 1–10  | barcode 01–04 + 20–24, mod-10 DV |
/// | 2 | 11–21 | barcode 25–34, mod-10 DV |
/// | 3 | 22–32 | barcode 35–44, mod-10 DV |
/// | 4 | 33    | barcode 05 (general DV) |
/// | 5 | 34–47 | barcode 06–19 (factor + amount) |
///
/// Always consistent with its barcode: every DV holds.
public struct LinhaDigitavel: Hashable, Sendable, CustomStringConvertible {
    /// Digit values at indices 0..<47.
    let row: DigitRow

    /// The linha of a barcode: the barcode's digits rearranged, plus the three field DVs.
    public init(barcode: Barcode) {
        row = Self.linhaRow(barcode.row)
    }

    /// Linha digits from barcode digits: fields 1–3 get their mod-10 DVs; the general DV is copied as is.
    @inline(__always)
    static func linhaRow(_ code: DigitRow) -> DigitRow {
        var row = DigitRow()
        row.copy(0..<4, of: code, to: 0)
        row.copy(19..<24, of: code, to: 4)
        row[9] = CheckDigit.mod10(row, 0..<9)
        row.copy(24..<34, of: code, to: 10)
        row[20] = CheckDigit.mod10(row, 10..<20)
        row.copy(34..<44, of: code, to: 21)
        row[31] = CheckDigit.mod10(row, 21..<31)
        row[32] = code[4]
        row.copy(5..<19, of: code, to: 33)
        return row
    }

    /// Reads a linha strictly: exactly 47 digits (spaces, dots and hyphens are ignored) whose field DVs and
    /// general DV all hold. For what a person types, with advice instead of an error, use ``BoletoParser``.
    public init(_ text: String) throws(BoletoError) {
        let typed = DigitRow(digits: try TypedDigits(text).require(count: 47))
        for check in Self.checks(of: typed) where !check.valid {
            throw .wrongCheckDigit(field: check.field, expected: check.expected, found: check.found)
        }
        row = typed
    }

    /// The 47 digits.
    public var digits: String { row.text(0..<47) }

    /// The printed form, `AAABC.CCCCX DDDDD.DDDDDY EEEEE.EEEEEZ K UUUUVVVVVVVVVV`.
    public var formatted: String { Self.formatted(row) }

    /// The printed form.
    public var description: String { formatted }

    /// The barcode this linha encodes.
    public var barcode: Barcode { Barcode(validRow: Self.barcodeRow(row)) }

    /// Barcode digits from linha digits, DVs of fields 1–3 dropped: `d[0:4] + d[32] + d[33:47] + d[4:9] +
    /// d[10:20] + d[21:31]` (rails §1.2). The general DV is copied as typed, right or wrong.
    static func barcodeRow(_ linha: DigitRow) -> DigitRow {
        var code = DigitRow()
        code.copy(0..<4, of: linha, to: 0)
        code[4] = linha[32]
        code.copy(33..<47, of: linha, to: 5)
        code.copy(4..<9, of: linha, to: 19)
        code.copy(10..<20, of: linha, to: 24)
        code.copy(21..<31, of: linha, to: 34)
        return code
    }

    /// Dots after the 5th digit of fields 1–3, one space between fields (every manual but Santander-CB, which
    /// says two; one is what payers see everywhere).
    static func formatted(_ row: DigitRow) -> String {
        String(unsafeUninitializedCapacity: 54) { buffer in
            var target = 0
            for index in 0..<47 {
                switch index {
                case 5, 15, 26: buffer[target] = UInt8(ascii: "."); target += 1
                case 10, 21, 32, 33: buffer[target] = UInt8(ascii: " "); target += 1
                default: break
                }
                buffer[target] = row[index] &+ 48
                target += 1
            }
            return target
        }
    }

    /// One check digit: what the digits before it give and what was written.
    struct Check {
        let field: CheckField
        let expected: Int
        let found: Int
        var valid: Bool { expected == found }
    }

    /// The four checks of a typed linha: fields 1–3 (mod 10) and the general DV over the barcode it encodes.
    static func checks(of row: DigitRow) -> [Check] {
        [
            Check(field: .field1, expected: Int(CheckDigit.mod10(row, 0..<9)), found: Int(row[9])),
            Check(field: .field2, expected: Int(CheckDigit.mod10(row, 10..<20)), found: Int(row[20])),
            Check(field: .field3, expected: Int(CheckDigit.mod10(row, 21..<31)), found: Int(row[31])),
            Check(field: .general, expected: Int(CheckDigit.barcodeGeneral(barcodeRow(row))), found: Int(row[32])),
        ]
    }
}

extension LinhaDigitavel: Codable {
    /// Decodes the 47 digits (with or without the printed separators), refusing any DV that does not hold.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        do {
            self = try LinhaDigitavel(text)
        } catch {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: error.message(.en))
        }
    }

    /// Encodes the 47 digits without separators.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(digits)
    }
}
