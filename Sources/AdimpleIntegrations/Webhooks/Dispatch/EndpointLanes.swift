import AdimpleCore
import Foundation
import Synchronization

/// The deliveries one dispatcher holds in memory, in one lane per endpoint, and the rules
/// that keep a bad endpoint from hurting the others:
///
/// - at most `perEndpointConcurrency` requests in flight per endpoint and
///   `globalConcurrency` in all (the number of workers);
/// - at most `perEndpointPrefetch` deliveries claimed per endpoint;
/// - a circuit breaker: after `failuresBeforePause` failures in a row the endpoint is paused;
///   its deliveries are logged as failed attempts without a request until a single probe,
///   sent after `pauseDuration`, succeeds;
/// - an endpoint whose lane drains slowly gets its surplus due deliveries postponed, so they
///   do not fill every claim window (claims take the oldest due deliveries first).
///
/// The database stays the truth: a lane only holds leased deliveries, and a delivery dropped
/// from a lane is claimed again when its lease ends.
final class EndpointLanes: Sendable {
    /// What a worker does next.
    enum Next: Sendable {
        case send(WebhookDeliveryJob)
        /// The endpoint is paused: log a failed attempt with this reason, send nothing.
        case pause(WebhookDeliveryJob, reason: String)
        /// Not to be sent by us (lease about to end, endpoint gone); the database decides later.
        case drop(WebhookDeliveryJob)
    }

    /// Room for new claims, taken before a claim transaction.
    struct Room: Sendable {
        var total: Int
        var perLane: [WebhookEndpoint.ID: Int]
        var postponements: [WebhookEndpoint.ID: Duration]
        /// Endpoints paused now: until when, and the reason their attempts are logged with.
        var paused: [WebhookEndpoint.ID: (until: Date, reason: String)]
        let emptyLaneRoom: Int

        func room(for endpoint: WebhookEndpoint.ID) -> Int { perLane[endpoint] ?? emptyLaneRoom }
        /// How long to postpone a due delivery that finds no room, when its endpoint is slow.
        func postponement(for endpoint: WebhookEndpoint.ID) -> Duration? { postponements[endpoint] }
        /// Why nothing is sent to the endpoint now, when it is paused.
        func pauseReason(for endpoint: WebhookEndpoint.ID) -> String? { paused[endpoint]?.reason }

        /// When a new delivery to the endpoint should first be tried: now, unless the endpoint
        /// is paused (the end of the pause) or slow (after its backlog), so a dead or slow
        /// endpoint's new deliveries do not have to be postponed one by one later.
        func firstAttempt(for endpoint: WebhookEndpoint.ID, now: Date) -> Date {
            if let pause = paused[endpoint] { return pause.until }
            if let wait = postponements[endpoint] { return now.addingTimeInterval(wait.timeInterval) }
            return now
        }
    }

    private struct Lane {
        var queue: [WebhookDeliveryJob] = []
        var inFlight: [WebhookDelivery.ID: ContinuousClock.Instant] = [:]
        /// Moving average of request durations in seconds.
        var averageSeconds: Double?
        var consecutiveFailures = 0
        var pausedUntil: Date?
        var probing = false
        /// Answered 410: nothing more is sent until the lane is rebuilt.
        var gone = false

        var held: Int { queue.count + inFlight.count }
        var isIdle: Bool { queue.isEmpty && inFlight.isEmpty && consecutiveFailures == 0 && pausedUntil == nil }
    }

    private struct State {
        var lanes: [WebhookEndpoint.ID: Lane] = [:]
        /// Lanes in the order workers visit them, round robin, so no endpoint is favoured.
        var order: [WebhookEndpoint.ID] = []
        var cursor = 0
        var held = 0
        var workers = 0
        var wakeWanted = false
    }

    private static let minimumPostponement = Duration.seconds(5)

    private let configuration: WebhookDispatcherConfiguration
    /// A queued delivery whose lease ends sooner than this is not started: it could be
    /// claimed by someone else mid-request.
    private let sendMargin: TimeInterval
    private let state = Mutex(State())

    init(configuration: WebhookDispatcherConfiguration, sendTimeout: Duration) {
        self.configuration = configuration
        self.sendMargin = sendTimeout.timeInterval + 1
    }

    // MARK: Claiming

