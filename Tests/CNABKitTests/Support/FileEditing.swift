import CNABKit

/// Small edits on CNAB files for tests: the bytes of text, and a file with one field or line changed,
/// so refusals are provoked on real files rather than on files built by the code under test.
enum FileEditing {
    /// The file's lines without their line breaks (a final empty line dropped).
    static func lines(_ bytes: [UInt8]) -> [[UInt8]] {
        var lines = bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map { line in
            line.last == UInt8(ascii: "\r") ? Array(line.dropLast()) : Array(line)
        }
        if lines.last?.isEmpty == true { lines.removeLast() }
        return lines
    }

    /// Lines joined with `separator` after each one.
    static func join(_ lines: [[UInt8]], separator: String = "\r\n") -> [UInt8] {
        lines.flatMap { $0 + Array(separator.utf8) }
    }

    /// The file with `text` written at `columns` of the 1-based `line` (the line padded with blanks
    /// first when it is shorter, as the stripped lines of real files are).
    static func replacing(_ bytes: [UInt8], line: Int, columns: ClosedRange<Int>, with text: String) -> [UInt8] {
        precondition(text.utf8.count == columns.count, "text must fill the columns")
        var all = lines(bytes)
        var target = all[line - 1]
        if target.count < columns.upperBound {
            target += Array(repeating: UInt8(ascii: " "), count: columns.upperBound - target.count)
        }
        target.replaceSubrange((columns.lowerBound - 1)..<columns.upperBound, with: Array(text.utf8))
        all[line - 1] = target
        return join(all)
    }

    /// The field at `columns` of `line`, as text.
    static func field(_ bytes: [UInt8], line: Int, columns: ClosedRange<Int>) -> String {
        let target = lines(bytes)[line - 1]
        let padded = target + Array(repeating: UInt8(ascii: " "), count: max(0, columns.upperBound - target.count))
        return String(decoding: padded[(columns.lowerBound - 1)..<columns.upperBound], as: UTF8.self)
    }
}

/// The refusal a throwing call produced, or nil when it succeeded.
func refusal<T>(_ body: () throws(CNABError) -> T) -> CNABError? {
    do {
        _ = try body()
        return nil
    } catch {
        return error
    }
}
