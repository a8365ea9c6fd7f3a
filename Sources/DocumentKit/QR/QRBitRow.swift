/// One row (or one column) of a symbol as a fixed-width bit set, so that mask application and
/// the penalty rules work on 64 modules per instruction instead of one.
///
/// Module `i` of the line is bit `i`; bits past the last module stay light. Both shifts fill
/// with light bits, which is what the quiet zone around a symbol looks like, so patterns
/// running off either edge need no bounds checks. Three widths exist so that small symbols
/// (the usual case, up to version 11) pay for one word, not three; code is generic over them
/// and specialised by the compiler.
protocol QRBitRow: Sendable {
    /// Modules a line can hold.
    static var capacity: Int { get }
    /// All light.
    init()
    /// The first `capacity / 64` words of `words`.
    init(words: UnsafePointer<UInt64>)

    static func & (lhs: Self, rhs: Self) -> Self
    static func | (lhs: Self, rhs: Self) -> Self
    static func ^ (lhs: Self, rhs: Self) -> Self
    static prefix func ~ (operand: Self) -> Self
    /// Bit i of the result is bit i + k of `self` (1 ≤ k ≤ 63); light enters at the top.
    func shiftedDown(_ k: Int) -> Self
    /// Bit i of the result is bit i − k of `self` (1 ≤ k ≤ 63); light enters at the bottom.
    func shiftedUp(_ k: Int) -> Self
    var nonzeroBitCount: Int { get }
    func bit(_ index: Int) -> Bool
    mutating func setBit(_ index: Int)
}

extension QRBitRow {
    /// Bits `0 ..< size` set: the modules that exist.
    static func modules(count size: Int) -> Self {
        var row = Self()
        for i in 0..<size { row.setBit(i) }
        return row
    }
}

/// Up to 64 modules: versions 1–11.
struct QRRow64: QRBitRow {
    var w0: UInt64

    static var capacity: Int { 64 }
    @inline(__always) init() { w0 = 0 }
    @inline(__always) init(w0: UInt64) { self.w0 = w0 }
    @inline(__always) init(words: UnsafePointer<UInt64>) { w0 = words[0] }

    @inline(__always) static func & (l: Self, r: Self) -> Self { Self(w0: l.w0 & r.w0) }
    @inline(__always) static func | (l: Self, r: Self) -> Self { Self(w0: l.w0 | r.w0) }
    @inline(__always) static func ^ (l: Self, r: Self) -> Self { Self(w0: l.w0 ^ r.w0) }
    @inline(__always) static prefix func ~ (x: Self) -> Self { Self(w0: ~x.w0) }
    @inline(__always) func shiftedDown(_ k: Int) -> Self { Self(w0: w0 &>> UInt64(k)) }
    @inline(__always) func shiftedUp(_ k: Int) -> Self { Self(w0: w0 &<< UInt64(k)) }
    @inline(__always) var nonzeroBitCount: Int { w0.nonzeroBitCount }
    @inline(__always) func bit(_ i: Int) -> Bool { (w0 &>> UInt64(i)) & 1 != 0 }
    @inline(__always) mutating func setBit(_ i: Int) { w0 |= 1 &<< UInt64(i) }
}

/// Up to 128 modules: versions 12–27.
struct QRRow128: QRBitRow {
    var w0: UInt64
    var w1: UInt64

    static var capacity: Int { 128 }
    @inline(__always) init() { w0 = 0; w1 = 0 }
    @inline(__always) init(w0: UInt64, w1: UInt64) { self.w0 = w0; self.w1 = w1 }
    @inline(__always) init(words: UnsafePointer<UInt64>) { w0 = words[0]; w1 = words[1] }

