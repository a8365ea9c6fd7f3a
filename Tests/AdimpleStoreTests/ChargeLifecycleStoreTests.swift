import AdimpleCore
@testable import AdimpleStore
import BrazilKit
import Foundation
import Testing

@Suite struct ChargeLifecycleStoreTests {
    @Test(arguments: StoreFixture.engines)
    func partialThenFullPaymentKeepsOpenAmountEqualToReceivable(engine: String) async throws {
        try await StoreFixture.withStore(engine) { store in
            let world = TestWorld(store: store)
            let customer = try await world.person()
            let charge = try await world.charge(for: customer)
            #expect(charge.status == .open)
            try await expectReceivableMatches(charge.id, store)

            let first = try await world.charges.registerPayment(
                charge.id, amount: Money(centavos: 40_000), paidOn: CivilDate(year: 2026, month: 3, day: 5)!,
                naturalKey: "manual:1", by: TestWorld.actor)
            #expect(first.charge.status == .partiallyPaid)
            #expect(first.charge.openAmount == Money(centavos: 60_000))
            try await expectReceivableMatches(charge.id, store)

            // 20 days after the due date: 2% multa and 1% a.m. pro rata on the open R$ 600,00.
            world.clock.advance(days: 28)
            let paidOn = CivilDate(year: 2026, month: 3, day: 30)!
            let due = try await world.charges.amountDue(charge.id, on: paidOn)
            #expect(due.fine == Money(centavos: 1_200))
            #expect(due.interest == Money(centavos: 400))
            let second = try await world.charges.registerPayment(
                charge.id, amount: due.total, paidOn: paidOn, fee: Money(centavos: 250), naturalKey: "manual:2",
                by: TestWorld.actor)
            #expect(second.charge.status == .paid)
            #expect(second.payment.fine == Money(centavos: 1_200))
            #expect(second.payment.principal == Money(centavos: 60_000))
            try await expectReceivableMatches(charge.id, store)
            let income = try await store.read { try await $0.ledger.balance(.lateChargeIncome, chargeID: charge.id) }
            #expect(income == Money(centavos: 1_600))
            let fees = try await store.read { try await $0.ledger.balance(.bankFees, chargeID: charge.id) }
            #expect(fees == Money(centavos: 250))
            let events = try await store.read { try await $0.events.list(customerID: customer.id, limit: 50) }
            #expect(events.map(\.type).filter { $0 != .customerCreated } == [
                .chargeCreated, .chargePartiallyPaid, .paymentCreated, .chargePaid, .paymentCreated,
            ])
        }
    }

    @Test(arguments: StoreFixture.engines)
    func theSamePaymentEvidenceTwiceChangesNothing(engine: String) async throws {
        try await StoreFixture.withStore(engine) { store in
            let world = TestWorld(store: store)
            let charge = try await world.charge(for: try await world.person())
            let day = CivilDate(year: 2026, month: 3, day: 9)!
            let first = try await world.charges.registerPayment(
                charge.id, amount: Money(centavos: 100_000), paidOn: day, naturalKey: "cnab:237:123:06:2026-03-09",
                by: TestWorld.actor)
            let again = try await world.charges.registerPayment(
                charge.id, amount: Money(centavos: 100_000), paidOn: day, naturalKey: "cnab:237:123:06:2026-03-09",
                by: TestWorld.actor)
            #expect(!first.duplicate)
            #expect(again.duplicate)
            #expect(again.payment.id == first.payment.id)
            let payments = try await store.read { try await $0.payments.list(chargeID: charge.id) }
            #expect(payments.count == 1)
            let cash = try await store.read { try await $0.ledger.balance(.cash, chargeID: charge.id) }
            #expect(cash == Money(centavos: 100_000))
            let stored = try #require(try await store.read { try await $0.charges.get(charge.id) })
            #expect(stored.status == .paid)
            #expect(stored.version == first.charge.version)
        }
    }

    @Test(arguments: StoreFixture.engines)
    func cancelingReversesRevenueAndForbiddenMovesChangeNothing(engine: String) async throws {
        try await StoreFixture.withStore(engine) { store in
            let world = TestWorld(store: store)
            let charge = try await world.charge(for: try await world.person())
            let canceled = try await world.charges.cancel(charge.id, by: TestWorld.actor)
            #expect(canceled.status == .canceled)
            let revenue = try await store.read { try await $0.ledger.balance(.revenue, chargeID: charge.id) }
            #expect(revenue == .zero)
            try await expectReceivableMatches(charge.id, store)
            await #expect {
                _ = try await world.charges.writeOff(charge.id, by: TestWorld.actor)
            } throws: { ($0 as? DomainError)?.code == .invalidTransition }
            await #expect {
                _ = try await world.charges.registerPayment(
                    charge.id, amount: Money(centavos: 1), paidOn: CivilDate(year: 2026, month: 3, day: 2)!,
                    naturalKey: "late", by: TestWorld.actor)
            } throws: { ($0 as? DomainError)?.code == .invalidTransition }
            // The refused payment left no row behind: the transaction rolled back.
            #expect(try await store.read { try await $0.payments.list(chargeID: charge.id) }.isEmpty)
            let ledger = try await store.read { try await $0.ledger.transactions(chargeID: charge.id) }
            #expect(ledger.map(\.kind) == [.issue, .cancellation])
        }
    }

    @Test(arguments: StoreFixture.engines)
    func overdueSweepMovesOnlyChargesPastTheirRolledDueDate(engine: String) async throws {
        try await StoreFixture.withStore(engine) { store in
            // 2026-02-14 is a Saturday before Carnival: effective due date Wednesday 18/02.
            let world = TestWorld(store: store, today: CivilDate(year: 2026, month: 2, day: 1)!)
            let customer = try await world.person()
            let rolled = try await world.charge(for: customer, due: "2026-02-14")
            let plain = try await world.charge(for: customer, due: "2026-02-10")
            world.clock.set(CivilDate(year: 2026, month: 2, day: 18)!.startOfDay(in: .saoPaulo).addingTimeInterval(3600 * 12))
            // Pages of one: the charge still in its grace (created first) must not hide the next.
            #expect(try await world.charges.markOverdue(batchSize: 1) == 1)
            #expect(try await store.read { try await $0.charges.get(plain.id) }?.status == .overdue)
            #expect(try await store.read { try await $0.charges.get(rolled.id) }?.status == .open)
            world.clock.advance(days: 1)
            #expect(try await world.charges.markOverdue() == 1)
            #expect(try await world.charges.markOverdue() == 0)
            #expect(try await store.read { try await $0.charges.count(status: .overdue) } == 2)
        }
    }

    @Test(arguments: StoreFixture.engines)
    func aStaleVersionIsAConflictNotALostUpdate(engine: String) async throws {
        try await StoreFixture.withStore(engine) { store in
            let world = TestWorld(store: store)
            let charge = try await world.charge(for: try await world.person())
            _ = try await world.charges.cancel(charge.id, by: TestWorld.actor)
            var edited = charge
            edited.description = "alterada"
            edited.version += 1  // as if based on the version before the cancel
            let stale = edited
            await #expect {
                try await store.write { try await $0.charges.update(stale) }
            } throws: { ($0 as? DomainError)?.code == .conflict }
            #expect(try await store.read { try await $0.charges.get(charge.id) }?.description == "Mensalidade março")
        }
    }

    @Test(arguments: StoreFixture.engines)
    func auditLogAndLedgerLinesAreAppendOnly(engine: String) async throws {
        try await StoreFixture.withStore(engine) { store in
            let world = TestWorld(store: store)
            _ = try await world.charge(for: try await world.person())
            await #expect(throws: (any Error).self) { try await store.execute(["UPDATE audit_log SET actor = 'x'"]) }
            await #expect(throws: (any Error).self) { try await store.execute(["DELETE FROM audit_log"]) }
            await #expect(throws: (any Error).self) { try await store.execute(["DELETE FROM ledger_lines"]) }
            let count = try await store.read { try await $0.audit.entries(entityType: "customer", entityID: "x") }
            #expect(count.isEmpty)
        }
    }

    @Test(arguments: StoreFixture.engines)
    func listFiltersByStatusMethodCustomerAndDueDate(engine: String) async throws {
        try await StoreFixture.withStore(engine) { store in
            let world = TestWorld(store: store)
            let maria = try await world.person()
            let jose = try await world.person("José", document: "11144477735", email: "jose@x.com.br")
            let a = try await world.charge(for: maria, due: "2026-03-10")
            let b = try await world.charges.create(
                ChargeInput(customerID: maria.id.rawValue, description: "Pix", amount: "50,00", dueDate: "2026-04-10", method: "pix"),
                by: TestWorld.actor)
            let c = try await world.charge(for: jose, due: "2026-05-10")
            _ = try await world.charges.cancel(c.id, by: TestWorld.actor)
            func list(_ filter: ChargeFilter) async throws -> [Charge.ID] {
                try await store.read { try await $0.charges.list(filter) }.map(\.id)
            }
            #expect(try await list(ChargeFilter(customerID: maria.id)) == [a.id, b.id])
            #expect(try await list(ChargeFilter(methods: [.pix])) == [b.id])
            #expect(try await list(ChargeFilter(statuses: [.canceled])) == [c.id])
            #expect(try await list(ChargeFilter(dueFrom: CivilDate(iso: "2026-04-01"), dueTo: CivilDate(iso: "2026-05-31"))) == [b.id, c.id])
            #expect(try await list(ChargeFilter(limit: 2)) == [a.id, b.id])
            #expect(try await list(ChargeFilter(after: b.id)) == [c.id])
        }
    }
}

/// The ledger proof: the receivable of a charge equals its open amount, always.
func expectReceivableMatches(_ id: Charge.ID, _ store: SQLStore) async throws {
    let charge = try #require(try await store.read { try await $0.charges.get(id) })
    let receivable = try await store.read { try await $0.ledger.balance(.receivable, chargeID: id) }
    #expect(receivable == charge.openAmount, "charge \(id) open \(charge.openAmount) vs receivable \(receivable)")
}
