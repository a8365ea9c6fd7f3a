import AdimpleCore
@testable import AdimpleStore
import BrazilKit
import Foundation
import Testing

@Suite struct CustomerSearchTests {
    /// Three customers that share words in different places.
    private func seed(_ world: TestWorld) async throws -> (maria: Customer, jose: Customer, padaria: Customer) {
        let maria = try await world.person(
            "Maria da Conceição Souza", document: "529.982.247-25", email: "maria.souza@gmail.com",
            phone: "(11) 98765-4321", externalID: "ERP-0001")
        let jose = try await world.person(
            "José Souza Albuquerque", document: "111.444.777-35", email: "jose@uol.com.br", phone: "(21) 3456-7890")
        let padaria = try await world.customers.register(
            CustomerInput(
                document: "11.222.333/0001-81", name: "Panificadora Estrela Ltda", tradeName: "Padaria Conceição",
                emails: ["financeiro@padariaestrela.com.br"], phones: ["(31) 3333-4444"], externalID: "ERP-0003"),
            by: TestWorld.actor)
        return (maria, jose, padaria)
    }

    @Test(arguments: StoreFixture.engines)
    func nameSearchIgnoresAccentsAndCaseAndMatchesAnyWordPrefix(engine: String) async throws {
        try await StoreFixture.withStore(engine) { store in
            let world = TestWorld(store: store)
            let (maria, jose, padaria) = try await seed(world)
            #expect(Set(try await world.customers.search("souza").map(\.id)) == [maria.id, jose.id])
            #expect(Set(try await world.customers.search("CONCEICAO").map(\.id)) == [maria.id, padaria.id])
            #expect(Set(try await world.customers.search("concei").map(\.id)) == [maria.id, padaria.id])
            #expect(try await world.customers.search("josé").map(\.id) == [jose.id])
            #expect(try await world.customers.search("albu").map(\.id) == [jose.id])
            #expect(try await world.customers.search("xavier").isEmpty)
        }
    }

    @Test(arguments: StoreFixture.engines)
    func severalWordsMustAllMatch(engine: String) async throws {
        try await StoreFixture.withStore(engine) { store in
            let world = TestWorld(store: store)
            let (maria, jose, _) = try await seed(world)
            #expect(try await world.customers.search("souza maria").map(\.id) == [maria.id])
            #expect(try await world.customers.search("jos souz").map(\.id) == [jose.id])
            #expect(try await world.customers.search("maria albuquerque").isEmpty)
        }
    }

    @Test(arguments: StoreFixture.engines)
    func documentWithOrWithoutPunctuationAndByPrefix(engine: String) async throws {
        try await StoreFixture.withStore(engine) { store in
            let world = TestWorld(store: store)
            let (maria, _, padaria) = try await seed(world)
            #expect(try await world.customers.search("529.982.247-25").map(\.id) == [maria.id])
            #expect(try await world.customers.search("52998224725").map(\.id) == [maria.id])
            #expect(try await world.customers.search("529982").map(\.id) == [maria.id])
            #expect(try await world.customers.search("11.222.333/0001-81").map(\.id) == [padaria.id])
        }
    }

    @Test(arguments: StoreFixture.engines)
    func emailPhoneAndExternalID(engine: String) async throws {
        try await StoreFixture.withStore(engine) { store in
            let world = TestWorld(store: store)
            let (maria, jose, padaria) = try await seed(world)
            #expect(try await world.customers.search("maria.souza@").map(\.id) == [maria.id])
            #expect(try await world.customers.search("Financeiro@PadariaEstrela.com.br").map(\.id) == [padaria.id])
            #expect(try await world.customers.search("(11) 98765-4321").map(\.id) == [maria.id])
            #expect(try await world.customers.search("98765-4321").map(\.id) == [maria.id])
            #expect(try await world.customers.search("3456-7890").map(\.id) == [jose.id])
            #expect(try await world.customers.search("ERP-0003").map(\.id) == [padaria.id])
        }
    }

    @Test(arguments: StoreFixture.engines)
    func bulkLoadedCustomersAreSearchable(engine: String) async throws {
        try await StoreFixture.withStore(engine) { store in
            let world = TestWorld(store: store)
            let now = world.clock.now()
            var customers: [Customer] = []
            for index in 0..<300 {
                let base = String(format: "%09d", 100_000_000 + index * 7)
                let cpf = base + (CPF.checkDigits(base: base) ?? "00")
                customers.append(
                    Customer(
                        id: world.context.ids.next(.customer), kind: .person, document: try TaxID(cpf),
                        name: index == 150 ? "Zuleide Ávila Nunes" : "Cliente Número \(index)",
                        emails: ["c\(index)@example.com"], phones: [try BrazilianPhone("11 9\(String(format: "%04d", index))-0000")],
                        externalID: "BULK-\(index)", createdAt: now, createdBy: .system))
            }
            try await store.bulkInsertCustomers(customers)
            #expect(try await store.read { try await $0.customers.count() } == 300)
            #expect(try await world.customers.search("avila").map(\.name) == ["Zuleide Ávila Nunes"])
            #expect(try await world.customers.search("c150@").map(\.externalID) == ["BULK-150"])
            #expect(try await world.customers.search("cliente", limit: 10).count == 10)
            let again = customers[0]
            await #expect(throws: (any Error).self) { try await store.bulkInsertCustomers([again]) }
            #expect(try await store.read { try await $0.customers.count() } == 300)
        }
    }

    @Test func queriesArePlannedByWhatTheyLookLike() {
        // Documents and phones are digits; e-mails have an @; anything else is words.
        #expect(CustomerSearch.plan("529.982.247-25") == .digits("52998224725"))
        #expect(CustomerSearch.plan("(11) 98765-4321") == .digits("11987654321"))
        #expect(CustomerSearch.plan("Ana@X.com") == .email("ana@x.com"))
        #expect(CustomerSearch.plan("Ana Conceição") == .words(driving: "conceicao", others: ["ana"]))
        #expect(CustomerSearch.plan("   ") == .nothing)
        #expect(CustomerSearch.upperBound("sil") == "sim")
    }
}
