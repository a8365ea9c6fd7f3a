import BrazilKit

/// The shapes of API Pix identifiers other than txid (rails.md §3.3, §3.5); each check names the field.
public enum PixIdentifiers {
    /// endToEndId, `[a-zA-Z0-9]{32}` starting with "E" (E + ISPB + timestamp + sequence).
    public static func validateEndToEndId(_ id: String) throws(PixError) {
        try check(id, field: "endToEndId", lengths: 32...32, prefixes: ["E"])
    }

    /// The id we give a refund, `[a-zA-Z0-9]{1,35}`, unique per Pix.
    public static func validateRefundID(_ id: String) throws(PixError) {
        try check(id, field: "id", lengths: 1...35, prefixes: [])
    }

    /// idRec: "RR" (retries allowed) or "RN" (not), 8 characters of the agent, the creation date yyyyMMdd
    /// and an 11-character sequence — 29 characters, case-sensitive.
    public static func validateIdRec(_ id: String) throws(PixError) {
        try check(id, field: "idRec", lengths: 29...29, prefixes: ["RR", "RN"])
        try checkDate(id, field: "idRec")
    }

    /// idSolicRec: "SC", the ISPB of the sender, the date yyyyMMdd and an 11-character sequence — 29 characters.
    public static func validateIdSolicRec(_ id: String) throws(PixError) {
        try check(id, field: "idSolicRec", lengths: 29...29, prefixes: ["SC"])
        try checkDate(id, field: "idSolicRec")
    }

    private static func check(
        _ id: String, field: String, lengths: ClosedRange<Int>, prefixes: [String]
    ) throws(PixError) {
        if let problem = Txid.identifierProblem(id, allowedLengths: lengths) {
            throw PixError.invalidIdentifier(field: field, value: id, problem: problem)
        }
        guard prefixes.isEmpty || prefixes.contains(where: id.hasPrefix) else {
            throw PixError.invalidIdentifier(field: field, value: id, problem: .wrongPrefix(expected: prefixes))
        }
    }

    /// Characters 11–18 (1-based) of idRec and idSolicRec are the creation date.
    private static func checkDate(_ id: String, field: String) throws(PixError) {
        let characters = Array(id)
        let text = String(characters[10..<18])
        guard let year = Int(text.prefix(4)), let month = Int(text.dropFirst(4).prefix(2)),
            let day = Int(text.suffix(2)), CivilDate(year: year, month: month, day: day) != nil
        else { throw PixError.invalidIdentifier(field: field, value: id, problem: .invalidDate(text)) }
    }
}
