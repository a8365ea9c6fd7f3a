import AdimpleCore
import AdimpleStore
import BrazilKit
import Foundation
import Testing

@Suite struct CustomerFilterAndDeleteStoreTests {
    static let t0 = Date(timeIntervalSince1970: 1_772_000_000)

    static func customer(
        _ n: Int, kind: Customer.Kind = .person, status: CustomerStatus = .active, segment: String? = nil,
        externalID: String? = nil, day: Int = 0
    ) -> Customer {
        Customer(
            id: Customer.ID("cus_\(n)"), kind: kind, document: nil, name: "Cliente Número \(n)",
            emails: ["cliente\(n)@example.com.br"], segment: segment, externalID: externalID, status: status,
            createdAt: t0.addingTimeInterval(TimeInterval(day) * 86_400), createdBy: .system)
    }

    @Test(arguments: StoreFixture.engines)
    func customersAreFilteredByStatusKindSegmentExternalIDAndCreationInIDOrder(engine: String) async throws {
        try await StoreFixture.withStore(engine) { store in
            let all = [
                Self.customer(1, status: .lead, segment: "varejo", day: 0),
                Self.customer(2, kind: .company, status: .active, segment: "indústria", externalID: "ERP-2", day: 1),
                Self.customer(3, status: .inactive, segment: "varejo", day: 2),
                Self.customer(4, kind: .company, status: .active, segment: "varejo", day: 3),
                Self.customer(5, status: .active, day: 4),
            ]
            try await store.write { session in
                for customer in all.reversed() { try await session.customers.insert(customer) }
            }
            func list(_ filter: CustomerFilter) async throws -> [String] {
                try await store.read { try await $0.customers.list(filter) }.map(\.id.rawValue)
            }
            #expect(try await list(CustomerFilter()) == ["cus_1", "cus_2", "cus_3", "cus_4", "cus_5"])
            #expect(try await list(CustomerFilter(statuses: [.active])) == ["cus_2", "cus_4", "cus_5"])
            #expect(try await list(CustomerFilter(statuses: [.lead, .inactive])) == ["cus_1", "cus_3"])
            #expect(try await list(CustomerFilter(kind: .company)) == ["cus_2", "cus_4"])
            #expect(try await list(CustomerFilter(segment: "varejo")) == ["cus_1", "cus_3", "cus_4"])
            #expect(try await list(CustomerFilter(statuses: [.active], segment: "varejo")) == ["cus_4"])
            #expect(try await list(CustomerFilter(externalID: "ERP-2")) == ["cus_2"])
            // Both ends inclusive.
            let from = Self.t0.addingTimeInterval(86_400)
            let to = Self.t0.addingTimeInterval(3 * 86_400)
            #expect(try await list(CustomerFilter(createdFrom: from, createdTo: to)) == ["cus_2", "cus_3", "cus_4"])
            #expect(try await list(CustomerFilter(limit: 2)) == ["cus_1", "cus_2"])
            #expect(try await list(CustomerFilter(after: Customer.ID("cus_2"), limit: 2)) == ["cus_3", "cus_4"])
            #expect(try await list(CustomerFilter(statuses: [.active], after: Customer.ID("cus_4"))) == ["cus_5"])
            #expect(try await list(CustomerFilter(after: Customer.ID("cus_5"))).isEmpty)
            #expect(
                try await store.read { try await $0.customers.list(CustomerFilter(kind: .company)) } == [
                    all[1], all[3],
                ])
        }
    }

    @Test(arguments: StoreFixture.engines)
    func aCustomerIsReferencedByChargesOrLedgerEntries(engine: String) async throws {
        try await StoreFixture.withStore(engine) { store in
            let world = TestWorld(store: store)
            let billed = try await world.person()
            _ = try await world.charge(for: billed)
            let credited = try await world.person("José Credor", document: "11144477735", email: "jose@x.com.br")
            let plain = try await world.person("Ana Livre", document: "39053344705", email: "ana@x.com.br")
            // A ledger entry naming only the customer (no charge).
            let adjustment = try LedgerTransaction(
                id: LedgerTransaction.ID("ltx_adj"), kind: .adjustment, chargeID: nil, customerID: credited.id,
                lines: [.debit(.cash, Money(centavos: 500)), .credit(.customerCredit, Money(centavos: 500))],
                postedAt: Self.t0, memo: "crédito avulso")
            try await store.write { try await $0.ledger.post(adjustment) }

            #expect(try await store.read { try await $0.customers.isReferenced(billed.id) })
            #expect(try await store.read { try await $0.customers.isReferenced(credited.id) })
            #expect(try await store.read { try await $0.customers.isReferenced(plain.id) } == false)
            #expect(try await store.read { try await $0.customers.isReferenced(Customer.ID("cus_none")) } == false)

            // The database refuses to delete a referenced customer even if asked.
            await #expect(throws: (any Error).self) {
                try await store.write { try await $0.customers.delete(billed.id) }
            }
            #expect(try await store.read { try await $0.customers.get(billed.id) } != nil)
        }
    }

    @Test(arguments: StoreFixture.engines)
    func deletingACustomerRemovesItAndItsSearchTerms(engine: String) async throws {
        try await StoreFixture.withStore(engine) { store in
            let world = TestWorld(store: store)
            let gone = try await world.person("Teodoro Quaresma", document: "11144477735", email: "teodoro@x.com.br")
            let kept = try await world.person("Teodora Lima", document: "39053344705", email: "teodora@x.com.br")
            #expect(Set(try await world.customers.search("teod").map(\.id)) == [gone.id, kept.id])

            try await store.write { try await $0.customers.delete(gone.id) }
            #expect(try await store.read { try await $0.customers.get(gone.id) } == nil)
            #expect(try await store.read { try await $0.customers.count() } == 1)
            #expect(try await world.customers.search("teod").map(\.id) == [kept.id])
            #expect(try await world.customers.search("quaresma").isEmpty)
            // Its terms are gone too: inserting the very same customer again writes them anew
            // (a leftover term would collide on the primary key).
            try await store.write { try await $0.customers.insert(gone) }
            #expect(try await world.customers.search("quaresma").map(\.id) == [gone.id])

            await #expect {
                try await store.write { try await $0.customers.delete(Customer.ID("cus_missing")) }
            } throws: { ($0 as? DomainError)?.code == .notFound }
        }
    }
}

