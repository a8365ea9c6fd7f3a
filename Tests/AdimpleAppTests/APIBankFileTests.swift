import AdimpleCore
import AdimpleStore
import BoletoKit
import BrazilKit
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

/// Bank files through the API: a retorno uploaded and applied once, a refused one, the file
/// kept and downloadable, the exceptions queue resolved and dismissed, the remessa.
@Suite struct APIBankFileTests {
    /// brcobranca's Banco do Brasil CNAB240.RET with its first título rewritten to pay our
    /// first boleto (convênio 1449957, sequence 1) R$ 344,00 on 2026-03-05.
    static func retorno() throws -> [UInt8] {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        var url = root.appendingPathComponent("../shared/fixtures/cnab/brcobranca/CNAB240.RET").standardizedFileURL
        if !FileManager.default.fileExists(atPath: url.path) {
            url = URL(fileURLWithPath: "/work/shared/fixtures/cnab/brcobranca/CNAB240.RET")
        }
        var bytes = [UInt8](try Data(contentsOf: url))
        func put(line index: Int, at column: Int, _ text: String) {
            var start = 0
            for _ in 0..<index { start = bytes[start...].firstIndex(of: 0x0A)! + 1 }
            for (offset, byte) in text.utf8.enumerated() { bytes[start + column - 1 + offset] = byte }
        }
        put(line: 2, at: 38, "14499570000000001   ")
        put(line: 3, at: 138, "0503202606032026")
        return bytes
    }

    static func configure(_ t: APITestContext) async throws -> BankAccount {
        try await APIBoletoTests.configure(t)
        let context = ServiceContext(store: t.store, clock: t.clock, ids: TimeOrderedIDGenerator(clock: t.clock, seed: 5))
        return try await CompanySettingsService(context).addAccount(
            label: "BB", agreement: .bancoDoBrasil(agencia: "1234", conta: "00005432", convenio: "1449957", carteira: "17"),
            pixKey: nil, makeDefault: true, by: .system)
    }

    func upload(_ t: APITestContext, _ bytes: [UInt8], key: String? = nil) async throws -> APIResponse {
        var headers: HTTPFields = [:]
        if let key { headers[APIHeaders.idempotencyKey] = key }
        return try await t.api.send(
            .post, "/v1/imports/retornos?file_name=CNAB240.RET", body: ByteBuffer(bytes: bytes),
            contentType: "application/octet-stream", headers: headers)
    }

    @Test func aRetornoIsAppliedOnceAndKept() async throws {
        try await withAPI { t in
            let account = try await Self.configure(t)
            let charge = try await t.api.createCharge(customer: try await APIBoletoTests.payer(t), amount: 34_400)
            let id = try #require(charge["id"]?.string)
            t.clock.advance(days: 5)
            let bytes = try Self.retorno()

            let first = try await upload(t, bytes)
            #expect(first.status == .ok, "\(first.text)")
            let report = try first.json()
            #expect(report["titulos"]?.int == 35)
            #expect(report["payments_created"]?.int == 1)
            #expect(report["received"]?["centavos"]?.int == 34_400)
            #expect(report["refused"]?.bool == false)
            let fileID = try #require(report["file_id"]?.string)
            #expect(try await t.charge(id)?.status == .paid)

            let again = try await upload(t, bytes).json()
            #expect(again["duplicate_of"]?.string == fileID)
            #expect(again["alreadyApplied"]?.int == 35)
            #expect(try await t.payments(of: id).count == 1)

            let file = try await t.api.get("/v1/bank_files/\(fileID)").json()
            #expect(file["kind"]?.string == "retorno")
            #expect(file["bank_account_id"]?.string == account.id.rawValue)
            let content = try await t.api.get("/v1/bank_files/\(fileID)/content")
            #expect(Array(content.body.readableBytesView) == bytes)

            // The queue: money for nosso números we never issued.
            let queue = try await t.api.get("/v1/reconciliation_exceptions?status=open&limit=100").json()
            let items = try #require(queue["data"]?.array)
            #expect(!items.isEmpty)
            #expect(items.allSatisfy { $0["kind"]?.string == "unknown_nosso_numero" })
            let dismissID = try #require(items[0]["id"]?.string)
            let dismissed = try await t.api.post(
                "/v1/reconciliation_exceptions/\(dismissID)/dismiss", #"{"reason":"título de outra empresa"}"#)
            #expect(dismissed.status == .ok)
            #expect(try dismissed.json()["status"]?.string == "dismissed")
            let twice = try await t.api.post("/v1/reconciliation_exceptions/\(dismissID)/dismiss", #"{"reason":"de novo"}"#)
            #expect(twice.status == .conflict)

            let other = try await t.api.createCharge(customer: try await APIBoletoTests.payer(t, document: APITest.cpfJose), amount: 50_000)
            let otherID = try #require(other["id"]?.string)
            let resolveID = try #require(items[1]["id"]?.string)
            let resolved = try await t.api.post(
                "/v1/reconciliation_exceptions/\(resolveID)/resolve", #"{"charge_id":"\#(otherID)"}"#)
            #expect(resolved.status == .ok, "\(resolved.text)")
            #expect(try resolved.json()["status"]?.string == "resolved")
            #expect(try await t.payments(of: otherID).count == 1)
        }
    }

    @Test func aTruncatedRetornoIsA422NamingTheLineAndNothingIsApplied() async throws {
        try await withAPI { t in
            _ = try await Self.configure(t)
            let charge = try await t.api.createCharge(customer: try await APIBoletoTests.payer(t), amount: 34_400)
            t.clock.advance(days: 5)
            let bytes = try Self.retorno()
            let cut = Array(bytes.prefix(bytes.count - 300))
            let response = try await upload(t, cut)
            #expect(response.status.code == 422)
            let problem = try response.json()
            #expect(problem["type"]?.string == APITest.problemBase + "invalid-file")
            #expect(problem["errors"]?[0]?["field"]?.string?.hasPrefix("line ") == true)
            #expect(try await t.charge(try #require(charge["id"]?.string))?.status == .open)
            let files = try await t.api.get("/v1/bank_files?kind=retorno").json()
            #expect(files["data"]?[0]?["status"]?.string == "refused")
        }
    }

    @Test func theRemessaOfAnAccountIsWrittenOnceAndDownloadable() async throws {
        try await withAPI { t in
            let account = try await Self.configure(t)
            _ = try await t.api.createCharge(customer: try await APIBoletoTests.payer(t), amount: 12_000)
            let response = try await t.api.post("/v1/bank_accounts/\(account.id.rawValue)/remessas", idempotencyKey: "rem-1")
            #expect(response.status == .created, "\(response.text)")
            let file = try response.json()
            #expect(file["kind"]?.string == "remessa")
            #expect(file["nsa"]?.int == 1)
            let bytes = try await t.api.get(try #require(file["content_url"]?.string))
            #expect(bytes.body.readableBytesView.starts(with: Array("001".utf8)))
            let nothing = try await t.api.post("/v1/bank_accounts/\(account.id.rawValue)/remessas")
            #expect(nothing.status == .conflict)
        }
    }
}
