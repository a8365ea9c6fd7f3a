/// How the text of a statement was decoded.
public enum OFXTextEncoding: String, Sendable, Equatable {
    /// Only ASCII bytes: every decoding agrees.
    case ascii
    /// UTF-8 (with or without a byte-order mark).
    case utf8
    /// Windows-1252, which Brazilian banks declare as `CHARSET:1252` (ISO-8859-1 is read the same way).
    case windows1252
    /// Some values were UTF-8 and others Windows-1252: a file stitched together from two sources.
    case mixed

    /// The encoding after also seeing a value in `other`.
    func merged(with other: OFXTextEncoding) -> OFXTextEncoding {
        switch (self, other) {
        case (.ascii, _): other
        case (_, .ascii): self
        case _ where self == other: self
        default: .mixed
        }
    }
}

/// Turns value bytes into text.
///
/// The encoding is decided per value, not per file: banks declare `CHARSET:1252` and send UTF-8
/// (Nubank), or declare nothing. A non-ASCII value that is valid UTF-8 is read as UTF-8 — a real
/// Windows-1252 memo is practically never valid UTF-8 by accident ("Ã©" would have to be meant) —
/// and anything else as Windows-1252, which also covers ISO-8859-1 text (WHATWG treats the
/// ISO-8859-1 label as Windows-1252 for the same reason).
enum OFXTextDecoding {
    /// The text of a leaf value, trimmed, with character entities (`&amp;`, `&#233;`) resolved.
    ///
    /// Everything happens on bytes and the `String` is made once from UTF-8: building text scalar by
    /// scalar was most of the parse time of a large statement.
    static func decode(_ raw: ArraySlice<UInt8>) -> (text: String, encoding: OFXTextEncoding) {
        let bytes = raw.ofxTrimmed()
        var asciiOnly = true
        var hasEntity = false
        for byte in bytes {
            if byte >= 0x80 { asciiOnly = false }
            if byte == UInt8(ascii: "&") { hasEntity = true }
        }
        if asciiOnly, !hasEntity { return (String(decoding: bytes, as: UTF8.self), .ascii) }

        let encoding: OFXTextEncoding
        var utf8: ArraySlice<UInt8>
        if asciiOnly {
            encoding = .ascii
            utf8 = bytes
        } else if isValidUTF8(bytes) {
            encoding = .utf8
            utf8 = bytes
        } else {
            encoding = .windows1252
            utf8 = utf8FromWindows1252(bytes)[...]
        }
        if hasEntity { utf8 = resolveEntities(utf8)[...] }
        return (String(decoding: utf8, as: UTF8.self), encoding)
    }

