import BrazilKit
import Foundation

/// Durable storage. Every write runs in one transaction on one connection: either all of a
/// use case's changes (record, ledger, audit, event) are kept, or none.
public protocol Store: Sendable {
    /// `sqlite` or `postgres`.
    var engine: String { get }

    /// Runs `body` in a read-only snapshot.
    func read<T: Sendable>(_ body: @Sendable (any StoreSession) async throws -> T) async throws -> T

    /// Runs `body` in one write transaction; a thrown error rolls everything back.
    func write<T: Sendable>(_ body: @Sendable (any StoreSession) async throws -> T) async throws -> T

    /// Whether the database answers, for `/health`.
    func checkHealth() async -> StoreHealth

    /// Loads many new customers at once (imports, demo, benchmark): one transaction per call,
    /// with their search terms. Used where per-row audit is replaced by one audit entry.
    func bulkInsertCustomers(_ customers: [Customer]) async throws

    /// Closes connections.
    func shutdown() async throws
}

/// What the health check found.
public struct StoreHealth: Sendable, Hashable {
    public let ok: Bool
    public let engine: String
    public let detail: String
    public let latencyMilliseconds: Double

    public init(ok: Bool, engine: String, detail: String, latencyMilliseconds: Double) {
        self.ok = ok
        self.engine = engine
        self.detail = detail
        self.latencyMilliseconds = latencyMilliseconds
    }
}

/// The repositories available inside one transaction.
public protocol StoreSession: Sendable {
    var customers: any CustomerRepository { get }
    var charges: any ChargeRepository { get }
    var payments: any PaymentRepository { get }
    var ledger: any LedgerRepository { get }
    var audit: any AuditRepository { get }
    var events: any EventRepository { get }
    var apiKeys: any APIKeyRepository { get }
    var idempotency: any IdempotencyRepository { get }
    var webhooks: any WebhookRepository { get }
    var boletos: any BoletoRepository { get }
    var bankFiles: any BankFileRepository { get }
}

/// The store could not do its work: the database is locked, missing or down. Surfaces map it
/// to "service unavailable", never to a crash.
public struct StoreUnavailableError: Error, Sendable, CustomStringConvertible {
    public let detail: String
    public init(_ detail: String) { self.detail = detail }
    public var description: String { "database unavailable: \(detail)" }
}
