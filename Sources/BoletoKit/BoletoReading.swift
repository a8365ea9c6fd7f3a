import BrazilKit

/// What a typed or pasted boleto code says and whether it can be paid, from ``BoletoParser/parse(_:today:)``.
///
/// Encodes with stable snake_case keys (absent values are `null`), independent of the encoder's key strategy:
/// `kind`, `bank_code`, `bank_name`, `currency_code`, `due_date`, `factor`, `amount` {`centavos`,
/// `formatted`}, `campo_livre`, `campo_livre_fields`, `barcode`, `linha`, `checks` {`field1`, `field2`,
/// `field3`, `general`, each {`valid`, `expected`, `found`}}, `payable`, `problems` [{`code`, `pt`, `en`,
/// `blocking`}].
public struct BoletoReading: Hashable, Sendable, Encodable {
    /// Which form was typed.
    public enum Kind: String, Hashable, Sendable, Encodable {
        /// The 44 digits of the barcode (what a scanner reads).
        case barcode
        /// The 47 digits of the linha digitável (what people type).
        case linha
    }

    /// One check digit: what the digits give and what was typed.
    public struct Check: Hashable, Sendable, Encodable {
        /// True when the typed digit is the computed one.
        public let valid: Bool
        /// The digit the other digits give.
        public let expected: Int
        /// The digit typed.
        public let found: Int

        /// A check of the digit `found` against the `expected` one.
        public init(expected: Int, found: Int) {
            self.valid = expected == found
            self.expected = expected
            self.found = found
        }
    }

    /// The check digits of the reading.
    public struct Checks: Hashable, Sendable, Encodable {
        /// Field 1's mod-10 DV; nil for a barcode, which has no field DVs.
        public let field1: Check?
        /// Field 2's mod-10 DV; nil for a barcode.
        public let field2: Check?
        /// Field 3's mod-10 DV; nil for a barcode.
        public let field3: Check?
        /// The general mod-11 DV (barcode position 5, linha field 4).
        public let general: Check

        /// Every check that exists holds.
        public var allValid: Bool {
            [field1, field2, field3, general].allSatisfy { $0?.valid ?? true }
        }

        /// Encodes every key, `null` for the field checks of a barcode.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(field1, forKey: .field1)
            try container.encode(field2, forKey: .field2)
            try container.encode(field3, forKey: .field3)
            try container.encode(general, forKey: .general)
        }

        private enum CodingKeys: String, CodingKey {
            case field1, field2, field3, general
        }
    }

    /// Why a reading is not payable, or something the payer should know; in Portuguese and English.
    public struct Problem: Hashable, Sendable, Encodable, LocalizedMessage {
        /// A stable identifier for programs.
        public let code: ProblemCode
        /// The sentence in Brazilian Portuguese.
        public let pt: String
        /// The same sentence in English.
        public let en: String
        /// True when the boleto cannot be paid as typed; false for notices (overdue, no amount…).
        public let blocking: Bool

        /// The sentence in the given language.
        public func message(_ language: Language) -> String {
            language == .ptBR ? pt : en
        }
    }

    /// The kinds of ``Problem``.
    public enum ProblemCode: String, Hashable, Sendable, Encodable, CaseIterable {
        /// Field 1's DV does not hold.
        case field1CheckDigit = "field1_check_digit"
        /// Field 2's DV does not hold.
        case field2CheckDigit = "field2_check_digit"
        /// Field 3's DV does not hold.
        case field3CheckDigit = "field3_check_digit"
        /// The general DV does not hold.
        case generalCheckDigit = "general_check_digit"
        /// Summary: some DV does not hold, so the code cannot be paid as typed.
        case notPayableAsTyped = "not_payable_as_typed"
        /// The factor gives no date in [today − 3000, today + 5500]: banks refuse it.
        case factorOutsideWindow = "factor_outside_window"
        /// Factor 0000: the code carries no due date.
        case noDueDate = "no_due_date"
        /// An amount above R$ 99.999.999,99 takes the factor's positions, so the code carries no due date.
        case amountReplacesFactor = "amount_replaces_factor"
        /// Amount zero: the payer types the amount when paying.
        case amountNotInCode = "amount_not_in_code"
        /// The currency code is not 9 (Real).
        case currencyNotReal = "currency_not_real"
        /// The due date has passed: fees may apply.
        case overdue
    }

    /// Whether a barcode or a linha was typed.
    public let kind: Kind
    /// The bank code, the first three digits.
    public let bankCode: String
    /// The bank, when BoletoKit knows it (other banks' boletos still read; only the name is missing).
    public let bank: BoletoBank?
    /// The currency code: 9 is the Real.
    public let currencyCode: Int
    /// The due-date factor; nil when an amount above R$ 99.999.999,99 took its positions.
    public let factor: Int?
    /// The due date the factor stands for today; nil without one or outside the payment window.
    public let dueDate: CivilDate?
    /// The amount; zero when the payer types it.
    public let amount: Money
    /// The 25-digit campo livre.
    public let campoLivre: String
    /// What the bank's layout says the campo livre holds, for known banks.
    public let campoLivreFields: CampoLivreDescription?
    /// The 44 barcode digits; from a linha, with the general DV as typed.
    public let barcode: String
    /// The linha digitável in its printed form; from a barcode, with the field DVs computed.
    public let linha: String
    /// The check digits.
    public let checks: Checks
    /// Everything wrong or worth knowing, most serious first.
    public let problems: [Problem]

    /// The bank's name, when known.
    public var bankName: String? { bank?.name }

    /// True when nothing blocks payment: every DV holds and the factor is in the payment window.
    public var payable: Bool { !problems.contains { $0.blocking } }

    private enum CodingKeys: String, CodingKey {
        case kind
        case bankCode = "bank_code"
        case bankName = "bank_name"
        case currencyCode = "currency_code"
        case dueDate = "due_date"
        case factor, amount
        case campoLivre = "campo_livre"
        case campoLivreFields = "campo_livre_fields"
        case barcode, linha, checks, payable, problems
    }

    private enum AmountKeys: String, CodingKey {
        case centavos, formatted
    }

    /// Encodes the documented snake_case keys, `null` where a value is absent.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(kind, forKey: .kind)
        try container.encode(bankCode, forKey: .bankCode)
        try container.encode(bankName, forKey: .bankName)
        try container.encode(currencyCode, forKey: .currencyCode)
        try container.encode(dueDate?.iso, forKey: .dueDate)
        try container.encode(factor, forKey: .factor)
        var amountContainer = container.nestedContainer(keyedBy: AmountKeys.self, forKey: .amount)
        try amountContainer.encode(amount.centavos, forKey: .centavos)
        try amountContainer.encode(amount.formatted, forKey: .formatted)
        try container.encode(campoLivre, forKey: .campoLivre)
        try container.encode(campoLivreFields, forKey: .campoLivreFields)
        try container.encode(barcode, forKey: .barcode)
        try container.encode(linha, forKey: .linha)
        try container.encode(checks, forKey: .checks)
        try container.encode(payable, forKey: .payable)
        try container.encode(problems, forKey: .problems)
    }
}
