/// Folding names and text into a plain form for search: "ÁGUA-MARINHA Ltda." is found by "agua marinha".
///
/// It runs once per customer on bulk imports of a million rows, so it walks Unicode scalars into a byte
/// buffer with a lookup table instead of going through Foundation's locale-aware transforms.
public enum SearchText {
    /// Lowercases, strips diacritics (á→a, ç→c, ß→ss), turns punctuation and runs of whitespace into
    /// single spaces and trims: "José da Conceição" becomes "jose da conceicao".
    public static func fold(_ text: String) -> String {
        var output: [UInt8] = []
        output.reserveCapacity(text.utf8.count)
        var separatorPending = false

        func emit(_ byte: UInt8) {
            // Separators are emitted lazily, so leading, trailing and repeated ones vanish.
            if separatorPending {
                if !output.isEmpty { output.append(UInt8(ascii: " ")) }
                separatorPending = false
            }
            output.append(byte)
        }

        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value < 0x80 {
                let byte = UInt8(value)
                if byte.isASCIIDigit || (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) {
                    emit(byte)
                } else if (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) {
                    emit(byte + 32)
                } else {
                    separatorPending = true
                }
            } else if value >= tableStart, value < tableEnd {
                let (first, second) = latinTable[Int(value - tableStart)]
                if first == 0 {
                    separatorPending = true
                } else {
                    emit(first)
                    if second != 0 { output.append(second) }
                }
            } else {
                let properties = scalar.properties
                switch properties.generalCategory {
                case .nonspacingMark, .spacingMark, .enclosingMark:
                    // A combining accent of decomposed input ("e" + U+0301) belongs to the letter before it.
                    continue
                default:
                    break
                }
                if properties.isAlphabetic || properties.numericType != nil {
                    // Letters outside Latin (Greek, Cyrillic, CJK) are kept, lowercased: the standard
                    // library offers no decomposition to strip their marks, and they are rare here.
                    for byte in properties.lowercaseMapping.utf8 { emit(byte) }
                } else {
                    separatorPending = true
                }
            }
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// The distinct words of the folded text, in order of first appearance.
    public static func words(_ text: String) -> [String] {
        var seen: Set<Substring> = []
        return fold(text).split(separator: " ").filter { seen.insert($0).inserted }.map(String.init)
    }

    /// Only the ASCII digits of the text, for searching by CPF, CNPJ, phone or CEP however it was typed.
    public static func digits(_ text: String) -> String {
        String(decoding: text.utf8.filter(\.isASCIIDigit), as: UTF8.self)
    }

    private static let tableStart: UInt32 = 0xA0
    private static let tableEnd: UInt32 = 0x180

    /// ASCII replacements for Latin-1 Supplement and Latin Extended-A (U+00A0–U+017F), which hold every
    /// accented letter of Portuguese names and most European ones; (0, 0) marks a separator.
    private static let latinTable: [(UInt8, UInt8)] = {
        var table = Array(repeating: (UInt8(0), UInt8(0)), count: Int(tableEnd - tableStart))
        let replacements: [(ClosedRange<UInt32>, String)] = [
            (0xAA...0xAA, "a"), (0xB2...0xB2, "2"), (0xB3...0xB3, "3"), (0xB9...0xB9, "1"), (0xBA...0xBA, "o"),
            (0xC0...0xC5, "a"), (0xC6...0xC6, "ae"), (0xC7...0xC7, "c"), (0xC8...0xCB, "e"), (0xCC...0xCF, "i"),
            (0xD0...0xD0, "d"), (0xD1...0xD1, "n"), (0xD2...0xD6, "o"), (0xD8...0xD8, "o"), (0xD9...0xDC, "u"),
            (0xDD...0xDD, "y"), (0xDE...0xDE, "th"), (0xDF...0xDF, "ss"),
            (0xE0...0xE5, "a"), (0xE6...0xE6, "ae"), (0xE7...0xE7, "c"), (0xE8...0xEB, "e"), (0xEC...0xEF, "i"),
            (0xF0...0xF0, "d"), (0xF1...0xF1, "n"), (0xF2...0xF6, "o"), (0xF8...0xF8, "o"), (0xF9...0xFC, "u"),
            (0xFD...0xFD, "y"), (0xFE...0xFE, "th"), (0xFF...0xFF, "y"),
            (0x100...0x105, "a"), (0x106...0x10D, "c"), (0x10E...0x111, "d"), (0x112...0x11B, "e"),
            (0x11C...0x123, "g"), (0x124...0x127, "h"), (0x128...0x131, "i"), (0x132...0x133, "ij"),
            (0x134...0x135, "j"), (0x136...0x138, "k"), (0x139...0x142, "l"), (0x143...0x14B, "n"),
            (0x14C...0x151, "o"), (0x152...0x153, "oe"), (0x154...0x159, "r"), (0x15A...0x161, "s"),
            (0x162...0x167, "t"), (0x168...0x173, "u"), (0x174...0x175, "w"), (0x176...0x178, "y"),
            (0x179...0x17E, "z"), (0x17F...0x17F, "s"),
        ]
        for (range, letters) in replacements {
            let bytes = Array(letters.utf8)
            for value in range {
                table[Int(value - tableStart)] = (bytes[0], bytes.count > 1 ? bytes[1] : 0)
            }
        }
        return table
    }()
}
