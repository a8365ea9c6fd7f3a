/// What one pass of the dispatcher did; tests and the CLI read it.
public struct WebhookDispatchReport: Hashable, Sendable {
    /// Outbox events turned into deliveries.
    public var fannedOut = 0
    /// Attempts written to the delivery log (requests, refused targets, paused endpoints).
    public var attempted = 0
    /// Deliveries the endpoint accepted (2xx).
    public var delivered = 0
    /// Deliveries given up: retry window over, endpoint gone (410), disabled or deleted.
    public var failed = 0
    /// Deliveries that failed this time and wait for their next attempt.
    public var rescheduled = 0

    public init(fannedOut: Int = 0, attempted: Int = 0, delivered: Int = 0, failed: Int = 0, rescheduled: Int = 0) {
        self.fannedOut = fannedOut
        self.attempted = attempted
        self.delivered = delivered
        self.failed = failed
        self.rescheduled = rescheduled
    }

    mutating func count(_ step: WebhookDispatcher.Step) {
        switch step {
        case .delivered: delivered += 1
        case .rescheduled: rescheduled += 1
        case .failed: failed += 1
        }
    }

    /// Both passes together.
    public static func + (lhs: Self, rhs: Self) -> Self {
        Self(
            fannedOut: lhs.fannedOut + rhs.fannedOut, attempted: lhs.attempted + rhs.attempted,
            delivered: lhs.delivered + rhs.delivered, failed: lhs.failed + rhs.failed,
            rescheduled: lhs.rescheduled + rhs.rescheduled)
    }
}
