@testable import AdimpleAPI
import Foundation
import Testing

/// The API's instants agree with Foundation's ISO 8601 formatter, second for second.
@Suite struct UTCDateTranscoderTests {
    @Test(arguments: [
        0, 1, 59, 86_399, 86_400, 951_782_400 /* 2000-02-29 */, 1_614_265_330, 1_772_719_620, 4_102_444_799,
        -1, -86_401, -2_208_988_800 /* 1900-01-01 */, 253_402_300_799 /* 9999-12-31T23:59:59 */,
    ] as [Int64])
    func encodesLikeFoundation(seconds: Int64) throws {
        let date = Date(timeIntervalSince1970: TimeInterval(seconds) + 0.75)
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone(identifier: "UTC")
        #expect(try UTCDateTranscoder().encode(date) == formatter.string(from: date))
    }

    @Test func decodesWhatItEncodes() throws {
        let date = Date(timeIntervalSince1970: 1_772_719_620)
        let transcoder = UTCDateTranscoder()
        #expect(try transcoder.decode(try transcoder.encode(date)) == date)
    }
}
