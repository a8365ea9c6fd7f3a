import AdimpleCore
import BrazilKit
import Testing

/// lead → active → inactive, and back to active; nothing goes back to lead.
@Suite struct CustomerStatusTests {
    static let allowed: Set<[CustomerStatus]> = [
        [.lead, .active], [.lead, .inactive], [.active, .inactive], [.inactive, .active],
    ]

    @Test(arguments: CustomerStatus.allCases, CustomerStatus.allCases)
    func onlyTheLifecycleMovesAreAllowed(from: CustomerStatus, to: CustomerStatus) throws {
        if Self.allowed.contains([from, to]) {
            #expect(try from.transition(to: to) == to)
        } else {
            let error = try #require(throws: DomainError.self) { try from.transition(to: to) }
            #expect(error.code == .invalidTransition)
            #expect(error.message(.en) == "A customer cannot go from \(from.rawValue) to \(to.rawValue)")
        }
    }

    @Test func theRefusalIsWrittenInPortuguese() throws {
        let error = try #require(throws: DomainError.self) { try CustomerStatus.inactive.transition(to: .lead) }
        #expect(error.message(.ptBR) == "Cliente não pode passar de inativo para lead")
    }
}
