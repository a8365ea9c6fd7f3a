import BrazilKit
import Testing

@Suite struct MoneyRoundingTests {
    @Test(arguments: [
        (Int128(5), Int128(2), Int64(3)),  // 2.5 → 3
        (-5, 2, -3),  // −2.5 → −3: halves go away from zero
        (4, 3, 1),  // 1.33 → 1
        (5, 3, 2),  // 1.67 → 2
        (-4, 3, -1),
        (-5, 3, -2),
        (1, 2, 1),
        (-1, 2, -1),
        (1, 3, 0),
        (-1, 3, 0),
        (0, 7, 0),
        (12_345, 1, 12_345),
        (149, 100, 1),  // 1.49 → 1
        (150, 100, 2),  // 1.50 → 2
        (5, -2, -3),  // a negative denominator flips the sign
        (-5, -2, 3),
    ])
    func roundsHalfAwayFromZero(numerator: Int128, denominator: Int128, centavos: Int64) throws {
        #expect(try Money.roundedHalfUp(numerator: numerator, denominator: denominator) == Money(centavos: centavos))
    }

    @Test func roundingReachesBothEndsOfTheRangeAndNoFurther() throws {
        #expect(try Money.roundedHalfUp(numerator: Int128(Int64.max), denominator: 1) == Money(centavos: .max))
        #expect(try Money.roundedHalfUp(numerator: Int128(Int64.min), denominator: 1) == Money(centavos: .min))
        #expect(throws: MoneyError.overflow) {
            try Money.roundedHalfUp(numerator: Int128(Int64.max) + 1, denominator: 1)
        }
        #expect(throws: MoneyError.overflow) {
            try Money.roundedHalfUp(numerator: Int128(Int64.min) - 1, denominator: 1)
        }
        // Int64.max + 0.5 rounds up, out of range.
        #expect(throws: MoneyError.overflow) {
            try Money.roundedHalfUp(numerator: Int128(Int64.max) * 2 + 1, denominator: 2)
        }
        #expect(throws: MoneyError.overflow) { try Money.roundedHalfUp(numerator: .max, denominator: 1) }
        #expect(throws: MoneyError.overflow) { try Money.roundedHalfUp(numerator: .min, denominator: 1) }
        #expect(try Money.roundedHalfUp(numerator: .min, denominator: .max) == Money(centavos: -1))
        #expect(try Money.roundedHalfUp(numerator: .max, denominator: .max) == Money(centavos: 1))
    }

    @Test func aZeroDenominatorIsReportedNotTrapped() {
        #expect(throws: MoneyError.overflow) { try Money.roundedHalfUp(numerator: 1, denominator: 0) }
        #expect(throws: MoneyError.overflow) { try Money(centavos: 100).proportion(1, of: 0) }
    }

    @Test func percentageCountsBasisPoints() throws {
        // 2% multa on R$ 100,00.
        #expect(try Money(centavos: 10_000).percentage(basisPoints: 200) == Money(centavos: 200))
        // 2% of R$ 19,99 is 39.98 centavos.
        #expect(try Money(centavos: 1_999).percentage(basisPoints: 200) == Money(centavos: 40))
        // 1% of R$ 123,45 is 123.45 centavos.
        #expect(try Money(centavos: 12_345).percentage(basisPoints: 100) == Money(centavos: 123))
        // Exactly half a centavo rounds away from zero on both sides.
        #expect(try Money(centavos: 50).percentage(basisPoints: 100) == Money(centavos: 1))
        #expect(try Money(centavos: -50).percentage(basisPoints: 100) == Money(centavos: -1))
        #expect(try Money(centavos: 12_345).percentage(basisPoints: 10_000) == Money(centavos: 12_345))
        #expect(try Money(centavos: 12_345).percentage(basisPoints: 0) == .zero)
        #expect(try Money(centavos: 10_000).percentage(basisPoints: -500) == Money(centavos: -500))
        #expect(throws: MoneyError.overflow) { try Money(centavos: .max).percentage(basisPoints: 20_000) }
    }

    @Test func proportionMultipliesBeforeRoundingOnce() throws {
        #expect(try Money(centavos: 10_000).proportion(1, of: 3) == Money(centavos: 3_333))
        #expect(try Money(centavos: 10_000).proportion(2, of: 3) == Money(centavos: 6_667))
        #expect(try Money(centavos: 100).proportion(15, of: 30) == Money(centavos: 50))
        #expect(try Money(centavos: -10_000).proportion(2, of: 3) == Money(centavos: -6_667))
        // A huge intermediate product stays exact in Int128.
        #expect(try Money(centavos: .max).proportion(.max, of: .max) == Money(centavos: .max))
        #expect(throws: MoneyError.overflow) { try Money(centavos: .max).proportion(3, of: 2) }
    }

    @Test func proRataInterestRoundsOnlyAtTheEnd() throws {
        // Juros de mora of 1% a.m. for 17 days on R$ 1.000,00: 100000 × 1% × 17/30 = 566.67 centavos.
        let interest = try Money.roundedHalfUp(numerator: 100_000 * 100 * 17, denominator: 10_000 * 30)
        #expect(interest == Money(centavos: 567))
    }
}
