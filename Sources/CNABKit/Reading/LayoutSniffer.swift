/// Tells the layout of a file from its first record, by content rather than length (real files
/// strip trailing blanks, so a CNAB 240 header may have 153 characters).
enum LayoutSniffer {
    static func layout(of line: RawLine) -> CNABLayout? {
        let bytes = line.bytes
        func byte(_ position: Int) -> UInt8 { position <= bytes.count ? bytes[position - 1] : ASCII.space }
        func digits(_ range: ClosedRange<Int>) -> Bool { range.allSatisfy { ASCII.isDigit(byte($0)) } }
        // CNAB 240: bank and lot digits, record type 0/1/3/5/9 at 8 (a file may wrongly start with a lot).
        if digits(1...7),
            [UInt8(ascii: "0"), UInt8(ascii: "1"), UInt8(ascii: "3"), UInt8(ascii: "5"), UInt8(ascii: "9")]
                .contains(byte(8))
        {
            return .cnab240
        }
        // CNAB 150: header A with remessa/retorno code 1 or 2.
        if byte(1) == UInt8(ascii: "A"), byte(2) == UInt8(ascii: "1") || byte(2) == UInt8(ascii: "2") {
            return .cnab150
        }
        // CNAB 400: header 0 with 1/2 and REMESSA/RETORNO, or at least a 0 in a line of 400-ish.
        if byte(1) == UInt8(ascii: "0") {
            if byte(2) == UInt8(ascii: "1") || byte(2) == UInt8(ascii: "2") { return .cnab400 }
            if line.length >= 300 { return .cnab400 }
        }
        return nil
    }
}