    @inline(__always) static func & (l: Self, r: Self) -> Self { Self(w0: l.w0 & r.w0, w1: l.w1 & r.w1) }
    @inline(__always) static func | (l: Self, r: Self) -> Self { Self(w0: l.w0 | r.w0, w1: l.w1 | r.w1) }
    @inline(__always) static func ^ (l: Self, r: Self) -> Self { Self(w0: l.w0 ^ r.w0, w1: l.w1 ^ r.w1) }
    @inline(__always) static prefix func ~ (x: Self) -> Self { Self(w0: ~x.w0, w1: ~x.w1) }
    @inline(__always) func shiftedDown(_ k: Int) -> Self {
        let s = UInt64(k)
        return Self(w0: (w0 &>> s) | (w1 &<< (64 - s)), w1: w1 &>> s)
    }
    @inline(__always) func shiftedUp(_ k: Int) -> Self {
        let s = UInt64(k)
        return Self(w0: w0 &<< s, w1: (w1 &<< s) | (w0 &>> (64 - s)))
    }
    @inline(__always) var nonzeroBitCount: Int { w0.nonzeroBitCount + w1.nonzeroBitCount }
    @inline(__always) func bit(_ i: Int) -> Bool {
        ((i < 64 ? w0 : w1) &>> UInt64(i & 63)) & 1 != 0
    }
    @inline(__always) mutating func setBit(_ i: Int) {
        if i < 64 { w0 |= 1 &<< UInt64(i) } else { w1 |= 1 &<< UInt64(i & 63) }
    }
}

/// Up to 192 modules: versions 28–40.
struct QRRow192: QRBitRow {
    var w0: UInt64
    var w1: UInt64
    var w2: UInt64

    static var capacity: Int { 192 }
    @inline(__always) init() { w0 = 0; w1 = 0; w2 = 0 }
    @inline(__always) init(w0: UInt64, w1: UInt64, w2: UInt64) { self.w0 = w0; self.w1 = w1; self.w2 = w2 }
    @inline(__always) init(words: UnsafePointer<UInt64>) { w0 = words[0]; w1 = words[1]; w2 = words[2] }

    @inline(__always) static func & (l: Self, r: Self) -> Self {
        Self(w0: l.w0 & r.w0, w1: l.w1 & r.w1, w2: l.w2 & r.w2)
    }
    @inline(__always) static func | (l: Self, r: Self) -> Self {
        Self(w0: l.w0 | r.w0, w1: l.w1 | r.w1, w2: l.w2 | r.w2)
    }
    @inline(__always) static func ^ (l: Self, r: Self) -> Self {
        Self(w0: l.w0 ^ r.w0, w1: l.w1 ^ r.w1, w2: l.w2 ^ r.w2)
    }
    @inline(__always) static prefix func ~ (x: Self) -> Self { Self(w0: ~x.w0, w1: ~x.w1, w2: ~x.w2) }
    @inline(__always) func shiftedDown(_ k: Int) -> Self {
        let s = UInt64(k)
        return Self(
            w0: (w0 &>> s) | (w1 &<< (64 - s)),
            w1: (w1 &>> s) | (w2 &<< (64 - s)),
            w2: w2 &>> s
        )
    }
    @inline(__always) func shiftedUp(_ k: Int) -> Self {
        let s = UInt64(k)
        return Self(
            w0: w0 &<< s,
            w1: (w1 &<< s) | (w0 &>> (64 - s)),
            w2: (w2 &<< s) | (w1 &>> (64 - s))
        )
    }
    @inline(__always) var nonzeroBitCount: Int {
        w0.nonzeroBitCount + w1.nonzeroBitCount + w2.nonzeroBitCount
    }
    @inline(__always) func bit(_ i: Int) -> Bool {
        let word = i < 64 ? w0 : (i < 128 ? w1 : w2)
        return (word &>> UInt64(i & 63)) & 1 != 0
    }
    @inline(__always) mutating func setBit(_ i: Int) {
        let mask: UInt64 = 1 &<< UInt64(i & 63)
        if i < 64 { w0 |= mask } else if i < 128 { w1 |= mask } else { w2 |= mask }
    }
}
