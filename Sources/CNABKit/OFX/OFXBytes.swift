// Byte classes the OFX reader needs. The reader works on raw bytes because the encoding is only
// known per value (see OFXTextDecoding.swift) and because a 30 MB statement must parse fast.

extension UInt8 {
    /// ASCII 0–9.
    var isOFXDigit: Bool { self &- UInt8(ascii: "0") < 10 }

    /// ASCII A–Z or a–z.
    var isOFXLetter: Bool { (self | 0x20) &- UInt8(ascii: "a") < 26 }

    /// Space, tab, CR, LF, vertical tab and form feed: what separates elements and pads values.
    var isOFXWhitespace: Bool { self == 0x20 || (self >= 0x09 && self <= 0x0D) }

    /// Characters allowed in an element name: letters, digits and `.`, `_`, `-` (as in `INTU.BID`).
    var isOFXNameCharacter: Bool {
        isOFXLetter || isOFXDigit || self == UInt8(ascii: ".") || self == UInt8(ascii: "_")
            || self == UInt8(ascii: "-")
    }

    /// The ASCII uppercase of a letter; other bytes unchanged.
    var ofxUppercased: UInt8 { (self &- UInt8(ascii: "a") < 26) ? self - 0x20 : self }
}

extension ArraySlice where Element == UInt8 {
    /// The slice without leading and trailing ASCII whitespace.
    func ofxTrimmed() -> ArraySlice<UInt8> {
        var start = startIndex
        var end = endIndex
        while start < end, self[start].isOFXWhitespace { start += 1 }
        while end > start, self[end - 1].isOFXWhitespace { end -= 1 }
        return self[start..<end]
    }

    /// Whether the slice equals `text` ignoring ASCII case.
    func ofxEqualsIgnoringCase(_ text: StaticString) -> Bool {
        guard count == text.utf8CodeUnitCount else { return false }
        return text.withUTF8Buffer { expected in
            var position = startIndex
            for byte in expected {
                guard self[position].ofxUppercased == byte.ofxUppercased else { return false }
                position += 1
            }
            return true
        }
    }
}

/// Turns byte offsets into 1-based line numbers, counting CRLF, LF and a lone CR as one line break.
///
/// Line numbers are only needed for transactions and problems, so they are counted lazily, forward
/// from the last answer. The count at every 4 KiB boundary is remembered on the way, so a question
/// about an earlier offset (a statement's DTSTART, read before its lines but reported after them)
/// recounts at most 4 KiB instead of the whole file, which keeps hostile input from going quadratic.
struct OFXLineCounter {
    private static let checkpointShift = 12

    private let bytes: [UInt8]
    private var offset = 0
    private var line = 1
    /// `checkpoints[k]` is the line at offset `k << 12`.
    private var checkpoints: [Int] = [1]

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// The line that holds the byte at `target`.
    mutating func line(at target: Int) -> Int {
        let target = Swift.min(Swift.max(target, 0), bytes.count)
        if target < offset {
            let checkpoint = Swift.min(target >> Self.checkpointShift, checkpoints.count - 1)
            offset = checkpoint << Self.checkpointShift
            line = checkpoints[checkpoint]
        }
        var count = line
        var position = offset
        let checkpointCount = checkpoints.count
        var newCheckpoints: [Int] = []
        bytes.withUnsafeBufferPointer { buffer in
            while position < target {
                let byte = buffer[position]
                // Only CR and LF matter; one comparison skips every other byte.
                if byte <= 0x0D {
                    if byte == 0x0A {
                        count += 1
                    } else if byte == 0x0D, position + 1 >= buffer.count || buffer[position + 1] != 0x0A {
                        count += 1
                    }
                }
                position += 1
                if position & ((1 << Self.checkpointShift) - 1) == 0,
                    position >> Self.checkpointShift >= checkpointCount + newCheckpoints.count
                {
                    newCheckpoints.append(count)
                }
            }
        }
        checkpoints += newCheckpoints
        offset = target
        line = count
        return count
    }
}
