import AdimpleCore
import Crypto
import Foundation

/// Signs and verifies webhook messages the Standard Webhooks way
/// (https://www.standardwebhooks.com): HMAC-SHA256 over `"<msg id>.<unix seconds>.<body>"`,
/// sent as `webhook-signature: v1,<base64>`.
///
/// Following the standard (rather than a scheme of our own) lets receivers use its reference
/// libraries in any language to verify what we send.
public struct WebhookSignature: Sendable {
    /// The prefix of every secret we hand out.
    public static let secretPrefix = "whsec_"
    /// The version tag of the only scheme we sign with: symmetric HMAC-SHA256.
    public static let versionTag = "v1"
    /// How far a message's timestamp may be from the receiver's clock: old enough to absorb
    /// clock skew and retries in flight, short enough that a captured message cannot be
    /// replayed later. Five minutes is the standard's recommendation.
    public static let defaultTolerance: TimeInterval = 5 * 60

    private let key: SymmetricKey

    /// - Parameter secret: `whsec_` followed by base64; the HMAC key is the decoded bytes. The
    ///   prefix may be left out, as the reference libraries allow.
    public init(secret: String) throws(WebhookSignatureError) {
        let encoded = secret.hasPrefix(Self.secretPrefix) ? String(secret.dropFirst(Self.secretPrefix.count)) : secret
        guard let bytes = Data(base64Encoded: encoded), !bytes.isEmpty else { throw .invalidSecret }
        key = SymmetricKey(data: bytes)
    }

    /// A new endpoint secret: `whsec_` and base64 of 32 random bytes (256 bits, the HMAC-SHA256
    /// block-size-safe key length the standard recommends).
    public static func generateSecret() -> String { WebhookEndpoint.newSecret() }

    /// The `webhook-signature` header value for one message: `v1,<base64 HMAC-SHA256>`.
    public func sign(messageID: String, timestamp: Int64, body: Data) -> String {
        let mac = HMAC<SHA256>.authenticationCode(for: Self.signedContent(messageID, timestamp, body), using: key)
        return Self.versionTag + "," + Data(mac).base64EncodedString()
    }

    /// Checks a received message.
    ///
    /// - Parameters:
    ///   - timestamp: the `webhook-timestamp` header (unix seconds) as received.
    ///   - signatures: the `webhook-signature` header: one or more space-separated
    ///     `version,signature` pairs (several while a secret is being rotated); one valid `v1` is enough.
    ///   - now: the receiver's clock.
    /// - Throws: `WebhookSignatureError` saying what did not match.
    public func verify(
        messageID: String, timestamp: String, body: Data, signatures: String, now: Date,
        tolerance: TimeInterval = defaultTolerance
    ) throws(WebhookSignatureError) {
        guard let seconds = Int64(timestamp.trimmingCharacters(in: .whitespaces)) else {
            throw .invalidTimestamp(timestamp)
        }
        let age = now.timeIntervalSince1970 - TimeInterval(seconds)
        if age > tolerance { throw .timestampTooOld(seconds) }
        if age < -tolerance { throw .timestampInFuture(seconds) }

        let content = Self.signedContent(messageID, seconds, body)
        for candidate in signatures.split(separator: " ") {
            let parts = candidate.split(separator: ",", maxSplits: 1)
            guard parts.count == 2, parts[0] == Self.versionTag, let mac = Data(base64Encoded: String(parts[1])) else {
                continue  // another scheme (v1a, a future version) or noise: not ours to judge
            }
            // Constant-time comparison: an attacker timing our answers learns nothing.
            if HMAC<SHA256>.isValidAuthenticationCode(mac, authenticating: content, using: key) { return }
        }
        throw .noMatchingSignature
    }

    /// `"<id>.<timestamp>.<body>"` as bytes: the body is signed exactly as sent, never re-encoded.
    private static func signedContent(_ messageID: String, _ timestamp: Int64, _ body: Data) -> Data {
        var content = Data("\(messageID).\(timestamp).".utf8)
        content.append(body)
        return content
    }
}
