import AdimpleIntegrations
import BrazilKit
import Crypto
import Foundation
import Testing

@Suite struct WebhookSignatureTests {
    // The reference vector of the Standard Webhooks libraries.
    static let secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"
    static let messageID = "msg_p5jXN8AQM9LWM0D4loKWxJek"
    static let timestamp: Int64 = 1_614_265_330
    static let payload = Data(#"{"test": 2432232314}"#.utf8)
    static let expected = "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE="
    static let signedAt = Date(timeIntervalSince1970: TimeInterval(timestamp))

    @Test func signsTheReferenceVector() throws {
        let signature = try WebhookSignature(secret: Self.secret)
        #expect(
            signature.sign(messageID: Self.messageID, timestamp: Self.timestamp, body: Self.payload) == Self.expected)
    }

    @Test func theSecretPrefixIsOptionalAsInTheReferenceLibraries() throws {
        let bare = try WebhookSignature(secret: String(Self.secret.dropFirst("whsec_".count)))
        #expect(bare.sign(messageID: Self.messageID, timestamp: Self.timestamp, body: Self.payload) == Self.expected)
    }

    @Test func verifiesTheReferenceVector() throws {
        let signature = try WebhookSignature(secret: Self.secret)
        try signature.verify(
            messageID: Self.messageID, timestamp: String(Self.timestamp), body: Self.payload,
            signatures: Self.expected, now: Self.signedAt)
    }

    @Test func acceptsAListWithOneGoodSignature() throws {
        let signature = try WebhookSignature(secret: Self.secret)
        let header = "v1,Ceo5qEr07ixe2NLpvHk3FH9bwy/WavXrAFQ/9tdO6mc= v1a,whatever \(Self.expected)"
        try signature.verify(
            messageID: Self.messageID, timestamp: String(Self.timestamp), body: Self.payload, signatures: header,
            now: Self.signedAt)
    }

    @Test func refusesAChangedBodyIDOrTimestamp() throws {
        let signature = try WebhookSignature(secret: Self.secret)
        let ts = String(Self.timestamp)
        #expect(throws: WebhookSignatureError.noMatchingSignature) {
            try signature.verify(
                messageID: Self.messageID, timestamp: ts, body: Data(#"{"test": 2432232315}"#.utf8),
                signatures: Self.expected, now: Self.signedAt)
        }
        #expect(throws: WebhookSignatureError.noMatchingSignature) {
            try signature.verify(
                messageID: "msg_other", timestamp: ts, body: Self.payload, signatures: Self.expected, now: Self.signedAt
            )
        }
        #expect(throws: WebhookSignatureError.noMatchingSignature) {
            try signature.verify(
                messageID: Self.messageID, timestamp: String(Self.timestamp + 1), body: Self.payload,
                signatures: Self.expected, now: Self.signedAt)
        }
    }

    @Test func refusesAnotherSecretAndOtherVersions() throws {
        let other = try WebhookSignature(secret: WebhookSignature.generateSecret())
        #expect(throws: WebhookSignatureError.noMatchingSignature) {
            try other.verify(
                messageID: Self.messageID, timestamp: String(Self.timestamp), body: Self.payload,
                signatures: Self.expected, now: Self.signedAt)
        }
        let signature = try WebhookSignature(secret: Self.secret)
        let sameMACOtherVersion = "v2," + Self.expected.dropFirst(3)
        #expect(throws: WebhookSignatureError.noMatchingSignature) {
            try signature.verify(
                messageID: Self.messageID, timestamp: String(Self.timestamp), body: Self.payload,
                signatures: sameMACOtherVersion, now: Self.signedAt)
        }
    }

    @Test func timestampsOutsideFiveMinutesAreRefused() throws {
        let signature = try WebhookSignature(secret: Self.secret)
        let ts = String(Self.timestamp)
        // Just inside the tolerance on both sides.
        for offset in [-300.0, 300.0] {
            try signature.verify(
                messageID: Self.messageID, timestamp: ts, body: Self.payload, signatures: Self.expected,
                now: Self.signedAt.addingTimeInterval(offset))
        }
        #expect(throws: WebhookSignatureError.timestampTooOld(Self.timestamp)) {
            try signature.verify(
                messageID: Self.messageID, timestamp: ts, body: Self.payload, signatures: Self.expected,
                now: Self.signedAt.addingTimeInterval(301))
        }
        #expect(throws: WebhookSignatureError.timestampInFuture(Self.timestamp)) {
            try signature.verify(
                messageID: Self.messageID, timestamp: ts, body: Self.payload, signatures: Self.expected,
                now: Self.signedAt.addingTimeInterval(-301))
        }
        #expect(throws: WebhookSignatureError.invalidTimestamp("yesterday")) {
            try signature.verify(
                messageID: Self.messageID, timestamp: "yesterday", body: Self.payload, signatures: Self.expected,
                now: Self.signedAt)
        }
    }

    @Test func generatedSecretsAre32RandomBytesWithThePrefix() throws {
        let first = WebhookSignature.generateSecret()
        let second = WebhookSignature.generateSecret()
        #expect(first != second)
        #expect(first.hasPrefix("whsec_"))
        let bytes = try #require(Data(base64Encoded: String(first.dropFirst(6))))
        #expect(bytes.count == 32)
        // A generated secret signs and verifies.
        let signature = try WebhookSignature(secret: first)
        let header = signature.sign(messageID: "evt_1", timestamp: 1_700_000_000, body: Data("{}".utf8))
        try signature.verify(
            messageID: "evt_1", timestamp: "1700000000", body: Data("{}".utf8), signatures: header,
            now: Date(timeIntervalSince1970: 1_700_000_000))
    }

    @Test func theMACIsHMACSHA256OfIDTimestampAndBody() throws {
        // Independent recomputation with swift-crypto, to pin the signed content format.
        let key = SymmetricKey(data: try #require(Data(base64Encoded: "MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw")))
        let content = Data("\(Self.messageID).\(Self.timestamp).".utf8) + Self.payload
        let mac = Data(HMAC<SHA256>.authenticationCode(for: content, using: key)).base64EncodedString()
        #expect("v1," + mac == Self.expected)
    }

    @Test func badSecretsAreRefusedInBothLanguages() {
        for secret in ["whsec_", "whsec_***not base64***", ""] {
            #expect(throws: WebhookSignatureError.invalidSecret) { try WebhookSignature(secret: secret) }
        }
        #expect(WebhookSignatureError.invalidSecret.message(.ptBR).contains("Segredo"))
        #expect(WebhookSignatureError.invalidSecret.message(.en).contains("secret"))
    }
}
