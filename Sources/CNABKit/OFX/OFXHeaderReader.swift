/// Reads the header block and finds where the OFX body starts.
enum OFXHeaderReader {
    /// The header and the offset of the first `<` of the body.
    static func read(_ bytes: [UInt8]) throws(OFXError) -> (header: OFXHeader, bodyStart: Int) {
        // UTF-16 (with a byte-order mark, or ASCII with NULs in between) is not decoded: no Brazilian
        // bank sends it, and reading it as bytes would fail in confusing ways further on.
        if bytes.count >= 2, (bytes[0] == 0xFE && bytes[1] == 0xFF) || (bytes[0] == 0xFF && bytes[1] == 0xFE) {
            throw OFXError(.unsupportedEncoding("UTF-16"))
        }
        var index = 0
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { index = 3 }
        while index < bytes.count, bytes[index].isOFXWhitespace { index += 1 }
        guard index < bytes.count else { throw OFXError(.empty) }
        if bytes.count - index >= 2 {
            let first = bytes[index]
            let second = bytes[index + 1]
            let isMarkup = { (byte: UInt8) in byte == UInt8(ascii: "<") || byte.isOFXLetter }
            if (isMarkup(first) && second == 0) || (first == 0 && isMarkup(second)) {
                throw OFXError(.unsupportedEncoding("UTF-16"))
            }
        }

        if startsWith(bytes, at: index, "OFXHEADER") {
            return try sgmlHeader(bytes, from: index)
        }
        if startsWith(bytes, at: index, "<?") {
            return xmlHeader(bytes, from: index)
        }
        if bytes[index] == UInt8(ascii: "<") {
            return (OFXHeader(syntax: .none, fields: [:]), index)
        }
        throw OFXError(.notOFX(looksLike: looksBinary(bytes) ? .binary : nil))
    }

    /// `KEY:VALUE` pairs up to the first `<`, one per line, or several on one line separated by spaces.
    private static func sgmlHeader(_ bytes: [UInt8], from start: Int) throws(OFXError)
        -> (header: OFXHeader, bodyStart: Int)
    {
        let bodyStart = bytes[start...].firstIndex(of: UInt8(ascii: "<")) ?? bytes.count
        var fields: [String: String] = [:]
        let tokens = bytes[start..<bodyStart].split(whereSeparator: \.isOFXWhitespace)
        var pendingKey: String?
        for token in tokens {
            if let colon = token.firstIndex(of: UInt8(ascii: ":")) {
                let key = String(decoding: token[token.startIndex..<colon], as: UTF8.self).uppercased()
                let value = String(decoding: token[(colon + 1)...], as: UTF8.self)
                if value.isEmpty {
                    pendingKey = key  // "KEY: VALUE" with a space after the colon.
                } else {
                    fields[key] = value
                    pendingKey = nil
                }
            } else if let key = pendingKey {
                fields[key] = String(decoding: token, as: UTF8.self)
                pendingKey = nil
            }
        }
        if let compression = fields["COMPRESSION"], compression.uppercased() != "NONE" {
            throw OFXError(.unsupportedEncoding("COMPRESSION:\(compression)"))
        }
        return (OFXHeader(syntax: .sgml, fields: fields), bodyStart)
    }

    /// The `<?xml …?>` declaration and the `<?OFX …?>` processing instruction.
    private static func xmlHeader(_ bytes: [UInt8], from start: Int) -> (header: OFXHeader, bodyStart: Int) {
        var fields: [String: String] = [:]
        var index = start
        var sawDeclaration = false
        while startsWith(bytes, at: index, "<?") {
            guard let end = find(bytes, "?>", from: index + 2) else { break }
            let body = bytes[(index + 2)..<end]
            let nameEnd = body.firstIndex(where: { !$0.isOFXNameCharacter }) ?? body.endIndex
            let name = String(decoding: body[body.startIndex..<nameEnd], as: UTF8.self).uppercased()
            let attributes = attributes(in: body[nameEnd...])
            sawDeclaration = true
            if name == "XML" {
                if let encoding = attributes["ENCODING"] { fields["XML-ENCODING"] = encoding }
            } else if name == "OFX" {
                fields.merge(attributes) { first, _ in first }
            }
            index = end + 2
            while index < bytes.count, bytes[index].isOFXWhitespace { index += 1 }
        }
        return (OFXHeader(syntax: sawDeclaration ? .xml : .none, fields: fields), index)
    }

    /// `NAME="value"` or `NAME='value'` pairs, names uppercased.
    private static func attributes(in bytes: ArraySlice<UInt8>) -> [String: String] {
        var result: [String: String] = [:]
        var index = bytes.startIndex
        let end = bytes.endIndex
        while index < end {
            while index < end, !bytes[index].isOFXNameCharacter { index += 1 }
            let nameStart = index
            while index < end, bytes[index].isOFXNameCharacter { index += 1 }
            let name = String(decoding: bytes[nameStart..<index], as: UTF8.self).uppercased()
            while index < end, bytes[index].isOFXWhitespace { index += 1 }
            guard index < end, bytes[index] == UInt8(ascii: "=") else { continue }
            index += 1
            while index < end, bytes[index].isOFXWhitespace { index += 1 }
            guard index < end, bytes[index] == UInt8(ascii: "\"") || bytes[index] == UInt8(ascii: "'") else {
                continue
            }
            let quote = bytes[index]
            index += 1
            let valueStart = index
            while index < end, bytes[index] != quote { index += 1 }
            if !name.isEmpty { result[name] = String(decoding: bytes[valueStart..<index], as: UTF8.self) }
            if index < end { index += 1 }
        }
        return result
    }

    /// What a file without `<OFX>` looks like, for the error message.
    static func hint(forFirstTag name: String) -> OFXError.ContentHint? {
        switch name.uppercased() {
        case "HTML", "HEAD", "BODY": .html
        default: .otherXML
        }
    }

    /// Control bytes other than whitespace in the first kilobyte: a PDF, spreadsheet or archive.
    static func looksBinary(_ bytes: [UInt8]) -> Bool {
        bytes.prefix(1024).contains { $0 < 0x20 && !$0.isOFXWhitespace }
    }

    static func startsWith(_ bytes: [UInt8], at index: Int, _ text: StaticString) -> Bool {
        let length = text.utf8CodeUnitCount
        guard index >= 0, bytes.count - index >= length else { return false }
        return bytes[index..<(index + length)].ofxEqualsIgnoringCase(text)
    }

    /// The offset of `text` at or after `start`, or nil.
    static func find(_ bytes: [UInt8], _ text: StaticString, from start: Int) -> Int? {
        let length = text.utf8CodeUnitCount
        guard length > 0 else { return start }
        let first = text.utf8Start.pointee
        var index = max(start, 0)
        while index + length <= bytes.count {
            if bytes[index].ofxUppercased == first.ofxUppercased,
                bytes[index..<(index + length)].ofxEqualsIgnoringCase(text)
            {
                return index
            }
            index += 1
        }
        return nil
    }
}
