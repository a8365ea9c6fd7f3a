import AdimpleApp
import AdimpleImport
import AdimpleCore
import AdimpleStore
import BrazilKit
import Foundation
import Testing

@Suite struct CustomerCSVImportTests {
    private func withImporter(_ body: (CustomerCSVImport, SQLStore) async throws -> Void) async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("adimple-csv-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let store = try await StoreFactory.open(directory.appendingPathComponent("csv.sqlite").path)
        let clock = ManualClock(civil: CivilDate(year: 2026, month: 11, day: 29)!)
        let context = ServiceContext(store: store, clock: clock, ids: TimeOrderedIDGenerator(clock: clock, seed: 3))
        do {
            try await body(CustomerCSVImport(context), store)
        } catch {
            try? await store.shutdown()
            throw error
        }
        try await store.shutdown()
    }

    /// As Excel saves it in Brazil: BOM, `;`, Portuguese headers, CRLF.
    private let sheet = """
        \u{FEFF}Código;Nome;CPF/CNPJ;E-mail;Telefone;Cidade;UF;CEP;Logradouro;Número;Bairro\r
        C-1;Maria da Conceição;529.982.247-25;maria@example.com;(11) 98765-4321;São Paulo;SP;01310-100;Av. Paulista;1000;Bela Vista\r
        C-2;José Pereira;111.444.777-35;jose@example;;;;;;;\r
        C-3;Padaria Estrela Ltda;11.222.333/0001-81;financeiro@estrela.com.br|contato@estrela.com.br;;;;;;;\r
        C-4;Ana Lima;529.982.247-24;ana@example.com;;;;;;;\r
        C-5;Rua Sem Nome;;;;Curitiba;PR;80000-000;Rua X;;Centro\r

        """

    @Test func dryRunReportsEveryBadLineWithColumnAndWritesNothing() async throws {
        try await withImporter { importer, store in
            let report = try await importer.run(data: Data(sheet.utf8), dryRun: true, by: .system)
            #expect(report.encoding == "UTF-8")
            #expect(report.delimiter == ";")
            #expect(report.lines == 5)
            #expect(report.rejected == 3)
            let byLine = Dictionary(grouping: report.errors, by: \.line)
            #expect(byLine[3]?.first?.column == "E-mail")
            #expect(byLine[5]?.first?.column == "CPF/CNPJ")
            #expect(byLine[5]?.first?.reasonPT.contains("dígito verificador") == true)
            #expect(byLine[6]?.contains { $0.column == "Número" } == true)
            #expect(try await store.read { try await $0.customers.count() } == 0)
        }
    }

    @Test func realRunImportsTheGoodLinesAndTheSecondRunChangesNothing() async throws {
        try await withImporter { importer, store in
            let first = try await importer.run(data: Data(sheet.utf8), dryRun: false, by: .system)
            #expect(first.created == 2)
            #expect(first.rejected == 3)
            let padaria = try #require(try await store.read { try await $0.customers.find(externalID: "C-3") })
            #expect(padaria.kind == .company)
            #expect(padaria.emails == ["financeiro@estrela.com.br", "contato@estrela.com.br"])
            let maria = try #require(try await store.read { try await $0.customers.find(externalID: "C-1") })
            #expect(maria.address?.city == "São Paulo")

            let second = try await importer.run(data: Data(sheet.utf8), dryRun: false, by: .system)
            #expect(second.created == 0)
            #expect(second.updated == 0)
            #expect(second.unchanged == 2)
            let audit = try await store.read { try await $0.audit.entries(entityType: "customer", entityID: maria.id.rawValue) }
            #expect(audit.map(\.action) == ["customer.created"])

            let changed = sheet.replacingOccurrences(of: "maria@example.com", with: "maria.c@example.com")
            let third = try await importer.run(data: Data(changed.utf8), dryRun: false, by: .system)
            #expect(third.updated == 1)
            #expect(try await store.read { try await $0.customers.find(externalID: "C-1") }?.emails == ["maria.c@example.com"])
        }
    }

    @Test func windows1252WithCommasKeepsTheAccents() async throws {
        try await withImporter { importer, store in
            let text = "codigo,nome,cidade,uf,cep,logradouro,numero,bairro\nW-1,João Antônio Conceição,São João del-Rei,MG,36300-000,Rua Ação,12,Centro\n"
            let data = try #require(text.data(using: .windowsCP1252))
            #expect(String(data: data, encoding: .utf8) == nil)  // really not UTF-8
            let report = try await importer.run(data: data, dryRun: false, by: .system)
            #expect(report.encoding == "Windows-1252")
            #expect(report.delimiter == ",")
            #expect(report.created == 1)
            let customer = try #require(try await store.read { try await $0.customers.find(externalID: "W-1") })
            #expect(customer.name == "João Antônio Conceição")
            #expect(customer.address?.city == "São João del-Rei")
        }
    }

    @Test func anUnknownColumnOrARepeatedIDStopsOnlyWhatItMust() async throws {
        try await withImporter { importer, store in
            let unknown = try await importer.run(data: Data("nome;sobrenome\nAna;Lima\n".utf8), dryRun: false, by: .system)
            #expect(unknown.errors.map(\.column) == ["sobrenome"])
            #expect(unknown.errors.first?.line == 1)
            #expect(unknown.rejected == 1)
            #expect(try await store.read { try await $0.customers.count() } == 0)

            let repeated = try await importer.run(
                data: Data("codigo;nome\nX-1;Ana\nX-1;Ana Lima\nX-2;Bia\n".utf8), dryRun: false, by: .system)
            #expect(repeated.created == 2)
            #expect(repeated.errors.map(\.line) == [3])
            #expect(repeated.errors.first?.reasonEN.contains("line 2") == true)
        }
    }
}
