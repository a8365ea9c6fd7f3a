import PixKit
import Testing

@Suite struct TxidTests {
    @Test(arguments: [TxidRule.cob, .cobv, .cobr])
    func chargeTxidsHave26To35Alphanumerics(rule: TxidRule) throws {
        try Txid.validate(String(repeating: "a", count: 26), for: rule)
        try Txid.validate(String(repeating: "Z", count: 35), for: rule)
        #expect(
            throws: PixError.invalidTxid(
                value: String(repeating: "a", count: 25), rule: rule,
                problem: .wrongLength(allowed: 26...35, actual: 25))
        ) {
            try Txid.validate(String(repeating: "a", count: 25), for: rule)
        }
        #expect(
            throws: PixError.invalidTxid(
                value: String(repeating: "a", count: 36), rule: rule,
                problem: .wrongLength(allowed: 26...35, actual: 36))
        ) {
            try Txid.validate(String(repeating: "a", count: 36), for: rule)
        }
    }

    @Test(arguments: [
        "7978c0c97ea847e78e8849634473c1f1", "fc9a4366ff3d4964b5dbc6c91a8722d3", "33beb661beda44a8928fef47dbeb2dc5",
        "r9eFIFmwcZ55Nm4RsKZAAtIvvCrlcNN6",
    ])
    func txidsOfTheSpecExamplesAreValidCobTxids(txid: String) {
        // bacen/pix-api 2.9.0 examples cobResponse1, cobPayload1, recBody1, recWebhookNotification1.
        #expect(Txid.isValid(txid, for: .cob))
    }

    @Test func staticCodesTakeOneTo25() throws {
        try Txid.validate("A", for: .staticBRCode)
        try Txid.validate("99ed983ea570413d8d336301d", for: .staticBRCode)
        #expect(!Txid.isValid("", for: .staticBRCode))
        #expect(!Txid.isValid(String(repeating: "1", count: 26), for: .staticBRCode))
        // "***" marks the absence of a txid; it is not one.
        #expect(!Txid.isValid(Txid.none, for: .staticBRCode))
        #expect(Txid.isValid(String(repeating: "1", count: 35), for: .receivedPix))
    }

    @Test func characterErrorsGiveThePosition() {
        let txid = "pedido-2024-000000000000001"
        #expect(throws: PixError.invalidTxid(value: txid, rule: .cob, problem: .invalidCharacter("-", position: 7))) {
            try Txid.validate(txid, for: .cob)
        }
        #expect(!Txid.isValid("cobrançaabcdefghijklmnopqrstu", for: .cob))
    }

    @Test func generatedTxidsFollowTheRuleAndTheSeed() throws {
        var first = SeededGenerator(seed: 42)
        var second = SeededGenerator(seed: 42)
        let a = try Txid.generate(for: .cob, using: &first)
        let b = try Txid.generate(for: .cob, using: &second)
        #expect(a == b)
        #expect(a.count == 35)
        #expect(Txid.isValid(a, for: .cob))
        #expect(try Txid.generate(for: .cob, using: &first) != a)

        var generator = SeededGenerator(seed: 7)
        for rule in TxidRule.allCases {
            let txid = try Txid.generate(for: rule, using: &generator)
            #expect(txid.count == rule.allowedLengths.upperBound)
            #expect(Txid.isValid(txid, for: rule))
        }
        #expect(try Txid.generate(for: .cobv, length: 26, using: &generator).count == 26)
    }

    @Test func generatedTxidsUseTheWholeAlphabet() throws {
        var generator = SeededGenerator(seed: 1)
        var seen = Set<Character>()
        for _ in 0..<200 { seen.formUnion(try Txid.generate(for: .cob, using: &generator)) }
        #expect(seen.count == 62)
    }

    @Test func lengthOutsideTheRuleIsRefused() {
        var generator = SeededGenerator(seed: 1)
        #expect(
            throws: PixError.invalidTxid(
                value: "", rule: .staticBRCode, problem: .wrongLength(allowed: 1...25, actual: 26))
        ) {
            try Txid.generate(for: .staticBRCode, length: 26, using: &generator)
        }
    }

    @Test func bytesBecomeLowercaseHex() throws {
        let bytes: [UInt8] = Array(0..<16).map { UInt8($0 * 17) }
        #expect(try Txid.fromBytes(bytes, for: .cob) == "00112233445566778899aabbccddeeff")
        #expect(try Txid.fromBytes(bytes.prefix(12), for: .staticBRCode) == "00112233445566778899aabb")
        #expect(
            throws: PixError.invalidTxid(
                value: "00112233445566778899aabbccddeeff", rule: .staticBRCode,
                problem: .wrongLength(allowed: 1...25, actual: 32))
        ) {
            try Txid.fromBytes(bytes, for: .staticBRCode)
        }
    }
}
