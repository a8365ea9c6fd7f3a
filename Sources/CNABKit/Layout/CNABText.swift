import BrazilKit

/// Text as CNAB wants it: printable ASCII, accents folded, optionally uppercase (rails.md §2.1:
/// "uppercase ASCII without accents (all manuals)").
public enum CNABText {
    /// Folds `text` to printable ASCII bytes: "Conceição, nº 5" → "Conceicao, no 5" (or uppercase).
    ///
    /// Accented letters go through BrazilKit's `SearchText` table, so every part of Adimple folds
    /// names the same way; symbols without an ASCII form and control characters become blanks.
    public static func ascii(_ text: String, uppercase: Bool) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value >= 0x20 && value < 0x7F {
                var byte = UInt8(value)
                if uppercase && byte >= 0x61 && byte <= 0x7A { byte -= 0x20 }
                output.append(byte)
                continue
            }
            if value < 0x80 {
                output.append(ASCII.space)  // tab, line break, other control characters
                continue
            }
            if scalar.properties.generalCategory == .nonspacingMark { continue }  // decomposed accents
            let folded = Array(SearchText.fold(String(scalar)).utf8)
            guard !folded.isEmpty else {
                output.append(ASCII.space)
                continue
            }
            // SearchText lowercases; keep the writer's case: uppercase when asked or when the letter was.
            let upper = uppercase || scalar.properties.isUppercase
            for var byte in folded {
                if upper && byte >= 0x61 && byte <= 0x7A { byte -= 0x20 }
                output.append(byte)
            }
        }
        return output
    }
}

extension CNABText {
    /// `text` padded on the left with zeros to `length` (longer text is left as is, for the field to refuse).
    static func zeroPadded(_ text: String, _ length: Int) -> String {
        let count = text.utf8.count
        return count >= length ? text : String(repeating: "0", count: length - count) + text
    }
}
