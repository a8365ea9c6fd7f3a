/// Recognises the balance pseudo-transactions some banks list among the statement lines.
///
/// Banco do Brasil writes "Saldo Anterior" and "Saldo do dia" as `STMTTRN`s (often with an empty
/// `FITID` and a zero or balance-sized amount); Itaú writes "SALDO ANTERIOR" and "SALDO TOTAL
/// DISPONÍVEL DIA". They are not money that moved, and matching them against charges would be wrong.
/// Only these fixed phrases count, so a real line that merely mentions a balance is left alone.
enum OFXBalanceLines {
    /// Whether the memo or the name is one of the balance phrases.
    static func isBalanceLine(memo: String?, name: String?) -> Bool {
        [memo, name].contains { text in
            // Cheap filter first: every phrase starts with S, and this runs for every line.
            guard let text, let first = text.unicodeScalars.first(where: { !$0.properties.isWhitespace }),
                first == "S" || first == "s"
            else { return false }
            let folded = fold(text)
            return folded == "SALDO" || phrases.contains { folded == $0 || folded.hasPrefix($0 + " ") }
        }
    }

    /// Phrases that may be followed by a date or an account ("SALDO DO DIA 31/08"). A bare "SALDO"
    /// only counts alone, since "SALDO DEVEDOR - JUROS" is a real charge.
    private static let phrases = [
        "SALDO ANTERIOR", "SALDO DO DIA", "SALDO DIA", "SALDO TOTAL DISPONIVEL DIA", "SALDO FINAL",
        "SALDO INICIAL", "SALDO DISPONIVEL", "SALDO BLOQUEADO", "S A L D O",
    ]

    /// Uppercase ASCII without accents, inner whitespace collapsed: "Saldo  do Dia" → "SALDO DO DIA".
    static func fold(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in text.uppercased().unicodeScalars {
            scalars.append(accentless[scalar] ?? scalar)
        }
        return String(scalars).split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    private static let accentless: [Unicode.Scalar: Unicode.Scalar] = [
        "Á": "A", "À": "A", "Â": "A", "Ã": "A", "Ä": "A", "É": "E", "È": "E", "Ê": "E", "Ë": "E",
        "Í": "I", "Ì": "I", "Î": "I", "Ï": "I", "Ó": "O", "Ò": "O", "Ô": "O", "Õ": "O", "Ö": "O",
        "Ú": "U", "Ù": "U", "Û": "U", "Ü": "U", "Ç": "C",
    ]
}
