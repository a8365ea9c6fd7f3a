import AdimpleCore
import BrazilKit
import Foundation
import Testing

/// Ids carry their prefix, never repeat, and sort in the order they were made.
@Suite struct TimeOrderedIDGeneratorTests {
    /// 2026-03-05 11:00:00.125 in São Paulo; .125 is exact in binary, so no millisecond is lost.
    static let start = Date(timeIntervalSince1970: 1_772_719_200.125)
    static let alphabet = Array("0123456789ABCDEFGHJKMNPQRSTVWXYZ")

    @Test(arguments: IDPrefix.allCases)
    func anIdIsThePrefixThenTwentySixCrockfordCharacters(prefix: IDPrefix) {
        let id = TimeOrderedIDGenerator(clock: ManualClock(Self.start), seed: 1).next(prefix)
        #expect(id.hasPrefix(prefix.rawValue + "_"))
        let body = id.dropFirst(prefix.rawValue.count + 1)
        #expect(body.count == 26)
        #expect(body.allSatisfy { Self.alphabet.contains($0) })
    }

    @Test func theFirstTenCharactersAreTheClocksMillisecondAsInAULID() throws {
        let id = TimeOrderedIDGenerator(clock: ManualClock(Self.start), seed: 5).next(.customer)
        var millis: UInt64 = 0
        for character in id.dropFirst(4).prefix(10) {
            millis = millis * 32 + UInt64(try #require(Self.alphabet.firstIndex(of: character)))
        }
        #expect(millis == 1_772_719_200_125)
    }

    @Test func tenThousandIdsInTheSameMillisecondAreUniqueAndIncreasing() {
        let generator = TimeOrderedIDGenerator(clock: ManualClock(Self.start), seed: 42)
        let ids = (0..<10_000).map { _ in generator.next(.charge) }
        #expect(Set(ids).count == ids.count)
        #expect(zip(ids, ids.dropFirst()).allSatisfy { $0 < $1 })
    }

    @Test func idsKeepIncreasingWhenTheClockGoesBack() {
        let clock = ManualClock(Self.start)
        let generator = TimeOrderedIDGenerator(clock: clock, seed: 42)
        var ids: [String] = []
        for step in 0..<10_000 {
            ids.append(generator.next(.payment))
            // Mostly backwards, sometimes a little forward, never past the first reading.
            clock.advance(by: step.isMultiple(of: 3) ? 0.0005 : -1)
        }
        #expect(Set(ids).count == ids.count)
        #expect(zip(ids, ids.dropFirst()).allSatisfy { $0 < $1 })
    }

    @Test func aLaterMillisecondSortsAfterWhateverCameBefore() {
        let clock = ManualClock(Self.start)
        let generator = TimeOrderedIDGenerator(clock: clock, seed: 7)
        let first = (0..<1_000).map { _ in generator.next(.customer) }
        clock.advance(by: 0.001)
        let later = generator.next(.customer)
        #expect(first.allSatisfy { $0 < later })
    }

    @Test func theSameSeedAndClockGiveTheSameIds() {
        func run(seed: UInt64) -> [String] {
            let clock = ManualClock(Self.start)
            let generator = TimeOrderedIDGenerator(clock: clock, seed: seed)
            return (0..<100).map { index in
                if index.isMultiple(of: 10) { clock.advance(by: 0.25) }
                return generator.next(.event)
            }
        }
        #expect(run(seed: 99) == run(seed: 99))
        #expect(run(seed: 99) != run(seed: 100))
    }

    @Test func theTimePartOrdersIdsFromDifferentGenerators() {
        // Two processes seeded differently still agree on order across milliseconds.
        let earlier = TimeOrderedIDGenerator(clock: ManualClock(Self.start), seed: .max).next(.audit)
        let later = TimeOrderedIDGenerator(clock: ManualClock(Self.start.addingTimeInterval(0.001)), seed: 0)
            .next(.audit)
        #expect(earlier < later)
    }

    @Test func typedIdsCarryThePrefix() {
        let generator = TimeOrderedIDGenerator(clock: ManualClock(Self.start), seed: 3)
        let id: Charge.ID = generator.next(.charge)
        #expect(id.rawValue.hasPrefix("chg_"))
    }
}
