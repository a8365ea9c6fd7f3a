/// How hard the dispatcher works and how it shares its effort between endpoints.
public struct WebhookDispatcherConfiguration: Hashable, Sendable {
    /// Outbox events fanned out, and due deliveries claimed, per transaction.
    public var batchSize: Int
    /// Requests in flight at once, over all endpoints.
    public var globalConcurrency: Int
    /// Requests in flight at once to one endpoint. Well below `globalConcurrency`, so an
    /// endpoint that hangs holds only this many slots while the others keep flowing.
    public var perEndpointConcurrency: Int
    /// Deliveries one endpoint may have claimed (in flight plus waiting in memory). Lets a fast
    /// endpoint with a backlog keep its slots busy between two claims, without one endpoint
    /// claiming a whole batch.
    public var perEndpointPrefetch: Int
    /// How long a claimed delivery stays invisible to other claims (other nodes, or this one
    /// after a crash) while it is being sent. Must exceed the sender's timeout; when it runs
    /// out the delivery is claimed again: at least once, never lost.
    public var lease: Duration
    /// How often the loop looks for new outbox events and due deliveries when idle.
    public var pollInterval: Duration
    /// Consecutive failures after which an endpoint is paused (circuit breaker): its due
    /// deliveries are logged as failed attempts without a request, and follow their retry
    /// schedule, instead of each holding a slot until its timeout.
    public var failuresBeforePause: Int
    /// How long a paused endpoint waits before one probe request tests it again.
    public var pauseDuration: Duration
    /// An endpoint whose queue is expected to take longer than this to drain counts as slow:
    /// its surplus due deliveries are postponed rather than left in the way of the others.
    public var slowEndpointThreshold: Duration
    /// How long the result of the SSRF check of a URL (including its DNS answer) is reused.
    public var targetCheckCacheDuration: Duration

    public init(
        batchSize: Int = 100, globalConcurrency: Int = 64, perEndpointConcurrency: Int = 4,
        perEndpointPrefetch: Int = 64, lease: Duration = .seconds(60), pollInterval: Duration = .milliseconds(250),
        failuresBeforePause: Int = 5, pauseDuration: Duration = .seconds(30),
        slowEndpointThreshold: Duration = .seconds(1), targetCheckCacheDuration: Duration = .seconds(30)
    ) {
        self.batchSize = max(1, batchSize)
        self.globalConcurrency = max(1, globalConcurrency)
        self.perEndpointConcurrency = max(1, perEndpointConcurrency)
        self.perEndpointPrefetch = max(self.perEndpointConcurrency, perEndpointPrefetch)
        self.lease = lease
        self.pollInterval = pollInterval
        self.failuresBeforePause = max(1, failuresBeforePause)
        self.pauseDuration = pauseDuration
        self.slowEndpointThreshold = slowEndpointThreshold
        self.targetCheckCacheDuration = targetCheckCacheDuration
    }

    /// Deliveries the dispatcher holds in memory at most (in flight plus waiting).
    var maximumHeld: Int { max(globalConcurrency * 4, batchSize) }
}
