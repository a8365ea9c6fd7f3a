import BrazilKit
import CNABKit
import Testing

/// Property tests over seeded random input: the reader must never crash or hang, must answer each
/// input in bounded time, and must never pass off a damaged statement as a complete one.
@Suite struct OFXFuzzTests {
    /// Generous for a debug build on a slow machine; a real input parses in about a millisecond.
    private static let perInputLimit: Duration = .seconds(10)

    /// Parses with a stopwatch; the result is only inspected by properties that need it.
    private func timedParse(_ bytes: [UInt8]) -> Result<OFXDocument, OFXError> {
        let clock = ContinuousClock()
        let start = clock.now
        let result: Result<OFXDocument, OFXError>
        do {
            result = .success(try OFXDocument(parsing: bytes))
        } catch {
            result = .failure(error)
        }
        let elapsed = clock.now - start
        #expect(elapsed < Self.perInputLimit, "took \(elapsed) for \(bytes.count) bytes")
        return result
    }

    /// Bytes an OFX file is made of, so random input often looks enough like OFX to go deep.
    private static let ofxAlphabet = Array("<>/[]:.-+,&;0123456789 \n\r\tOFXSTMRNBAKLIDPCEHGY?!".utf8)
    private static let tagNames = [
        "OFX", "BANKMSGSRSV1", "STMTTRNRS", "STMTRS", "CCSTMTRS", "BANKACCTFROM", "BANKTRANLIST", "STMTTRN",
        "TRNTYPE", "DTPOSTED", "TRNAMT", "FITID", "MEMO", "NAME", "ACCTID", "BANKID", "LEDGERBAL", "BALAMT",
        "STATUS", "SEVERITY", "CODE", "PAYEE", "CURDEF", "DTSTART",
    ]
    private static let values = [
        "20260105", "20260105120000[-3:BRT]", "-1.00", "1,5", "A1", "ERROR", "", "CREDIT", "x<y", "&amp;", "\u{E9}",
        "99999999999999999999", "2026013", "[", "]",
    ]

    @Test func randomBytesNeverCrash() {
        var random = OFXSeededGenerator(seed: 0x0F_F1CE)
        for _ in 0..<3_000 {
            let length = Int.random(in: 0...1_024, using: &random)
            let fromAlphabet = Bool.random(using: &random)
            var bytes = (0..<length).map { _ in
                fromAlphabet
                    ? Self.ofxAlphabet.randomElement(using: &random)! : UInt8.random(in: 0...255, using: &random)
            }
            if Bool.random(using: &random) { bytes = Array("OFXHEADER:100\n\n<OFX>".utf8) + bytes }
            _ = timedParse(bytes)
        }
    }

    @Test func randomTagSoupNeverCrashes() {
        var random = OFXSeededGenerator(seed: 42)
        for _ in 0..<2_000 {
            var text =
                Bool.random(using: &random) ? "OFXHEADER:100\n\n" : "<?xml version=\"1.0\"?><?OFX VERSION=\"211\"?>"
            for _ in 0..<Int.random(in: 1...120, using: &random) {
                let name = Self.tagNames.randomElement(using: &random)!
                switch Int.random(in: 0..<4, using: &random) {
                case 0: text += "<\(name)>"
                case 1: text += "</\(name)>"
                default: text += "<\(name)>" + Self.values.randomElement(using: &random)! + "\n"
                }
            }
            _ = timedParse(Array(text.utf8))
        }
    }

