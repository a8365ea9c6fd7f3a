/// A small, fast, seedable pseudo-random number generator (xoshiro256**).
///
/// Synthetic data must be reproducible: the same seed has to produce the same
/// customers on every run, on every platform and with every future toolchain.
/// Swift's `randomElement(using:)`, `Int.random(in:using:)` and friends do not
/// promise a stable algorithm for turning raw bits into a bounded value, so this
/// type implements its own range reduction (Lemire's multiply-shift method with
/// rejection) and every helper below consumes the raw stream in a documented way.
///
/// - The state is seeded from a single `UInt64` with SplitMix64, as recommended by
///   the xoshiro authors, so nearby seeds (0, 1, 2…) give unrelated streams.
/// - Only wrapping integer arithmetic is used: no floating point, no platform
///   dependent widths (`Int` is assumed to be 64 bits, as on every Swift platform
///   Adimple supports).
public struct SeededGenerator: RandomNumberGenerator, Sendable {
    private var s0: UInt64
    private var s1: UInt64
    private var s2: UInt64
    private var s3: UInt64

    /// Creates a generator whose whole output is determined by `seed`.
    public init(seed: UInt64) {
        var sm = seed
        s0 = SeededGenerator.splitMix64(&sm)
        s1 = SeededGenerator.splitMix64(&sm)
        s2 = SeededGenerator.splitMix64(&sm)
        s3 = SeededGenerator.splitMix64(&sm)
        // SplitMix64 cannot produce four zero words in a row, but be explicit:
        // xoshiro's all-zero state is a fixed point.
        if s0 | s1 | s2 | s3 == 0 { s0 = 0x9E37_79B9_7F4A_7C15 }
    }

    /// One step of SplitMix64 (Steele, Lea, Flood 2014), used for seeding and
    /// for deriving independent sub-seeds.
    @inline(__always)
    static func splitMix64(_ state: inout UInt64) -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    @inline(__always)
    private static func rotl(_ x: UInt64, _ k: UInt64) -> UInt64 {
        (x << k) | (x >> (64 &- k))
    }

    /// The next 64 raw bits (xoshiro256**, Blackman & Vigna 2018).
    @inline(__always)
    public mutating func next() -> UInt64 {
        let result = SeededGenerator.rotl(s1 &* 5, 7) &* 9
        let t = s1 << 17
        s2 ^= s0
        s3 ^= s1
        s1 ^= s2
        s0 ^= s3
        s2 ^= t
        s3 = SeededGenerator.rotl(s3, 45)
        return result
    }

    /// A uniformly distributed value in `0 ..< bound` (`bound` must be > 0).
    ///
    /// Lemire's nearly divisionless method: the high word of `random × bound`
    /// is the result; the rare biased low words are rejected and redrawn.
    @inline(__always)
    public mutating func below(_ bound: UInt64) -> UInt64 {
        precondition(bound > 0, "below(_:) needs a positive bound")
        var m = next().multipliedFullWidth(by: bound)
        if m.low < bound {
            let threshold = (0 &- bound) % bound
            while m.low < threshold {
                m = next().multipliedFullWidth(by: bound)
            }
        }
        return m.high
    }

    /// A uniformly distributed integer in `range` (both ends included).
    @inline(__always)
    public mutating func int(in range: ClosedRange<Int>) -> Int {
        let span = UInt64(bitPattern: Int64(range.upperBound &- range.lowerBound)) &+ 1
        if span == 0 { return Int(truncatingIfNeeded: next()) }  // the full 64-bit range
        return range.lowerBound &+ Int(truncatingIfNeeded: below(span))
    }

    /// `true` with probability `percent`/100. Always consumes exactly one draw
    /// (values ≤ 0 are never true, values ≥ 100 always are).
    @inline(__always)
    public mutating func chance(_ percent: Int) -> Bool {
        let roll = Int(truncatingIfNeeded: below(100))
        return roll < percent
    }

    /// A uniformly chosen element of a non-empty array.
    @inline(__always)
    public mutating func pick<T>(_ array: [T]) -> T {
        precondition(!array.isEmpty, "pick(_:) needs a non-empty array")
        return array[Int(truncatingIfNeeded: below(UInt64(array.count)))]
    }

    /// A uniformly chosen index of a collection with `count` elements (> 0).
    @inline(__always)
    mutating func index(_ count: Int) -> Int {
        Int(truncatingIfNeeded: below(UInt64(count)))
    }
}
