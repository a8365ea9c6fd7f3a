import Dispatch
@testable import DocumentKit
import Foundation
import Testing

/// An independent reader must decode what the encoder makes: ZBar's `zbarimg` (Debian package
/// zbar-tools) reads every version at every level, each filled to capacity so that the version
/// is forced and every block of the largest structures carries data.
@Suite struct QRReaderTests {
    static let missingReader = "zbarimg not found: apt-get install zbar-tools"

    /// `zbarimg` on the PATH or in the usual places; nil when not installed.
    static func zbarimgPath() -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
        let directories = path.split(separator: ":").map(String.init) + ["/usr/bin", "/usr/local/bin", "/opt/homebrew/bin"]
        return directories.map { $0 + "/zbarimg" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    struct Outcome: Sendable {
        var version = 0
        var expected = ""
        var decoded = ""
        var status: Int32 = -1
        var failure: String?
    }

    /// Results written from concurrent workers, one slot each.
    final class Outcomes: @unchecked Sendable {
        private let lock = NSLock()
        private var slots: [Outcome]
        init(count: Int) { slots = Array(repeating: Outcome(), count: count) }
        subscript(index: Int) -> Outcome {
            get { lock.withLock { slots[index] } }
            set { lock.withLock { slots[index] = newValue } }
        }
    }

    @Test func zbarimgReadsEveryVersionAtEveryLevel() throws {
        guard let zbarimg = Self.zbarimgPath() else {
            Issue.record(Comment(rawValue: Self.missingReader))
            return
        }
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("qr-reader-\(ProcessInfo.processInfo.processIdentifier)-\(UInt64.random(in: 0...UInt64.max))")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }

        let cases = (1...40).flatMap { version in QRErrorCorrectionLevel.allCases.map { (version, $0) } }
        let outcomes = Outcomes(count: cases.count)
        // Encoding, writing and reading are independent per symbol: one worker per core.
        DispatchQueue.concurrentPerform(iterations: cases.count) { index in
            let (version, level) = cases[index]
            var outcome = Outcome(version: version)
            defer { outcomes[index] = outcome }
            let capacity = QREncoder.byteCapacity(version: version, level: level)
            outcome.expected = QRTestSupport.printablePayload(count: capacity, seed: UInt64(index + 1))
            do {
                let code = try QREncoder.encode(outcome.expected, level: level)
                outcome.version = code.version
                let file = directory.appendingPathComponent("v\(version)-\(level.rawValue).pgm")
                // Two pixels per module: ample for a noise-free image, and half zbarimg's time
                // at three.
                try Data(QRTestSupport.pgm(code, scale: 2)).write(to: file)
                (outcome.status, outcome.decoded) = try Self.run(zbarimg, ["--raw", "-q", file.path])
            } catch {
                outcome.failure = "\(error)"
            }
        }

        for (index, (version, level)) in cases.enumerated() {
            let outcome = outcomes[index]
            let label = "version \(version)-\(level.rawValue)"
            #expect(outcome.failure == nil, "\(label): \(outcome.failure ?? "")")
            #expect(outcome.version == version, "\(label): capacity-filling payload must force the version")
            guard outcome.status == 0 else {
                Issue.record("\(label): zbarimg found no symbol (exit status \(outcome.status))")
                continue
            }
            // `--raw` prints the decoded text and a newline. Compared as a Bool so that a
            // mismatch reports where, not two strings of up to 2953 characters.
            let read = Array(outcome.decoded.utf8)
            let expected = Array((outcome.expected + "\n").utf8)
            let firstDifference = zip(read, expected).enumerated().first { $0.element.0 != $0.element.1 }?.offset
                ?? min(read.count, expected.count)
            #expect(
                read == expected,
                "\(label): zbarimg read \(read.count) bytes, expected \(expected.count); first difference at byte \(firstDifference)"
            )
        }
    }

    @Test func zbarimgReadsUTF8Text() throws {
        guard let zbarimg = Self.zbarimgPath() else {
            Issue.record(Comment(rawValue: Self.missingReader))
            return
        }
        let text = "Pagamento à vista — São Paulo ✓"
        let file = FileManager.default.temporaryDirectory
            .appendingPathComponent("qr-utf8-\(ProcessInfo.processInfo.processIdentifier)-\(UInt64.random(in: 0...UInt64.max)).pgm")
        defer { try? FileManager.default.removeItem(at: file) }
        try Data(QRTestSupport.pgm(try QREncoder.encode(text, level: .medium))).write(to: file)
        let (status, decoded) = try Self.run(zbarimg, ["--raw", "-q", file.path])
        #expect(status == 0)
        #expect(decoded == text + "\n")
    }

    /// Runs a tool and returns its exit status and standard output.
    static func run(_ executable: String, _ arguments: [String]) throws -> (Int32, String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}