    /// Any cut before the end of `</OFX>` loses something, so it must be refused, and refused as cut.
    @Test func everyTruncationIsRefusedAsIncomplete() throws {
        for (name, bytes) in OFXBankSamples.allEncoded {
            let end = try #require(Self.endOfRoot(in: bytes), "\(name)")
            var lengths = Array(stride(from: 0, to: end, by: 5))
            lengths += Array(max(0, end - 64)..<end)
            for length in lengths {
                switch timedParse(Array(bytes.prefix(length))) {
                case .success:
                    Issue.record("\(name) cut at \(length) of \(end) bytes was accepted")
                case .failure(let error):
                    switch error.reason {
                    case .truncated, .notOFX, .empty: break
                    default: Issue.record("\(name) cut at \(length): unexpected \(error.message(.en))")
                    }
                }
            }
            // Cutting only what follows </OFX> changes nothing.
            #expect(throws: Never.self) { try OFXDocument(parsing: Array(bytes.prefix(end))) }
        }
    }

    /// Deleting or repeating one tag either refuses the file or still accounts for every STMTTRN.
    @Test func deletedOrRepeatedTagsNeverLoseALineSilently() throws {
        var random = OFXSeededGenerator(seed: 7)
        for (name, bytes) in OFXBankSamples.allEncoded {
            let tags = Self.tagRanges(in: bytes)
            for _ in 0..<250 {
                let tag = tags.randomElement(using: &random)!
                var mutated = bytes
                if Bool.random(using: &random) {
                    mutated.removeSubrange(tag)
                } else {
                    mutated.insert(contentsOf: bytes[tag], at: tag.lowerBound)
                }
                guard case .success(let document) = timedParse(mutated) else { continue }
                let accounted = document.statements.reduce(0) {
                    $0 + $1.transactions.count + $1.balanceLines.count + $1.rejectedTransactions.count
                }
                #expect(
                    accounted == Self.count(of: "<STMTTRN>", in: mutated),
                    "\(name): \(String(decoding: bytes[tag], as: UTF8.self)) lost a line")
                let lineCount = mutated.filter { $0 == 0x0A || $0 == 0x0D }.count + 1
                for statement in document.statements {
                    #expect(statement.transactions.allSatisfy { (1...lineCount).contains($0.line) })
                }
            }
        }
    }

    @Test func bitFlipsAndSplicesNeverCrash() {
        var random = OFXSeededGenerator(seed: 2026)
        for (_, bytes) in OFXBankSamples.allEncoded {
            for _ in 0..<300 {
                var mutated = bytes
                for _ in 0..<Int.random(in: 1...8, using: &random) {
                    guard !mutated.isEmpty else { break }
                    let position = Int.random(in: 0..<mutated.count, using: &random)
                    switch Int.random(in: 0..<4, using: &random) {
                    case 0: mutated[position] ^= UInt8(1) << UInt8.random(in: 0...7, using: &random)
                    case 1: mutated[position] = UInt8.random(in: 0...255, using: &random)
                    case 2: mutated.insert(Self.ofxAlphabet.randomElement(using: &random)!, at: position)
                    default:
                        let length = Int.random(in: 1...64, using: &random)
                        let end = min(mutated.count, position + length)
                        let chunk = mutated[position..<end]
                        mutated.insert(contentsOf: chunk, at: Int.random(in: 0...mutated.count, using: &random))
                    }
                }
                _ = timedParse(mutated)
            }
        }
    }

    /// Shapes that make naive parsers quadratic or recursive; each must still be answered quickly.
    @Test func adversarialShapesStayFast() {
        let header = Array("OFXHEADER:100\n\n<OFX>".utf8)
        // A closed line whose memo is huge, so the memo is really decoded.
        func line(memo: String) -> [UInt8] {
            header
                + Array(
                    ("<STMTRS><BANKACCTFROM><ACCTID>1</BANKACCTFROM><BANKTRANLIST><STMTTRN><DTPOSTED>20260101<TRNAMT>1<MEMO>"
                        + memo + "</STMTTRN></BANKTRANLIST></STMTRS></OFX>").utf8)
        }
        let shapes: [[UInt8]] = [
            [UInt8](repeating: UInt8(ascii: "<"), count: 1_000_000),
            Array(String(repeating: "<A", count: 300_000).utf8),
            header + Array(String(repeating: "<!--", count: 100_000).utf8),
            header + Array(String(repeating: "<?x", count: 100_000).utf8),
            header + Array(String(repeating: "</STMTTRN", count: 100_000).utf8),
            header + Array(String(repeating: "<BANKTRANLIST></BANKTRANLIST>", count: 20_000).utf8),
            line(memo: String(repeating: "&amp", count: 200_000)),
            line(memo: String(repeating: "&amp;", count: 200_000)),
            line(memo: String(repeating: "é", count: 500_000)),
            header + [UInt8](repeating: 0xFF, count: 1_000_000),
            // Many small statements, each with a warning reported after its lines were counted.
            header
                + Array(
                    String(
                        repeating: "<STMTRS><BANKACCTFROM><ACCTID>1</BANKACCTFROM><BANKTRANLIST><DTSTART>x\n"
                            + "<STMTTRN><DTPOSTED>20260101\n<TRNAMT>1</STMTTRN></BANKTRANLIST></STMTRS>\n",
                        count: 5_000
                    ).utf8) + Array("</OFX>".utf8),
        ]
        for shape in shapes {
            _ = timedParse(shape)
        }
    }

    /// The memo scanners run on every imported line, so they too must stay linear on odd text.
    @Test func identifierScannersStayFastAndTotal() {
        var random = OFXSeededGenerator(seed: 99)
        let pieces = [
            "E60701190202602101730AbCdEfGhIjK", "529.982.247-25", "TXID", ":", " ", "BOL", "11222333000181",
            "•", "-", "/", ".", "0", "A", "é",
        ]
        let clock = ContinuousClock()
        for _ in 0..<500 {
            let text = (0..<Int.random(in: 0...200, using: &random)).map { _ in pieces.randomElement(using: &random)! }
                .joined()
            let start = clock.now
            _ = OFXIdentifierScanner.pixEndToEndIDs(in: text)
            _ = OFXIdentifierScanner.pixTxid(in: text)
            _ = OFXIdentifierScanner.taxIDs(in: text)
            #expect(clock.now - start < Self.perInputLimit)
        }
        let huge = String(repeating: "E60701190202602101730AbCdEfGhIjK 529.982.247-25 TXID: ", count: 20_000)
        let start = clock.now
        #expect(OFXIdentifierScanner.pixEndToEndIDs(in: huge).count == 20_000)
        #expect(OFXIdentifierScanner.taxIDs(in: huge).count == 1)
        #expect(clock.now - start < Self.perInputLimit)
    }

    // MARK: - Helpers

    /// The offset just after `</OFX>`, found without the reader (ASCII case-insensitive search).
    private static func endOfRoot(in bytes: [UInt8]) -> Int? {
        let target = Array("</OFX>".utf8)
        guard bytes.count >= target.count else { return nil }
        for start in 0...(bytes.count - target.count)
        where zip(bytes[start...], target).allSatisfy({ a, b in
            (a >= 97 && a <= 122 ? a - 32 : a) == b
        }) {
            return start + target.count
        }
        return nil
    }

    /// Every `<…>` in the bytes.
    private static func tagRanges(in bytes: [UInt8]) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var start: Int?
        for (index, byte) in bytes.enumerated() {
            if byte == UInt8(ascii: "<") { start = index }
            if byte == UInt8(ascii: ">"), let open = start {
                ranges.append(open..<(index + 1))
                start = nil
            }
        }
        return ranges
    }

    /// Occurrences of an ASCII tag in any letter case.
    private static func count(of tag: String, in bytes: [UInt8]) -> Int {
        let target = Array(tag.utf8)
        guard bytes.count >= target.count else { return 0 }
        return (0...(bytes.count - target.count)).filter { start in
            zip(bytes[start...], target).allSatisfy { a, b in (a >= 97 && a <= 122 ? a - 32 : a) == b }
        }.count
    }
}
