import AdimpleIntegrations
import Testing

@Suite struct WebhookRetryScheduleTests {
    let standard = WebhookRetrySchedule.standard

    @Test func theStandardScheduleSpansAboutThreeDays() {
        let hours = Double(standard.nominalWindow.components.seconds) / 3600
        #expect(standard.maximumAttempts == 11)
        #expect(hours > 71 && hours < 72)  // 71.6 h
        let expected: [Int64] = [5, 60, 300, 1800, 7200, 18_000, 36_000, 50_400, 72_000, 72_000]
        #expect((1...10).map { standard.nominalDelay(afterAttempt: $0)!.components.seconds } == expected)
    }

    @Test func afterTheLastAttemptThereIsNoDelay() {
        var random = SeededRandomGenerator(seed: 1)
        #expect(standard.delay(afterAttempt: 11, using: &random) == nil)
        #expect(standard.delay(afterAttempt: 0, using: &random) == nil)
        #expect(standard.nominalDelay(afterAttempt: 12) == nil)
    }

    @Test func proportionalJitterStaysWithinTwentyPercent() {
        var random = SeededRandomGenerator(seed: 99)
        for attempt in 1...10 {
            let nominal = Double(standard.nominalDelay(afterAttempt: attempt)!.components.seconds)
            var seen: Set<Int> = []
            for _ in 0..<200 {
                let delay = standard.delay(afterAttempt: attempt, using: &random)!
                let seconds = Double(delay.components.seconds) + Double(delay.components.attoseconds) / 1e18
                #expect(seconds >= nominal * 0.8 - 1e-9 && seconds <= nominal * 1.2 + 1e-9)
                seen.insert(Int(seconds * 1000))
            }
            #expect(seen.count > 100)  // really spread, not a constant
        }
    }

    @Test func aSeededGeneratorGivesTheSameDelays() {
        var first = SeededRandomGenerator(seed: 2026)
        var second = SeededRandomGenerator(seed: 2026)
        let a = (1...10).map { standard.delay(afterAttempt: $0, using: &first) }
        let b = (1...10).map { standard.delay(afterAttempt: $0, using: &second) }
        #expect(a == b)
        var other = SeededRandomGenerator(seed: 2027)
        #expect((1...10).map { standard.delay(afterAttempt: $0, using: &other) } != a)
    }

    @Test func theJitteredWindowStaysNearThreeDays() {
        var random = SeededRandomGenerator(seed: 5)
        for _ in 0..<50 {
            let total = (1...10).reduce(Duration.zero) { $0 + standard.delay(afterAttempt: $1, using: &random)! }
            let hours = Double(total.components.seconds) / 3600
            #expect(hours > 57 && hours < 86)  // ±20 % of 71.6 h at the very most
        }
    }

    @Test func fullJitterDrawsBetweenZeroAndTheNominalGap() {
        let schedule = WebhookRetrySchedule(delays: standard.delays, jitter: .full)
        var random = SeededRandomGenerator(seed: 3)
        var below = 0
        for _ in 0..<500 {
            let delay = schedule.delay(afterAttempt: 3, using: &random)!
            #expect(delay >= .zero && delay <= .seconds(300))
            if delay < .seconds(150) { below += 1 }
        }
        #expect(below > 175 && below < 325)  // about half
    }

    @Test func noJitterGivesTheNominalGap() {
        let schedule = WebhookRetrySchedule(delays: standard.delays, jitter: .none)
        var random = SeededRandomGenerator(seed: 3)
        #expect(schedule.delay(afterAttempt: 2, using: &random) == .seconds(60))
    }

    @Test func exponentialSchedulesGrowAndAreCapped() {
        let schedule = WebhookRetrySchedule.exponential(
            initial: .seconds(5), factor: 4, cap: .seconds(3600), retries: 8, jitter: .none)
        #expect(
            schedule.delays == [
                .seconds(5), .seconds(20), .seconds(80), .seconds(320), .seconds(1280), .seconds(3600), .seconds(3600),
                .seconds(3600),
            ])
    }
}
