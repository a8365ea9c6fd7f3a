import AdimpleCore
import AdimpleStore
import BrazilKit
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@Suite struct APICustomerTests {
    private let maria = """
        {"name":"Maria da Conceição","document":"529.982.247-25","emails":["maria@example.com"],
         "phones":["(11) 98765-4321"],"address":{"street":"Av. Paulista","number":"1000","district":"Bela Vista",
         "city":"São Paulo","state":"SP","cep":"01310100"},"segment":"varejo","tags":["vip"],
         "external_id":"ERP-1","notes":"cliente antiga"}
        """

    @Test func createAnswers201WithTheCustomerFormatted() async throws {
        try await withAPI { t in
            let response = try await t.api.post("/v1/customers", maria)
            #expect(response.status == .created)
            #expect(response.contentType?.hasPrefix("application/json") == true)
            let body = try response.json()
            let id = try #require(body["id"]?.string)
            #expect(id.hasPrefix("cus_"))
            #expect(body["object"]?.string == "customer")
            #expect(body["kind"]?.string == "person")  // from the CPF
            #expect(body["document"]?.string == "52998224725")
            #expect(body["document_formatted"]?.string == "529.982.247-25")
            #expect(body["name"]?.string == "Maria da Conceição")
            #expect(body["emails"] == .array([.string("maria@example.com")]))
            #expect(body["phones"] == .array([.string("+5511987654321")]))
            #expect(body["address"]?["cep"]?.string == "01310-100")
            #expect(body["address"]?["city"]?.string == "São Paulo")
            #expect(body["status"]?.string == "active")
            #expect(body["external_id"]?.string == "ERP-1")
            #expect(body["tags"] == .array([.string("vip")]))
            #expect(body["created_at"]?.string == APITest.nowISO)
            #expect(body["updated_at"]?.string == APITest.nowISO)

            let stored = try #require(try await t.customer(id))
            #expect(stored.document?.normalized == "52998224725")
            #expect(stored.createdBy == Actor(kind: .apiKey, id: t.key.id.rawValue))
            let audit = try await t.audit("customer", id)
            #expect(audit.map(\.action) == ["customer.created"])
            #expect(audit.first?.actor == Actor(kind: .apiKey, id: t.key.id.rawValue))

            // A CNPJ makes a company.
            let company = try await t.api.createCustomer(#"{"name":"Padaria Estrela","document":"11222333000181"}"#)
            #expect(company["kind"]?.string == "company")
            #expect(company["document_formatted"]?.string == "11.222.333/0001-81")
        }
    }

    @Test func getAnswersTheStoredCustomer() async throws {
        try await withAPI { t in
            let created = try await t.api.createCustomer(maria)
            let id = try #require(created["id"]?.string)
            let response = try await t.api.get("/v1/customers/\(id)")
            #expect(response.status == .ok)
            #expect(try response.json() == created)
        }
    }

    @Test func patchChangesOnlyWhatItSendsAndIsAudited() async throws {
        try await withAPI { t in
            let created = try await t.api.createCustomer(maria)
            let id = try #require(created["id"]?.string)
            t.clock.advance(by: 3600)

            let response = try await t.api.patch("/v1/customers/\(id)", #"{"notes":"mudou de endereço","tags":["vip","sp"]}"#)
            #expect(response.status == .ok, "\(response.text)")
            let body = try response.json()
            #expect(body["notes"]?.string == "mudou de endereço")
            #expect(body["tags"] == .array([.string("sp"), .string("vip")]))  // kept sorted
            // Everything else stays.
            for field in ["name", "document", "document_formatted", "emails", "phones", "address", "segment",
                "external_id", "status", "kind", "created_at"]
            {
                #expect(body[field] == created[field], "\(field) changed")
            }
            #expect(body["updated_at"]?.string == "2026-03-02T16:00:00Z")

            let stored = try #require(try await t.customer(id))
            #expect(stored.notes == "mudou de endereço")
            #expect(stored.name == "Maria da Conceição")
            #expect(stored.address?.city == "São Paulo")

            let audit = try await t.audit("customer", id)
            #expect(audit.map(\.action) == ["customer.created", "customer.updated"])
            let update = try #require(audit.last)
            #expect(update.actor == Actor(kind: .apiKey, id: t.key.id.rawValue))
            #expect(update.before?.contains("cliente antiga") == true)
            #expect(update.after?.contains("mudou de endereço") == true)

            // The same values again change nothing and write no audit line.
            let again = try await t.api.patch("/v1/customers/\(id)", #"{"notes":"mudou de endereço"}"#)
            #expect(again.status == .ok)
            #expect(try await t.audit("customer", id).count == 2)
        }
    }

    @Test func patchRefusesAnInvalidChangeAndKeepsTheCustomer() async throws {
        try await withAPI { t in
            let id = try #require(try await t.api.createCustomer(maria)["id"]?.string)
            try await t.api.patch("/v1/customers/\(id)", #"{"document":"529.982.247-24"}"#)
                .expectProblem(.unprocessableContent, "validation-error", field: "document")
            // Nothing goes back to lead.
            try await t.api.patch("/v1/customers/\(id)", #"{"status":"lead"}"#)
                .expectProblem(.conflict, "invalid-transition")
            try await t.api.patch("/v1/customers/cus_nothing", #"{"notes":"x"}"#)
                .expectProblem(.notFound, "not-found")
            #expect(try await t.customer(id)?.document?.normalized == "52998224725")
            #expect(try await t.customer(id)?.status == .active)
            #expect(try await t.audit("customer", id).count == 1)
        }
    }

    @Test func listFiltersByStatusKindAndExternalID() async throws {
        try await withAPI { t in
            let ana = try await t.api.createCustomer(named: "Ana Lima")
            let lead = try #require(try await t.api.createCustomer(#"{"name":"Bruno Lead","status":"lead"}"#)["id"]?.string)
            let company = try #require(
                try await t.api.createCustomer(#"{"name":"Padaria Estrela","document":"11.222.333/0001-81"}"#)["id"]?.string)
            let erp = try #require(try await t.api.createCustomer(#"{"name":"Carla ERP","external_id":"ERP-7"}"#)["id"]?.string)
            let gone = try #require(try await t.api.createCustomer(#"{"name":"Davi Inativo","status":"inactive"}"#)["id"]?.string)

            let all = try await t.api.get("/v1/customers")
            #expect(all.status == .ok)
            let page = try all.json()
            #expect(page["object"]?.string == "list")
            #expect(page["has_more"]?.bool == false)
            #expect(page["next_cursor"] == nil || page["next_cursor"]?.isNull == true)
            #expect(try all.listIDs() == [ana, lead, company, erp, gone])

            #expect(try await t.api.get("/v1/customers?status=lead").listIDs() == [lead])
            #expect(try await t.api.get("/v1/customers?status=lead,inactive").listIDs() == [lead, gone])
            #expect(try await t.api.get("/v1/customers?kind=company").listIDs() == [company])
            #expect(try await t.api.get("/v1/customers?kind=person&status=active").listIDs() == [ana, erp])
            #expect(try await t.api.get("/v1/customers?external_id=ERP-7").listIDs() == [erp])
            #expect(try await t.api.get("/v1/customers?external_id=ERP-8").listIDs() == [])
        }
    }

    @Test func listPagesWithACursorAcrossThreePages() async throws {
        try await withAPI { t in
            var ids: [String] = []
            for name in ["Ana", "Bia", "Caio", "Duda", "Enzo"] {
                ids.append(try await t.api.createCustomer(named: name))
                t.clock.advance(by: 1)
            }

            let first = try await t.api.get("/v1/customers?limit=2").json()
            #expect(first["data"]?.array?.compactMap { $0["id"]?.string } == Array(ids[0..<2]))
            #expect(first["has_more"]?.bool == true)
            let cursor1 = try #require(first["next_cursor"]?.string)
            #expect(cursor1 == ids[1])

            let second = try await t.api.get("/v1/customers?limit=2&starting_after=\(cursor1)").json()
            #expect(second["data"]?.array?.compactMap { $0["id"]?.string } == Array(ids[2..<4]))
            #expect(second["has_more"]?.bool == true)
            let cursor2 = try #require(second["next_cursor"]?.string)
            #expect(cursor2 == ids[3])

            let third = try await t.api.get("/v1/customers?limit=2&starting_after=\(cursor2)").json()
            #expect(third["data"]?.array?.compactMap { $0["id"]?.string } == [ids[4]])
            #expect(third["has_more"]?.bool == false)
            #expect(third["next_cursor"] == nil || third["next_cursor"]?.isNull == true)

            // Exactly the limit left: no phantom further page.
            let exact = try await t.api.get("/v1/customers?limit=5").json()
            #expect(exact["has_more"]?.bool == false)
            #expect(exact["data"]?.array?.count == 5)

            // Filters and the cursor combine.
            let filtered = try await t.api.get("/v1/customers?status=active&limit=1&starting_after=\(ids[3])").listIDs()
            #expect(filtered == [ids[4]])
        }
    }

    @Test func searchFindsByNamePrefixDocumentAndEmail() async throws {
        try await withAPI { t in
            let mariaID = try #require(try await t.api.createCustomer(maria)["id"]?.string)
            let jose = try #require(
                try await t.api.createCustomer(#"{"name":"José Pereira","document":"111.444.777-35","emails":["jose@pereira.com.br"]}"#)["id"]?
                    .string)

            func search(_ query: String) async throws -> [String] {
                let escaped = query.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? query
                let response = try await t.api.get("/v1/customers/search?q=\(escaped)")
                #expect(response.status == .ok, "\(query): \(response.text)")
                return try response.listIDs()
            }
            #expect(try await search("mar") == [mariaID])
            #expect(try await search("CONCEI") == [mariaID])  // case and accents ignored
            #expect(try await search("jose") == [jose])
            #expect(try await search("529.982.247-25") == [mariaID])
            #expect(try await search("52998224725") == [mariaID])
            #expect(try await search("jose@pereira.com.br") == [jose])
            #expect(try await search("zzz") == [])

            try await t.api.get("/v1/customers/search?q=%20%20").expectProblem(.badRequest, "invalid-request", field: "q")
        }
    }

    @Test func deleteRemovesAnUnreferencedCustomerThen404() async throws {
        try await withAPI { t in
            let id = try await t.api.createCustomer(named: "Ana Lima")
            let response = try await t.api.delete("/v1/customers/\(id)")
            #expect(response.status == .ok, "\(response.text)")
            let body = try response.json()
            #expect(body["id"]?.string == id)
            #expect(body["deleted"]?.bool == true)
            #expect(body["object"]?.string == "customer")

            #expect(try await t.customer(id) == nil)
            try await t.api.get("/v1/customers/\(id)").expectProblem(.notFound, "not-found")
            try await t.api.delete("/v1/customers/\(id)").expectProblem(.notFound, "not-found")
            #expect(try await t.audit("customer", id).map(\.action) == ["customer.created", "customer.deleted"])
        }
    }

    @Test func deleteOfACustomerWithAChargeIs409AndKeepsIt() async throws {
        try await withAPI { t in
            let id = try await t.api.createCustomer(named: "Ana Lima")
            try await t.api.createCharge(customer: id, amount: 10_000)
            try await t.api.delete("/v1/customers/\(id)").expectProblem(.conflict, "conflict")
            #expect(try await t.customer(id) != nil)
            #expect(try await t.api.get("/v1/customers/\(id)").status == .ok)
            #expect(try await t.audit("customer", id).map(\.action) == ["customer.created"])
        }
    }

    @Test func historyListsChargesPaymentsAndEventsInTimeOrderWithTheBalance() async throws {
        try await withAPI { t in
            let id = try await t.api.createCustomer(named: "Ana Lima")
            t.clock.advance(by: 60)
            let first = try #require(try await t.api.createCharge(customer: id, amount: 10_000)["id"]?.string)
            t.clock.advance(by: 60)
            let second = try #require(try await t.api.createCharge(customer: id, amount: 5_000, due: "2026-04-10")["id"]?.string)
            t.clock.advance(by: 60)
            let payment = try await t.api.post(
                "/v1/charges/\(first)/payments", #"{"amount":3000,"paid_on":"2026-03-02","reference":"REC-1"}"#)
            #expect(payment.status == .created, "\(payment.text)")
            let paymentID = try payment.id()
            // Another customer's records stay out.
            let other = try await t.api.createCustomer(named: "Outro")
            try await t.api.createCharge(customer: other, amount: 999)

            let response = try await t.api.get("/v1/customers/\(id)/history")
            #expect(response.status == .ok, "\(response.text)")
            let history = try response.json()
            #expect(history["customer"]?["id"]?.string == id)
            #expect(history["charges"]?.array?.compactMap { $0["id"]?.string } == [first, second])
            #expect(history["payments"]?.array?.compactMap { $0["id"]?.string } == [paymentID])
            #expect(history["balance"] == .object(["centavos": .number(12_000), "formatted": .string("R$ 120,00"), "currency": .string("BRL")]))

            let events = try #require(history["events"]?.array)
            let types = events.compactMap { $0["type"]?.string }
            #expect(types.first == "customer.created")
            #expect(types.filter { $0 == "charge.created" }.count == 2)
            #expect(types.contains("payment.created"))
            #expect(types.contains("charge.partially_paid"))
            #expect(events.allSatisfy { $0["customer_id"]?.string == id })
            let times = events.compactMap { $0["created_at"]?.string }
            #expect(times == times.sorted())
            let ids = events.compactMap { $0["id"]?.string }
            #expect(ids == ids.sorted())
            #expect(types.firstIndex(of: "charge.created")! < types.firstIndex(of: "payment.created")!)

            try await t.api.get("/v1/customers/cus_nothing/history").expectProblem(.notFound, "not-found")
        }
    }

    @Test func aTakenDocumentOrExternalIDIs409AndWritesNothing() async throws {
        try await withAPI { t in
            let first = try #require(try await t.api.createCustomer(maria)["id"]?.string)
            let other = try #require(try await t.api.createCustomer(#"{"name":"Outra","external_id":"ERP-2"}"#)["id"]?.string)
            try await t.api.post("/v1/customers", #"{"name":"Maria de novo","document":"52998224725"}"#)
                .expectProblem(.conflict, "duplicate")
            try await t.api.post("/v1/customers", #"{"name":"Outra de novo","external_id":"ERP-1"}"#)
                .expectProblem(.conflict, "duplicate")
            try await t.api.patch("/v1/customers/\(other)", #"{"external_id":"ERP-1"}"#).expectProblem(.conflict, "duplicate")
            try await t.api.patch("/v1/customers/\(other)", #"{"document":"529.982.247-25"}"#).expectProblem(.conflict, "duplicate")
            #expect(try await t.customerCount() == 2)
            #expect(try await t.customer(other)?.externalID == "ERP-2")
            #expect(try await t.customer(other)?.document == nil)
            #expect(try await t.audit("customer", other).count == 1)
            #expect(try await t.customer(first)?.externalID == "ERP-1")
        }
    }

    @Test func listFiltersBySegment() async throws {
        try await withAPI { t in
            let retail = try #require(try await t.api.createCustomer(#"{"name":"Ana","segment":"varejo"}"#)["id"]?.string)
            _ = try await t.api.createCustomer(#"{"name":"Bia","segment":"atacado"}"#)
            #expect(try await t.api.get("/v1/customers?segment=varejo").listIDs() == [retail])
        }
    }
}
