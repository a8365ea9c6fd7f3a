import AdimpleCore
import AdimpleStore
import BrazilKit
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@Suite struct APIChargeTests {
    private func money(_ centavos: Int, _ formatted: String) -> JSON {
        .object(["centavos": .number(Double(centavos)), "formatted": .string(formatted), "currency": .string("BRL")])
    }

    @Test func createAnswers201WithMoneyAsCentavosFormattedAndCurrency() async throws {
        try await withAPI { t in
            let customer = try await t.api.createCustomer(named: "Ana Lima")
            let response = try await t.api.post(
                "/v1/charges",
                #"{"customer_id":"\#(customer)","description":"Mensalidade março","amount":123456,"due_date":"2026-03-10","method":"pix","fine_basis_points":200,"interest_basis_points":100,"external_id":"FAT-1"}"#
            )
            #expect(response.status == .created, "\(response.text)")
            let body = try response.json()
            let id = try #require(body["id"]?.string)
            #expect(id.hasPrefix("chg_"))
            #expect(body["object"]?.string == "charge")
            #expect(body["customer_id"]?.string == customer)
            #expect(body["description"]?.string == "Mensalidade março")
            #expect(body["amount"] == money(123_456, "R$ 1.234,56"))
            #expect(body["open_amount"] == money(123_456, "R$ 1.234,56"))
            #expect(body["paid_amount"] == money(0, "R$ 0,00"))
            #expect(body["due_date"]?.string == "2026-03-10")
            #expect(body["method"]?.string == "pix")
            #expect(body["status"]?.string == "open")
            #expect(body["fine_basis_points"]?.int == 200)
            #expect(body["interest_basis_points"]?.int == 100)
            #expect(body["external_id"]?.string == "FAT-1")
            #expect(body["issued_at"]?.string == APITest.nowISO)
            #expect(body["created_at"]?.string == APITest.nowISO)
            #expect(body["paid_at"] == nil)

            let stored = try #require(try await t.charge(id))
            #expect(stored.amount == Money(centavos: 123_456))
            #expect(stored.status == .open)
            #expect(stored.createdBy == Actor(kind: .apiKey, id: t.key.id.rawValue))
            #expect(try await t.audit("charge", id).map(\.action) == ["charge.created"])

            // issue: false keeps a draft; boleto is the default method.
            let draft = try await t.api.createCharge(customer: customer, amount: 500, extra: #""issue":false"#)
            #expect(draft["status"]?.string == "draft")
            #expect(draft["method"]?.string == "boleto")
            #expect(draft["amount"] == money(500, "R$ 5,00"))
        }
    }

    @Test func getAnswersTheChargeWithTheAmountDueToday() async throws {
        try await withAPI { t in
            let customer = try await t.api.createCustomer(named: "Ana Lima")
            let id = try #require(try await t.api.createCharge(customer: customer, amount: 10_000)["id"]?.string)

            let onTime = try await t.api.get("/v1/charges/\(id)").json()
            #expect(onTime["id"]?.string == id)
            let due = try #require(onTime["amount_due"])
            #expect(due["on"]?.string == "2026-03-02")
            #expect(due["principal"] == money(10_000, "R$ 100,00"))
            #expect(due["fine"] == money(0, "R$ 0,00"))
            #expect(due["total"] == money(10_000, "R$ 100,00"))
            #expect(due["days_late"]?.int == 0)

            // Ten days after the due date (2026-03-10, a Tuesday) fine and interest run.
            t.clock.advance(days: 18)
            let late = try await t.api.get("/v1/charges/\(id)").json()
            let lateDue = try #require(late["amount_due"])
            #expect(lateDue["on"]?.string == "2026-03-20")
            #expect(lateDue["days_late"]?.int == 10)
            let fine = try #require(lateDue["fine"]?["centavos"]?.int)
            let interest = try #require(lateDue["interest"]?["centavos"]?.int)
            #expect(fine == 200)  // 2 % of R$ 100,00
            #expect(interest > 0)
            #expect(lateDue["total"]?["centavos"]?.int == 10_000 + fine + interest)

            // A canceled charge owes nothing: no amount_due.
            t.clock.advance(days: -18)
            #expect(try await t.api.post("/v1/charges/\(id)/cancel").status == .ok)
            let canceled = try await t.api.get("/v1/charges/\(id)").json()
            #expect(canceled["amount_due"] == nil)
            #expect(canceled["status"]?.string == "canceled")
        }
    }

    @Test func listFiltersByStatusMethodCustomerAndDueDates() async throws {
        try await withAPI { t in
            let ana = try await t.api.createCustomer(named: "Ana")
            let bia = try await t.api.createCustomer(named: "Bia")
            let a1 = try #require(try await t.api.createCharge(customer: ana, amount: 1000, due: "2026-03-05", method: "pix")["id"]?.string)
            let a2 = try #require(try await t.api.createCharge(customer: ana, amount: 2000, due: "2026-03-20", method: "boleto")["id"]?.string)
            let b1 = try #require(try await t.api.createCharge(customer: bia, amount: 3000, due: "2026-04-10", method: "pix")["id"]?.string)
            let b2 = try #require(try await t.api.createCharge(customer: bia, amount: 4000, due: "2026-03-20", method: "card")["id"]?.string)
            #expect(try await t.api.post("/v1/charges/\(b2)/cancel").status == .ok)

            #expect(try await t.api.get("/v1/charges").listIDs() == [a1, a2, b1, b2])
            #expect(try await t.api.get("/v1/charges?status=open").listIDs() == [a1, a2, b1])
            #expect(try await t.api.get("/v1/charges?status=canceled").listIDs() == [b2])
            #expect(try await t.api.get("/v1/charges?method=pix").listIDs() == [a1, b1])
            #expect(try await t.api.get("/v1/charges?method=boleto,card").listIDs() == [a2, b2])
            #expect(try await t.api.get("/v1/charges?customer_id=\(bia)").listIDs() == [b1, b2])
            #expect(try await t.api.get("/v1/charges?due_from=2026-03-06").listIDs() == [a2, b1, b2])
            #expect(try await t.api.get("/v1/charges?due_to=2026-03-20").listIDs() == [a1, a2, b2])
            #expect(try await t.api.get("/v1/charges?due_from=2026-03-20&due_to=2026-03-20").listIDs() == [a2, b2])
            #expect(try await t.api.get("/v1/charges?customer_id=\(ana)&method=pix&status=open").listIDs() == [a1])

            // The cursor pages through a filter.
            let first = try await t.api.get("/v1/charges?status=open&limit=2").json()
            #expect(first["data"]?.array?.compactMap { $0["id"]?.string } == [a1, a2])
            #expect(first["has_more"]?.bool == true)
            let cursor = try #require(first["next_cursor"]?.string)
            let second = try await t.api.get("/v1/charges?status=open&limit=2&starting_after=\(cursor)").json()
            #expect(second["data"]?.array?.compactMap { $0["id"]?.string } == [b1])
            #expect(second["has_more"]?.bool == false)
        }
    }

    @Test func patchMovesTheDueDateAndChangesTheAmountAudited() async throws {
        try await withAPI { t in
            let customer = try await t.api.createCustomer(named: "Ana")
            let id = try #require(try await t.api.createCharge(customer: customer, amount: 10_000)["id"]?.string)

            let moved = try await t.api.patch("/v1/charges/\(id)", #"{"due_date":"2026-03-31","reason":"pedido do cliente"}"#)
            #expect(moved.status == .ok, "\(moved.text)")
            #expect(try moved.json()["due_date"]?.string == "2026-03-31")
            #expect(try moved.json()["amount"]?["centavos"]?.int == 10_000)

            let changed = try await t.api.patch("/v1/charges/\(id)", #"{"amount":12345}"#)
            #expect(changed.status == .ok, "\(changed.text)")
            let body = try changed.json()
            #expect(body["amount"] == money(12_345, "R$ 123,45"))
            #expect(body["open_amount"] == money(12_345, "R$ 123,45"))
            #expect(body["due_date"]?.string == "2026-03-31")

            let stored = try #require(try await t.charge(id))
            #expect(stored.amount == Money(centavos: 12_345))
            #expect(stored.dueDate == CivilDate(year: 2026, month: 3, day: 31)!)
            let audit = try await t.audit("charge", id)
            #expect(audit.map(\.action) == ["charge.created", "charge.updated", "charge.updated"])
            #expect(audit.allSatisfy { $0.actor == Actor(kind: .apiKey, id: t.key.id.rawValue) })

            // Nothing to change, a date in the past, a bad date: refused, nothing written.
            try await t.api.patch("/v1/charges/\(id)", "{}").expectProblem(.unprocessableContent, "validation-error")
            try await t.api.patch("/v1/charges/\(id)", #"{"due_date":"2026-03-01"}"#)
                .expectProblem(.unprocessableContent, "validation-error", field: "due_date")
            try await t.api.patch("/v1/charges/\(id)", #"{"due_date":"31/03/2026x"}"#)
                .expectProblem(.unprocessableContent, "validation-error", field: "due_date")
            try await t.api.patch("/v1/charges/\(id)", #"{"amount":0}"#)
                .expectProblem(.unprocessableContent, "validation-error", field: "amount")
            try await t.api.patch("/v1/charges/chg_nothing", #"{"amount":100}"#).expectProblem(.notFound, "not-found")
            #expect(try await t.audit("charge", id).count == 3)
            #expect(try await t.charge(id)?.amount == Money(centavos: 12_345))
        }
    }

    @Test func theAmountOfAChargeWithAPaymentCannotChange() async throws {
        try await withAPI { t in
            let customer = try await t.api.createCustomer(named: "Ana")
            let id = try #require(try await t.api.createCharge(customer: customer, amount: 10_000)["id"]?.string)
            let paid = try await t.api.post("/v1/charges/\(id)/payments", #"{"amount":4000,"paid_on":"2026-03-02"}"#)
            #expect(paid.status == .created, "\(paid.text)")

            try await t.api.patch("/v1/charges/\(id)", #"{"amount":9000}"#).expectProblem(.conflict, "invalid-transition")
            let stored = try #require(try await t.charge(id))
            #expect(stored.amount == Money(centavos: 10_000))
            #expect(stored.status == .partiallyPaid)
            // Nor, as the contract says (open or overdue only), its due date.
            try await t.api.patch("/v1/charges/\(id)", #"{"due_date":"2026-03-25"}"#).expectProblem(.conflict, "invalid-transition")
            #expect(try await t.charge(id)?.dueDate == CivilDate(year: 2026, month: 3, day: 10)!)
            #expect(try await t.audit("charge", id).map(\.action) == ["charge.created", "charge.partially_paid"])
        }
    }

    @Test func cancelCancelsOnceThenRefuses() async throws {
        try await withAPI { t in
            let customer = try await t.api.createCustomer(named: "Ana")
            let id = try #require(try await t.api.createCharge(customer: customer, amount: 10_000)["id"]?.string)
            let response = try await t.api.post("/v1/charges/\(id)/cancel")
            #expect(response.status == .ok, "\(response.text)")
            let body = try response.json()
            #expect(body["status"]?.string == "canceled")
            #expect(body["canceled_at"]?.string == APITest.nowISO)
            #expect(try await t.charge(id)?.status == .canceled)

            try await t.api.post("/v1/charges/\(id)/cancel").expectProblem(.conflict, "invalid-transition")
            try await t.api.post("/v1/charges/chg_nothing/cancel").expectProblem(.notFound, "not-found")
            #expect(try await t.audit("charge", id).map(\.action) == ["charge.created", "charge.canceled"])
        }
    }

    @Test func aManualPaymentIsRegisteredOncePerReference() async throws {
        try await withAPI { t in
            let customer = try await t.api.createCustomer(named: "Ana")
            let id = try #require(try await t.api.createCharge(customer: customer, amount: 10_000)["id"]?.string)

            let json = #"{"amount":10000,"paid_on":"2026-03-02","fee":150,"reference":"TED-123"}"#
            let first = try await t.api.post("/v1/charges/\(id)/payments", json)
            #expect(first.status == .created, "\(first.text)")
            let payment = try first.json()
            let paymentID = try #require(payment["id"]?.string)
            #expect(paymentID.hasPrefix("pay_"))
            #expect(payment["object"]?.string == "payment")
            #expect(payment["charge_id"]?.string == id)
            #expect(payment["customer_id"]?.string == customer)
            #expect(payment["amount"] == money(10_000, "R$ 100,00"))
            #expect(payment["principal"] == money(10_000, "R$ 100,00"))
            #expect(payment["fee"] == money(150, "R$ 1,50"))
            #expect(payment["source"]?.string == "manual")
            #expect(payment["paid_on"]?.string == "2026-03-02")

            let second = try await t.api.post("/v1/charges/\(id)/payments", json)
            #expect(second.status == .created)
            #expect(try second.json()["id"]?.string == paymentID)
            #expect(try await t.payments(of: id).count == 1)
            #expect(try await t.charge(id)?.status == .paid)
            #expect(try await t.charge(id)?.paidPrincipal == Money(centavos: 10_000))

            // Refused: future date, zero amount, unknown charge — nothing written.
            try await t.api.post("/v1/charges/\(id)/payments", #"{"amount":100,"paid_on":"2026-03-03"}"#)
                .expectProblem(.unprocessableContent, "validation-error", field: "paid_on")
            try await t.api.post("/v1/charges/\(id)/payments", #"{"amount":0,"paid_on":"2026-03-02"}"#)
                .expectProblem(.unprocessableContent, "validation-error", field: "amount")
            try await t.api.post("/v1/charges/chg_nothing/payments", #"{"amount":100,"paid_on":"2026-03-02"}"#)
                .expectProblem(.notFound, "not-found")
            #expect(try await t.payments(of: id).count == 1)
        }
    }

    @Test func paymentsAreListedAndRead() async throws {
        try await withAPI { t in
            let ana = try await t.api.createCustomer(named: "Ana")
            let bia = try await t.api.createCustomer(named: "Bia")
            let a = try #require(try await t.api.createCharge(customer: ana, amount: 10_000)["id"]?.string)
            let b = try #require(try await t.api.createCharge(customer: bia, amount: 10_000)["id"]?.string)
            var ids: [String] = []
            for (charge, amount) in [(a, 1000), (a, 2000), (b, 3000)] {
                let response = try await t.api.post("/v1/charges/\(charge)/payments", #"{"amount":\#(amount),"paid_on":"2026-03-02"}"#)
                #expect(response.status == .created, "\(response.text)")
                ids.append(try response.id())
                t.clock.advance(by: 1)
            }

            #expect(try await t.api.get("/v1/payments").listIDs() == ids)
            #expect(try await t.api.get("/v1/payments?charge_id=\(a)").listIDs() == Array(ids[0..<2]))
            #expect(try await t.api.get("/v1/payments?customer_id=\(bia)").listIDs() == [ids[2]])
            #expect(try await t.api.get("/v1/payments?paid_from=2026-03-03").listIDs() == [])
            let page = try await t.api.get("/v1/payments?limit=2").json()
            #expect(page["has_more"]?.bool == true)
            let cursor = try #require(page["next_cursor"]?.string)
            #expect(try await t.api.get("/v1/payments?limit=2&starting_after=\(cursor)").listIDs() == [ids[2]])

            let one = try await t.api.get("/v1/payments/\(ids[1])")
            #expect(one.status == .ok)
            #expect(try one.json()["amount"]?["centavos"]?.int == 2000)
            #expect(try one.json()["charge_id"]?.string == a)
            try await t.api.get("/v1/payments/pay_nothing").expectProblem(.notFound, "not-found")
        }
    }

    @Test func eventsAreListedByTypeAndRead() async throws {
        try await withAPI { t in
            let ana = try await t.api.createCustomer(named: "Ana")
            let charge = try #require(try await t.api.createCharge(customer: ana, amount: 10_000)["id"]?.string)
            #expect(try await t.api.post("/v1/charges/\(charge)/payments", #"{"amount":10000,"paid_on":"2026-03-02"}"#).status == .created)

            let all = try await t.api.get("/v1/events").json()
            let types = (all["data"]?.array ?? []).compactMap { $0["type"]?.string }
            #expect(types == ["customer.created", "charge.created", "charge.paid", "payment.created"])

            let created = try await t.api.get("/v1/events?type=charge.created").json()
            let data = try #require(created["data"]?.array)
            #expect(data.count == 1)
            let event = try #require(data.first)
            #expect(event["object"]?.string == "event")
            #expect(event["charge_id"]?.string == charge)
            #expect(event["customer_id"]?.string == ana)
            #expect(event["data"]?.object?.isEmpty == false)

            let two = try await t.api.get("/v1/events?type=customer.created,payment.created").json()
            #expect((two["data"]?.array ?? []).compactMap { $0["type"]?.string } == ["customer.created", "payment.created"])
            let byCharge = try await t.api.get("/v1/events?charge_id=\(charge)").json()
            #expect((byCharge["data"]?.array ?? []).count == 3)

            let eventID = try #require(event["id"]?.string)
            let one = try await t.api.get("/v1/events/\(eventID)")
            #expect(one.status == .ok)
            #expect(try one.json() == event)
            try await t.api.get("/v1/events/evt_nothing").expectProblem(.notFound, "not-found")
            try await t.api.get("/v1/events?type=charge.exploded").expectProblem(.badRequest, "invalid-parameter", field: "type")
        }
    }

    @Test func theCustomerDecidesWhetherAChargeMayBeCreated() async throws {
        try await withAPI { t in
            let lead = try #require(try await t.api.createCustomer(#"{"name":"Lia","status":"lead"}"#)["id"]?.string)
            try await t.api.createCharge(customer: lead, amount: 1000)
            // The first sale makes a lead active.
            #expect(try await t.api.get("/v1/customers/\(lead)").json()["status"]?.string == "active")

            let inactive = try #require(try await t.api.createCustomer(#"{"name":"Ivo","status":"inactive"}"#)["id"]?.string)
            try await t.api.post(
                "/v1/charges", #"{"customer_id":"\#(inactive)","description":"x","amount":100,"due_date":"2026-03-10"}"#
            ).expectProblem(.conflict, "invalid-transition")
            // A consumer's multa may not exceed 2 % (CDC art. 52).
            try await t.api.post(
                "/v1/charges",
                #"{"customer_id":"\#(lead)","description":"x","amount":100,"due_date":"2026-03-10","fine_basis_points":1000}"#
            ).expectProblem(.unprocessableContent, "validation-error")
            #expect(try await t.chargeCount() == 1)
        }
    }

    @Test func theLargestAmountTheContractAllowsIsAccepted() async throws {
        try await withAPI { t in
            let customer = try await t.api.createCustomer(named: "Ana")
            let largest = try await t.api.createCharge(customer: customer, amount: 99_999_999_999)
            #expect(largest["amount"] == money(99_999_999_999, "R$ 999.999.999,99"))
            try await t.api.post(
                "/v1/charges",
                #"{"customer_id":"\#(customer)","description":"x","amount":100000000000,"due_date":"2026-03-10"}"#
            ).expectProblem(.unprocessableContent, "validation-error", field: "amount")
            #expect(try await t.chargeCount() == 1)
        }
    }

    @Test func aPaymentOnACanceledChargeIs409AndWritesNothing() async throws {
        try await withAPI { t in
            let customer = try await t.api.createCustomer(named: "Ana")
            let id = try #require(try await t.api.createCharge(customer: customer, amount: 10_000)["id"]?.string)
            #expect(try await t.api.post("/v1/charges/\(id)/cancel").status == .ok)
            try await t.api.post("/v1/charges/\(id)/payments", #"{"amount":10000,"paid_on":"2026-03-02","reference":"R-1"}"#)
                .expectProblem(.conflict, "invalid-transition")
            #expect(try await t.payments(of: id).isEmpty)
            #expect(try await t.charge(id)?.status == .canceled)
            #expect(try await t.api.get("/v1/payments").listIDs().isEmpty)
        }
    }

    @Test func theReasonOfAChangeIsAudited() async throws {
        try await withAPI { t in
            let customer = try await t.api.createCustomer(named: "Ana")
            let id = try #require(try await t.api.createCharge(customer: customer, amount: 10_000)["id"]?.string)
            let moved = try await t.api.patch("/v1/charges/\(id)", #"{"due_date":"2026-03-31","reason":"pedido do cliente"}"#)
            #expect(moved.status == .ok)
            let audit = try await t.audit("charge", id)
            #expect(audit.map(\.action) == ["charge.created", "charge.updated"])
            #expect(audit.last?.after?.contains(#""change_reason":"pedido do cliente""#) == true)
        }
    }
}