    /// - Parameters:
    ///   - now: the injected clock, for pauses.
    ///   - instant: the monotonic clock, for request durations.
    func room(now: Date, instant: ContinuousClock.Instant = .now) -> Room {
        state.withLock { state in
            var room = Room(
                total: max(0, configuration.maximumHeld - state.held), perLane: [:], postponements: [:], paused: [:],
                emptyLaneRoom: configuration.perEndpointPrefetch)
            for (id, lane) in state.lanes {
                room.perLane[id] = lane.gone ? 0 : max(0, configuration.perEndpointPrefetch - lane.held)
                if let until = lane.pausedUntil, now < until {
                    room.paused[id] = (until, pauseReason(lane, until: until))
                }
                if let wait = expectedDrain(of: lane, now: instant), wait >= configuration.slowEndpointThreshold {
                    // At least a few seconds, so a backlog is not rewritten on every claim; at
                    // most five minutes, so a recovered endpoint is soon back to normal.
                    room.postponements[id] = min(max(wait, Self.minimumPostponement), .seconds(300))
                }
            }
            return room
        }
    }

    /// How long the lane's held deliveries will take at the pace it has shown: its average
    /// request time, or the age of its oldest request in flight when that is longer (an
    /// endpoint that has started to hang has no slow completions yet).
    private func expectedDrain(of lane: Lane, now: ContinuousClock.Instant) -> Duration? {
        let oldest = lane.inFlight.values.min().map { (now - $0).timeInterval } ?? 0
        let pace = max(lane.averageSeconds ?? 0, oldest)
        guard pace > 0, lane.held > 0 else { return nil }
        let rounds = (Double(lane.held) / Double(configuration.perEndpointConcurrency)).rounded(.up)
        return .seconds(rounds * pace)
    }

    /// Queues claimed jobs; returns how many new workers to start (the caller starts them).
    func enqueue(_ jobs: [WebhookDeliveryJob]) -> Int {
        state.withLock { state in
            for job in jobs {
                let id = job.endpoint.id
                if state.lanes[id] == nil {
                    state.lanes[id] = Lane()
                    state.order.append(id)
                }
                state.lanes[id]!.queue.append(job)
            }
            state.held += jobs.count
            let queued = state.lanes.values.reduce(0) { $0 + $1.queue.count }
            let start = max(0, min(configuration.globalConcurrency - state.workers, queued))
            state.workers += start
            return start
        }
    }

    // MARK: Working

    /// The next thing a worker should do, or nil when nothing is ready; nil also retires the
    /// worker (in the same lock, so a job queued meanwhile always finds a worker).
    func next(now: Date, instant: ContinuousClock.Instant = .now) -> Next? {
        state.withLock { state -> Next? in
            let count = state.order.count
            for step in 0..<count {
                let index = (state.cursor + step) % count
                let id = state.order[index]
                guard var lane = state.lanes[id], let job = lane.queue.first else { continue }
                let decision: Next?
                if lane.gone || job.leaseUntil.timeIntervalSince(now) < sendMargin {
                    decision = .drop(job)
                } else if let until = lane.pausedUntil, now < until {
                    decision = .pause(job, reason: pauseReason(lane, until: until))
                } else if lane.probing || lane.inFlight.count >= configuration.perEndpointConcurrency {
                    // Full, or its pause is over and one probe is out: the rest waits for the
                    // probe's answer. The workers busy with this lane come back for it.
                    decision = nil
                } else {
                    if lane.pausedUntil != nil { lane.probing = true }  // the pause is over: one probe
                    lane.inFlight[job.delivery.id] = instant
                    decision = .send(job)
                }
                guard let decision else { continue }
                lane.queue.removeFirst()
                if case .send = decision {} else { state.held -= 1 }
                state.lanes[id] = lane
                state.cursor = (index + 1) % count
                return decision
            }
            state.workers -= 1
            return nil
        }
    }

