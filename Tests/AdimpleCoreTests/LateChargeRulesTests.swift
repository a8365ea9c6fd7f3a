import AdimpleCore
import BrazilKit
import Testing

/// The contract's terms are checked before a charge is created; the consumer cap names the law.
@Suite struct LateChargeRulesTests {
    @Test func aThreePercentMultaForAConsumerIsRefusedNamingCDCArt52() throws {
        let rules = LateChargeRules(fineBasisPoints: 300)
        let error = try #require(throws: ValidationError.self) { try rules.validate(isConsumer: true) }
        #expect(error.fields == ["fine_basis_points"])
        let issue = try #require(error.issue("fine_basis_points"))
        #expect(issue.value == "300")
        #expect(issue.reasonPT.contains("CDC art. 52"))
        #expect(issue.reasonEN.contains("CDC art. 52"))
    }

    @Test func aThreePercentMultaForACompanyIsAccepted() throws {
        try LateChargeRules(fineBasisPoints: 300).validate(isConsumer: false)
    }

    @Test(arguments: [Int64(0), 200])
    func aMultaUpToTwoPercentIsAcceptedForAConsumer(fine: Int64) throws {
        try LateChargeRules(fineBasisPoints: fine).validate(isConsumer: true)
    }

    @Test(arguments: [
        (LateChargeRules(fineBasisPoints: -1), "fine_basis_points"),
        (LateChargeRules(fineBasisPoints: 10_001), "fine_basis_points"),
        (LateChargeRules(monthlyInterestBasisPoints: -1), "interest_basis_points"),
        (LateChargeRules(daysPerMonth: 0), "days_per_month"),
        (LateChargeRules(discount: .init(.basisPoints(0), until: civil(2026, 3, 1))), "discount"),
        (LateChargeRules(discount: .init(.basisPoints(10_000), until: civil(2026, 3, 1))), "discount"),
        (LateChargeRules(discount: .init(.amount(.zero), until: civil(2026, 3, 1))), "discount"),
    ])
    func termsOutOfRangeAreRefusedNamingTheField(rules: LateChargeRules, field: String) throws {
        let error = try #require(throws: ValidationError.self) { try rules.validate(isConsumer: false) }
        #expect(error.fields == [field])
    }

    @Test func everyBadTermIsReportedAtOnce() throws {
        let rules = LateChargeRules(fineBasisPoints: 500, monthlyInterestBasisPoints: 20_000, daysPerMonth: 7)
        let error = try #require(throws: ValidationError.self) { try rules.validate(isConsumer: true) }
        #expect(error.fields == ["fine_basis_points", "interest_basis_points", "days_per_month"])
    }

    @Test func effectiveMultaIsCappedOnlyForConsumers() {
        let rules = LateChargeRules(fineBasisPoints: 1_000)
        #expect(rules.effectiveFineBasisPoints(isConsumer: true) == 200)
        #expect(rules.effectiveFineBasisPoints(isConsumer: false) == 1_000)
    }
}
