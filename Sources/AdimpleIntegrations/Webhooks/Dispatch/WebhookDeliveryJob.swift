import AdimpleCore
import Foundation

/// A claimed delivery with everything needed to send it, so sending touches no database.
public struct WebhookDeliveryJob: Hashable, Sendable {
    public let delivery: WebhookDelivery
    public let endpoint: WebhookEndpoint
    public let message: WebhookMessage
    /// Until when the claim holds (the `nextAttemptAt` written by the claim). Recording the
    /// result checks it to know whether the delivery is still ours to reschedule.
    public let leaseUntil: Date

    public init(delivery: WebhookDelivery, endpoint: WebhookEndpoint, message: WebhookMessage, leaseUntil: Date) {
        self.delivery = delivery
        self.endpoint = endpoint
        self.message = message
        self.leaseUntil = leaseUntil
    }
}

/// One attempt's outcome, waiting to be written to the delivery log.
struct WebhookJobResult: Sendable {
    let job: WebhookDeliveryJob
    /// When the attempt started, by the injected clock.
    let at: Date
    let outcome: WebhookSendOutcome
}
