import AdimpleCore
import AsyncHTTPClient
import BrazilKit
import Foundation
import Logging
import NIOCore
import NIOHTTP1  // HTTPHeaders and HTTPMethod of AsyncHTTPClient's request type
import NIOPosix

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Sends one signed webhook request and reports what came back. It never decides about
/// retries; the dispatcher does.
///
/// One `HTTPClient` is shared by every delivery so connections to a receiver are kept alive
/// and reused (a TLS handshake per webhook would cost more than the webhook). Call
/// `shutdown()` once nothing sends any more: the client holds sockets.
public final class WebhookSender: Sendable {
    public struct Configuration: Sendable, Hashable {
        /// For the whole attempt: connecting, sending, and reading the answer. A receiver
        /// should acknowledge fast and work later; one that takes longer counts as failed.
        public var timeout: Duration
        /// Connections kept per receiver host. At least the dispatcher's global concurrency,
        /// so that when every endpoint sits on one host (a gateway, the test receiver) the
        /// requests are not queued inside the client, where their timeout would already run.
        public var maximumConnectionsPerHost: Int
        /// How much of the answer goes into the delivery log.
        public var responseBodyLimit: Int
        /// Lets connections reach internal addresses. When false every new connection's peer
        /// address is checked again after it is connected (see `WebhookTargetGuard`).
        public var allowPrivateTargets: Bool
        public var userAgent: String

        public init(
            timeout: Duration = .seconds(10), maximumConnectionsPerHost: Int = 64, responseBodyLimit: Int = 2048,
            allowPrivateTargets: Bool = false, userAgent: String = "Adimple-Webhooks/1"
        ) {
            self.timeout = timeout
            self.maximumConnectionsPerHost = maximumConnectionsPerHost
            self.responseBodyLimit = responseBodyLimit
            self.allowPrivateTargets = allowPrivateTargets
            self.userAgent = userAgent
        }
    }

    /// Past this many bytes the rest of an answer is not even drained: the connection is
    /// closed instead of being kept for reuse.
    private static let drainLimit = 64 * 1024

    public let configuration: Configuration
    private let client: HTTPClient
    private let clock: any WallClock
    private let logger: Logger

    /// - Parameter clock: the source of `webhook-timestamp`.
    public init(
        configuration: Configuration = Configuration(), clock: any WallClock,
        eventLoopGroup: any EventLoopGroup = MultiThreadedEventLoopGroup.singleton,
        logger: Logger = Logger(label: "adimple.webhooks.sender")
    ) {
        self.configuration = configuration
        self.clock = clock
        self.logger = logger

        var clientConfiguration = HTTPClient.Configuration(
            // A redirect could lead anywhere, past the target guard; a receiver must answer
            // at the URL it registered. A 3xx is logged as a failed attempt.
            redirectConfiguration: .disallow,
            timeout: HTTPClient.Configuration.Timeout(
                connect: .seconds(Int64(configuration.timeout.components.seconds) + 1)),
            connectionPool: HTTPClient.Configuration.ConnectionPool(
                idleTimeout: .seconds(60),
                concurrentHTTP1ConnectionsPerHostSoftLimit: max(1, configuration.maximumConnectionsPerHost))
        )
        // A receiver that refuses connections fails the attempt at once, instead of the
        // client retrying until the timeout: the retry schedule is ours, and a dead endpoint
        // should give its slots back quickly.
        clientConfiguration.connectionPool.retryConnectionEstablishment = false
        if !configuration.allowPrivateTargets {
            clientConfiguration.http1_1ConnectionDebugInitializer = Self.refuseInternalPeer
            clientConfiguration.http2ConnectionDebugInitializer = Self.refuseInternalPeer
        }
        client = HTTPClient(
            eventLoopGroup: eventLoopGroup, configuration: clientConfiguration, backgroundActivityLogger: logger)
    }

    /// Closes the client's connections. Required before the sender goes away.
    public func shutdown() async throws {
        try await client.shutdown()
    }

