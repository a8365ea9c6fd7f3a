import AdimpleCore
import BrazilKit
import Foundation

/// Conversions between domain values and their column forms, in one place.
enum Column {
    static func millis(_ date: Date) -> Int64 { Int64((date.timeIntervalSince1970 * 1000).rounded()) }
    static func date(_ millis: Int64) -> Date { Date(timeIntervalSince1970: TimeInterval(millis) / 1000) }
    static func millis(_ date: Date?) -> Int64? { date.map(millis) }
    static func date(_ millis: Int64?) -> Date? { millis.map(date) }

    /// A JSON array of strings. Written by hand because JSONEncoder per row dominated the
    /// bulk path.
    static func json(_ list: [String]) -> String {
        var out = "["
        for (index, item) in list.enumerated() {
            if index > 0 { out += "," }
            JSONString.append(item, to: &out)
        }
        return out + "]"
    }

    static func list(_ json: String) -> [String] {
        if json == "[]" { return [] }
        // What `json(_:)` writes with nothing to escape — most e-mails, phones and tags — is
        // split directly; anything else goes through the JSON decoder.
        if json.hasPrefix("[\""), json.hasSuffix("\"]"), !json.contains("\\") {
            let inner = json.dropFirst(2).dropLast(2)
            let items = inner.components(separatedBy: "\",\"")
            if !items.contains(where: { $0.contains("\"") }) { return items }
        }
        return (try? JSONDecoder().decode([String].self, from: Data(json.utf8))) ?? []
    }

    static func civil(_ text: String) throws -> CivilDate { try CivilDate(iso: text) }
    static func civil(_ text: String?) throws -> CivilDate? { try text.map { try CivilDate(iso: $0) } }
}

/// A row that could not be turned back into a domain value: the data in the database is not
/// what this version of Adimple writes.
struct CorruptRowError: Error, CustomStringConvertible {
    let table: String
    let id: String
    let detail: String
    var description: String { "row \(id) of \(table) is unreadable: \(detail)" }
}
