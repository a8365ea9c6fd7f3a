@testable import DocumentKit
import Testing

/// Version selection, errors and the public entry points.
@Suite struct QREncoderTests {
    @Test func smallestVersionThatFits() throws {
        #expect(try QREncoder.encode([UInt8](repeating: 65, count: 14), level: .medium).version == 1)
        #expect(try QREncoder.encode([UInt8](repeating: 65, count: 15), level: .medium).version == 2)
        #expect(try QREncoder.encode([UInt8](repeating: 65, count: 7), level: .high).version == 1)
        #expect(try QREncoder.encode([UInt8](repeating: 65, count: 8), level: .high).version == 2)
        // Around the jump from 8- to 16-bit counts: 9-L holds 230 bytes, 10-L 271.
        #expect(try QREncoder.encode([UInt8](repeating: 65, count: 230), level: .low).version == 9)
        #expect(try QREncoder.encode([UInt8](repeating: 65, count: 231), level: .low).version == 10)
        #expect(try QREncoder.encode([UInt8](), level: .low).version == 1)
    }

    @Test func minimumVersionIsRespected() throws {
        let code = try QREncoder.encode("short", level: .medium, minimumVersion: 8)
        #expect(code.version == 8)
        #expect(code.size == 49)
        // A payload that needs more than the minimum still gets the larger version.
        let long = try QREncoder.encode([UInt8](repeating: 1, count: 200), level: .medium, minimumVersion: 3)
        #expect(long.version == 10)
    }

    @Test func fullestSymbolsEncode() throws {
        for level in QRErrorCorrectionLevel.allCases {
            let capacity = QREncoder.byteCapacity(version: 40, level: level)
            let code = try QREncoder.encode([UInt8](repeating: 0x5A, count: capacity), level: level)
            #expect(code.version == 40)
            #expect(code.level == level)
        }
    }

    @Test func tooMuchDataSaysHowMuchFits() {
        #expect(throws: QREncodingError.dataTooLong(byteCount: 2954, level: .low, capacity: 2953)) {
            try QREncoder.encode([UInt8](repeating: 0, count: 2954), level: .low)
        }
        #expect(throws: QREncodingError.dataTooLong(byteCount: 1274, level: .high, capacity: 1273)) {
            try QREncoder.encode([UInt8](repeating: 0, count: 1274), level: .high, minimumVersion: 40)
        }
        let error = QREncodingError.dataTooLong(byteCount: 2400, level: .medium, capacity: 2331)
        #expect(error.description == "2400 bytes do not fit in a QR code at level M: version 40 holds at most 2331 bytes")
    }

    @Test(arguments: [0, -1, 41, 100])
    func minimumVersionOutOfRange(version: Int) {
        #expect(throws: QREncodingError.invalidMinimumVersion(version)) {
            try QREncoder.encode("x", level: .medium, minimumVersion: version)
        }
        #expect(QREncodingError.invalidMinimumVersion(version).description.contains("1...40"))
    }

    @Test func stringsAreEncodedAsUTF8() throws {
        let text = "Pagamento à vista — R$ 1.234,56 ✓"
        #expect(try QREncoder.encode(text, level: .quartile) == QREncoder.encode(Array(text.utf8), level: .quartile))
    }

    @Test func encodingIsDeterministic() throws {
        let text = QRTestSupport.printablePayload(count: 300, seed: 42)
        #expect(try QREncoder.encode(text, level: .medium) == QREncoder.encode(text, level: .medium))
    }
}
