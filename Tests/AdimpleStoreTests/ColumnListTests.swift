@testable import AdimpleStore
import Testing

/// JSON list columns: the fast path and the decoder agree on every shape `Column.json` writes.
@Suite struct ColumnListTests {
    @Test(arguments: [
        [], ["a"], ["ana@example.com", "b@c.com.br"], ["", ""], ["a,b", "c\",\"d"], ["quote\"inside"],
        ["back\\slash"], ["line\nbreak", "tab\t"], ["acentuação", "日本"], ["\",\""],
    ] as [[String]])
    func aListReadsBackAsWritten(list: [String]) {
        #expect(Column.list(Column.json(list)) == list)
    }
}
