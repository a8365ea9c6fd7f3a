/// The growing byte buffer every PDF object and content stream is written into.
///
/// Numbers are written by hand as fixed-point decimals: no `String(describing:)` of a `Double`,
/// no Foundation formatter. That keeps the output compact (at most the requested decimals, no
/// trailing zeros) and is an order of magnitude faster than string interpolation.
struct PDFByteWriter {
    var bytes: [UInt8]

    init(capacity: Int) {
        bytes = []
        bytes.reserveCapacity(capacity)
    }

    init(taking bytes: [UInt8]) { self.bytes = bytes }

    var count: Int { bytes.count }

    @inline(__always)
    mutating func append(_ byte: UInt8) { bytes.append(byte) }

    @inline(__always)
    mutating func append(_ ascii: StaticString) {
        // Most operators are a few bytes: appending them one by one beats the call and memcpy
        // of append(contentsOf:).
        let count = ascii.utf8CodeUnitCount
        if count <= 8 {
            let start = ascii.utf8Start
            for index in 0..<count { bytes.append(start[index]) }
        } else {
            ascii.withUTF8Buffer { bytes.append(contentsOf: $0) }
        }
    }

    mutating func append(contentsOf other: some Sequence<UInt8>) { bytes.append(contentsOf: other) }

    /// A decimal integer, with a minus sign when negative. Digits are appended most
    /// significant first (no reversing a slice, which would copy).
    mutating func appendInt(_ value: Int) {
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        let magnitude = value.magnitude
        if magnitude < 10 {
            bytes.append(UInt8(truncatingIfNeeded: magnitude) &+ 48)
        } else if magnitude < 100 {
            bytes.append(UInt8(truncatingIfNeeded: magnitude / 10) &+ 48)
            bytes.append(UInt8(truncatingIfNeeded: magnitude % 10) &+ 48)
        } else {
            var divisor: UInt = 100
            while divisor <= magnitude / 10 { divisor &*= 10 }
            while divisor > 0 {
                bytes.append(UInt8(truncatingIfNeeded: (magnitude / divisor) % 10) &+ 48)
                divisor /= 10
            }
        }
    }

    /// An integer right-aligned in `width` digits with leading zeros (xref offsets, dates).
    mutating func appendInt(_ value: Int, zeroPaddedTo width: Int) {
        let value = max(value, 0)
        var divisor = 1
        for _ in 1..<max(width, 1) { divisor &*= 10 }
        while divisor > 0 {
            bytes.append(UInt8(truncatingIfNeeded: (value / divisor) % 10) &+ 48)
            divisor /= 10
        }
    }

    /// A real number as fixed point with at most `decimals` (0...4) digits after the point and no
    /// trailing zeros: 12.5, 0.72, -3, never 12.50 or 1e-5. NaN and infinities become 0, because
    /// a PDF number cannot express them and a reader would reject the whole stream.
    mutating func appendNumber(_ value: Double, decimals: Int = 2) {
        let scale = Self.powersOfTen[decimals]
        let scaled = (value * Double(scale)).rounded()
        guard scaled.isFinite, abs(scaled) < 9.0e15 else {
            bytes.append(UInt8(ascii: "0"))
            return
        }
        var fixed = Int(scaled)
        if fixed < 0 {
            bytes.append(UInt8(ascii: "-"))
            fixed = -fixed
        }
        appendInt(fixed / scale)
        var fraction = fixed % scale
        guard fraction != 0 else { return }
        var digits = decimals
        while fraction % 10 == 0 {
            fraction /= 10
            digits -= 1
        }
        bytes.append(UInt8(ascii: "."))
        appendInt(fraction, zeroPaddedTo: digits)
    }

    private static let powersOfTen = [1, 10, 100, 1000, 10000]

    /// Overwrites bytes already written (the /Length placeholder of a stream).
    mutating func overwrite(at index: Int, with value: Int) {
        var scratch = PDFByteWriter(capacity: 12)
        scratch.appendInt(value)
        for (offset, byte) in scratch.bytes.enumerated() { bytes[index + offset] = byte }
    }
}
