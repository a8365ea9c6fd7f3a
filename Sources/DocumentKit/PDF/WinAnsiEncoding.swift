/// Unicode → WinAnsiEncoding (Windows code page 1252, as PDF defines it in Annex D), the
/// single-byte encoding the standard 14 fonts are declared with so that Portuguese prints right.
///
/// 0x20–0x7E are ASCII and 0xA0–0xFF are Latin-1, so the accented letters of Portuguese
/// (á â ã à é ê í ó ô õ ú ü ç and capitals, º ª) are their own code points. 0x80–0x9F hold the
/// typographic extras (€ … – — “ ” ‘ ’ • ™ …). Anything else becomes `?`, never a dropped
/// character, so that a value that cannot be printed is visibly wrong rather than silently short.
enum WinAnsiEncoding {
    static let questionMark = UInt8(ascii: "?")
    static let ellipsis: UInt8 = 0x85

    /// Appends the encoding of `string` to `output`.
    ///
    /// - Parameter keepNewlines: keep line feeds as 0x0A (paragraphs wrap on them); otherwise
    ///   every control character becomes a space, since a single line has no use for them.
    static func encode(_ string: String, into output: inout [UInt8], keepNewlines: Bool = false) {
        for scalar in string.unicodeScalars {
            let value = scalar.value
            if value >= 0x20 && value < 0x7F {
                output.append(UInt8(truncatingIfNeeded: value))
            } else if value >= 0xA0 && value <= 0xFF {
                output.append(UInt8(truncatingIfNeeded: value))
            } else if value < 0x20 || value == 0x7F {
                output.append(keepNewlines && value == 0x0A ? 0x0A : 0x20)
            } else if let mark = CombiningMark(rawValue: value) {
                // Text typed on some systems arrives decomposed (NFD): "a" + U+0303. Without
                // Foundation there is no normalisation, so compose the Latin-1 cases here.
                if let last = output.last, let composed = mark.compose(with: last) {
                    output[output.count - 1] = composed
                }
            } else if let byte = extraByte(for: value) {
                if byte != 0 { output.append(byte) }
            } else {
                output.append(questionMark)
            }
        }
    }

    /// The byte for characters outside ASCII and Latin-1, 0 to drop a character that has no
    /// width (zero-width joiners, variation selectors), or nil when WinAnsi has no such glyph.
    private static func extraByte(for value: UInt32) -> UInt8? {
        switch value {
        case 0x20AC: 0x80  // €
        case 0x201A: 0x82  // ‚
        case 0x0192: 0x83  // ƒ
        case 0x201E: 0x84  // „
        case 0x2026: 0x85  // …
        case 0x2020: 0x86  // †
        case 0x2021: 0x87  // ‡
        case 0x02C6: 0x88  // ˆ
        case 0x2030: 0x89  // ‰
        case 0x0160: 0x8A  // Š
        case 0x2039: 0x8B  // ‹
        case 0x0152: 0x8C  // Œ
        case 0x017D: 0x8E  // Ž
        case 0x2018: 0x91  // ‘
        case 0x2019: 0x92  // ’
        case 0x201C: 0x93  // “
        case 0x201D: 0x94  // ”
        case 0x2022: 0x95  // •
        case 0x2013: 0x96  // –
        case 0x2014: 0x97  // —
        case 0x02DC: 0x98  // ˜
        case 0x2122: 0x99  // ™
        case 0x0161: 0x9A  // š
        case 0x203A: 0x9B  // ›
        case 0x0153: 0x9C  // œ
        case 0x017E: 0x9E  // ž
        case 0x0178: 0x9F  // Ÿ
        // Look-alikes with no WinAnsi glyph: the minus sign of "(−) Desconto", the various
        // hyphens and spaces users paste from word processors.
        case 0x2212, 0x2010, 0x2011: 0x2D
        case 0x2000...0x200A, 0x202F, 0x205F: 0x20
        case 0x200B...0x200D, 0x2060, 0xFE00...0xFE0F, 0xFEFF: 0
        default: nil
        }
    }

    /// The combining marks whose compositions with ASCII letters exist in Latin-1.
    private enum CombiningMark: UInt32 {
        case grave = 0x300, acute = 0x301, circumflex = 0x302, tilde = 0x303
        case diaeresis = 0x308, ring = 0x30A, cedilla = 0x327

        /// Base letters and their composed bytes, in matching order.
        private var table: (bases: StaticString, composed: [UInt8]) {
            switch self {
            case .grave: ("AEIOUaeiou", [0xC0, 0xC8, 0xCC, 0xD2, 0xD9, 0xE0, 0xE8, 0xEC, 0xF2, 0xF9])
            case .acute:
                ("AEIOUYaeiouy", [0xC1, 0xC9, 0xCD, 0xD3, 0xDA, 0xDD, 0xE1, 0xE9, 0xED, 0xF3, 0xFA, 0xFD])
            case .circumflex: ("AEIOUaeiou", [0xC2, 0xCA, 0xCE, 0xD4, 0xDB, 0xE2, 0xEA, 0xEE, 0xF4, 0xFB])
            case .tilde: ("ANOano", [0xC3, 0xD1, 0xD5, 0xE3, 0xF1, 0xF5])
            case .diaeresis:
                ("AEIOUYaeiouy", [0xC4, 0xCB, 0xCF, 0xD6, 0xDC, 0x9F, 0xE4, 0xEB, 0xEF, 0xF6, 0xFC, 0xFF])
            case .ring: ("Aa", [0xC5, 0xE5])
            case .cedilla: ("Cc", [0xC7, 0xE7])
            }
        }

        func compose(with base: UInt8) -> UInt8? {
            let (bases, composed) = table
            return bases.withUTF8Buffer { letters in
                letters.firstIndex(of: base).map { composed[$0] }
            }
        }
    }
}