    /// Windows-1252 bytes re-encoded as UTF-8.
    static func utf8FromWindows1252(_ bytes: ArraySlice<UInt8>) -> [UInt8] {
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count + bytes.count / 4)
        for byte in bytes {
            if byte < 0x80 {
                result.append(byte)
            } else {
                appendUTF8(windows1252Scalar(byte).value, to: &result)
            }
        }
        return result
    }

    /// Appends one scalar value as UTF-8.
    static func appendUTF8(_ value: UInt32, to result: inout [UInt8]) {
        switch value {
        case ..<0x80:
            result.append(UInt8(value))
        case ..<0x800:
            result.append(0xC0 | UInt8(value >> 6))
            result.append(0x80 | UInt8(value & 0x3F))
        case ..<0x10000:
            result.append(0xE0 | UInt8(value >> 12))
            result.append(0x80 | UInt8((value >> 6) & 0x3F))
            result.append(0x80 | UInt8(value & 0x3F))
        default:
            result.append(0xF0 | UInt8(value >> 18))
            result.append(0x80 | UInt8((value >> 12) & 0x3F))
            result.append(0x80 | UInt8((value >> 6) & 0x3F))
            result.append(0x80 | UInt8(value & 0x3F))
        }
    }

    /// The Unicode scalar for one Windows-1252 byte.
    ///
    /// 0x80–0x9F hold typographic characters (– • “ ” €) that bank memos do use; the five codes
    /// Windows leaves undefined map to the C1 controls of the same value, as Latin-1 would.
    static func windows1252Scalar(_ byte: UInt8) -> Unicode.Scalar {
        guard byte >= 0x80, byte <= 0x9F else { return Unicode.Scalar(byte) }
        let value = highControlTable[Int(byte - 0x80)]
        return Unicode.Scalar(value) ?? Unicode.Scalar(byte)
    }

    private static let highControlTable: [UInt32] = [
        0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
        0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
        0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
        0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
    ]

    /// Strict UTF-8 validation: no overlong forms, no surrogates, nothing above U+10FFFF.
    static func isValidUTF8(_ bytes: ArraySlice<UInt8>) -> Bool {
        var index = bytes.startIndex
        let end = bytes.endIndex
        while index < end {
            let lead = bytes[index]
            if lead < 0x80 {
                index += 1
                continue
            }
            let length: Int
            var lower: UInt8 = 0x80
            var upper: UInt8 = 0xBF
            switch lead {
            case 0xC2...0xDF: length = 2
            case 0xE0:
                length = 3
                lower = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED:
                length = 3
                upper = 0x9F
            case 0xF0:
                length = 4
                lower = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4:
                length = 4
                upper = 0x8F
            default: return false
            }
            guard end - index >= length else { return false }
            guard bytes[index + 1] >= lower, bytes[index + 1] <= upper else { return false }
            for offset in 2..<length {
                guard bytes[index + offset] & 0xC0 == 0x80 else { return false }
            }
            index += length
        }
        return true
    }

    /// Replaces the XML entities and numeric character references in UTF-8 bytes; unknown ones stay
    /// as written, because SGML files from banks also contain a bare "&" ("TOK & STOK").
    static func resolveEntities(_ bytes: ArraySlice<UInt8>) -> [UInt8] {
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        var index = bytes.startIndex
        let end = bytes.endIndex
        while let ampersand = bytes[index..<end].firstIndex(of: UInt8(ascii: "&")) {
            // Copy the plain run in one go; entity names are short, so ";" is looked for nearby only.
            result.append(contentsOf: bytes[index..<ampersand])
            if let semicolon = bytes[ampersand..<min(end, ampersand + 12)].firstIndex(of: UInt8(ascii: ";")),
                let value = entityValue(bytes[(ampersand + 1)..<semicolon])
            {
                appendUTF8(value, to: &result)
                index = semicolon + 1
            } else {
                result.append(UInt8(ascii: "&"))
                index = ampersand + 1
            }
        }
        result.append(contentsOf: bytes[index..<end])
        return result
    }

    /// The scalar value an entity name stands for: `amp`, `lt`, `gt`, `quot`, `apos`, `nbsp` (in
    /// either case), `#233` or `#xE9`. Nil for anything else, including NUL and surrogates.
    private static func entityValue(_ name: ArraySlice<UInt8>) -> UInt32? {
        if name.ofxEqualsIgnoringCase("amp") { return 0x26 }
        if name.ofxEqualsIgnoringCase("lt") { return 0x3C }
        if name.ofxEqualsIgnoringCase("gt") { return 0x3E }
        if name.ofxEqualsIgnoringCase("quot") { return 0x22 }
        if name.ofxEqualsIgnoringCase("apos") { return 0x27 }
        if name.ofxEqualsIgnoringCase("nbsp") { return 0xA0 }
        guard name.first == UInt8(ascii: "#") else { return nil }
        var digits = name.dropFirst()
        var radix: UInt32 = 10
        if let marker = digits.first, marker == UInt8(ascii: "x") || marker == UInt8(ascii: "X") {
            radix = 16
            digits = digits.dropFirst()
        }
        guard !digits.isEmpty, digits.count <= 8 else { return nil }
        var value: UInt32 = 0
        for digit in digits {
            let number: UInt32
            switch digit {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): number = UInt32(digit - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f") where radix == 16:
                number = UInt32(digit - UInt8(ascii: "a") + 10)
            case UInt8(ascii: "A")...UInt8(ascii: "F") where radix == 16:
                number = UInt32(digit - UInt8(ascii: "A") + 10)
            default: return nil
            }
            value = value * radix + number
        }
        guard value != 0, value <= 0x10FFFF, !(0xD800...0xDFFF).contains(value) else { return nil }
        return value
    }
}
