import Foundation

/// Words with their boxes as pdftotext sees them (`pdftotext -bbox`), in points from the
/// page's top-left corner: what a reader will actually show, independent of the writer.
struct TextWord: CustomStringConvertible {
    let text: String
    let page: Int
    let xMin: Double
    let yMin: Double
    let xMax: Double
    let yMax: Double

    var description: String { "\"\(text)\" p\(page) [\(xMin), \(yMin)–\(xMax), \(yMax)]" }

    /// Overlap with another word by more than `tolerance` points in both directions.
    func overlaps(_ other: TextWord, tolerance: Double = 0.3) -> Bool {
        page == other.page && min(xMax, other.xMax) - max(xMin, other.xMin) > tolerance
            && min(yMax, other.yMax) - max(yMin, other.yMin) > tolerance
    }

    static func read(pdfPath: String) throws -> [TextWord] {
        let result = try ExternalTools.run("pdftotext", ["-bbox", "-enc", "UTF-8", pdfPath, "-"])
        guard result.status == 0 else { throw ExternalTools.Failure(description: "pdftotext: \(result.stderr)") }
        var words: [TextWord] = []
        var page = 0
        for line in result.stdout.split(separator: "\n") {
            if line.contains("<page ") { page += 1 }
            guard line.contains("<word ") else { continue }
            func value(_ name: String) -> Double {
                guard let range = line.range(of: name + "=\"") else { return .nan }
                return Double(line[range.upperBound...].prefix { $0 != "\"" }) ?? .nan
            }
            let text = line.split(separator: ">", maxSplits: 1).last.map {
                $0.replacingOccurrences(of: "</word", with: "")
            }
            words.append(
                TextWord(
                    text: unescape(text ?? ""), page: page, xMin: value("xMin"), yMin: value("yMin"),
                    xMax: value("xMax"), yMax: value("yMax")))
        }
        return words
    }

    private static func unescape(_ text: String) -> String {
        text.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&amp;", with: "&")
    }
}
