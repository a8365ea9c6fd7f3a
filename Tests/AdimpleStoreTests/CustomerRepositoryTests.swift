import AdimpleCore
import AdimpleStore
import BrazilKit
import Foundation
import Testing

@Suite struct CustomerRepositoryTests {
    @Test(arguments: StoreFixture.engines)
    func registeredCustomerReadsBackWithEveryField(engine: String) async throws {
        try await StoreFixture.withStore(engine) { store in
            let world = TestWorld(store: store)
            let created = try await world.person(externalID: "ERP-1")
            let read = try #require(try await world.customers.get(created.id))
            #expect(read == created)
            #expect(read.document?.formatted == "529.982.247-25")
            #expect(read.address?.cep.formatted == "01310-100")
            #expect(read.phones.first?.e164 == "+5511987654321")
            let byDocument = try await store.read { try await $0.customers.find(document: try TaxID("52998224725")) }
            #expect(byDocument?.id == created.id)
            #expect(try await world.customers.resolve("ERP-1")?.id == created.id)
        }
    }

    @Test(arguments: StoreFixture.engines)
    func secondCustomerWithTheSameDocumentIsRefusedAndNothingIsWritten(engine: String) async throws {
        try await StoreFixture.withStore(engine) { store in
            let world = TestWorld(store: store)
            _ = try await world.person()
            await #expect {
                _ = try await world.person("Outra Pessoa", email: "outra@example.com")
            } throws: { error in
                (error as? DomainError)?.code == .duplicate && "\(error)".contains("document")
            }
            #expect(try await store.read { try await $0.customers.count() } == 1)
            let audit = try await store.read { try await $0.events.list(customerID: Customer.ID("x"), limit: 10) }
            #expect(audit.isEmpty)
        }
    }

    @Test(arguments: StoreFixture.engines)
    func updateRewritesSearchTermsAndKeepsAuditBeforeAndAfter(engine: String) async throws {
        try await StoreFixture.withStore(engine) { store in
            let world = TestWorld(store: store)
            let customer = try await world.person("João Pereira")
            var input = CustomerInput(document: "529.982.247-25", name: "João Albuquerque", emails: ["joao@novo.com.br"])
            input.phones = ["(21) 99876-5432"]
            _ = try await world.customers.update(customer.id, with: input, by: TestWorld.actor)
            #expect(try await world.customers.search("pereira").isEmpty)
            #expect(try await world.customers.search("albuq").map(\.id) == [customer.id])
            #expect(try await world.customers.search("joao@novo").map(\.id) == [customer.id])
            #expect(try await world.customers.search("21 99876").map(\.id) == [customer.id])
            let audit = try await store.read { try await $0.audit.entries(entityType: "customer", entityID: customer.id.rawValue) }
            #expect(audit.map(\.action) == ["customer.created", "customer.updated"])
            #expect(audit[1].before?.contains("Pereira") == true)
            #expect(audit[1].after?.contains("Albuquerque") == true)
            #expect(audit[1].actor == TestWorld.actor)
        }
    }

    @Test(arguments: StoreFixture.engines)
    func updatingAMissingCustomerIsNotFound(engine: String) async throws {
        try await StoreFixture.withStore(engine) { store in
            let world = TestWorld(store: store)
            await #expect {
                _ = try await world.customers.update(Customer.ID("cus_missing"), with: CustomerInput(name: "X"), by: TestWorld.actor)
            } throws: { ($0 as? DomainError)?.code == .notFound }
        }
    }

    @Test(arguments: StoreFixture.engines)
    func listPagesThroughCustomersInIDOrder(engine: String) async throws {
        try await StoreFixture.withStore(engine) { store in
            let world = TestWorld(store: store)
            var made: [Customer.ID] = []
            for (index, cpf) in ["52998224725", "11144477735", "39053344705"].enumerated() {
                made.append(try await world.person("Pessoa \(index)", document: cpf, email: "p\(index)@x.com.br").id)
            }
            let first = try await store.read { try await $0.customers.list(after: nil, limit: 2) }
            let second = try await store.read { try await $0.customers.list(after: first.last?.id, limit: 2) }
            #expect((first + second).map(\.id) == made.sorted())
            #expect(second.count == 1)
        }
    }
}
