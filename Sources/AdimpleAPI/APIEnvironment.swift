import AdimpleCore
import AdimpleWeb
import BrazilKit
internal import Foundation

/// What the API needs from the application, given by the composition root.
package struct APIEnvironment: Sendable {
    package let store: StoreHolder
    package let clock: any WallClock
    package let ids: any IDGenerating
    package let calendar: BankCalendar
    /// Checks a webhook URL before it is stored (scheme, and — unless configuration allows
    /// them — no private or loopback targets). Throws `APIError`/`ValidationError`.
    package let checkWebhookURL: @Sendable (String) async throws -> Void
    /// Largest JSON body accepted; CSV uploads get `maxFileBytes`.
    package var maxBodyBytes = 1 << 20
    package var maxFileBytes = 20 << 20
    /// How long an idempotency key is kept (at least 24 h, as promised in the spec).
    package var idempotencyRetention: Duration = .seconds(48 * 3600)
    /// How long a request may hold its idempotency key before another node may take it over.
    package var idempotencyLock: Duration = .seconds(60)

    package init(
        store: StoreHolder, clock: any WallClock, ids: any IDGenerating, calendar: BankCalendar,
        checkWebhookURL: @escaping @Sendable (String) async throws -> Void
    ) {
        self.store = store
        self.clock = clock
        self.ids = ids
        self.calendar = calendar
        self.checkWebhookURL = checkWebhookURL
    }

    /// The services over the store that is open now (503 while it is not).
    package func services() throws -> ServiceContext {
        ServiceContext(store: try store.require(), clock: clock, ids: ids, calendar: calendar)
    }
}
