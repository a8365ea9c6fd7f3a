import BrazilKit

/// Why a BR Code, a Pix key, a txid or an API Pix value was refused; every case names the field.
///
/// `field` is a BR Code element ID ("59", or "26-01" inside a template) or an API Pix JSON path
/// ("valor.original"). Offsets are 0-based and count Unicode scalars of the payload as given, which for
/// the ASCII payloads the spec allows (rails.md §3.1) is the same as bytes.
public enum PixError: Error, Equatable, Sendable {
    /// A TLV element of the payload cannot be read: its ID, its length or its value.
    case malformedElement(field: String, offset: Int, problem: ElementProblem)
    /// An element is present but not where EMV requires it (00 first, 63 last).
    case misplacedField(field: String, offset: Int, expected: FieldPlacement)
    /// A mandatory element or JSON field is absent.
    case missingField(field: String)
    /// The element holds a value other than the ones the spec allows (00 = "01", 53 = "986", …).
    case unexpectedValue(field: String, offset: Int?, found: String, expected: [String])
    /// The value does not have the shape the spec gives; `pattern` is written as a regular expression.
    case invalidFormat(field: String, offset: Int?, value: String, pattern: String)
    /// The CRC in element 63 is not the CRC of the payload (only raised when a valid CRC is required).
    case crcMismatch(expected: String, found: String)
    /// The field is empty, or nothing is left of it once normalised.
    case emptyField(field: String)
    /// The field is longer than the spec allows.
    case fieldTooLong(field: String, maximum: Int, actual: Int)
    /// A character that cannot appear in the field, at its 1-based position in the value.
    case invalidCharacter(field: String, character: Character, position: Int)
    /// The same element would be written twice (an extra element reusing an ID the model writes).
    case duplicateField(field: String)
    /// Two fields that the spec does not allow together (a key and a location in the same BR Code).
    case conflictingFields(field: String, conflictsWith: String)
    /// A list holds more items than the spec allows.
    case tooManyItems(field: String, maximum: Int, actual: Int)
    /// An amount that cannot be used where it was given.
    case invalidAmount(field: String, value: String, problem: AmountProblem)
    /// A Pix key (chave) that is not valid for any DICT key type, or not for the one asked.
    case invalidKey(value: String, problem: PixKeyProblem)
    /// A txid that breaks the rule of where it is used (cob, cobv, cobr, static BR Code).
    case invalidTxid(value: String, rule: TxidRule, problem: IdentifierProblem)
    /// Another API Pix identifier (idRec, idSolicRec, devolução id, endToEndId) with the wrong shape.
    case invalidIdentifier(field: String, value: String, problem: IdentifierProblem)

    /// What is wrong with the bytes of one TLV element.
    public enum ElementProblem: Equatable, Sendable {
        /// Fewer than the four characters of ID and length are left.
        case truncatedHeader(remaining: Int)
        /// The ID is not two digits.
        case nonNumericID(String)
        /// The length is not two digits.
        case nonNumericLength(String)
        /// A length of 00: EMV lengths run from 01 to 99.
        case zeroLength
        /// The declared length runs past the end of the payload or template.
        case valueOverrunsPayload(declared: Int, available: Int)
        /// The same ID appears twice in one template.
        case duplicateID
    }

    /// Where EMV requires an element to be.
    public enum FieldPlacement: Equatable, Sendable {
        /// The first element of the payload (00).
        case first
        /// The last element of the payload (63).
        case last
    }

    /// Why an amount was refused.
    public enum AmountProblem: Equatable, Sendable {
        /// Not a decimal with a dot and the allowed number of places (API Pix: `\d{1,10}\.\d{2}`).
        case notADecimal
        /// Below zero.
        case negative
        /// Zero where an amount must be positive (BR Code 54: omit it instead).
        case notPositive
        /// More digits than the field holds.
        case tooLarge(maximum: String)
    }

    /// Why a Pix key was refused (rails.md §3.2).
    public enum PixKeyProblem: Equatable, Sendable {
        /// Nothing was given.
        case empty
        /// Longer than the 77 characters a key may have.
        case tooLong(actual: Int)
        /// The text could not be recognised as any key type.
        case unrecognised
        /// A CPF key whose digits are not a valid CPF.
        case invalidCPF(DocumentError)
        /// A CNPJ key whose characters are not a valid CNPJ.
        case invalidCNPJ(DocumentError)
        /// Eleven digits that are not a valid CPF; a phone key would have to start with +55.
        case notCPFNorPhone(DocumentError)
        /// Digits shaped like a Brazilian phone number without the "+55" that phone keys carry.
        case phoneWithoutCountryCode
        /// A phone number outside Brazil: DICT keys are "+55" numbers.
        case foreignPhone
        /// A "+55" number that is not a valid Brazilian phone number.
        case invalidPhone(FieldFormatError)
        /// An e-mail address without exactly one "@".
        case emailWithoutAtSign
        /// A character the DICT e-mail pattern does not allow, at its 1-based position.
        case emailInvalidCharacter(Character, position: Int)
        /// A domain part that is not made of DNS labels (letters, digits, inner hyphens, 1–63 long).
        case emailInvalidDomain
        /// A random key (EVP) that is not a lowercase UUID `8-4-4-4-12`.
        case invalidRandomKey
    }

    /// Why a txid or another identifier was refused.
    public enum IdentifierProblem: Equatable, Sendable {
        /// The length is outside the allowed range.
        case wrongLength(allowed: ClosedRange<Int>, actual: Int)
        /// A character outside `[a-zA-Z0-9]` (or the identifier's own alphabet), at its 1-based position.
        case invalidCharacter(Character, position: Int)
        /// The fixed prefix is not there ("RR"/"RN" for idRec, "SC" for idSolicRec, "E"/"D" for ids of SPI messages).
        case wrongPrefix(expected: [String])
        /// The date embedded in the identifier (yyyyMMdd) is not a real date.
        case invalidDate(String)
    }
}
