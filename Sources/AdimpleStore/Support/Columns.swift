import BrazilKit
import Foundation

/// Conversions between domain values and their column forms, in one place.
enum Column {
    static func millis(_ date: Date) -> Int64 { Int64((date.timeIntervalSince1970 * 1000).rounded()) }
    static func date(_ millis: Int64) -> Date { Date(timeIntervalSince1970: TimeInterval(millis) / 1000) }
    static func millis(_ date: Date?) -> Int64? { date.map(millis) }
    static func date(_ millis: Int64?) -> Date? { millis.map(date) }

    static func json(_ list: [String]) -> String {
        let data = (try? JSONEncoder().encode(list)) ?? Data("[]".utf8)
        return String(decoding: data, as: UTF8.self)
    }

    static func list(_ json: String) -> [String] {
        (try? JSONDecoder().decode([String].self, from: Data(json.utf8))) ?? []
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
