import BrazilKit
import Testing

@Suite struct MoneyArithmeticTests {
    let max = Money(centavos: .max)
    let min = Money(centavos: .min)

    @Test func addsAndSubtractsExactly() throws {
        #expect(try Money(centavos: 10) + Money(centavos: 25) == Money(centavos: 35))
        #expect(try Money(centavos: 10) - Money(centavos: 25) == Money(centavos: -15))
        #expect(try max + Money(centavos: -1) == Money(centavos: .max - 1))
        #expect(try min - Money(centavos: -1) == Money(centavos: .min + 1))
    }

    @Test func additionBeyondTheRangeThrowsInsteadOfTrapping() {
        #expect(throws: MoneyError.overflow) { try max + Money(centavos: 1) }
        #expect(throws: MoneyError.overflow) { try min + Money(centavos: -1) }
        #expect(throws: MoneyError.overflow) { try min - Money(centavos: 1) }
        #expect(throws: MoneyError.overflow) { try max - Money(centavos: -1) }
    }

    @Test func multipliesByWholeFactors() throws {
        #expect(try Money(centavos: 1_999).multiplied(by: 3) == Money(centavos: 5_997))
        #expect(try Money(centavos: 1_999).multiplied(by: -2) == Money(centavos: -3_998))
        #expect(try Money(centavos: 1_999).multiplied(by: 0) == .zero)
        #expect(throws: MoneyError.overflow) { try max.multiplied(by: 2) }
        #expect(throws: MoneyError.overflow) { try min.multiplied(by: -1) }
    }

    @Test func negatesEverythingButTheMostNegativeAmount() throws {
        #expect(try Money(centavos: 500).negated() == Money(centavos: -500))
        #expect(try Money(centavos: -500).negated() == Money(centavos: 500))
        #expect(try Money.zero.negated() == .zero)
        #expect(try max.negated() == Money(centavos: -.max))
        #expect(throws: MoneyError.overflow) { try min.negated() }
    }

    @Test func sumsSequencesAndReportsOverflow() throws {
        let items = [Money(centavos: 1_000), Money(centavos: 250), Money(centavos: -50)]
        #expect(try Money.sum(items) == Money(centavos: 1_200))
        #expect(try Money.sum([Money]()) == .zero)
        #expect(try Money.sum(items.lazy.filter(\.isPositive)) == Money(centavos: 1_250))
        #expect(throws: MoneyError.overflow) { try Money.sum([max, Money(centavos: 1), Money(centavos: -1)]) }
    }

    @Test func signPredicatesMatchTheAmount() {
        #expect(Money(centavos: -1).isNegative && !Money(centavos: -1).isPositive && !Money(centavos: -1).isZero)
        #expect(Money.zero.isZero && !Money.zero.isNegative && !Money.zero.isPositive)
        #expect(Money(centavos: 1).isPositive && !Money(centavos: 1).isNegative)
    }

    @Test func ordersByValue() {
        let sorted = [Money(centavos: 5), Money(centavos: -10), .zero, max, min].sorted()
        #expect(sorted.map(\.centavos) == [.min, -10, 0, 5, .max])
        #expect(Set([Money(centavos: 5), Money(centavos: 5)]).count == 1)
    }

    @Test func errorsExplainThemselves() {
        #expect(MoneyError.overflow.message(.ptBR) == "Valor fora do limite suportado")
        #expect(MoneyError.overflow.message(.en) == "Amount out of the supported range")
        #expect(MoneyError.invalidParts(0).description == "Não é possível dividir em 0 parcelas: o mínimo é 1")
        #expect(MoneyError.invalidParts(-2).message(.en) == "Cannot split into -2 installments: at least 1 is required")
    }
}
