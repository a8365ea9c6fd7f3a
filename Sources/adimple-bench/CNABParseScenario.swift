import BrazilKit
import CNABKit
import Foundation

/// Parsing and validating a CNAB 240 retorno of `count` títulos (≈ 484 bytes each) written to
/// a file, then read back through `RetornoReader` in 1 MiB chunks: MB/s and the process's
/// peak resident memory, which must not grow with the file (streaming).
struct CNABParseScenario {
    let count: Int
    let directory: URL

    func run() throws -> ScenarioResult {
        let path = directory.appendingPathComponent("retorno-\(count).ret").path
        _ = FileManager.default.createFile(atPath: path, contents: nil)
        let output = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        var generator = RetornoGenerator(count: count)
        var chunk: [UInt8] = []
        chunk.reserveCapacity(1 << 20 + 1024)
        while generator.fill(&chunk, size: 1 << 20) { output.write(Data(chunk)) }
        try output.close()
        defer { try? FileManager.default.removeItem(atPath: path) }

        let input = try FileHandle(forReadingFrom: URL(fileURLWithPath: path))
        var reader = RetornoReader(layout: .cnab240)
        var titulos: [RetornoTitulo] = []
        var bytes = 0
        var total: Int64 = 0
        let (summary, elapsed) = try measureSync { () throws -> RetornoSummary in
            while let data = try input.read(upToCount: 1 << 20), !data.isEmpty {
                bytes += data.count
                titulos.removeAll(keepingCapacity: true)
                try reader.feed(data, into: &titulos)
                for titulo in titulos { total &+= titulo.valorPago.centavos }
            }
            return try reader.finish(into: &titulos)
        }
        try input.close()
        precondition(summary.tituloCount == count && total > 0)
        return ScenarioResult(
            "cnab-parse",
            [
                "titulos": .int(count), "megabytes": .double(Double(bytes) / 1_000_000),
                "mb_per_second": .double(Double(bytes) / 1_000_000 / elapsed), "seconds": .double(elapsed),
                "peak_rss_mib": .double(peakRSSMiB()),
            ])
    }
}

/// Generates a CNAB 240 retorno of `count` títulos (Banco do Brasil FEBRABAN, T+U pairs) chunk by
/// chunk, so the benchmark never holds the file.
struct RetornoGenerator {
    let count: Int
    private(set) var next = 0  // 0 = headers, 1...count títulos, then trailers
    var done = false
    let t: [UInt8]
    let u: [UInt8]

    init(count: Int) {
        self.count = count
        // T: 16-17 movimento 06, 38-57 nosso número, 59-73 seu número, 74-81 venc, 82-96 valor, 199-213 tarifa
        var tl = Array(repeating: UInt8(ascii: " "), count: 240)
        func put(_ a: inout [UInt8], _ start: Int, _ s: String) { for (i, c) in s.utf8.enumerated() { a[start - 1 + i] = c } }
        put(&tl, 1, "0010001300001T 06")
        put(&tl, 18, "012340000000543210")
        put(&tl, 38, "14499570000000000   ")
        put(&tl, 58, "7")
        put(&tl, 59, "SEU000000000001")
        put(&tl, 74, "10012026")
        put(&tl, 82, "000000000034400")
        put(&tl, 97, "00102085")
        put(&tl, 106, "USO-EMPRESA-0000000000001")
        put(&tl, 131, "09")
        put(&tl, 199, "000000000000103")
        put(&tl, 214, "04        ")
        t = tl + [0x0D, 0x0A]
        var ul = Array(repeating: UInt8(ascii: " "), count: 240)
        put(&ul, 1, "0010001300002U 06")
        put(&ul, 18, String(repeating: "0", count: 15 * 4))
        put(&ul, 78, "000000000034400000000000034297")
        put(&ul, 108, String(repeating: "0", count: 30))
        put(&ul, 138, "1201202613012026")
        u = ul + [0x0D, 0x0A]
    }

    static let perLot = 49_999
    var inLot = 0
    var lot = 0

    /// Appends about `size` bytes of the file to `buffer`; returns false when the file is complete.
    /// Títulos go in lots of 49,999 (100,000 details would overflow the 5-digit sequence at 9–13).
    mutating func fill(_ buffer: inout [UInt8], size: Int) -> Bool {
        buffer.removeAll(keepingCapacity: true)
        if done { return false }
        func put(_ a: inout [UInt8], _ offset: Int, _ value: Int, width: Int) {
            var v = value
            for i in stride(from: offset + width - 1, through: offset, by: -1) {
                a[i] = UInt8(ascii: "0") + UInt8(v % 10)
                v /= 10
            }
        }
        func record(_ text: String) -> [UInt8] {
            var r = Array(repeating: UInt8(ascii: " "), count: 240)
            for (i, c) in text.utf8.enumerated() { r[i] = c }
            return r + [0x0D, 0x0A]
        }
        if next == 0 {
            buffer += record("00100000         2356438990001450019999570014       0123450000000054321 EMPRESA TESTE                 BANCO DO BRASIL                         21012202612000000012308400000")
            next = 1
        }
        while buffer.count < size && next <= count {
            if inLot == 0 {
                lot += 1
                var l = record("00100011T0100020 20356438990001450019999570014       0123450000000054321 EMPRESA TESTE")
                put(&l, 3, lot, width: 4)
                buffer += l
            }
            inLot += 1
            let seqT = 2 * inLot - 1
            let start = buffer.count
            buffer += t
            put(&buffer, start + 3, lot, width: 4)
            put(&buffer, start + 8, seqT, width: 5)
            put(&buffer, start + 37 + 7, next, width: 10)
            put(&buffer, start + 58 + 3, next, width: 12)
            let ustart = buffer.count
            buffer += u
            put(&buffer, ustart + 3, lot, width: 4)
            put(&buffer, ustart + 8, seqT + 1, width: 5)
            next += 1
            if inLot == Self.perLot || next > count {
                var lt = record("00100015")
                put(&lt, 3, lot, width: 4)
                put(&lt, 17, 2 * inLot + 2, width: 6)
                buffer += lt
                inLot = 0
            }
        }
        if next > count {
            var ft = record("00199999")
            put(&ft, 17, lot, width: 6)
            // 24–29 holds six digits: a file of over 999,999 records can only carry the count modulo 10^6.
            let records = 2 + 2 * lot + 2 * count
            put(&ft, 23, records % 1_000_000, width: 6)
            buffer += ft
            done = true
        }
        return true
    }
}

