/// One physical line handed out by ``LineSplitter``: its bytes without the line break, borrowed from
/// the splitter's buffer for the duration of the call.
struct RawLine {
    /// The line's bytes, at most the splitter's `maxLength` of them (a UTF-8 byte-order mark removed).
    let bytes: UnsafeBufferPointer<UInt8>
    /// 1-based physical line number.
    let number: Int
    /// The line's true length, which exceeds `bytes.count` when the line was longer than `maxLength`.
    let length: Int
    /// Index in `bytes` of the first byte outside printable ASCII, or -1.
    let firstNonPrintable: Int

    /// True when the line holds nothing but blanks (or a DOS end-of-file mark): blank lines carry no
    /// record and are skipped wherever they appear (btg.ret ends with a lone blank line).
    var isBlank: Bool {
        bytes.allSatisfy { $0 == ASCII.space || $0 == ASCII.substitute } && length == bytes.count
    }
}

/// Cuts a byte stream into lines as it arrives, so a file of any size is read in constant memory.
///
/// Accepts CRLF, LF and lone CR line breaks in any mix, a missing final line break, and a UTF-8
/// byte-order mark before the first line. A line is never held beyond `maxLength` bytes: longer
/// lines are reported with their true length and only their start kept, so a stream without line
/// breaks (random bytes) cannot exhaust memory.
struct LineSplitter {
    let maxLength: Int
    private var carry: [UInt8] = []
    private var carryLength = 0
    private var carryNonPrintable = -1
    private var pendingLineFeed = false
    private var lineInProgress = false
    private(set) var lineNumber = 0

    /// A splitter that keeps at most `maxLength` bytes of a line; creating one allocates nothing,
    /// so owners can swap a fresh one in while they feed the real one (exclusive access).
    init(maxLength: Int = 2048) {
        self.maxLength = maxLength
    }

    /// Hands every line completed by `chunk` to `body`; a partial last line waits for the next chunk.
    mutating func feed<E: Error>(_ chunk: some Collection<UInt8>, _ body: (RawLine) throws(E) -> Void) throws(E) {
        var failure: E?
        let done: Void? = chunk.withContiguousStorageIfAvailable { buffer in
            do throws(E) { try process(buffer, body) } catch { failure = error }
        }
        if done == nil {
            let copy = Array(chunk)
            copy.withUnsafeBufferPointer { buffer in
                do throws(E) { try process(buffer, body) } catch { failure = error }
            }
        }
        if let failure { throw failure }
    }

    /// Hands out the last line when the stream did not end with a line break.
    mutating func finish<E: Error>(_ body: (RawLine) throws(E) -> Void) throws(E) {
        guard lineInProgress else { return }
        try emitCarry(body)
    }

    private mutating func process<E: Error>(
        _ buffer: UnsafeBufferPointer<UInt8>, _ body: (RawLine) throws(E) -> Void
    ) throws(E) {
        let count = buffer.count
        var index = 0
        if pendingLineFeed, count > 0 {
            pendingLineFeed = false
            if buffer[0] == ASCII.lf { index = 1 }
        }
        var start = index
        var nonPrintable = -1
        while index < count {
            let byte = buffer[index]
            if byte &- 0x20 >= 0x5F {  // outside printable ASCII: a line break, or a byte to report
                if byte == ASCII.lf || byte == ASCII.cr {
                    try emit(buffer, start, index, nonPrintable, body)
                    nonPrintable = -1
                    if byte == ASCII.cr {
                        if index + 1 < count {
                            if buffer[index + 1] == ASCII.lf { index += 1 }
                        } else {
                            pendingLineFeed = true
                        }
                    }
                    index += 1
                    start = index
                    continue
                }
                if nonPrintable < 0 { nonPrintable = index - start }
            }
            index += 1
        }
        if start < count {
            append(buffer, start, count, nonPrintable)
        }
    }

    /// Ends the line `buffer[start..<end]` (plus whatever an earlier chunk left in `carry`).
    private mutating func emit<E: Error>(
        _ buffer: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, _ nonPrintable: Int,
        _ body: (RawLine) throws(E) -> Void
    ) throws(E) {
        if !lineInProgress {
            // The whole line is in this chunk: hand it out without copying.
            lineNumber += 1
            let kept = min(end - start, maxLength)
            let view = UnsafeBufferPointer(rebasing: buffer[start..<(start + kept)])
            try body(Self.line(view, lineNumber, end - start, nonPrintable < kept ? nonPrintable : -1))
            return
        }
        append(buffer, start, end, nonPrintable)
        try emitCarry(body)
    }

    private mutating func append(_ buffer: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, _ nonPrintable: Int) {
        let room = maxLength - carry.count
        let taken = min(room, end - start)
        if nonPrintable >= 0, carryNonPrintable < 0, nonPrintable < taken {
            carryNonPrintable = carry.count + nonPrintable
        }
        if taken > 0 { carry.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[start..<(start + taken)])) }
        carryLength += end - start
        lineInProgress = true
    }

    private mutating func emitCarry<E: Error>(_ body: (RawLine) throws(E) -> Void) throws(E) {
        lineNumber += 1
        let number = lineNumber
        let length = carryLength
        let nonPrintable = carryNonPrintable
        carryLength = 0
        carryNonPrintable = -1
        lineInProgress = false
        var failure: E?
        carry.withUnsafeBufferPointer { view in
            do throws(E) { try body(Self.line(view, number, length, nonPrintable)) } catch { failure = error }
        }
        carry.removeAll(keepingCapacity: true)
        if let failure { throw failure }
    }

    /// Builds the line, dropping a UTF-8 byte-order mark at the very start of the stream.
    private static func line(
        _ view: UnsafeBufferPointer<UInt8>, _ number: Int, _ length: Int, _ nonPrintable: Int
    ) -> RawLine {
        guard number == 1, view.count >= 3, view[0] == 0xEF, view[1] == 0xBB, view[2] == 0xBF else {
            return RawLine(bytes: view, number: number, length: length, firstNonPrintable: nonPrintable)
        }
        let rest = UnsafeBufferPointer(rebasing: view[3...])
        let first = rest.firstIndex { !ASCII.isPrintable($0) } ?? -1
        return RawLine(bytes: rest, number: number, length: length - 3, firstNonPrintable: first)
    }
}
