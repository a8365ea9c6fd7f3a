import AdimpleCore
import AdimpleStore
import BrazilKit
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@Suite struct APIFilesTests {
    /// As a Brazilian ERP saves it: Windows-1252, `;`, CRLF.
    private static let customersText = """
        codigo;nome;cpf_cnpj;email;telefone;segmento\r
        C-1;Maria da Conceição;529.982.247-25;maria@example.com;(11) 98765-4321;varejo\r
        C-2;José Pereira;111.444.777-35;jose@pereira.com.br;;atacado\r
        C-3;Padaria Estrela Ltda;11.222.333/0001-81;financeiro@estrela.com.br|contato@estrela.com.br;;varejo\r

        """

    private static func windows1252(_ text: String) throws -> Data {
        let data = try #require(text.data(using: .windowsCP1252))
        #expect(String(data: data, encoding: .utf8) == nil, "use accents: the file must really not be UTF-8")
        return data
    }

    @Test func aDryRunReportsAndWritesNothing() async throws {
        try await withAPI { t in
            let response = try await t.api.upload("/v1/imports/customers?dry_run=true", try Self.windows1252(Self.customersText))
            #expect(response.status == .ok, "\(response.text)")
            let report = try response.json()
            #expect(report["dry_run"]?.bool == true)
            #expect(report["encoding"]?.string == "Windows-1252")
            #expect(report["delimiter"]?.string == ";")
            #expect(report["lines"]?.int == 3)
            #expect(report["rejected"]?.int == 0)
            #expect(report["created"]?.int == 3)  // what a real run would create
            #expect(report["errors"] == .array([]))
            #expect(try await t.customerCount() == 0)
            #expect(try await t.events().isEmpty)
            #expect(try await t.store.read { try await $0.webhooks.pendingOutbox(limit: 10) }.isEmpty)
        }
    }

    @Test func aRealRunImportsAndRunningItAgainChangesNothing() async throws {
        try await withAPI { t in
            let file = try Self.windows1252(Self.customersText)
            let first = try await t.api.upload("/v1/imports/customers", file)
            #expect(first.status == .ok, "\(first.text)")
            let report = try first.json()
            #expect(report["dry_run"]?.bool == false)
            #expect(report["created"]?.int == 3)
            #expect(report["rejected"]?.int == 0)
            #expect(try await t.customerCount() == 3)

            let maria = try #require(try await t.store.read { try await $0.customers.find(externalID: "C-1") })
            #expect(maria.name == "Maria da Conceição")  // the accents survive Windows-1252
            #expect(maria.document?.normalized == "52998224725")
            let padaria = try #require(try await t.store.read { try await $0.customers.find(externalID: "C-3") })
            #expect(padaria.kind == .company)
            #expect(padaria.emails == ["financeiro@estrela.com.br", "contato@estrela.com.br"])
            // The audit names the API key that imported.
            let audit = try await t.audit("customer", maria.id.rawValue)
            #expect(audit.map(\.action) == ["customer.created"])
            #expect(audit.first?.actor == Actor(kind: .apiKey, id: t.key.id.rawValue))

            let second = try await t.api.upload("/v1/imports/customers", file).json()
            #expect(second["created"]?.int == 0)
            #expect(second["updated"]?.int == 0)
            #expect(second["unchanged"]?.int == 3)
            #expect(try await t.customerCount() == 3)
            #expect(try await t.audit("customer", maria.id.rawValue).count == 1)

            // The API sees them.
            #expect(try await t.api.get("/v1/customers?external_id=C-2").listIDs().count == 1)
        }
    }

    @Test func badLinesAreReportedAndSkippedWhileTheGoodOnesImport() async throws {
        try await withAPI { t in
            let text = """
                codigo;nome;cpf_cnpj;email\r
                B-1;Ana Boa;;ana@example.com\r
                B-2;Bia Conceição;529.982.247-24;bia@example.com\r
                B-3;;;\r
                B-4;Caio;;caio@example\r
                B-5;Duda Boa;111.444.777-35;duda@example.com\r

                """
            for dryRun in [true, false] {
                let response = try await t.api.upload("/v1/imports/customers?dry_run=\(dryRun)", try Self.windows1252(text))
                #expect(response.status == .ok, "\(response.text)")
                let report = try response.json()
                #expect(report["dry_run"]?.bool == dryRun)
                #expect(report["lines"]?.int == 5)
                #expect(report["created"]?.int == 2)
                #expect(report["rejected"]?.int == 3)
                let errors = try #require(report["errors"]?.array)
                #expect(Set(errors.compactMap { $0["line"]?.int }) == [3, 4, 5])
                let byLine = Dictionary(grouping: errors) { $0["line"]?.int ?? 0 }
                #expect(byLine[3]?.first?["column"]?.string == "cpf_cnpj")
                #expect(byLine[5]?.first?["column"]?.string == "email")
                #expect(errors.allSatisfy { $0["reason"]?.string?.isEmpty == false })
                #expect(try await t.customerCount() == (dryRun ? 0 : 2))
            }
            let imported = try await t.store.read { session in
                try await ["B-1", "B-2", "B-3", "B-4", "B-5"].asyncFilter { try await session.customers.find(externalID: $0) != nil }
            }
            #expect(imported == ["B-1", "B-5"])
        }
    }

    @Test func aFileThatCannotBeReadAsATableIsRefusedWith422() async throws {
        try await withAPI { t in
            let unknown = try await t.api.upload("/v1/imports/customers", Data("nome;sobrenome\nAna;Lima\n".utf8))
            _ = try unknown.expectProblem(.unprocessableContent, "invalid-file", field: "line 1, column sobrenome")
            let missing = try await t.api.upload("/v1/imports/customers", Data("email\nana@example.com\n".utf8))
            _ = try missing.expectProblem(.unprocessableContent, "invalid-file")
            #expect(try await t.customerCount() == 0)

            let wrongType = try await t.api.upload("/v1/imports/customers", Data("nome\nAna\n".utf8), contentType: "application/json")
            #expect((400..<500).contains(wrongType.status.code), "\(wrongType.status.code) \(wrongType.text)")
            #expect(wrongType.contentType?.hasPrefix("application/problem+json") == true)
            #expect(try await t.customerCount() == 0)
        }
    }

    @Test func csvFilesMayBeLargerThanJSONBodies() async throws {
        try await withAPI { t in
            var text = "codigo;nome\r\n"
            var index = 0
            while text.utf8.count < (1 << 20) + 1000 {
                text += "L-\(index);Cliente número \(index)\r\n"
                index += 1
            }
            let response = try await t.api.upload("/v1/imports/customers?dry_run=true", Data(text.utf8))
            #expect(response.status == .ok, "\(response.status.code)")
            #expect(try response.json()["lines"]?.int == index)
            #expect(try await t.customerCount() == 0)
        }
    }

    @Test func chargesImportTheGoodLinesAndReportTheBadOnes() async throws {
        try await withAPI { t in
            let customer = try await t.api.createCustomer(#"{"name":"Ana","external_id":"C-1"}"#)
            let good = "codigo;cliente;descricao;valor;vencimento\r\nF-1;C-1;Mensalidade;1.234,56;10/03/2026\r\n"
            let bad = good + "F-2;C-9;Mensalidade;10,00;10/03/2026\r\n"
            let checked = try await t.api.upload("/v1/imports/charges?dry_run=true", Data(bad.utf8)).json()
            #expect(checked["created"]?.int == 1)
            #expect(checked["rejected"]?.int == 1)
            #expect(try await t.chargeCount() == 0)
            let partial = try await t.api.upload("/v1/imports/charges", Data(bad.utf8)).json()
            #expect(partial["created"]?.int == 1)
            #expect(partial["rejected"]?.int == 1)
            #expect(partial["errors"]?[0]?["line"]?.int == 3)
            #expect(try await t.chargeCount() == 1)

            let imported = try await t.api.upload("/v1/imports/charges", Data(good.utf8)).json()
            #expect(imported["created"]?.int == 0)
            #expect(imported["unchanged"]?.int == 1)
            let charges = try await t.api.get("/v1/charges?customer_id=\(customer["id"]?.string ?? "")").json()
            #expect(charges["data"]?[0]?["amount"]?["centavos"]?.int == 123_456)
            #expect(charges["data"]?[0]?["external_id"]?.string == "F-1")
        }
    }

    @Test func exportsAnswerCSVWithTheRows() async throws {
        try await withAPI { t in
            let maria = try await t.api.createCustomer(
                #"{"name":"Maria da Conceição","document":"52998224725","external_id":"C-1","emails":["maria@example.com"]}"#)
            let lead = try await t.api.createCustomer(#"{"name":"Bruno Lead","status":"lead"}"#)
            let mariaID = try #require(maria["id"]?.string)
            try await t.api.createCharge(customer: mariaID, amount: 123_456, due: "2026-03-10", method: "pix", extra: #""external_id":"F-1""#)
            let other = try #require(try await t.api.createCharge(customer: mariaID, amount: 500, due: "2026-04-10")["id"]?.string)
            #expect(try await t.api.post("/v1/charges/\(other)/cancel").status == .ok)

            let customers = try await t.api.get("/v1/exports/customers")
            #expect(customers.status == .ok, "\(customers.text)")
            #expect(customers.contentType?.hasPrefix("text/csv") == true, "\(customers.contentType ?? "")")
            #expect(customers.bytes.starts(with: [0xEF, 0xBB, 0xBF]))  // BOM, for Excel
            let customerLines = customers.text.replacingOccurrences(of: "\u{FEFF}", with: "")
                .components(separatedBy: "\r\n").filter { !$0.isEmpty }
            #expect(customerLines.count == 3)
            #expect(customerLines.first?.hasPrefix("codigo;nome;") == true)
            #expect(customerLines.contains { $0.hasPrefix("C-1;Maria da Conceição;;529.982.247-25;PF;maria@example.com") })
            #expect(customerLines.contains { $0.contains("Bruno Lead") && $0.hasSuffix(";lead") })

            let active = try await t.api.get("/v1/exports/customers?status=active")
            #expect(!active.text.contains("Bruno Lead"))
            #expect(active.text.contains("Maria da Conceição"))
            #expect(lead["id"]?.string != nil)

            let charges = try await t.api.get("/v1/exports/charges")
            #expect(charges.status == .ok, "\(charges.text)")
            #expect(charges.contentType?.hasPrefix("text/csv") == true)
            let chargeLines = charges.text.replacingOccurrences(of: "\u{FEFF}", with: "")
                .components(separatedBy: "\r\n").filter { !$0.isEmpty }
            #expect(chargeLines.count == 3)
            #expect(chargeLines.first?.hasPrefix("codigo;cliente;") == true)
            let f1 = try #require(chargeLines.first { $0.hasPrefix("F-1;") })
            #expect(f1.contains(";1234,56;10/03/2026;pix;"))
            #expect(f1.contains(";open;"))

            let open = try await t.api.get("/v1/exports/charges?status=open").text
            #expect(open.contains("F-1;"))
            #expect(!open.contains(other))
            let byDate = try await t.api.get("/v1/exports/charges?due_from=2026-04-01").text
            #expect(byDate.contains(other))
            #expect(!byDate.contains("F-1;"))
        }
    }
}

extension Array {
    func asyncFilter(_ keep: (Element) async throws -> Bool) async rethrows -> [Element] {
        var kept: [Element] = []
        for element in self where try await keep(element) { kept.append(element) }
        return kept
    }
}
