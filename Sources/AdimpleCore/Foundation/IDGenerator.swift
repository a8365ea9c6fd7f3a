import Foundation
import Synchronization

/// Makes new ids. Injected so tests can pin them.
public protocol IDGenerating: Sendable {
    /// A new, unique id with the given prefix, e.g. `cus_01JD3…`.
    func next(_ prefix: IDPrefix) -> String
}

extension IDGenerating {
    /// A new typed id.
    public func next<Entity>(_ prefix: IDPrefix, as _: Entity.Type = Entity.self) -> EntityID<Entity> {
        EntityID(next(prefix))
    }
}

/// Time-ordered ids in the manner of ULID: 48 bits of milliseconds then 80 bits that grow
/// monotonically within the same millisecond, in Crockford base32 (26 characters).
///
/// Ordered ids keep inserts at the right edge of the primary-key b-tree, which is what lets
/// a million customers load quickly.
public final class TimeOrderedIDGenerator: IDGenerating {
    private struct State {
        var lastMillis: UInt64 = 0
        var high: UInt16 = 0
        var low: UInt64 = 0
        var random: SplitMix64
    }

    private let clock: any WallClock
    private let state: Mutex<State>

    /// - Parameters:
    ///   - clock: where the time part comes from.
    ///   - seed: fixes the random part (tests); `nil` seeds from the system generator.
    public init(clock: any WallClock, seed: UInt64? = nil) {
        self.clock = clock
        var system = SystemRandomNumberGenerator()
        self.state = Mutex(State(random: SplitMix64(seed: seed ?? system.next())))
    }

    public func next(_ prefix: IDPrefix) -> String {
        let millis = UInt64(max(0, clock.now().timeIntervalSince1970 * 1000))
        let (high, low, time) = state.withLock { state -> (UInt16, UInt64, UInt64) in
            if millis > state.lastMillis {
                state.lastMillis = millis
                state.high = UInt16(truncatingIfNeeded: state.random.next())
                state.low = state.random.next() >> 1  // leave room to count up
            } else {
                // Same (or an earlier, when the clock went back) millisecond: count up so
                // ids stay unique and ordered.
                state.low &+= 1
                if state.low == 0 { state.high &+= 1 }
            }
            return (state.high, state.low, state.lastMillis)
        }
        return prefix.rawValue + "_" + Self.encode(time: time, high: high, low: low)
    }

    private static let alphabet = Array("0123456789ABCDEFGHJKMNPQRSTVWXYZ".utf8)

    private static func encode(time: UInt64, high: UInt16, low: UInt64) -> String {
        // 128 bits: time(48) | high(16) | low(64); 26 base32 characters cover 130 bits.
        let hi = (time << 16) | UInt64(high)  // the top 64 bits
        let value = (hi: hi, lo: low)
        var bytes = [UInt8](repeating: 0, count: 26)
        for index in 0..<26 {
            let shift = 125 - index * 5  // bit position of this character's lowest bit
            let bits: UInt64
            if shift >= 64 {
                bits = value.hi >> UInt64(shift - 64)
            } else if shift + 5 <= 64 {
                bits = value.lo >> UInt64(shift)
            } else {
                bits = (value.lo >> UInt64(shift)) | (value.hi << UInt64(64 - shift))
            }
            bytes[index] = alphabet[Int(bits & 31)]
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}

/// A small, fast, seedable generator (SplitMix64) for the random part of ids.
struct SplitMix64: RandomNumberGenerator, Sendable {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
