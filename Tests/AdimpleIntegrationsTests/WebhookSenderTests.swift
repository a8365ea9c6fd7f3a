import AdimpleCore
import Foundation
import Testing

@testable import AdimpleIntegrations

@Suite struct WebhookMessageTests {
    @Test func theBodyIsTheEventResourceWithThePayloadVerbatim() throws {
        let message = WebhookMessage(
            id: "evt_01", type: "charge.paid", createdAt: Date(timeIntervalSince1970: 1_772_460_000),
            customerID: "cus_1", chargeID: nil, data: #"{"amount":  150000, "nome":"São \"Zé\""}"#)
        let text = String(decoding: message.body(), as: UTF8.self)
        #expect(
            text
                == #"{"id":"evt_01","object":"event","type":"charge.paid","created_at":"2026-03-02T14:00:00Z","customer_id":"cus_1","data":{"amount":  150000, "nome":"São \"Zé\""}}"#
        )
        let object = try #require(try JSONSerialization.jsonObject(with: message.body()) as? [String: Any])
        #expect(object["id"] as? String == "evt_01")
        #expect((object["data"] as? [String: Any])?["nome"] as? String == "São \"Zé\"")
    }

    @Test func stringsAreEscaped() {
        #expect(WebhookMessage.quoted("a\"b\\c\n\u{1}") == #""a\"b\\c\n\u0001""#)
    }

    @Test func anEmptyPayloadIsNull() throws {
        let message = WebhookMessage(
            id: "evt_1", type: "t", createdAt: Date(timeIntervalSince1970: 0), customerID: nil, chargeID: nil, data: "")
        #expect(String(decoding: message.body(), as: UTF8.self).hasSuffix(#","data":null}"#))
    }

    @Test func aCutCharacterAtTheEndIsDropped() {
        let bytes = Array("aé".utf8)  // 61 C3 A9
        #expect(WebhookSender.text(Array(bytes.prefix(2)), truncated: true) == "a")
        #expect(WebhookSender.text(bytes, truncated: true) == "aé")
        #expect(WebhookSender.text(Array("a€".utf8).prefix(3).map { $0 }, truncated: true) == "a")
    }
}

@Suite(.serialized) struct WebhookSenderTests {
    let clock = ManualClock(Date(timeIntervalSince1970: 1_772_460_000))

    private func withSender<T: Sendable>(
        timeout: Duration = .seconds(10), allowPrivate: Bool = true, _ body: (WebhookSender) async throws -> T
    ) async throws -> T {
        let sender = WebhookSender(
            configuration: .init(timeout: timeout, allowPrivateTargets: allowPrivate), clock: clock,
            logger: WebhookWorld.quietLogger)
        do {
            let result = try await body(sender)
            try await sender.shutdown()
            return result
        } catch {
            try? await sender.shutdown()
            throw error
        }
    }