@Suite struct PaymentAndEventFilterStoreTests {
    @Test(arguments: StoreFixture.engines)
    func paymentsAreFilteredByChargeCustomerAndInclusivePaidDates(engine: String) async throws {
        try await StoreFixture.withStore(engine) { store in
            let world = TestWorld(store: store)
            let maria = try await world.person()
            let jose = try await world.person("José", document: "11144477735", email: "jose@x.com.br")
            let a = try await world.charge(for: maria)
            let b = try await world.charge(for: jose)
            func pay(_ charge: Charge, _ centavos: Int64, _ day: Int, _ key: String) async throws -> Payment {
                try await world.charges.registerPayment(
                    charge.id, amount: Money(centavos: centavos), paidOn: CivilDate(year: 2026, month: 3, day: day)!,
                    naturalKey: key, by: TestWorld.actor
                ).payment
            }
            let p1 = try await pay(a, 10_000, 5, "k1")
            let p2 = try await pay(b, 20_000, 9, "k2")
            let p3 = try await pay(a, 30_000, 20, "k3")
            func list(_ filter: PaymentFilter) async throws -> [Payment.ID] {
                try await store.read { try await $0.payments.list(filter) }.map(\.id)
            }
            #expect(try await list(PaymentFilter()) == [p1.id, p2.id, p3.id])
            #expect(try await list(PaymentFilter(chargeID: a.id)) == [p1.id, p3.id])
            #expect(try await list(PaymentFilter(customerID: jose.id)) == [p2.id])
            let from = CivilDate(year: 2026, month: 3, day: 9)!
            let to = CivilDate(year: 2026, month: 3, day: 20)!
            #expect(try await list(PaymentFilter(paidFrom: from, paidTo: to)) == [p2.id, p3.id])
            #expect(try await list(PaymentFilter(paidTo: from)) == [p1.id, p2.id])
            #expect(try await list(PaymentFilter(paidFrom: CivilDate(year: 2026, month: 3, day: 21)!)).isEmpty)
            #expect(try await list(PaymentFilter(limit: 2)) == [p1.id, p2.id])
            #expect(try await list(PaymentFilter(after: p1.id, limit: 1)) == [p2.id])
            #expect(try await list(PaymentFilter(customerID: maria.id, after: p1.id)) == [p3.id])

            #expect(try await store.read { try await $0.payments.get(p2.id) } == p2)
            #expect(try await store.read { try await $0.payments.get(Payment.ID("pay_missing")) } == nil)
        }
    }

    @Test(arguments: StoreFixture.engines)
    func eventsAreFilteredByTypeCustomerAndChargeInIDOrder(engine: String) async throws {
        try await StoreFixture.withStore(engine) { store in
            let world = TestWorld(store: store)
            let maria = try await world.person()
            let jose = try await world.person("José", document: "11144477735", email: "jose@x.com.br")
            let a = try await world.charge(for: maria)
            let b = try await world.charge(for: jose)
            _ = try await world.charges.cancel(b.id, by: TestWorld.actor)
            let all = try await store.read { try await $0.events.list(EventFilter(limit: 100)) }
            #expect(all.map(\.id) == all.map(\.id).sorted())
            #expect(all.map(\.type).filter { $0 == .customerCreated }.count == 2)
            func list(_ filter: EventFilter) async throws -> [DomainEvent] {
                try await store.read { try await $0.events.list(filter) }
            }
            let created = try await list(EventFilter(types: [.customerCreated]))
            #expect(created.map(\.customerID) == [maria.id, jose.id])
            let charges = try await list(EventFilter(types: [.chargeCreated, .chargeCanceled]))
            #expect(charges.map(\.type) == [.chargeCreated, .chargeCreated, .chargeCanceled])
            #expect(try await list(EventFilter(chargeID: a.id)).map(\.type) == [.chargeCreated])
            let forJose = try await list(EventFilter(customerID: jose.id))
            #expect(forJose.map(\.type) == all.filter { $0.customerID == jose.id }.map(\.type))
            #expect(forJose.first?.type == .customerCreated)
            #expect(forJose.contains { $0.type == .chargeCanceled && $0.chargeID == b.id })
            #expect(try await list(EventFilter(types: [.chargeCanceled], customerID: maria.id)).isEmpty)

            let firstPage = try await list(EventFilter(limit: 2))
            #expect(firstPage == Array(all.prefix(2)))
            let secondPage = try await list(EventFilter(after: firstPage.last?.id, limit: 2))
            #expect(secondPage == Array(all.dropFirst(2).prefix(2)))

            let one = try #require(all.last)
            #expect(try await store.read { try await $0.events.get(one.id) } == one)
            #expect(try await store.read { try await $0.events.get(DomainEvent.ID("evt_missing")) } == nil)
        }
    }
}
