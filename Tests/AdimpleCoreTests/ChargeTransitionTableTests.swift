import AdimpleCore
import BrazilKit
import Testing

/// Every (state, event) pair: the allowed ones land where the lifecycle says, every other one
/// is refused with `.invalidTransition`.
@Suite struct ChargeTransitionTableTests {
    /// One representative of each kind of event, with arguments that would succeed wherever the
    /// event is allowed at all.
    enum Kind: String, CaseIterable, CustomTestStringConvertible {
        case issue, dueDatePassed, fullPayment, partialPayment, cancel, renegotiate, writeOff

        static let open = brl(10_000)

        var event: ChargeEvent {
            switch self {
            case .issue: .issue
            case .dueDatePassed: .dueDatePassed(today: civil(2026, 3, 11), effectiveDueDate: civil(2026, 3, 10))
            case .fullPayment: .paymentReceived(principal: Self.open, discount: .zero)
            case .partialPayment: .paymentReceived(principal: brl(4_000), discount: .zero)
            case .cancel: .cancel
            case .renegotiate: .renegotiate
            case .writeOff: .writeOff
            }
        }

        var testDescription: String { rawValue }
    }

    /// The lifecycle, written out independently of the implementation.
    static let allowed: [ChargeStatus: [Kind: ChargeStatus]] = [
        .draft: [.issue: .open, .cancel: .canceled],
        .open: [
            .dueDatePassed: .overdue, .fullPayment: .paid, .partialPayment: .partiallyPaid, .cancel: .canceled,
            .renegotiate: .renegotiated,
        ],
        .overdue: [
            .fullPayment: .paid, .partialPayment: .partiallyPaid, .cancel: .canceled, .renegotiate: .renegotiated,
            .writeOff: .writtenOff,
        ],
        .partiallyPaid: [
            .fullPayment: .paid, .partialPayment: .partiallyPaid, .renegotiate: .renegotiated, .writeOff: .writtenOff,
        ],
    ]

    @Test(arguments: ChargeStatus.allCases, Kind.allCases)
    func everyPairFollowsTheLifecycleTable(status: ChargeStatus, kind: Kind) throws {
        let machine = ChargeStateMachine(status: status, openAmount: Kind.open)
        if let expected = Self.allowed[status]?[kind] {
            #expect(try machine.apply(kind.event).status == expected)
        } else {
            let error = try #require(throws: DomainError.self) { try machine.apply(kind.event) }
            #expect(error.code == .invalidTransition)
        }
    }

    @Test(arguments: ChargeStatus.allCases.filter(\.isFinal), Kind.allCases)
    func nothingLeavesAFinalState(status: ChargeStatus, kind: Kind) throws {
        let error = try #require(throws: DomainError.self) {
            try ChargeStateMachine(status: status, openAmount: .zero).apply(kind.event)
        }
        #expect(error.code == .invalidTransition)
    }

    @Test func theTableCoversExactlyTheNonFinalStates() {
        #expect(Set(Self.allowed.keys) == Set(ChargeStatus.allCases.filter { !$0.isFinal }))
    }
}
