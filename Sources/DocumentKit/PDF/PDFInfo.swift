/// The document information dictionary (/Info). The library has no clock: the caller passes
/// the creation date, so the same input always gives the same bytes.
public struct PDFInfo: Hashable, Sendable {
    public var title: String
    public var producer: String
    public var author: String?
    public var subject: String?
    public var creationDate: PDFDate?

    public init(
        title: String,
        producer: String = "Adimple DocumentKit",
        author: String? = nil,
        subject: String? = nil,
        creationDate: PDFDate? = nil
    ) {
        self.title = title
        self.producer = producer
        self.author = author
        self.subject = subject
        self.creationDate = creationDate
    }
}

/// A date as PDF writes it: `D:YYYYMMDDHHmmSS` followed by the offset from UTC (`Z`, or
/// `-03'00'` for Brasília).
public struct PDFDate: Hashable, Sendable {
    public var year: Int
    public var month: Int
    public var day: Int
    public var hour: Int
    public var minute: Int
    public var second: Int
    /// Minutes east of UTC: -180 for Brasília (UTC−3).
    public var utcOffsetMinutes: Int

    public init(
        year: Int, month: Int, day: Int, hour: Int = 0, minute: Int = 0, second: Int = 0,
        utcOffsetMinutes: Int = 0
    ) {
        self.year = year
        self.month = month
        self.day = day
        self.hour = hour
        self.minute = minute
        self.second = second
        self.utcOffsetMinutes = utcOffsetMinutes
    }

    /// Writes the date as a PDF literal string, `(D:20250310143000-03'00')`.
    func write(to out: inout PDFByteWriter) {
        out.append("(D:")
        out.appendInt(year, zeroPaddedTo: 4)
        out.appendInt(month, zeroPaddedTo: 2)
        out.appendInt(day, zeroPaddedTo: 2)
        out.appendInt(hour, zeroPaddedTo: 2)
        out.appendInt(minute, zeroPaddedTo: 2)
        out.appendInt(second, zeroPaddedTo: 2)
        if utcOffsetMinutes == 0 {
            out.append("Z")
        } else {
            out.append(utcOffsetMinutes < 0 ? UInt8(ascii: "-") : UInt8(ascii: "+"))
            let offset = abs(utcOffsetMinutes)
            out.appendInt(offset / 60, zeroPaddedTo: 2)
            out.append("'")
            out.appendInt(offset % 60, zeroPaddedTo: 2)
            out.append("'")
        }
        out.append(")")
    }
}

extension PDFByteWriter {
    /// A PDF "text string" (the /Info values): a literal string when it is printable ASCII,
    /// otherwise UTF-16BE with a byte-order mark, in hex, which every reader decodes exactly
    /// (PDFDocEncoding and WinAnsi disagree in 0x80–0x9F, UTF-16 has no such trap).
    mutating func appendTextString(_ string: String) {
        if string.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) {
            append("(")
            for byte in string.utf8 {
                if byte == UInt8(ascii: "(") || byte == UInt8(ascii: ")") || byte == UInt8(ascii: "\\") {
                    append(UInt8(ascii: "\\"))
                }
                append(byte)
            }
            append(")")
            return
        }
        append("<FEFF")
        for unit in string.utf16 {
            appendHex(UInt8(truncatingIfNeeded: unit >> 8))
            appendHex(UInt8(truncatingIfNeeded: unit))
        }
        append(">")
    }

    private mutating func appendHex(_ byte: UInt8) {
        let digits: StaticString = "0123456789ABCDEF"
        digits.withUTF8Buffer { hex in
            append(hex[Int(byte >> 4)])
            append(hex[Int(byte & 0x0F)])
        }
    }
}
