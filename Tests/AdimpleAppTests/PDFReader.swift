import Foundation
import Testing

/// A real reader of our PDFs: poppler's `pdftoppm` renders the pages, zbar's `zbarimg`
/// decodes every barcode and QR code on them (Debian packages poppler-utils and zbar-tools,
/// which `.ci/run` installs). A missing tool fails the test: never skipped.
enum PDFReader {
    struct Symbol: Hashable {
        /// `I2/5` or `QR-Code`.
        let kind: String
        let text: String
    }

    static func tool(_ name: String) throws -> String {
        for directory in ["/usr/bin", "/usr/local/bin", "/opt/homebrew/bin"] {
            let path = directory + "/" + name
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        throw ReaderError(message: "\(name) not found: install poppler-utils zbar-tools (apt-get install poppler-utils zbar-tools)")
    }

    /// Every symbol on every page.
    static func symbols(in pdf: [UInt8]) throws -> [Symbol] {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("adimple-pdf-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("doc.pdf")
        try Data(pdf).write(to: file)
        _ = try run(try tool("pdftoppm"), ["-r", "300", "-gray", file.path, directory.appendingPathComponent("page").path])
        let pages = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".pgm") }.sorted()
        var symbols: [Symbol] = []
        for page in pages {
            let output = try run(try tool("zbarimg"), ["-q", directory.appendingPathComponent(page).path], allowFailure: true)
            for line in output.split(separator: "\n") {
                guard let colon = line.firstIndex(of: ":") else { continue }
                symbols.append(Symbol(kind: String(line[..<colon]), text: String(line[line.index(after: colon)...])))
            }
        }
        return symbols
    }

    /// The page count, from poppler's `pdfinfo`.
    static func pageCount(_ pdf: [UInt8]) throws -> Int {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("adimple-\(UUID().uuidString).pdf")
        try Data(pdf).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let info = try run(try tool("pdfinfo"), [file.path])
        let line = info.split(separator: "\n").first { $0.hasPrefix("Pages:") }
        return Int(line?.split(separator: " ").last ?? "") ?? 0
    }

    static func run(_ executable: String, _ arguments: [String], allowFailure: Bool = false) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        if process.terminationStatus != 0 && !allowFailure {
            throw ReaderError(message: "\(executable) exited with \(process.terminationStatus)")
        }
        return String(decoding: data, as: UTF8.self)
    }

    struct ReaderError: Error, CustomStringConvertible {
        let message: String
        var description: String { message }
    }
}
