import AdimpleCore
@testable import AdimpleStore
import BrazilKit
import Foundation
import Testing

/// Many writers at once: on SQLite they share group commits. Each writer's work is kept or
/// undone on its own — a failing writer never takes the others' work with it, and none of
/// them returns before its work is stored.
@Suite struct GroupCommitTests {
    struct Refused: Error {}

    @Test(arguments: StoreFixture.engines)
    func concurrentWritersKeepTheirOwnWorkAndAFailureUndoesOnlyItsOwn(engine: String) async throws {
        try await StoreFixture.withStore(engine) { store in
            let world = TestWorld(store: store)
            let outcomes = try await withThrowingTaskGroup(of: (Int, Bool).self) { group in
                for index in 0..<60 {
                    group.addTask {
                        do {
                            try await store.write { session in
                                let fields = try CustomerInput(name: "Cliente \(index)", externalID: "GC-\(index)").validated()
                                _ = try await world.customers.register(fields, by: TestWorld.actor, in: session)
                                if index % 4 == 0 { throw Refused() }  // after writing: must be undone
                            }
                            return (index, true)
                        } catch is Refused {
                            return (index, false)
                        }
                    }
                }
                var outcomes: [Int: Bool] = [:]
                for try await (index, kept) in group { outcomes[index] = kept }
                return outcomes
            }
            #expect(outcomes.count == 60)
            let stored = try await store.read { session in
                var found: [Int: Bool] = [:]
                for index in 0..<60 { found[index] = try await session.customers.find(externalID: "GC-\(index)") != nil }
                return found
            }
            for index in 0..<60 {
                #expect(stored[index] == (index % 4 != 0), "customer \(index)")
                #expect(outcomes[index] == (index % 4 != 0), "writer \(index)")
            }
            // Every kept customer came with its audit line and event; the refused ones left none.
            let events = try await store.read { try await $0.events.list(EventFilter(types: [.customerCreated], limit: 1000)) }
            #expect(events.count == 45)
        }
    }

    @Test func aWriteAfterAGroupIsVisibleToReadersOnceItReturns() async throws {
        try await StoreFixture.withStore("sqlite") { store in
            let world = TestWorld(store: store)
            try await withThrowingTaskGroup(of: Void.self) { group in
                for index in 0..<20 {
                    group.addTask {
                        let customer = try await world.customers.register(
                            CustomerInput(name: "Leitura \(index)", externalID: "RD-\(index)"), by: TestWorld.actor)
                        // Returned means committed: another connection sees it at once.
                        let seen = try await store.read { try await $0.customers.get(customer.id) }
                        #expect(seen?.id == customer.id)
                    }
                }
                try await group.waitForAll()
            }
        }
    }
}
