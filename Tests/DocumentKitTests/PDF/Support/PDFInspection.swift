import Foundation

/// Reads back the structure of a PDF produced by `PDFDocument`, independently of the writer:
/// the cross-reference table, the stream bodies, the text of the file.
enum PDFInspection {
    /// The file as a string, one character per byte (Latin-1), so offsets stay byte offsets.
    static func latin1(_ bytes: [UInt8]) -> String {
        String(String.UnicodeScalarView(bytes.map { Unicode.Scalar($0) }))
    }

    static func find(_ needle: String, in bytes: [UInt8], from start: Int = 0) -> Int? {
        let pattern = Array(needle.utf8)
        guard pattern.count <= bytes.count, start <= bytes.count - pattern.count else { return nil }
        for index in start...(bytes.count - pattern.count) where matches(pattern, bytes, at: index) {
            return index
        }
        return nil
    }

    static func lastIndex(of needle: String, in bytes: [UInt8], before end: Int? = nil) -> Int? {
        let pattern = Array(needle.utf8)
        var index = (end ?? bytes.count) - pattern.count
        while index >= 0 {
            if matches(pattern, bytes, at: index) { return index }
            index -= 1
        }
        return nil
    }

    private static func matches(_ pattern: [UInt8], _ bytes: [UInt8], at index: Int) -> Bool {
        for offset in 0..<pattern.count where bytes[index + offset] != pattern[offset] { return false }
        return true
    }

    /// The number after the last `startxref`.
    static func startxref(_ bytes: [UInt8]) -> Int? {
        guard let at = lastIndex(of: "startxref\n", in: bytes) else { return nil }
        let digits = bytes[(at + 10)...].prefix { $0 >= 48 && $0 <= 57 }
        return Int(String(decoding: digits, as: UTF8.self))
    }

    struct XrefEntry {
        let object: Int
        let offset: Int
        let inUse: Bool
    }

    /// Parses the classic cross-reference table at `offset` (one subsection, 20-byte entries).
    static func xref(_ bytes: [UInt8], at offset: Int) -> (entries: [XrefEntry], rawEntriesAre20Bytes: Bool)? {
        let text = latin1(Array(bytes[offset...]))
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard lines.count > 2, lines[0] == "xref" else { return nil }
        let header = lines[1].split(separator: " ")
        guard header.count == 2, header[0] == "0", let count = Int(header[1]) else { return nil }
        var entries: [XrefEntry] = []
        var all20 = true
        for index in 0..<count {
            let line = lines[2 + index]
            // Each entry is 18 characters plus a two-character end of line (here " \n").
            if line.count + 1 != 20 { all20 = false }
            let parts = line.split(separator: " ")
            guard parts.count == 3, let entryOffset = Int(parts[0]) else { return nil }
            entries.append(XrefEntry(object: index, offset: entryOffset, inUse: parts[2] == "n"))
        }
        return (entries, all20)
    }

    /// The bytes of every stream, checked against its /Length: nil if a length is wrong.
    static func streams(_ bytes: [UInt8]) -> [[UInt8]]? {
        var result: [[UInt8]] = []
        var search = 0
        while let keyword = find("stream\n", in: bytes, from: search) {
            if keyword >= 3, Array(bytes[(keyword - 3)..<keyword]) == Array("end".utf8) {
                search = keyword + 7
                continue
            }
            guard let lengthAt = lastIndex(of: "/Length ", in: bytes, before: keyword) else { return nil }
            let digits = bytes[(lengthAt + 8)...].prefix { $0 >= 48 && $0 <= 57 }
            guard let length = Int(String(decoding: digits, as: UTF8.self)) else { return nil }
            let start = keyword + 7
            let end = start + length
            guard end + 10 <= bytes.count, Array(bytes[end..<(end + 10)]) == Array("\nendstream".utf8) else {
                return nil
            }
            result.append(Array(bytes[start..<end]))
            search = end
        }
        return result
    }

    static func count(_ needle: String, in bytes: [UInt8]) -> Int {
        var total = 0
        var from = 0
        while let at = find(needle, in: bytes, from: from) {
            total += 1
            from = at + 1
        }
        return total
    }
}
