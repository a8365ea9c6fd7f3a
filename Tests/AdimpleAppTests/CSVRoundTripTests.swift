import AdimpleApp
import AdimpleImport
import AdimpleCore
import AdimpleStore
import BrazilKit
import Foundation
import Testing

@Suite struct CSVRoundTripTests {
    private func withDemo(customers: Int, _ body: (ServiceContext) async throws -> Void) async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("adimple-rt-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let store = try await StoreFactory.open(directory.appendingPathComponent("rt.sqlite").path)
        let today = CivilDate(year: 2026, month: 11, day: 29)!
        if customers > 0 {
            _ = try await DemoCompany(seed: 11, customers: customers, today: today).load(into: store)
        }
        let clock = ManualClock(civil: today)
        do {
            try await body(ServiceContext(store: store, clock: clock, ids: TimeOrderedIDGenerator(clock: clock, seed: 5)))
        } catch {
            try? await store.shutdown()
            throw error
        }
        try await store.shutdown()
    }

    @Test func exportedCustomersAndChargesImportBackWithoutChange() async throws {
        try await withDemo(customers: 40) { context in
            let customers = try await CSVExport.customers(from: context.store)
            #expect(customers.starts(with: [0xEF, 0xBB, 0xBF]))
            let text = String(decoding: customers, as: UTF8.self)
            #expect(text.contains(";"))
            #expect(text.components(separatedBy: "\r\n").first?.hasSuffix("situacao") == true)
            let customerReport = try await CustomerCSVImport(context).run(data: customers, dryRun: false, by: .system)
            #expect(customerReport.lines == 40)
            #expect(customerReport.unchanged == 40)
            #expect(customerReport.errors.isEmpty)

            let charges = try await CSVExport.charges(from: context.store, filter: ChargeFilter())
            let total = try await context.store.read { try await $0.charges.count(status: nil) }
            let chargeReport = try await ChargeCSVImport(context).run(data: charges, dryRun: false, by: .system)
            #expect(chargeReport.lines == total)
            #expect(chargeReport.unchanged == total)
            #expect(chargeReport.errors.isEmpty)
            #expect(try await context.store.read { try await $0.charges.count(status: nil) } == total)
        }
    }

    @Test func chargesImportWithDecimalCommaBrazilianDatesAndLateReceivables() async throws {
        try await withDemo(customers: 0) { context in
            _ = try await CustomerService(context).register(
                CustomerInput(document: "529.982.247-25", name: "Maria", externalID: "C-1"), by: .system)
            let sheet = """
                codigo;cliente;cpf_cnpj;descricao;valor;vencimento;forma;multa;juros
                NF-1;C-1;;Serviço de outubro;1.234,56;10/10/2026;boleto;2;1
                NF-2;;529.982.247-25;Serviço de dezembro;99,9;15/12/2026;pix;;
                NF-3;C-1;;Multa abusiva;100,00;15/12/2026;boleto;10;1
                NF-4;C-404;;Cliente inexistente;100,00;15/12/2026;boleto;;
                NF-1;C-1;;Repetida;1,00;15/12/2026;boleto;;

                """
            let dry = try await ChargeCSVImport(context).run(data: Data(sheet.utf8), dryRun: true, by: .system)
            #expect(dry.rejected == 3)
            #expect(try await context.store.read { try await $0.charges.count(status: nil) } == 0)

            let report = try await ChargeCSVImport(context).run(data: Data(sheet.utf8), dryRun: false, by: .system)
            #expect(report.created == 2)
            #expect(Set(report.errors.map(\.line)) == [4, 5, 6])
            #expect(report.errors.first { $0.line == 4 }?.reasonPT.contains("CDC") == true)
            let october = try #require(try await context.store.read { try await $0.charges.find(externalID: "NF-1") })
            #expect(october.amount == Money(centavos: 123_456))
            #expect(october.dueDate == CivilDate(year: 2026, month: 10, day: 10))
            #expect(october.status == .open)  // arrives open; the overdue sweep moves it
            let december = try #require(try await context.store.read { try await $0.charges.find(externalID: "NF-2") })
            #expect(december.amount == Money(centavos: 9_990))
            #expect(december.method == .pix)

            let again = try await ChargeCSVImport(context).run(data: Data(sheet.utf8), dryRun: false, by: .system)
            #expect(again.created == 0)
            #expect(again.unchanged == 2)
        }
    }
}
