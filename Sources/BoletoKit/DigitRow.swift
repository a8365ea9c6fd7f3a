/// Up to 64 decimal digits (values 0–9, not ASCII) held in one fixed-size value with no heap storage.
///
/// Barcodes and linhas are built millions of times per second in batch runs, so they live in 64 inline
/// bytes instead of an `Array` or a `String`, and text is made only when asked for. The bytes are eight
/// words reached through a raw pointer: a `SIMD64<UInt8>` indexed by a variable measured 2–3× slower.
struct DigitRow: Hashable, Sendable {
    private var raw: (UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0, 0, 0, 0, 0)

    init() {}

    /// Writes the ASCII digits of `text` at `start`; false unless it is exactly `count` digits.
    @inline(__always)
    mutating func read(_ text: String, at start: Int, count: Int) -> Bool {
        precondition(start >= 0 && start + count <= 64)
        // Native strings are contiguous UTF-8: read them in one pass without the per-byte iterator.
        let fast = text.utf8.withContiguousStorageIfAvailable { source -> Bool in
            guard source.count == count else { return false }
            return withMutableBytes { target in
                var bad: UInt8 = 0
                for offset in 0..<count {
                    let digit = source[offset] &- 48
                    bad |= digit > 9 ? 1 : 0
                    target[start &+ offset] = digit
                }
                return bad == 0
            }
        }
        if let fast { return fast }
        guard text.utf8.count == count else { return false }
        var index = start
        for byte in text.utf8 {
            let digit = byte &- 48
            guard digit < 10 else { return false }
            self[index] = digit
            index += 1
        }
        return true
    }

    /// Takes digit values (0–9) as they are.
    init(digits: some Collection<UInt8>) {
        precondition(digits.count <= 64)
        var index = 0
        for digit in digits {
            self[index] = digit
            index += 1
        }
    }

    @inline(__always)
    subscript(index: Int) -> UInt8 {
        get {
            precondition(index >= 0 && index < 64)
            return withUnsafeBytes(of: raw) { $0.load(fromByteOffset: index, as: UInt8.self) }
        }
        set {
            precondition(index >= 0 && index < 64)
            withUnsafeMutableBytes(of: &raw) { $0.storeBytes(of: newValue, toByteOffset: index, as: UInt8.self) }
        }
    }

    /// Runs `body` over the 64 bytes, for loops that touch many digits (check digits, rearranging).
    @inline(__always)
    func withBytes<Result>(_ body: (UnsafeRawBufferPointer) -> Result) -> Result {
        withUnsafeBytes(of: raw, body)
    }

    /// Runs `body` over the 64 bytes, writable.
    @inline(__always)
    mutating func withMutableBytes<Result>(_ body: (UnsafeMutableRawBufferPointer) -> Result) -> Result {
        withUnsafeMutableBytes(of: &raw, body)
    }

    static func == (lhs: DigitRow, rhs: DigitRow) -> Bool {
        lhs.raw.0 == rhs.raw.0 && lhs.raw.1 == rhs.raw.1 && lhs.raw.2 == rhs.raw.2 && lhs.raw.3 == rhs.raw.3
            && lhs.raw.4 == rhs.raw.4 && lhs.raw.5 == rhs.raw.5 && lhs.raw.6 == rhs.raw.6 && lhs.raw.7 == rhs.raw.7
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(raw.0)
        hasher.combine(raw.1)
        hasher.combine(raw.2)
        hasher.combine(raw.3)
        hasher.combine(raw.4)
        hasher.combine(raw.5)
        hasher.combine(raw.6)
        hasher.combine(raw.7)
    }

    /// Writes `value` right-aligned and zero-padded in `width` digits starting at `start`.
    @inline(__always)
    mutating func write(_ value: Int64, at start: Int, width: Int) {
        var rest = value
        var index = start + width - 1
        while index >= start {
            let (quotient, remainder) = rest.quotientAndRemainder(dividingBy: 10)
            self[index] = UInt8(truncatingIfNeeded: remainder)
            rest = quotient
            index -= 1
        }
    }

    /// Copies `range` of `source` here, starting at `start`.
    @inline(__always)
    mutating func copy(_ range: Range<Int>, of source: DigitRow, to start: Int) {
        precondition(range.lowerBound >= 0 && range.upperBound <= 64 && start >= 0 && start + range.count <= 64)
        source.withBytes { from in
            withMutableBytes { to in
                to.baseAddress!.advanced(by: start).copyMemory(
                    from: from.baseAddress!.advanced(by: range.lowerBound), byteCount: range.count)
            }
        }
    }

    /// The digits in `range` as a number (at most 18 digits).
    func number(_ range: Range<Int>) -> Int64 {
        var value: Int64 = 0
        for index in range { value = value * 10 + Int64(self[index]) }
        return value
    }

    /// The digits in `range` as ASCII text.
    func text(_ range: Range<Int>) -> String {
        String(unsafeUninitializedCapacity: range.count) { buffer in
            var target = 0
            for index in range {
                buffer[target] = self[index] &+ 48
                target += 1
            }
            return range.count
        }
    }
}

extension String {
    /// The digit values of an all-digit ASCII string; nil if any character is not 0–9.
    var digitValues: [UInt8]? {
        var values: [UInt8] = []
        values.reserveCapacity(utf8.count)
        for byte in utf8 {
            let digit = byte &- 48
            guard digit < 10 else { return nil }
            values.append(digit)
        }
        return values
    }

    /// Text made of digit values (0–9).
    init(digitValues: some Collection<UInt8>) {
        self.init(decoding: digitValues.map { $0 &+ 48 }, as: UTF8.self)
    }
}

extension Int64 {
    /// The value right-aligned and zero-padded in `width` digit values.
    func digitValues(width: Int) -> [UInt8] {
        var values = [UInt8](repeating: 0, count: width)
        var rest = self
        var index = width - 1
        while index >= 0 {
            values[index] = UInt8(truncatingIfNeeded: rest % 10)
            rest /= 10
            index -= 1
        }
        return values
    }
}

extension Array where Element == UInt8 {
    /// The digit values read as a number.
    var numberValue: Int64 {
        reduce(0) { $0 * 10 + Int64($1) }
    }
}