    /// Records how a sent job ended; returns whether the claim loop should wake (room freed
    /// while it waits for room).
    func finish(_ job: WebhookDeliveryJob, outcome: WebhookSendOutcome, now: Date) -> Bool {
        state.withLock { state in
            let id = job.endpoint.id
            guard var lane = state.lanes[id], lane.inFlight.removeValue(forKey: job.delivery.id) != nil else {
                return false
            }
            state.held -= 1
            let seconds = Double(outcome.durationMilliseconds) / 1000
            lane.averageSeconds = lane.averageSeconds.map { $0 * 0.8 + seconds * 0.2 } ?? seconds
            if outcome.isSuccess {
                lane.consecutiveFailures = 0
                lane.pausedUntil = nil
                lane.probing = false
            } else {
                lane.consecutiveFailures += 1
                if lane.probing
                    || (lane.pausedUntil == nil && lane.consecutiveFailures >= configuration.failuresBeforePause)
                {
                    lane.pausedUntil = now.addingTimeInterval(configuration.pauseDuration.timeInterval)
                    lane.probing = false
                }
            }
            if outcome.isGone {
                // Everything else queued for it would get the same answer; the record of this
                // 410 disables the endpoint and fails its pending deliveries.
                lane.gone = true
                state.held -= lane.queue.count
                lane.queue.removeAll()
            }
            store(lane, as: id, in: &state)
            return wakeIfWanted(&state, laneRoom: configuration.perEndpointPrefetch - lane.held)
        }
    }

    /// Lets go of a job that was not sent (dropped or paused).
    func release(_ job: WebhookDeliveryJob) -> Bool {
        state.withLock { state in
            let id = job.endpoint.id
            guard let lane = state.lanes[id] else { return false }
            store(lane, as: id, in: &state)
            return wakeIfWanted(&state, laneRoom: configuration.perEndpointPrefetch - lane.held)
        }
    }

    /// Frees the slot of a sent job whose outcome is unknown (the task was cancelled),
    /// without counting it for or against the endpoint.
    func abandon(_ job: WebhookDeliveryJob) {
        state.withLock { state in
            let id = job.endpoint.id
            guard var lane = state.lanes[id], lane.inFlight.removeValue(forKey: job.delivery.id) != nil else { return }
            state.held -= 1
            if lane.probing { lane.probing = false }
            store(lane, as: id, in: &state)
        }
    }

    /// A worker stops before the lanes are empty (cancellation).
    func retire() { state.withLock { $0.workers -= 1 } }

    /// The claim loop is about to wait for room.
    func wantWake() { state.withLock { $0.wakeWanted = true } }

    /// Empties every queue (shutdown); returns the jobs that were waiting.
    func drainQueues() -> [WebhookDeliveryJob] {
        state.withLock { state in
            var jobs: [WebhookDeliveryJob] = []
            for id in state.order {
                guard var lane = state.lanes[id] else { continue }
                jobs += lane.queue
                lane.queue.removeAll()
                state.lanes[id] = lane
            }
            state.held -= jobs.count
            return jobs
        }
    }

    /// Whether an endpoint is paused now (tests and logs).
    func isPaused(_ endpoint: WebhookEndpoint.ID, now: Date) -> Bool {
        state.withLock { state in state.lanes[endpoint]?.pausedUntil.map { now < $0 } ?? false }
    }

    // MARK: Helpers

    private func pauseReason(_ lane: Lane, until: Date) -> String {
        "not sent: the endpoint failed \(lane.consecutiveFailures) times in a row and is paused until "
            + until.formatted(Date.ISO8601FormatStyle(timeZone: .gmt))
    }

    /// Puts a lane back, or forgets it when it holds nothing worth remembering.
    private func store(_ lane: Lane, as id: WebhookEndpoint.ID, in state: inout State) {
        if lane.isIdle || (lane.gone && lane.inFlight.isEmpty) {
            state.lanes[id] = nil
            if let index = state.order.firstIndex(of: id) {
                state.order.remove(at: index)
                if state.cursor > index { state.cursor -= 1 }
                if state.cursor >= state.order.count { state.cursor = 0 }
            }
        } else {
            state.lanes[id] = lane
        }
    }

    private func wakeIfWanted(_ state: inout State, laneRoom: Int) -> Bool {
        guard state.wakeWanted else { return false }
        let globalRoom = configuration.maximumHeld - state.held
        guard globalRoom >= configuration.batchSize / 2 || laneRoom >= configuration.perEndpointPrefetch / 2 else {
            return false
        }
        state.wakeWanted = false
        return true
    }
}

extension Duration {
    /// The duration in seconds, fractions included.
    var timeInterval: Double { Double(components.seconds) + Double(components.attoseconds) / 1e18 }
}
