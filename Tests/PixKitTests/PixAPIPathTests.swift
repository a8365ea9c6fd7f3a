import PixKit
import Testing

@Suite struct PixAPIPathTests {
    @Test func chargePathsCheckTheTxidRule() throws {
        #expect(try PixAPIPath.cob(txid: "7978c0c97ea847e78e8849634473c1f1") == "/cob/7978c0c97ea847e78e8849634473c1f1")
        #expect(
            try PixAPIPath.cobv(txid: "fb2761260e554ad593c7226beb5cb650") == "/cobv/fb2761260e554ad593c7226beb5cb650")
        #expect(
            throws: PixError.invalidTxid(
                value: "ABC123", rule: .cob, problem: .wrongLength(allowed: 26...35, actual: 6))
        ) {
            try PixAPIPath.cob(txid: "ABC123")
        }
        // A txid with "/" would change the path itself.
        #expect(
            throws: PixError.invalidTxid(
                value: "../../webhook/abcdefghijklmnopq", rule: .cobv, problem: .invalidCharacter(".", position: 1))
        ) {
            try PixAPIPath.cobv(txid: "../../webhook/abcdefghijklmnopq")
        }
    }

    @Test func pixPathChecksTheEndToEndId() throws {
        #expect(
            try PixAPIPath.pix(endToEndId: "E12345678202009091221abcdef12345")
                == "/pix/E12345678202009091221abcdef12345")
    }
}
