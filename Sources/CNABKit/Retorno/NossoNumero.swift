/// The bank's identification of a título, kept exactly as the file has it and offered in a
/// normalised form to match against stored títulos whatever padding each bank uses.
public struct NossoNumero: Sendable, Hashable, CustomStringConvertible {
    /// The field as in the file, blanks trimmed: "14499570000020673", "000000000303".
    public let raw: String

    /// Wraps the field as read.
    public init(raw: String) {
        self.raw = raw
    }

    /// Letters and digits only, uppercase, without leading zeros: "0000000001406" → "1406",
    /// "2681196/1-1" → "268119611". Letters stay because some check digits are letters (Bradesco's `P`).
    public var normalized: String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(raw.utf8.count)
        for var byte in raw.utf8 {
            if byte >= 0x61 && byte <= 0x7A { byte -= 0x20 }
            let isDigit = byte >= 0x30 && byte <= 0x39
            let isLetter = byte >= 0x41 && byte <= 0x5A
            guard isDigit || isLetter else { continue }
            if bytes.isEmpty && byte == 0x30 { continue }
            bytes.append(byte)
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The raw form.
    public var description: String { raw }
}