    /// POSTs the message to `url`, signed with `signature`.
    ///
    /// - Returns: the status and the start of the body, or the error; never throws for a
    ///   failure of the receiver or the network.
    /// - Throws: `CancellationError` only, when the calling task was cancelled: nothing is
    ///   known about the attempt then, and it must not be logged as the receiver's failure.
    public func send(_ message: WebhookMessage, to url: URL, signature: WebhookSignature) async throws
        -> WebhookSendOutcome
    {
        let body = message.body()
        let timestamp = Int64(clock.now().timeIntervalSince1970.rounded(.down))
        var request = HTTPClientRequest(url: url.absoluteString)
        request.method = .POST
        request.headers.add(name: "content-type", value: "application/json")
        request.headers.add(name: "user-agent", value: configuration.userAgent)
        request.headers.add(name: "webhook-id", value: message.id)
        request.headers.add(name: "webhook-timestamp", value: String(timestamp))
        request.headers.add(
            name: "webhook-signature", value: signature.sign(messageID: message.id, timestamp: timestamp, body: body))
        request.body = .bytes(ByteBuffer(bytes: body))

        let start = ContinuousClock.now
        let deadline = NIODeadline.now() + TimeAmount(configuration.timeout)
        do {
            let response = try await client.execute(request, deadline: deadline, logger: logger)
            let text = try await readPrefix(of: response.body)
            return WebhookSendOutcome(
                statusCode: Int(response.status.code), responseBody: text, error: nil,
                durationMilliseconds: Self.milliseconds(since: start))
        } catch {
            if Task.isCancelled { throw CancellationError() }
            return WebhookSendOutcome(
                statusCode: nil, responseBody: nil, error: describe(error),
                durationMilliseconds: Self.milliseconds(since: start))
        }
    }

    /// Keeps the first `responseBodyLimit` bytes; drains a little more so the connection can
    /// be reused, and gives up on the rest.
    private func readPrefix(of body: HTTPClientResponse.Body) async throws -> String? {
        let limit = configuration.responseBodyLimit
        var kept: [UInt8] = []
        var seen = 0
        for try await chunk in body {
            if kept.count < limit { kept.append(contentsOf: chunk.readableBytesView.prefix(limit - kept.count)) }
            seen += chunk.readableBytes
            if seen > Self.drainLimit { break }
        }
        guard !kept.isEmpty else { return nil }
        return Self.text(kept, truncated: seen > kept.count)
    }

    /// UTF-8 text of a byte prefix; a character cut in half at the end is dropped rather
    /// than turned into a replacement character.
    static func text(_ bytes: [UInt8], truncated: Bool) -> String {
        var end = bytes.count
        if truncated {
            var back = 0
            while back < 3, end - back - 1 >= 0, bytes[end - back - 1] & 0xC0 == 0x80 { back += 1 }
            let leadIndex = end - back - 1
            if leadIndex >= 0 {
                let lead = bytes[leadIndex]
                let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1
                if length > back + 1 { end = leadIndex }
            }
        }
        return String(decoding: bytes[..<end], as: UTF8.self)
    }

    /// A short, readable reason for the delivery log.
    private func describe(_ error: any Error) -> String {
        if let refused = error as? InternalPeerRefused { return refused.description }
        if let error = error as? HTTPClientError {
            switch error {
            case .deadlineExceeded, .readTimeout, .writeTimeout:
                return "timed out after \(Self.seconds(configuration.timeout))"
            case .connectTimeout:
                return "connection timed out"
            case .remoteConnectionClosed:
                return "the receiver closed the connection before answering"
            default:
                break
            }
        }
        if let error = error as? IOError {
            // "connection reset (error set): Connection refused) (errno: 111)" says less than
            // the system's own words.
            return "connection failed: \(String(cString: strerror(error.errnoCode)))"
        }
        let text = "\(error)"
        return text.count > 500 ? String(text.prefix(500)) + "…" : text
    }

    private static func seconds(_ duration: Duration) -> String {
        let value = Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
        return value == value.rounded() ? "\(Int(value)) s" : "\(value) s"
    }

    private static func milliseconds(since start: ContinuousClock.Instant) -> Int {
        let elapsed = ContinuousClock.now - start
        return Int(elapsed.components.seconds * 1000 + elapsed.components.attoseconds / 1_000_000_000_000_000)
    }

    /// Checks the address a connection actually reached. The target guard checked the name
    /// before sending; this catches a DNS answer that changed in between.
    @Sendable private static func refuseInternalPeer(_ channel: any Channel) -> EventLoopFuture<Void> {
        guard let text = channel.remoteAddress?.ipAddress, let address = IPAddress(text) else {
            channel.close(promise: nil)
            return channel.eventLoop.makeFailedFuture(InternalPeerRefused(address: nil, range: nil))
        }
        if let range = SpecialAddressRange.of(address) {
            channel.close(promise: nil)
            return channel.eventLoop.makeFailedFuture(InternalPeerRefused(address: address, range: range))
        }
        return channel.eventLoop.makeSucceededVoidFuture()
    }
}

/// A connection reached an internal address although private targets are not allowed.
struct InternalPeerRefused: Error, CustomStringConvertible {
    let address: IPAddress?
    let range: SpecialAddressRange?

    var description: String {
        guard let address, let range else { return "connection refused: the peer address could not be checked" }
        return "connection refused: \(address) is in \(range.name(.en))"
    }
}
