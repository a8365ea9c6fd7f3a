import BrazilKit
import Testing

@Suite struct MoneyInstallmentsTests {
    @Test func leftoverCentavosGoToTheFirstInstallments() throws {
        #expect(try Money(centavos: 10_000).split(into: 3).map(\.centavos) == [3_334, 3_333, 3_333])
        #expect(try Money(centavos: 100).split(into: 7).map(\.centavos) == [15, 15, 14, 14, 14, 14, 14])
        #expect(try Money(centavos: 2).split(into: 5).map(\.centavos) == [1, 1, 0, 0, 0])
    }

    @Test func negativeTotalsSplitSymmetrically() throws {
        #expect(try Money(centavos: -10_000).split(into: 3).map(\.centavos) == [-3_334, -3_333, -3_333])
        #expect(try Money(centavos: -2).split(into: 3).map(\.centavos) == [-1, -1, 0])
    }

    @Test func oneInstallmentIsTheWholeAmount() throws {
        #expect(try Money(centavos: 12_345).split(into: 1) == [Money(centavos: 12_345)])
        #expect(try Money(centavos: .min).split(into: 1) == [Money(centavos: .min)])
        #expect(try Money.zero.split(into: 4) == Array(repeating: .zero, count: 4))
    }

    @Test(arguments: [0, -1, Int.min])
    func fewerThanOneInstallmentIsRefused(parts: Int) {
        #expect(throws: MoneyError.invalidParts(parts)) { try Money(centavos: 100).split(into: parts) }
    }

    @Test func installmentsAlwaysAddBackToTheTotal() throws {
        let totals: [Int64] = [0, 1, 7, 99, 100, 10_001, 123_456_789, -1, -99, -123_456_789, .max, .min, .min + 1]
        for total in totals {
            for parts in [1, 2, 3, 7, 12, 13, 360] {
                let installments = try Money(centavos: total).split(into: parts)
                #expect(installments.count == parts)
                #expect(try Money.sum(installments) == Money(centavos: total), "\(total) in \(parts)")
                let magnitudes = installments.map(\.centavos.magnitude)
                #expect(magnitudes == magnitudes.sorted(by: >), "first installments carry the remainder")
                #expect((magnitudes.max() ?? 0) - (magnitudes.min() ?? 0) <= 1)
            }
        }
    }
}
