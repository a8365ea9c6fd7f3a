/// A Brazilian phone number: a real area code (DDD) and an 8-digit landline or 9-digit mobile number.
public struct BrazilianPhone: Hashable, Sendable, Codable, CustomStringConvertible {
    /// The two-digit area code, e.g. "11".
    public let ddd: String
    /// The subscriber number: eight digits for a landline, nine starting with 9 for a mobile.
    public let number: String

    /// Area codes in use according to Anatel's numbering plan; the others in 11–99 were never assigned.
    static let validDDDs: Set<Int> = Set(
        [
            11...19, 21...22, 24...24, 27...28, 31...35, 37...38, 41...49, 51...51, 53...55, 61...69, 71...71,
            73...75, 77...77, 79...79, 81...89, 91...99,
        ].joined())

    /// Reads "(11) 98765-4321", "11987654321", "+55 11 98765-4321", "5511987654321" or "011 98765-4321".
    public init(_ text: String) throws(FieldFormatError) {
        func fail(_ pt: String, _ en: String) -> FieldFormatError {
            FieldFormatError(field: "phone", value: text, reasonPT: pt, reasonEN: en)
        }
        let trimmed = text.trimmedWhitespace()
        let international = trimmed.first == "+"
        var digits: [UInt8] = []
        for character in international ? trimmed.dropFirst() : trimmed {
            if character == "(" || character == ")" || character == "-" || character == "." || character.isWhitespace {
                continue
            }
            guard let ascii = character.asciiValue, ascii.isASCIIDigit else {
                throw fail(
                    "use apenas dígitos, espaços, parênteses, hífen e + no início",
                    "only digits, spaces, parentheses, hyphens and a leading + are allowed")
            }
            digits.append(ascii)
        }
        guard !digits.isEmpty else { throw fail("não informado", "missing") }

        let countryCode: [UInt8] = Array("55".utf8)
        if international {
            guard digits.starts(with: countryCode) else {
                throw fail("apenas números do Brasil (+55) são aceitos", "only Brazilian numbers (+55) are accepted")
            }
            digits.removeFirst(2)
        } else if (12...13).contains(digits.count), digits.starts(with: countryCode) {
            digits.removeFirst(2)
        } else if (11...12).contains(digits.count), digits[0] == UInt8(ascii: "0") {
            // The national trunk prefix, as in "011 3456-7890".
            digits.removeFirst()
        }
        guard (10...11).contains(digits.count) else {
            throw fail(
                "informe DDD e número, com 10 ou 11 dígitos",
                "expected the area code (DDD) and number, 10 or 11 digits")
        }

        let ddd = Int(digits[0] - UInt8(ascii: "0")) * 10 + Int(digits[1] - UInt8(ascii: "0"))
        guard Self.validDDDs.contains(ddd) else {
            let code = String(decoding: digits[..<2], as: UTF8.self)
            throw fail("DDD \(code) não existe", "area code (DDD) \(code) does not exist")
        }
        let subscriber = digits[2...]
        let first = subscriber.first ?? 0
        if subscriber.count == 9 {
            guard first == UInt8(ascii: "9") else {
                throw fail("celular com 9 dígitos deve começar com 9", "a 9-digit mobile number must start with 9")
            }
        } else {
            // Anatel's plan gives landlines 2–5 as first digit; 8-digit numbers starting 6–9 are
            // mobiles from before the ninth digit was added (completed in 2016) and no longer ring.
            guard (UInt8(ascii: "2")...UInt8(ascii: "5")).contains(first) else {
                throw fail(
                    "telefone fixo deve começar com 2, 3, 4 ou 5 (celular tem 9 dígitos)",
                    "a landline number must start with 2, 3, 4 or 5 (mobiles have 9 digits)")
            }
        }
        self.ddd = String(decoding: digits[..<2], as: UTF8.self)
        self.number = String(decoding: subscriber, as: UTF8.self)
    }

    /// True for a 9-digit mobile number.
    public var isMobile: Bool { number.utf8.count == 9 }

    /// Area code and number without the country code: "11987654321".
    public var digits: String { ddd + number }

    /// The E.164 form for SMS and WhatsApp gateways: "+5511987654321".
    public var e164: String { "+55" + ddd + number }

    /// The form Brazilians write: "(11) 98765-4321", "(11) 3456-7890".
    public var formatted: String {
        let split = number.index(number.endIndex, offsetBy: -4)
        return "(\(ddd)) \(number[..<split])-\(number[split...])"
    }

    /// The written form, same as ``formatted``.
    public var description: String { formatted }

    /// Decodes any accepted written form, checking it like ``init(_:)``.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        do {
            self = try BrazilianPhone(text)
        } catch {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: error.message(.en))
        }
    }

    /// Encodes the E.164 form, unambiguous for any system that receives it.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(e164)
    }
}
