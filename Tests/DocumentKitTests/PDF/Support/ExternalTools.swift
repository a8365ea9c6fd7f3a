import Foundation
import Testing

/// Runs poppler-utils and zbar-tools on rendered PDFs. A missing tool fails the test (never a
/// skip): these checks are the only proof that real readers agree with the writer.
enum ExternalTools {
    static let installHint = "install poppler-utils zbar-tools"

    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    struct Output {
        let status: Int32
        let stdout: String
        let stderr: String
    }

    /// Runs `/usr/bin/<tool>` (or the first on PATH) and returns its output.
    static func run(_ tool: String, _ arguments: [String]) throws -> Output {
        guard let path = locate(tool) else { throw Failure(description: "\(tool) not found: \(installHint)") }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        // Read before waiting so a large output cannot fill the pipe and block the tool.
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Output(
            status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
            stderr: String(decoding: stderr, as: UTF8.self))
    }

    static func locate(_ tool: String) -> String? {
        var directories = ["/usr/bin", "/usr/local/bin"]
        if let path = ProcessInfo.processInfo.environment["PATH"] {
            directories += path.split(separator: ":").map(String.init)
        }
        return directories.map { $0 + "/" + tool }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// A fresh directory for one test's files.
    static func scratchDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("documentkit-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    static func remove(_ directory: URL) {
        try? FileManager.default.removeItem(at: directory)
    }

    /// Writes `pdf` to a file in `directory` and returns its path.
    static func write(_ pdf: [UInt8], to directory: URL, name: String = "document.pdf") throws -> String {
        let url = directory.appendingPathComponent(name)
        try Data(pdf).write(to: url)
        return url.path
    }

    /// Rasterises page `page` (1-based) at `dpi` in gray and returns the image.
    static func rasterize(_ pdfPath: String, page: Int = 1, dpi: Int = 300) throws -> GrayImage {
        let prefix = pdfPath + "-p\(page)"
        let result = try run(
            "pdftoppm", ["-r", "\(dpi)", "-gray", "-f", "\(page)", "-l", "\(page)", "-singlefile", pdfPath, prefix])
        guard result.status == 0 else { throw Failure(description: "pdftoppm failed: \(result.stderr)") }
        return try GrayImage(pgm: Data(contentsOf: URL(fileURLWithPath: prefix + ".pgm")), dpi: dpi)
    }

    /// Every symbol zbarimg finds in the PGM/PNG files, as "TYPE:data" lines.
    static func decodeSymbols(imagePaths: [String]) throws -> [String] {
        let result = try run("zbarimg", ["-q"] + imagePaths)
        // zbarimg exits 4 when it finds nothing; that is a finding, not an error to hide.
        guard result.status == 0 || result.status == 4 else {
            throw Failure(description: "zbarimg failed (\(result.status)): \(result.stderr)")
        }
        return result.stdout.split(separator: "\n").map(String.init)
    }
}

/// A gray raster page as pdftoppm writes it (binary PGM, "P5").
struct GrayImage {
    let width: Int
    let height: Int
    let pixels: [UInt8]
    let dpi: Int

    init(pgm data: Data, dpi: Int) throws {
        let bytes = [UInt8](data)
        var index = 0
        func token() -> String {
            while index < bytes.count, bytes[index] == 0x20 || bytes[index] == 0x0A || bytes[index] == 0x0D {
                index += 1
            }
            let start = index
            while index < bytes.count, !(bytes[index] == 0x20 || bytes[index] == 0x0A || bytes[index] == 0x0D) {
                index += 1
            }
            return String(decoding: bytes[start..<index], as: UTF8.self)
        }
        guard token() == "P5", let width = Int(token()), let height = Int(token()), token() == "255" else {
            throw ExternalTools.Failure(description: "not a binary 8-bit PGM")
        }
        index += 1
        guard bytes.count - index >= width * height else { throw ExternalTools.Failure(description: "short PGM") }
        self.width = width
        self.height = height
        self.pixels = Array(bytes[index..<(index + width * height)])
        self.dpi = dpi
    }

    func pixel(_ x: Int, _ y: Int) -> UInt8 { pixels[y * width + x] }

    func pixels(fromMM millimetres: Double) -> Int { Int((millimetres / 25.4 * Double(dpi)).rounded()) }
    func millimetres(fromPixels count: Int) -> Double { Double(count) * 25.4 / Double(dpi) }

    /// Whether every pixel of the rectangle (in mm) is nearly white.
    func isBlank(xMM: Double, yMM: Double, widthMM: Double, heightMM: Double, threshold: UInt8 = 200) -> Bool {
        let x0 = pixels(fromMM: xMM)
        let y0 = pixels(fromMM: yMM)
        let x1 = min(width, pixels(fromMM: xMM + widthMM))
        let y1 = min(height, pixels(fromMM: yMM + heightMM))
        for y in max(0, y0)..<y1 {
            for x in max(0, x0)..<x1 where pixel(x, y) < threshold { return false }
        }
        return true
    }

    /// Leftmost and rightmost dark columns of row `yMM` between `fromMM` and `toMM`.
    func darkExtent(rowMM: Double, fromMM: Double, toMM: Double) -> (first: Int, last: Int)? {
        let y = pixels(fromMM: rowMM)
        var first: Int?
        var last: Int?
        for x in pixels(fromMM: fromMM)..<min(width, pixels(fromMM: toMM)) where pixel(x, y) < 128 {
            if first == nil { first = x }
            last = x
        }
        guard let first, let last else { return nil }
        return (first, last)
    }

    /// The unbroken dark run of column `columnMM` through row `aroundMM`: its first and last rows.
    func darkRun(columnMM: Double, aroundMM: Double) -> (first: Int, last: Int)? {
        let x = pixels(fromMM: columnMM)
        var first = pixels(fromMM: aroundMM)
        guard pixel(x, first) < 128 else { return nil }
        var last = first
        while first > 0 && pixel(x, first - 1) < 128 { first -= 1 }
        while last + 1 < height && pixel(x, last + 1) < 128 { last += 1 }
        return (first, last)
    }

    /// Topmost and bottommost dark rows of column `xMM`.
    func darkRows(columnMM: Double, fromMM: Double, toMM: Double) -> (first: Int, last: Int)? {
        let x = pixels(fromMM: columnMM)
        var first: Int?
        var last: Int?
        for y in pixels(fromMM: fromMM)..<min(height, pixels(fromMM: toMM)) where pixel(x, y) < 128 {
            if first == nil { first = y }
            last = y
        }
        guard let first, let last else { return nil }
        return (first, last)
    }
}
