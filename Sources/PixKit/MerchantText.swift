import BrazilKit

/// How ``BRCode/encode(merchantTextCase:)`` writes the merchant name and city.
public enum MerchantTextCase: Hashable, Sendable {
    /// Keep the letter case given ("Fulano de Tal"), as the BCB examples do.
    case preserved
    /// Uppercase them ("FULANO DE TAL"), as many PSPs and libraries do.
    case uppercased
}

/// Turns names and free text into what every payer's app reads: printable ASCII only.
///
/// ``BRCode/encode(merchantTextCase:)`` applies it to name and city; it is public so a settings form can
/// show the company how its name will appear to payers. The EMV "ans" format is the printable ASCII range and rails.md §3.1 says to strip accents from name and
/// city; an "É" that one app shows may make another refuse the whole code. Accents are removed with
/// BrazilKit's ``SearchText/fold(_:)`` table, one character at a time so the letter case survives.
public enum MerchantText {
    /// ASCII text with accents removed, control characters and runs of whitespace turned into one space,
    /// trimmed, optionally uppercased, and cut to `limit` characters (then trimmed again).
    public static func normalize(_ text: String, limit: Int? = nil, letterCase: MerchantTextCase = .preserved) -> String
    {
        var output = ""
        output.reserveCapacity(text.utf8.count)
        var spacePending = false
        for character in text {
            let replacement = ascii(for: character)
            if replacement.isEmpty {
                spacePending = !output.isEmpty
                continue
            }
            if spacePending {
                output.append(" ")
                spacePending = false
            }
            output += letterCase == .uppercased ? replacement.uppercased() : replacement
        }
        guard let limit, output.count > limit else { return output }
        return String(output.prefix(limit).trimmingTrailingSpaces())
    }

    /// The ASCII letters for one character; empty for a space, a control character or anything with no
    /// Latin reading (an emoji, a dash from a word processor), which become a word break.
    private static func ascii(for character: Character) -> String {
        if let value = character.asciiValue {
            return value > 0x20 && value < 0x7F ? String(character) : ""
        }
        // SearchText folds to lowercase ASCII for Latin letters ("Ç" → "c", "ß" → "ss") and keeps other
        // scripts as they are, which BR Codes cannot carry, so only an all-ASCII fold is used.
        let folded = SearchText.fold(String(character))
        guard !folded.isEmpty, folded.utf8.allSatisfy({ $0 < 0x80 }) else { return "" }
        return character.isUppercase ? folded.uppercased() : folded
    }

    /// The first non-printable-ASCII character and its 1-based position, for fields that are checked
    /// rather than normalised (keys, URLs, txids, extra elements).
    static func firstNonPrintableASCII(in text: String) -> (character: Character, position: Int)? {
        for (offset, character) in text.enumerated() {
            guard let value = character.asciiValue, value >= 0x20, value < 0x7F else {
                return (character, offset + 1)
            }
        }
        return nil
    }
}

extension Substring {
    fileprivate func trimmingTrailingSpaces() -> Substring {
        var result = self
        while result.last == " " { result = result.dropLast() }
        return result
    }
}
