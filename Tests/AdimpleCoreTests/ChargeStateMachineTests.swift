import AdimpleCore
import BrazilKit
import Testing

/// The allowed moves of a charge and the effects each one asks for.
@Suite struct ChargeStateMachineTests {
    let open = brl(100_000)

    @Test func issuingADraftOpensItPostsTheIssueAndEmitsChargeCreated() throws {
        let transition = try ChargeStateMachine(status: .draft, openAmount: open).apply(.issue)
        #expect(transition.status == .open)
        #expect(transition.effects == [.postIssue(amount: open), .emit(.chargeCreated)])
    }

    @Test func anOpenChargeBecomesOverdueTheDayAfterItsEffectiveDueDate() throws {
        let event = ChargeEvent.dueDatePassed(today: civil(2026, 2, 19), effectiveDueDate: civil(2026, 2, 18))
        let transition = try ChargeStateMachine(status: .open, openAmount: open).apply(event)
        #expect(transition.status == .overdue)
        #expect(transition.effects == [.emit(.chargeOverdue)])
    }

    @Test(arguments: [civil(2026, 2, 18), civil(2026, 2, 16), civil(2026, 1, 30)])
    func anOpenChargeIsNotOverdueOnOrBeforeItsEffectiveDueDate(today: CivilDate) throws {
        let event = ChargeEvent.dueDatePassed(today: today, effectiveDueDate: civil(2026, 2, 18))
        let error = try #require(throws: DomainError.self) {
            try ChargeStateMachine(status: .open, openAmount: open).apply(event)
        }
        #expect(error.code == .invalidTransition)
        #expect(error.message(.ptBR).contains("18/02/2026"))
        #expect(error.message(.en).contains("2026-02-18"))
    }

    @Test(arguments: [ChargeStatus.open, .overdue, .partiallyPaid])
    func paymentOfTheWholeOpenAmountPaysTheCharge(from status: ChargeStatus) throws {
        let transition = try ChargeStateMachine(status: status, openAmount: open)
            .apply(.paymentReceived(principal: open, discount: .zero))
        #expect(transition.status == .paid)
        #expect(transition.effects == [.postPayment(principal: open, discount: .zero), .emit(.chargePaid)])
    }

    @Test(arguments: [ChargeStatus.open, .overdue, .partiallyPaid])
    func paymentOfPartOfTheOpenAmountLeavesItPartiallyPaid(from status: ChargeStatus) throws {
        let part = brl(99_999)
        let transition = try ChargeStateMachine(status: status, openAmount: open)
            .apply(.paymentReceived(principal: part, discount: .zero))
        #expect(transition.status == .partiallyPaid)
        #expect(transition.effects == [.postPayment(principal: part, discount: .zero), .emit(.chargePartiallyPaid)])
    }

    @Test func principalPlusDiscountCoveringTheOpenAmountPaysTheCharge() throws {
        let transition = try ChargeStateMachine(status: .open, openAmount: open)
            .apply(.paymentReceived(principal: brl(95_000), discount: brl(5_000)))
        #expect(transition.status == .paid)
        #expect(transition.effects.first == .postPayment(principal: brl(95_000), discount: brl(5_000)))
    }

    @Test func cancelingADraftPostsNothing() throws {
        let transition = try ChargeStateMachine(status: .draft, openAmount: open).apply(.cancel)
        #expect(transition.status == .canceled)
        #expect(transition.effects == [.emit(.chargeCanceled)])
    }

    @Test(arguments: [ChargeStatus.open, .overdue])
    func cancelingAReceivableChargeReversesWhatIsStillOpen(from status: ChargeStatus) throws {
        let transition = try ChargeStateMachine(status: status, openAmount: brl(42_017)).apply(.cancel)
        #expect(transition.status == .canceled)
        #expect(transition.effects == [.postCancellation(amount: brl(42_017)), .emit(.chargeCanceled)])
    }

    @Test(arguments: [ChargeStatus.open, .overdue, .partiallyPaid])
    func renegotiatingMovesTheOpenAmountIntoTheAgreement(from status: ChargeStatus) throws {
        let transition = try ChargeStateMachine(status: status, openAmount: brl(30_000)).apply(.renegotiate)
        #expect(transition.status == .renegotiated)
        #expect(transition.effects == [.postRenegotiation(amount: brl(30_000)), .emit(.chargeRenegotiated)])
    }

    @Test(arguments: [ChargeStatus.overdue, .partiallyPaid])
    func writingOffPostsTheOpenAmountAsBadDebt(from status: ChargeStatus) throws {
        let transition = try ChargeStateMachine(status: status, openAmount: brl(30_000)).apply(.writeOff)
        #expect(transition.status == .writtenOff)
        #expect(transition.effects == [.postWriteOff(amount: brl(30_000)), .emit(.chargeWrittenOff)])
    }

    @Test func aForbiddenMoveNamesTheStateAndTheEventInBothLanguages() throws {
        let error = try #require(throws: DomainError.self) {
            try ChargeStateMachine(status: .paid, openAmount: .zero).apply(.cancel)
        }
        #expect(error.code == .invalidTransition)
        #expect(error.message(.ptBR) == "Cobrança paga não admite cancelamento")
        #expect(error.message(.en) == "A charge in state paid cannot be canceled")
    }
}
