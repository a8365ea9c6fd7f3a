import BrazilKit
import CNABKit
import Foundation
import Testing

/// Property tests: random bytes and randomly damaged real files go through every reader, which
/// must answer (with títulos or a refusal) without crashing, hanging or growing memory.
/// The generator is seeded, so a failure replays.
@Suite(.timeLimit(.minutes(2))) struct FuzzTests {
    /// SplitMix64: small, fast, and the same sequence on every platform.
    struct Generator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static let fixtures: [[UInt8]] = Fixtures.inventory.compactMap { try? Fixtures.bytes($0.path) }

    /// Runs every reader on `bytes`, fed in chunks of random sizes; any refusal is an acceptable answer.
    static func exercise(_ bytes: [UInt8], _ random: inout Generator) {
        var reader = RetornoReader(policy: Bool.random(using: &random) ? .strict : .lenient)
        var titulos: [RetornoTitulo] = []
        var start = 0
        var refused = false
        while start < bytes.count && !refused {
            let end = min(bytes.count, start + Int.random(in: 1...600, using: &random))
            do { try reader.feed(bytes[start..<end], into: &titulos) } catch { refused = true }
            start = end
        }
        if !refused {
            if (try? reader.finish(into: &titulos)) != nil {
                // A file read to the end has at most one título per line.
                #expect(titulos.count <= bytes.count / 2 + 1)
                for titulo in titulos {
                    _ = (titulo.ocorrencia.description, titulo.motivos, titulo.nossoNumero.normalized)
                }
            }
        }
        _ = try? RemessaFile.parse(bytes)
        _ = try? DebitoAutomaticoFile.parse(bytes, policy: .lenient)
        for format in [Cnab240.format, Cnab400.format, Cnab150.format] {
            if let records = try? CNABRecordReader.records(in: bytes, format: format, policy: .lenient) {
                for record in records.prefix(20) { _ = try? record.values() }
            }
        }
    }

    @Test func randomBytesNeverCrashTheReaders() {
        var random = Generator(state: 20_260_221)
        // Bytes drawn mostly from what CNAB files hold, so the readers get past their first checks.
        let alphabet = Array("0123456789 0000000000      TUPQRY13590ABZ\r\n\n".utf8)
        for _ in 0..<1500 {
            let length = Int.random(in: 0...3000, using: &random)
            let mostlyCNAB = Bool.random(using: &random)
            let bytes = (0..<length).map { _ in
                mostlyCNAB ? alphabet.randomElement(using: &random)! : UInt8.random(in: 0...255, using: &random)
            }
            Self.exercise(bytes, &random)
        }
    }

    @Test func randomlyDamagedRealFilesNeverCrashTheReaders() throws {
        var random = Generator(state: 42)
        try #require(Self.fixtures.count == 62)
        for _ in 0..<2500 {
            var bytes = Self.fixtures.randomElement(using: &random)!
            for _ in 0..<Int.random(in: 1...4, using: &random) {
                Self.damage(&bytes, &random)
            }
            Self.exercise(bytes, &random)
        }
    }

    static func damage(_ bytes: inout [UInt8], _ random: inout Generator) {
        guard !bytes.isEmpty else { return }
        switch Int.random(in: 0..<6, using: &random) {
        case 0:  // flip a bit
            let index = Int.random(in: 0..<bytes.count, using: &random)
            bytes[index] ^= 1 << UInt8.random(in: 0..<8, using: &random)
        case 1:  // truncate
            bytes.removeLast(Int.random(in: 0..<bytes.count, using: &random))
        case 2, 3:  // duplicate or drop a line
            var lines = bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map(Array.init)
            let index = Int.random(in: 0..<lines.count, using: &random)
            if Bool.random(using: &random) { lines.insert(lines[index], at: index) } else { lines.remove(at: index) }
            bytes = Array(lines.joined(separator: [UInt8(ascii: "\n")]))
        case 4:  // overwrite a run with a digit, a letter or a blank
            let index = Int.random(in: 0..<bytes.count, using: &random)
            let run = min(bytes.count - index, Int.random(in: 1...20, using: &random))
            let byte = Array("0A 9-".utf8).randomElement(using: &random)!
            for offset in 0..<run { bytes[index + offset] = byte }
        default:  // insert random bytes
            let index = Int.random(in: 0...bytes.count, using: &random)
            bytes.insert(
                contentsOf: (0..<Int.random(in: 1...8, using: &random)).map { _ in
                    UInt8.random(in: 0...255, using: &random)
                }, at: index)
        }
    }

    @Test func aStreamWithoutLineBreaksKeepsMemoryBounded() throws {
        // 64 MB of digits with no line break, fed in 1 MB chunks: the reader keeps at most one
        // line's worth of it, then refuses the record's length.
        let chunk = [UInt8](repeating: UInt8(ascii: "0"), count: 1 << 20)
        let before = Self.peakResidentBytes()
        var reader = RetornoReader()
        for _ in 0..<64 { _ = try reader.feed(chunk) }
        let error = refusal { () throws(CNABError) in try reader.finish() }
        #expect(error?.reason == .wrongRecordLength(expected: 240, found: 64 << 20))
        if let before, let after = Self.peakResidentBytes() {
            #expect(after - before < 32 << 20)
        }
    }

    @Test func warningsAreBoundedUnderTheLenientPolicy() throws {
        // Fifty thousand títulos, every one out of sequence: the lenient reader keeps a bounded list.
        var lines = FileEditing.lines(try Fixtures.bytes("brcobranca/CNAB240SICREDI.CRT"))
        let t = lines[2]
        let u = lines[3]
        lines.removeSubrange(2...5)
        var body: [[UInt8]] = []
        for _ in 0..<25_000 { body += [t, u] }
        lines.insert(contentsOf: body, at: 2)
        let file = try RetornoFile.parse(FileEditing.join(lines), policy: .lenient)
        #expect(file.titulos.count == 25_000)
        #expect(file.warnings.count <= 1000)
    }

    /// VmHWM from /proc on Linux; nil elsewhere.
    static func peakResidentBytes() -> Int? {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return nil }
        for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
            let kilobytes = line.split(separator: " ").dropFirst().first.flatMap { Int($0) }
            return kilobytes.map { $0 * 1024 }
        }
        return nil
    }
}
