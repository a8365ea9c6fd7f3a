extension RawLine {
    /// The record's bytes cut to the layout's `length`, after the tolerances real files need:
    /// shorter lines (trailing blanks stripped, rails.md §2.1), one extra trailing character of any
    /// kind (lines of 241 or 401), and any number of extra trailing blanks (btg.ret has a 308-character
    /// header). Anything longer is refused with the columns beyond the layout.
    func record(length: Int) throws(CNABError) -> LineBytes {
        if self.length <= length + 1 {
            return LineBytes(bytes: UnsafeBufferPointer(rebasing: bytes.prefix(length)), number: number)
        }
        let extraIsBlank = self.length == bytes.count && bytes[length...].allSatisfy { $0 == ASCII.space }
        guard extraIsBlank else {
            throw CNABError(
                line: number, columns: (length + 1)...self.length,
                reason: .wrongRecordLength(expected: length, found: self.length))
        }
        return LineBytes(bytes: UnsafeBufferPointer(rebasing: bytes.prefix(length)), number: number)
    }

    /// The first byte outside printable ASCII within the record's `length`, as an error naming its
    /// column; nil when the record is clean.
    func nonASCII(within length: Int) -> CNABError? {
        guard firstNonPrintable >= 0, firstNonPrintable < length else { return nil }
        let column = firstNonPrintable + 1
        return CNABError(line: number, columns: column...column, reason: .nonASCII(byte: bytes[firstNonPrintable]))
    }
}

/// Collects integrity findings: the first one is thrown under ``ValidationPolicy/strict``; under
/// ``ValidationPolicy/lenient`` they are kept as warnings (a bounded number, so a hostile file
/// cannot fill memory with them).
struct FindingLog {
    let policy: ValidationPolicy
    private(set) var warnings: [CNABError] = []
    private(set) var droppedWarnings = 0
    static let maxWarnings = 1000

    init(policy: ValidationPolicy) {
        self.policy = policy
    }

    mutating func report(_ finding: CNABError) throws(CNABError) {
        guard policy == .lenient else { throw finding }
        if warnings.count < Self.maxWarnings {
            warnings.append(finding)
        } else {
            droppedWarnings += 1
        }
    }

    /// A finding that is never fatal (a bank quirk the reader knows about).
    mutating func note(_ finding: CNABError) {
        if warnings.count < Self.maxWarnings {
            warnings.append(finding)
        } else {
            droppedWarnings += 1
        }
    }
}

extension FindingLog {
    /// Reads a header value that nothing downstream depends on (file date, NSA): when it does not
    /// parse, the finding is noted and the value left out, rather than refusing the whole file —
    /// real files carry shifted or scrubbed headers (brcobranca's Sicoob and Ailos headers are one
    /// position off; laravel-boleto's test files are zeroed).
    mutating func soft<T>(_ read: () throws(CNABError) -> T?) -> T? {
        do throws(CNABError) {
            return try read()
        } catch {
            note(error)
            return nil
        }
    }
}
