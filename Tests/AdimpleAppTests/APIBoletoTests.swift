import AdimpleCore
import AdimpleStore
import BoletoKit
import BrazilKit
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

/// The boleto endpoints: the boleto of a charge, its PDF read back by a real reader, the 2ª
/// via, the carnê and verification.
@Suite struct APIBoletoTests {
    /// The company and an Itaú account with a Pix key, as `adimple company set` and
    /// `adimple bank-account add` make them.
    static func configure(_ t: APITestContext) async throws {
        let context = ServiceContext(store: t.store, clock: t.clock, ids: TimeOrderedIDGenerator(clock: t.clock, seed: 3))
        let settings = CompanySettingsService(context)
        try await settings.saveCompany(
            CompanyProfile(
                legalName: "Padaria Pão Quente Ltda", document: try TaxID(APITest.cnpjPadaria),
                address: Address(
                    street: "Rua Augusta", number: "500", district: "Consolação", city: "São Paulo", state: "SP",
                    cep: try CEP("01304-000"))),
            by: .system)
        _ = try await settings.addAccount(
            label: "Itaú", agreement: .itau(agencia: "0057", conta: "12345", carteira: "109"),
            pixKey: "11222333000181", makeDefault: true, by: .system)
    }

    /// A customer with document and address, as boletos need.
    static func payer(_ t: APITestContext, document: String = APITest.cpfMaria) async throws -> String {
        let body = try await t.api.createCustomer(
            #"{"name":"Maria Souza","document":"\#(document)","address":{"street":"Rua das Flores","number":"10","district":"Centro","city":"Campinas","state":"SP","cep":"13010-000"}}"#
        )
        return try #require(body["id"]?.string)
    }

    @Test func aBoletoChargeHasItsBoletoAndAPDFThatARealReaderDecodes() async throws {
        try await withAPI { t in
            try await Self.configure(t)
            let charge = try await t.api.createCharge(customer: try await Self.payer(t), amount: 15_990, due: "2026-03-16")
            let id = try #require(charge["id"]?.string)

            let response = try await t.api.get("/v1/charges/\(id)/boleto")
            #expect(response.status == .ok, "\(response.text)")
            let body = try response.json()
            let boleto = try #require(body["boleto"])
            let barcode = try #require(boleto["barcode"]?.string)
            #expect(barcode.count == 44)
            #expect(barcode.hasPrefix("3419"))
            #expect(boleto["nosso_numero"]?.string == "109/00000001-\(try #require(boleto["nosso_numero"]?.string?.last))")
            #expect(boleto["linha_digitavel"]?.string == (try LinhaDigitavel(barcode: Barcode(barcode)).formatted))
            #expect(boleto["amount"]?["centavos"]?.int == 15_990)
            #expect(boleto["due_date"]?.string == "2026-03-16")
            #expect(boleto["kind"]?.string == "original")
            let pix = try #require(boleto["pix_copia_e_cola"]?.string)
            #expect(body["history"]?.array?.count == 1)
            #expect(body["pdf_url"]?.string == "/v1/charges/\(id)/boleto.pdf")

            let pdf = try await t.api.get("/v1/charges/\(id)/boleto.pdf")
            #expect(pdf.status == .ok)
            #expect(pdf.headers[.contentType] == "application/pdf")
            let bytes = Array(pdf.body.readableBytesView)
            #expect(bytes.starts(with: Array("%PDF-".utf8)))
            let symbols = try PDFReader.symbols(in: bytes)
            #expect(symbols.contains(.init(kind: "I2/5", text: barcode)), "\(symbols)")
            #expect(symbols.contains(.init(kind: "QR-Code", text: pix)), "\(symbols)")
        }
    }

    @Test func aChargeWithoutBoletoIsA404OfItsOwnType() async throws {
        try await withAPI { t in
            try await Self.configure(t)
            let charge = try await t.api.createCharge(customer: try await Self.payer(t), amount: 1_000, method: "pix")
            let id = try #require(charge["id"]?.string)
            for path in ["/v1/charges/\(id)/boleto", "/v1/charges/\(id)/boleto.pdf"] {
                let response = try await t.api.get(path)
                #expect(response.status == .notFound)
                #expect(try response.json()["type"]?.string == APITest.problemBase + "no-boleto")
            }
            #expect(try await t.api.get("/v1/charges/chg_nope/boleto").status == .notFound)
        }
    }

