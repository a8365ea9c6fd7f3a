import AdimpleCore
import AdimpleStore
import BrazilKit
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

/// Every bad request gets the right 4xx with problem details — never a 500 — and writes
/// nothing.
@Suite struct APIBadInputTests {
    @Test func malformedJSONIs400() async throws {
        try await withAPI { t in
            for text in [#"{"name": "Ana""#, "name=Ana", "[1, 2", "\u{FEFF}{"] {
                let response = try await t.api.post("/v1/customers", text)
                try response.expectProblem(.badRequest, "invalid-body")
            }
            let body = try await t.api.post("/v1/customers", #"{"name": "Ana""#).expectProblem(.badRequest, "invalid-body")
            #expect(body["detail"]?.string?.contains("not valid JSON") == true, "\(body)")
            #expect(try await t.customerCount() == 0)
        }
    }

    @Test func aMissingOrEmptyBodyIs400() async throws {
        try await withAPI { t in
            let empty = try await t.api.post("/v1/customers", "")
            #expect(empty.status == .badRequest, "\(empty.text)")
            #expect(empty.contentType?.hasPrefix("application/problem+json") == true)
            let none = try await t.api.post("/v1/customers")
            #expect((400..<500).contains(none.status.code), "\(none.status.code): \(none.text)")
            #expect(none.contentType?.hasPrefix("application/problem+json") == true)
            #expect(try await t.customerCount() == 0)
        }
    }

    @Test func wrongTypesAre400NamingTheField() async throws {
        try await withAPI { t in
            let customer = try await t.api.createCustomer(named: "Ana")
            try await t.api.post("/v1/customers", #"{"name": 5}"#).expectProblem(.badRequest, "invalid-body", field: "name")
            try await t.api.post("/v1/customers", #"{"name": "Ana", "emails": "ana@example.com"}"#)
                .expectProblem(.badRequest, "invalid-body", field: "emails")
            // A value outside the contract's enum is a 422, like any value out of bounds.
            try await t.api.post("/v1/customers", #"{"name": "Ana", "kind": "alien"}"#)
                .expectProblem(.unprocessableContent, "validation-error", field: "kind")
            try await t.api.post("/v1/customers", #"{"name": null}"#).expectProblem(.badRequest, "invalid-body", field: "name")
            try await t.api.post("/v1/customers", "{}").expectProblem(.badRequest, "invalid-body", field: "name")
            try await t.api.post("/v1/customers", #"["Ana"]"#).expectProblem(.badRequest, "invalid-body")
            try await t.api.post(
                "/v1/charges", #"{"customer_id":"\#(customer)","description":"x","amount":"100,00","due_date":"2026-03-10"}"#
            ).expectProblem(.badRequest, "invalid-body", field: "amount")
            try await t.api.post(
                "/v1/charges", #"{"customer_id":"\#(customer)","description":"x","amount":100.5,"due_date":"2026-03-10"}"#
            ).expectProblem(.badRequest, "invalid-body", field: "amount")
            try await t.api.patch("/v1/customers/\(customer)", #"{"tags": [1, 2]}"#)
                .expectProblem(.badRequest, "invalid-body", field: "tags[0]")
            #expect(try await t.customerCount() == 1)
            #expect(try await t.chargeCount() == 0)
        }
    }

    @Test func unknownFieldsAreRefused() async throws {
        try await withAPI { t in
            let customer = try await t.api.createCustomer(named: "Ana")
            let top = try await t.api.post("/v1/customers", #"{"name":"Ana","nome":"Ana"}"#).expectProblem(.badRequest, "invalid-body")
            #expect(top["detail"]?.string?.contains("nome") == true, "\(top)")
            let nested = try await t.api.post("/v1/customers", #"{"name":"Bia","address":{"rua":"X"}}"#)
                .expectProblem(.badRequest, "invalid-body")
            #expect(nested["detail"]?.string?.contains("rua") == true, "\(nested)")
            try await t.api.post(
                "/v1/charges",
                #"{"customer_id":"\#(customer)","description":"x","amount":100,"due_date":"2026-03-10","valor":100}"#
            ).expectProblem(.badRequest, "invalid-body")
            try await t.api.patch("/v1/customers/\(customer)", #"{"nmae":"Ana Maria"}"#).expectProblem(.badRequest, "invalid-body")
            try await t.api.post("/v1/webhook_endpoints", #"{"url":"https://8.8.8.8/x","secret":"mine"}"#)
                .expectProblem(.badRequest, "invalid-body")
            #expect(try await t.customerCount() == 1)
            #expect(try await t.customer(customer)?.name == "Ana")
            #expect(try await t.chargeCount() == 0)
            #expect(try await t.webhookEndpoints().isEmpty)
        }
    }

    @Test func aBodyOverOneMebibyteIs413() async throws {
        try await withAPI { t in
            let notes = String(repeating: "a", count: 1 << 20)
            let response = try await t.api.post("/v1/customers", #"{"name":"Ana","notes":"\#(notes)"}"#)
            try response.expectProblem(.contentTooLarge, "body-too-large")
            let customer = try await t.api.createCustomer(named: "Bia")
            try await t.api.patch("/v1/customers/\(customer)", #"{"notes":"\#(notes)"}"#)
                .expectProblem(.contentTooLarge, "body-too-large")
            #expect(try await t.customerCount() == 1)
            #expect(try await t.customer(customer)?.notes == nil)
            // Just under the limit is read (and refused for its length, not its size).
            let under = String(repeating: "a", count: (1 << 20) - 100)
            try await t.api.post("/v1/customers", #"{"name":"Ana","notes":"\#(under)"}"#)
                .expectProblem(.unprocessableContent, "validation-error", field: "notes")
            #expect(try await t.customerCount() == 1)
        }
    }

    @Test func anInvalidCPFOrCNPJIs422NamingDocument() async throws {
        try await withAPI { t in
            for document in ["529.982.247-24", "111.111.111-11", "11.222.333/0001-82", "123", "abc.def.ghi-jk"] {
                let body = try await t.api.post("/v1/customers", #"{"name":"Ana","document":"\#(document)"}"#)
                    .expectProblem(.unprocessableContent, "validation-error", field: "document")
                #expect(body["errors"]?[0]?["reason"]?.string?.isEmpty == false)
            }
            // Every invalid field is named at once.
            let many = try await t.api.post(
                "/v1/customers", #"{"name":"Ana","document":"529.982.247-24","emails":["not-an-email"]}"#
            ).expectProblem(.unprocessableContent, "validation-error", field: "document")
            let fields = (many["errors"]?.array ?? []).compactMap { $0["field"]?.string }
            #expect(fields.count >= 2, "\(fields)")
            #expect(try await t.customerCount() == 0)
        }
    }

    @Test func aZeroOrNegativeAmountIs422() async throws {
        try await withAPI { t in
            let customer = try await t.api.createCustomer(named: "Ana")
            for amount in [0, -100] {
                try await t.api.post(
                    "/v1/charges",
                    #"{"customer_id":"\#(customer)","description":"x","amount":\#(amount),"due_date":"2026-03-10"}"#
                ).expectProblem(.unprocessableContent, "validation-error", field: "amount")
            }
            let charge = try #require(try await t.api.createCharge(customer: customer, amount: 1000)["id"]?.string)
            for amount in [0, -100] {
                try await t.api.post("/v1/charges/\(charge)/payments", #"{"amount":\#(amount),"paid_on":"2026-03-02"}"#)
                    .expectProblem(.unprocessableContent, "validation-error", field: "amount")
            }
            try await t.api.post("/v1/charges/\(charge)/payments", #"{"amount":100,"paid_on":"2026-03-02","fee":-1}"#)
                .expectProblem(.unprocessableContent, "validation-error", field: "fee")
            try await t.api.patch("/v1/charges/\(charge)", #"{"amount":-5}"#)
                .expectProblem(.unprocessableContent, "validation-error", field: "amount")
            #expect(try await t.chargeCount() == 1)
            #expect(try await t.payments(of: charge).isEmpty)
            #expect(try await t.charge(charge)?.amount.centavos == 1000)
        }
    }

    @Test func chargeCreateRefusesBadFieldsNamingThem() async throws {
        try await withAPI { t in
            let customer = try await t.api.createCustomer(named: "Ana")
            try await t.api.post(
                "/v1/charges", #"{"customer_id":"cus_nothing","description":"x","amount":100,"due_date":"2026-03-10"}"#
            ).expectProblem(.unprocessableContent, "validation-error", field: "customer_id")
            try await t.api.post(
                "/v1/charges", #"{"customer_id":"\#(customer)","description":"x","amount":100,"due_date":"2026-02-28"}"#
            ).expectProblem(.unprocessableContent, "validation-error", field: "due_date")
            try await t.api.post(
                "/v1/charges", #"{"customer_id":"\#(customer)","description":"x","amount":100,"due_date":"2026-02-30"}"#
            ).expectProblem(.unprocessableContent, "validation-error", field: "due_date")
            try await t.api.post(
                "/v1/charges", #"{"customer_id":"\#(customer)","description":"","amount":100,"due_date":"2026-03-10"}"#
            ).expectProblem(.unprocessableContent, "validation-error", field: "description")
            try await t.api.post(
                "/v1/charges",
                #"{"customer_id":"\#(customer)","description":"x","amount":100,"due_date":"2026-03-10","fine_basis_points":20000}"#
            ).expectProblem(.unprocessableContent, "validation-error", field: "fine_basis_points")
            try await t.api.post(
                "/v1/charges", #"{"customer_id":"\#(customer)","description":"x","amount":100,"due_date":"2026-03-10","method":"cash"}"#
            ).expectProblem(.unprocessableContent, "validation-error", field: "method")
            #expect(try await t.chargeCount() == 0)
        }
    }

    @Test func unknownIDsAre404() async throws {
        try await withAPI { t in
            for path in [
                "/v1/customers/cus_nothing", "/v1/customers/cus_nothing/history", "/v1/charges/chg_nothing",
                "/v1/payments/pay_nothing", "/v1/events/evt_nothing", "/v1/webhook_endpoints/whe_nothing",
                "/v1/webhook_endpoints/whe_nothing/deliveries", "/v1/webhook_deliveries/whd_nothing",
            ] {
                let body = try await t.api.get(path).expectProblem(.notFound, "not-found")
                #expect(body["detail"]?.string?.contains("nothing") == true, "\(path): \(body)")
            }
            try await t.api.delete("/v1/webhook_endpoints/whe_nothing").expectProblem(.notFound, "not-found")
            try await t.api.post("/v1/webhook_deliveries/whd_nothing/replay").expectProblem(.notFound, "not-found")
            // An unknown route under /v1 is a 404 problem too.
            let route = try await t.api.get("/v1/nothing-here")
            #expect(route.status == .notFound)
        }
    }

    @Test func aLimitOutside1To100Is400() async throws {
        try await withAPI { t in
            for path in ["/v1/customers", "/v1/charges", "/v1/payments", "/v1/events", "/v1/webhook_endpoints"] {
                for limit in ["0", "101", "-1"] {
                    try await t.api.get("\(path)?limit=\(limit)").expectProblem(.badRequest, "invalid-parameter", field: "limit")
                }
                #expect(try await t.api.get("\(path)?limit=100").status == .ok)
                #expect(try await t.api.get("\(path)?limit=1").status == .ok)
            }
            try await t.api.get("/v1/customers/search?q=ana&limit=101").expectProblem(.badRequest, "invalid-parameter", field: "limit")
            let text = try await t.api.get("/v1/customers?limit=ten")
            #expect(text.status == .badRequest, "\(text.text)")
            #expect(text.contentType?.hasPrefix("application/problem+json") == true)
        }
    }

    @Test func aBadDateInAFilterIs400() async throws {
        try await withAPI { t in
            for query in ["due_from=2026-13-01", "due_to=01/03/2026", "due_from=yesterday", "due_to=2026-02-30"] {
                let field = String(query.prefix { $0 != "=" })
                try await t.api.get("/v1/charges?\(query)").expectProblem(.badRequest, "invalid-parameter", field: field)
                try await t.api.get("/v1/exports/charges?\(query)").expectProblem(.badRequest, "invalid-parameter", field: field)
            }
            try await t.api.get("/v1/payments?paid_from=2026-3-1").expectProblem(.badRequest, "invalid-parameter", field: "paid_from")
            try await t.api.get("/v1/payments?paid_to=x").expectProblem(.badRequest, "invalid-parameter", field: "paid_to")
        }
    }

    @Test func anUnknownEnumValueInAFilterIs400() async throws {
        try await withAPI { t in
            for path in ["/v1/customers?status=gone", "/v1/customers?kind=robot", "/v1/charges?status=lost",
                "/v1/charges?method=cash", "/v1/events?type=charge.exploded"]
            {
                let response = try await t.api.get(path)
                #expect(response.status == .badRequest, "\(path): \(response.status.code) \(response.text)")
                #expect(response.contentType?.hasPrefix("application/problem+json") == true, "\(path)")
            }
        }
    }

    @Test func anUndeclaredMethodIs405AndAWrongContentType415() async throws {
        try await withAPI { t in
            let put = try await t.api.send(.put, "/v1/customers", body: ByteBuffer(string: #"{"name":"Ana"}"#))
            try put.expectProblem(.methodNotAllowed, "method-not-allowed")
            #expect(put.headers[.allow] == "GET, POST")
            let text = try await t.api.send(
                .post, "/v1/customers", body: ByteBuffer(string: #"{"name":"Ana"}"#), contentType: "text/plain")
            try text.expectProblem(.unsupportedMediaType, "unsupported-media-type")
            let form = try await t.api.send(
                .post, "/v1/customers", body: ByteBuffer(string: "name=Ana"), contentType: "application/x-www-form-urlencoded")
            try form.expectProblem(.unsupportedMediaType, "unsupported-media-type")
            #expect(try await t.customerCount() == 0)
        }
    }
}
