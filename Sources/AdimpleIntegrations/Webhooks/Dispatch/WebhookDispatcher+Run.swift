import AdimpleCore
import Foundation
import Logging

extension WebhookDispatcher {
    /// The service loop, until the task is cancelled: fan out, claim, hand the claimed
    /// deliveries to workers, and look again right away when a batch was full, else after
    /// `pollInterval` (or sooner, when workers free room the loop was waiting for).
    ///
    /// Unlike `runOnce`, it never waits for a batch to finish: workers take deliveries from
    /// the endpoints' lanes as slots free up, and results are written in groups (one
    /// transaction for whatever finished meanwhile), so a hanging endpoint costs its own
    /// slots and nothing else.
    ///
    /// On cancellation, requests in flight are cancelled (their lease brings them back) and
    /// claimed deliveries not yet started are handed back at once.
    public func run() async {
        let recorder = DeliveryRecorder(dispatcher: self)
        await withDiscardingTaskGroup { group in
            while !Task.isCancelled {
                var more = false
                do {
                    more = try await fanOut() >= configuration.batchSize
                } catch {
                    logger.warning("webhook fan-out failed", metadata: ["error": "\(error)"])
                }
                do {
                    let round = try await claimRound()
                    let workers = lanes.enqueue(round.jobs)
                    for _ in 0..<workers {
                        group.addTask { await self.work { await recorder.submit($0) } }
                    }
                    if round.windowFull {
                        // More is due. Look again at once if this claim dealt with a good part
                        // of its window; if not, the lanes are nearly full, and claiming now
                        // would read the same rows again for little: wait until they have room.
                        if round.handled * 2 >= configuration.batchSize {
                            more = true
                        } else {
                            lanes.wantWake()
                        }
                    }
                } catch {
                    logger.warning("webhook claim failed", metadata: ["error": "\(error)"])
                }
                if !more { await wake.wait(upTo: configuration.pollInterval) }
            }
        }
        // Outside the cancelled task: the store may refuse work from a cancelled one.
        await Task { await self.handBack(self.lanes.drainQueues()) }.value
    }

    /// Makes claimed but unsent deliveries due again now, so a restart (or another node)
    /// need not wait for their lease.
    private func handBack(_ jobs: [WebhookDeliveryJob]) async {
        guard !jobs.isEmpty else { return }
        let now = clock.now()
        do {
            try await store.write { session in
                for job in jobs {
                    guard var delivery = try await session.webhooks.delivery(job.delivery.id),
                        delivery.status == .pending,
                        let next = delivery.nextAttemptAt, abs(next.timeIntervalSince(job.leaseUntil)) < 0.002
                    else { continue }
                    delivery.nextAttemptAt = now
                    try await session.webhooks.updateDelivery(delivery)
                }
            }
        } catch {
            logger.warning("webhook leases not handed back", metadata: ["error": "\(error)", "count": "\(jobs.count)"])
        }
    }
}

/// Writes results in groups: the first result to arrive starts a transaction, results that
/// arrive meanwhile wait and go into the next one. One transaction per result would make the
/// database's commit rate (each one a disk sync) the limit of the whole dispatcher.
actor DeliveryRecorder {
    private let dispatcher: WebhookDispatcher
    private var pending: [WebhookJobResult] = []
    private var flushing = false

    init(dispatcher: WebhookDispatcher) { self.dispatcher = dispatcher }

    /// Returns once the result is written, or handed to the flush already running.
    func submit(_ result: WebhookJobResult) async {
        pending.append(result)
        guard !flushing else { return }
        flushing = true
        while !pending.isEmpty {
            let batch = pending
            pending = []
            do {
                _ = try await dispatcher.record(batch)
            } catch {
                // The deliveries stay leased, so they are sent again when the lease ends:
                // the log misses these attempts but no message is lost.
                dispatcher.logger.error(
                    "webhook results not recorded", metadata: ["error": "\(error)", "count": "\(batch.count)"])
            }
        }
        flushing = false
    }
}