    @Test func aPayerWithoutAddressIsRefusedNamingTheField() async throws {
        try await withAPI { t in
            try await Self.configure(t)
            let customer = try await t.api.createCustomer(#"{"name":"Sem Endereço","document":"\#(APITest.cpfJose)"}"#)
            let response = try await t.api.post(
                "/v1/charges",
                #"{"customer_id":"\#(try #require(customer["id"]?.string))","description":"x","amount":1000,"due_date":"2026-03-10"}"#)
            #expect(response.status.code == 422)
            let fields = try response.json()["errors"]?.array?.compactMap { $0["field"]?.string }
            #expect(fields == ["customer.address"])
            #expect(try await t.chargeCount() == 0)
        }
    }

    @Test func segundaViaUpdatesTheAmountToTheChosenDate() async throws {
        try await withAPI { t in
            try await Self.configure(t)
            let charge = try await t.api.createCharge(customer: try await Self.payer(t), amount: 100_000, due: "2026-03-10")
            let id = try #require(charge["id"]?.string)
            t.clock.advance(days: 28)  // Monday 2026-03-30
            let response = try await t.api.post(
                "/v1/charges/\(id)/boleto/segunda-via", #"{"date":"2026-03-31"}"#, idempotencyKey: "via-1")
            #expect(response.status == .created, "\(response.text)")
            let via = try response.json()
            #expect(via["kind"]?.string == "segunda_via")
            #expect(via["fine"]?["centavos"]?.int == 2_000)
            #expect(via["interest"]?["centavos"]?.int == 700)
            #expect(via["amount"]?["centavos"]?.int == 102_700)
            let boleto = try await t.api.get("/v1/charges/\(id)/boleto").json()
            #expect(boleto["boleto"]?["id"] == via["id"])
            #expect(boleto["history"]?[0]?["status"]?.string == "superseded")

            let weekend = try await t.api.post("/v1/charges/\(id)/boleto/segunda-via", #"{"date":"2026-04-04"}"#)
            #expect(weekend.status.code == 422)
            #expect(try weekend.json()["errors"]?[0]?["field"]?.string == "date")
        }
    }

    @Test func verifySaysGenuineTamperedOrInvalid() async throws {
        try await withAPI { t in
            try await Self.configure(t)
            let charge = try await t.api.createCharge(customer: try await Self.payer(t), amount: 50_000)
            let id = try #require(charge["id"]?.string)
            let boleto = try await t.api.get("/v1/charges/\(id)/boleto").json()["boleto"]
            let linha = try #require(boleto?["linha_digitavel"]?.string)

            let genuine = try await t.api.post("/v1/boletos/verify", #"{"code":"\#(linha)"}"#).json()
            #expect(genuine["verdict"]?.string == "genuine")
            #expect(genuine["charge_id"]?.string == id)
            #expect(genuine["beneficiary_name"]?.string == "Padaria Pão Quente Ltda")
            #expect(genuine["reading"]?["payable"]?.bool == true)

            let foreign = "34191.10121 34567.880058 71234.570001 6 16670000012345"
            let claimed = try await t.api.post("/v1/boletos/verify", #"{"code":"\#(foreign)","charge_id":"\#(id)"}"#).json()
            #expect(claimed["verdict"]?.string == "tampered")

            var digits = Array(linha.filter(\.isNumber))
            digits[20] = digits[20] == "5" ? "6" : "5"
            let invalid = try await t.api.post("/v1/boletos/verify", #"{"code":"\#(String(digits))"}"#).json()
            #expect(invalid["verdict"]?.string == "invalid")
            #expect(invalid["reading"]?["checks"]?["field2"]?["valid"]?.bool == false)

            let short = try await t.api.post("/v1/boletos/verify", #"{"code":"1234"}"#).json()
            #expect(short["verdict"]?.string == "invalid")
            #expect(short["reading"]?["kind"]?.string == "unknown")
        }
    }

    @Test func aCarnePutsThreeInstallmentsOnAPage() async throws {
        try await withAPI { t in
            try await Self.configure(t)
            let customer = try await Self.payer(t)
            var ids: [String] = []
            for month in 4...7 {
                let charge = try await t.api.createCharge(customer: customer, amount: 25_000, due: "2026-0\(month)-10")
                ids.append(try #require(charge["id"]?.string))
            }
            let all = try await t.api.get("/v1/customers/\(customer)/carne.pdf")
            #expect(all.status == .ok)
            #expect(try PDFReader.pageCount(Array(all.body.readableBytesView)) == 2)
            let some = try await t.api.get("/v1/customers/\(customer)/carne.pdf?charge_id=\(ids[0])&charge_id=\(ids[1])")
            #expect(some.status == .ok)
            let symbols = try PDFReader.symbols(in: Array(some.body.readableBytesView))
            #expect(symbols.filter { $0.kind == "I2/5" }.count == 2, "\(symbols)")
            let other = try await Self.payer(t, document: APITest.cpfJose)
            let wrong = try await t.api.get("/v1/customers/\(other)/carne.pdf?charge_id=\(ids[0])")
            #expect(wrong.status.code == 422)
        }
    }
}
