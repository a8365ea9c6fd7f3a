import BrazilKit
import CNABKit

/// Turns a sample written as Swift text into the bytes a bank would send.
///
/// Samples are written with "\n"; the bank's line ending, character set and byte-order mark are
/// applied here. The Windows-1252 table below is written out by hand on purpose, independently of
/// the reader's own table, so a wrong byte in either shows up as a failing test.
enum OFXFixture {
    enum Charset { case utf8, windows1252 }
    enum LineEnding: String {
        case lf = "\n"
        case crlf = "\r\n"
        case cr = "\r"
    }

    static func bytes(
        _ text: String, charset: Charset = .utf8, lineEnding: LineEnding = .lf, byteOrderMark: Bool = false
    ) -> [UInt8] {
        let withEndings =
            lineEnding == .lf
            ? text
            : text.split(separator: "\n", omittingEmptySubsequences: false)
                .joined(separator: lineEnding.rawValue)
        var result: [UInt8] = byteOrderMark ? [0xEF, 0xBB, 0xBF] : []
        switch charset {
        case .utf8:
            result += Array(withEndings.utf8)
        case .windows1252:
            for scalar in withEndings.unicodeScalars {
                if scalar.value < 0x80 {
                    result.append(UInt8(scalar.value))
                } else if let byte = windows1252[scalar] {
                    result.append(byte)
                } else {
                    preconditionFailure("no Windows-1252 byte for \(scalar) in a test sample")
                }
            }
        }
        return result
    }

    /// The characters the samples use, with their Windows-1252 bytes (from the code page chart).
    static let windows1252: [Unicode.Scalar: UInt8] = [
        "á": 0xE1, "à": 0xE0, "â": 0xE2, "ã": 0xE3, "é": 0xE9, "ê": 0xEA, "í": 0xED, "ó": 0xF3, "ô": 0xF4,
        "õ": 0xF5, "ú": 0xFA, "ç": 0xE7, "Á": 0xC1, "Ã": 0xC3, "É": 0xC9, "Í": 0xCD, "Ó": 0xD3, "Ú": 0xDA,
        "Ç": 0xC7, "À": 0xC0, "Â": 0xC2, "Ê": 0xCA, "Ô": 0xD4, "Õ": 0xD5, "Ü": 0xDC, "ü": 0xFC, "º": 0xBA, "ª": 0xAA,
        "–": 0x96, "•": 0x95, "“": 0x93, "”": 0x94, "€": 0x80,
    ]

    /// A civil date that must exist.
    static func date(_ year: Int, _ month: Int, _ day: Int) -> CivilDate {
        CivilDate(year: year, month: month, day: day)!
    }

    /// Reads a one-statement sample, failing the test with the reader's message if it throws.
    static func statement(_ bytes: [UInt8], options: OFXParseOptions = OFXParseOptions()) throws -> OFXStatement {
        try OFXStatement(parsing: bytes, options: options)
    }

    /// The error the reader throws for `bytes`, or nil when it reads them.
    static func error(_ bytes: [UInt8], options: OFXParseOptions = OFXParseOptions()) -> OFXError? {
        do {
            _ = try OFXDocument(parsing: bytes, options: options)
            return nil
        } catch {
            return error
        }
    }

    /// Wraps transaction lines in a minimal SGML statement, for tests about single elements.
    static func sgml(transactions: String, currency: String = "BRL", extraStatement: String = "") -> String {
        """
        OFXHEADER:100
        DATA:OFXSGML
        VERSION:102
        CHARSET:1252

        <OFX>
        <BANKMSGSRSV1>
        <STMTTRNRS>
        <STMTRS>
        <CURDEF>\(currency)
        <BANKACCTFROM>
        <BANKID>341
        <BRANCHID>1500
        <ACCTID>12345-6
        <ACCTTYPE>CHECKING
        </BANKACCTFROM>
        <BANKTRANLIST>
        \(transactions)
        </BANKTRANLIST>
        \(extraStatement)
        </STMTRS>
        </STMTTRNRS>
        </BANKMSGSRSV1>
        </OFX>

        """
    }
}

/// SplitMix64: a small seeded generator, so fuzzing draws the same inputs on every run and machine.
struct OFXSeededGenerator: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
