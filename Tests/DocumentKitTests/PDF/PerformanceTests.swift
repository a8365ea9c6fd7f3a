import DocumentKit
import Foundation
import Testing

/// Rendering speed. Targets (release build, one core): one boleto híbrido, QR already encoded,
/// in at most 0.5 ms (2,000 PDFs/s); a 12-installment carnê in at most 5 ms. A release build
/// (`swift test -c release --filter Performance`) asserts those targets and prints the
/// numbers; a debug build, about 13 times slower and sharing the cores with the rest of the
/// suite, only guards against a gross regression (50 times the target).
@Suite("Performance", .serialized)
struct PerformanceTests {
    #if DEBUG
        static let slack = 50.0
    #else
        static let slack = 1.0
    #endif

    /// Best average time per call over a few rounds, in seconds.
    static func measure(iterations: Int, _ body: () -> Int) -> Double {
        var best = Double.infinity
        var sink = 0
        for _ in 0..<5 {
            let start = ContinuousClock.now
            for _ in 0..<iterations { sink &+= body() }
            let elapsed = ContinuousClock.now - start
            let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
            best = min(best, seconds / Double(iterations))
        }
        #expect(sink > 0)
        return best
    }

    @Test func boletoHibrido() {
        let sheet = SampleSheets.itau()
        let info = SampleSheets.info
        let seconds = Self.measure(iterations: 200) { BoletoDocument.render(sheet, info: info).count }
        print("boleto híbrido: \(Int(seconds * 1e6)) µs per PDF, \(Int(1 / seconds)) PDFs/s")
        #expect(seconds < 0.000_5 * Self.slack)
    }

    @Test func carneOfTwelve() {
        let sheets = SampleSheets.carne
        let info = SampleSheets.info
        let seconds = Self.measure(iterations: 20) { CarneDocument.render(sheets, info: info).count }
        print("carnê of 12: \(Int(seconds * 1e6)) µs")
        #expect(seconds < 0.005 * Self.slack)
    }
}