    private let message = WebhookMessage(
        id: "evt_01KJTEST", type: "charge.paid", createdAt: Date(timeIntervalSince1970: 1_772_459_000),
        customerID: "cus_1", chargeID: "chg_1", data: #"{"id":"chg_1"}"#)

    @Test func sendsASignedPOSTTheReceiverCanVerify() async throws {
        let secret = WebhookSignature.generateSecret()
        let signature = try WebhookSignature(secret: secret)
        try await TestReceiver.with { receiver in
            let outcome = try await withSender { sender in
                try await sender.send(message, to: URL(string: receiver.url("ok"))!, signature: signature)
            }
            #expect(outcome.statusCode == 200)
            #expect(outcome.isSuccess)
            #expect(outcome.responseBody == "answer 200 for ok")
            #expect(outcome.error == nil)

            let request = try #require(receiver.received("ok").first)
            #expect(request.headers["content-type"] == "application/json")
            #expect(request.headers["user-agent"] == "Adimple-Webhooks/1")
            #expect(request.headers["webhook-id"] == "evt_01KJTEST")
            #expect(request.headers["webhook-timestamp"] == "1772460000")
            #expect(request.body == message.body())
            // The receiver's side, with the reference verifier and its own copy of the secret.
            let verifier = try WebhookSignature(secret: secret)
            try verifier.verify(
                messageID: try #require(request.headers["webhook-id"]),
                timestamp: try #require(request.headers["webhook-timestamp"]), body: request.body,
                signatures: try #require(request.headers["webhook-signature"]), now: clock.now())
            #expect(request.headers["webhook-signature"]?.hasPrefix("v1,") == true)
        }
    }

    @Test func keepsOnlyTheFirst2KiBOfTheAnswer() async throws {
        try await TestReceiver.with { receiver in
            receiver.set("big", .bigBody(10_000))  // 20,000 bytes
            let outcome = try await withSender { sender in
                try await sender.send(
                    message, to: URL(string: receiver.url("big"))!,
                    signature: try WebhookSignature(secret: WebhookSignature.generateSecret()))
            }
            #expect(outcome.statusCode == 200)
            #expect(outcome.responseBody?.utf8.count == 2048)
            #expect(outcome.responseBody == String(repeating: "é", count: 1024))
        }
    }

    @Test func anErrorStatusIsAnOutcomeNotAnError() async throws {
        try await TestReceiver.with { receiver in
            receiver.set("down", .status(503))
            let outcome = try await withSender { sender in
                try await sender.send(
                    message, to: URL(string: receiver.url("down"))!,
                    signature: try WebhookSignature(secret: WebhookSignature.generateSecret()))
            }
            #expect(outcome.statusCode == 503)
            #expect(!outcome.isSuccess)
            #expect(outcome.responseBody == "answer 503 for down")
        }
    }

    @Test func aHangingReceiverTimesOut() async throws {
        try await TestReceiver.with { receiver in
            receiver.set("hang", .hang)
            let started = ContinuousClock.now
            let outcome = try await withSender(timeout: .milliseconds(500)) { sender in
                try await sender.send(
                    message, to: URL(string: receiver.url("hang"))!,
                    signature: try WebhookSignature(secret: WebhookSignature.generateSecret()))
            }
            #expect(outcome.statusCode == nil)
            #expect(outcome.error == "timed out after 0.5 s")
            #expect(outcome.durationMilliseconds >= 450)
            #expect(ContinuousClock.now - started < .seconds(3))
        }
    }

    @Test func aClosedPortIsAnErrorWithItsReason() async throws {
        let outcome = try await withSender { sender in
            // Port 9 (discard) is closed here: the connection is refused at once.
            try await sender.send(
                message, to: URL(string: "http://127.0.0.1:9/x")!,
                signature: try WebhookSignature(secret: WebhookSignature.generateSecret()))
        }
        #expect(outcome.statusCode == nil)
        #expect(outcome.error == "connection failed: Connection refused")
    }

    @Test func redirectsAreNotFollowed() async throws {
        try await TestReceiver.with { receiver in
            receiver.set("moved", .status(307))
            let outcome = try await withSender { sender in
                try await sender.send(
                    message, to: URL(string: receiver.url("moved"))!,
                    signature: try WebhookSignature(secret: WebhookSignature.generateSecret()))
            }
            #expect(outcome.statusCode == 307)
            #expect(!outcome.isSuccess)
        }
    }

    @Test func withoutPrivateTargetsEveryConnectionIsCheckedAgain() async throws {
        // The target guard is bypassed here (as a DNS answer changed after it looked): the
        // sender refuses the connection to loopback by itself, and the receiver sees nothing.
        try await TestReceiver.with { receiver in
            let outcome = try await withSender(timeout: .seconds(1), allowPrivate: false) { sender in
                try await sender.send(
                    message, to: URL(string: receiver.url("private"))!,
                    signature: try WebhookSignature(secret: WebhookSignature.generateSecret()))
            }
            #expect(outcome.statusCode == nil)
            #expect(outcome.error == "connection refused: 127.0.0.1 is in the loopback range")
            #expect(receiver.received("private").isEmpty)
        }
    }
}
