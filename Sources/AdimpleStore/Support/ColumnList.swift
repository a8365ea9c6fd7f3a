import SQLKit

/// A fixed list of column names, quoted once.
///
/// SQLKit quotes and escapes every identifier on every query; for the wide rows of the hot
/// tables that was half the cost of a write. These lists are constants of this module (never
/// input), so they are safe as raw SQL, and both engines accept double-quoted identifiers.
struct ColumnList: Sendable {
    let names: [String]
    /// `"a", "b", "c"`
    let quoted: String

    init(_ names: [String]) {
        self.names = names
        self.quoted = names.map { "\"\($0)\"" }.joined(separator: ", ")
    }

    /// For `db.select().column(list.expression)` and `insert.columns([list.expression])`.
    var expression: SQLRaw { SQLRaw(quoted) }

    /// `UPDATE table SET "a" = $1, … WHERE <predicate>` for every column except `skipping`.
    func update(
        _ table: String, values: [any Encodable & Sendable], skipping: Set<String>
    ) -> SQLQueryString {
        var sql = SQLQueryString("UPDATE \"\(unsafeRaw: table)\" SET ")
        var first = true
        for (name, value) in zip(names, values) where !skipping.contains(name) {
            sql.appendInterpolation(unsafeRaw: first ? "\"\(name)\" = " : ", \"\(name)\" = ")
            sql.appendInterpolation(bind: value)
            first = false
        }
        return sql
    }
}
