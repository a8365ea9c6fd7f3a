/// Byte tests for the ASCII-only formats of BR Codes and API Pix. BrazilKit keeps its own byte helpers
/// internal, so PixKit has these few in one place.
enum ASCII {
    static func isDigit(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }

    static func isUppercaseLetter(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z")
    }

    static func isLowercaseLetter(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")
    }

    /// `[a-zA-Z0-9]`, the alphabet of txids and most API Pix identifiers.
    static func isAlphanumeric(_ byte: UInt8) -> Bool {
        isDigit(byte) || isUppercaseLetter(byte) || isLowercaseLetter(byte)
    }

    /// True when `text` is exactly `count` ASCII digits (`\d{count}`).
    static func isDigits(_ text: some StringProtocol, count: Int) -> Bool {
        text.utf8.count == count && text.utf8.allSatisfy(isDigit)
    }
}
