/// When a failed delivery is tried again.
///
/// The standard schedule waits 5 s, 1 min, 5 min, 30 min, 2 h, 5 h, 10 h, 14 h, 20 h and 20 h
/// after attempts 1 to 10: eleven attempts over 71.6 hours, about 3 days. The first retries
/// come quickly because most failures are brief (a deploy, a restart, a dropped connection);
/// the gaps then grow roughly exponentially (×12, ×5, ×6, ×4, …) so an endpoint that is down
/// for a day is not hammered, and are capped at 20 h so an outage over a weekend still gets
/// a few tries on the last day. It is the schedule Standard Webhooks gives as its example
/// (5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h) with a 1-minute step added and the tail
/// stretched to fill our 3-day window.
///
/// Each gap is jittered (±20 % by default) so the deliveries that failed together — every
/// event of an outage — do not all come back in the same second.
public struct WebhookRetrySchedule: Hashable, Sendable {
    public enum Jitter: Hashable, Sendable {
        /// Exactly the nominal gap (tests, reasoning about the window).
        case none
        /// The nominal gap times a factor drawn uniformly from 1 − fraction … 1 + fraction.
        case proportional(Double)
        /// A gap drawn uniformly from 0 … nominal ("full jitter"): spreads retries most, at
        /// the cost of sometimes retrying almost at once.
        case full
    }

    /// The nominal gap after attempt 1, 2, …; its count is the number of retries.
    public let delays: [Duration]
    public let jitter: Jitter

    public init(delays: [Duration], jitter: Jitter = .proportional(0.2)) {
        precondition(delays.allSatisfy { $0 >= .zero }, "retry delays cannot be negative")
        self.delays = delays
        self.jitter = jitter
    }

    /// The schedule described above.
    public static let standard = WebhookRetrySchedule(
        delays: [
            .seconds(5), .seconds(60), .seconds(5 * 60), .seconds(30 * 60), .seconds(2 * 3600), .seconds(5 * 3600),
            .seconds(10 * 3600), .seconds(14 * 3600), .seconds(20 * 3600), .seconds(20 * 3600),
        ])

    /// A schedule that grows by `factor` from `initial`, capped at `cap`, for `retries` retries.
    public static func exponential(
        initial: Duration, factor: Double, cap: Duration, retries: Int, jitter: Jitter = .proportional(0.2)
    ) -> WebhookRetrySchedule {
        var delays: [Duration] = []
        var current = initial
        for _ in 0..<max(0, retries) {
            delays.append(min(current, cap))
            current = min(current * factor, cap)
        }
        return WebhookRetrySchedule(delays: delays, jitter: jitter)
    }

    /// Attempts in all: the first one and every retry.
    public var maximumAttempts: Int { delays.count + 1 }

    /// From the first attempt to the last one, without jitter.
    public var nominalWindow: Duration { delays.reduce(.zero, +) }

    /// The gap without jitter after attempt `attempt` (1-based), or nil when it was the last.
    public func nominalDelay(afterAttempt attempt: Int) -> Duration? {
        guard attempt >= 1, attempt <= delays.count else { return nil }
        return delays[attempt - 1]
    }

    /// The jittered gap after attempt `attempt` (1-based), or nil when it was the last one and
    /// the delivery has failed.
    public func delay(afterAttempt attempt: Int, using random: inout some RandomNumberGenerator) -> Duration? {
        guard let nominal = nominalDelay(afterAttempt: attempt) else { return nil }
        switch jitter {
        case .none:
            return nominal
        case .proportional(let fraction):
            let spread = min(max(fraction, 0), 1)
            guard spread > 0 else { return nominal }
            return nominal * Double.random(in: (1 - spread)...(1 + spread), using: &random)
        case .full:
            return nominal * Double.random(in: 0...1, using: &random)
        }
    }
}

/// A small seedable generator (SplitMix64), so tests get the same jitter on every run.
public struct SeededRandomGenerator: RandomNumberGenerator, Sendable {
    private var state: UInt64

    public init(seed: UInt64) { state = seed }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
