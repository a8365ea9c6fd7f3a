import AdimpleApp
import AdimpleCore
import AdimpleStore
import BrazilKit
import Foundation
import Testing

@Suite struct DemoCompanyTests {
    @Test func demoHasChargesInEveryStateAndTheLedgerAgrees() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("adimple-demo-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let store = try await StoreFactory.open(directory.appendingPathComponent("demo.sqlite").path)
        let today = CivilDate(year: 2026, month: 11, day: 27)!
        let summary = try await DemoCompany(seed: 42, customers: 160, today: today).load(into: store)

        #expect(summary.customers == 160)
        for status in ChargeStatus.allCases {
            #expect((summary.chargesByStatus[status.rawValue] ?? 0) > 0, "no \(status.rawValue) charge in the demo")
        }
        let stored = try await store.read { try await $0.charges.count(status: nil) }
        #expect(stored == summary.charges)

        // Every receivable charge's open amount equals its receivable balance; in total too.
        var charges: [Charge] = []
        while true {
            let page = try await store.read { [last = charges.last?.id] in
                try await $0.charges.list(ChargeFilter(after: last, limit: 500))
            }
            if page.isEmpty { break }
            charges += page
        }
        #expect(charges.count == summary.charges)
        var open = Money.zero
        for charge in charges { open = try open + charge.openAmount }
        let receivable = try await store.read { try await $0.ledger.balance(.receivable, chargeID: nil) }
        #expect(receivable == open)
        let sample = try #require(charges.first { $0.status == .paid })
        let chargeReceivable = try await store.read { try await $0.ledger.balance(.receivable, chargeID: sample.id) }
        #expect(chargeReceivable == .zero)

        // Late payers paid multa and juros; nobody is overdue with a due date still ahead.
        let lateIncome = try await store.read { try await $0.ledger.balance(.lateChargeIncome, chargeID: nil) }
        #expect(lateIncome.isPositive)
        #expect(charges.filter { $0.status == .overdue }.allSatisfy { $0.dueDate < today })
        #expect(try await store.read { try await $0.customers.search("silva", limit: 20) }.count > 0)

        // Every issued boleto charge has its boleto, with the Pix of the boleto híbrido.
        let boletoCharges = charges.filter { $0.method == .boleto && $0.status != .draft }
        #expect(!boletoCharges.isEmpty)
        for charge in boletoCharges.prefix(200) {
            let boletos = try await store.read { try await $0.boletos.list(chargeID: charge.id) }
            let original = try #require(boletos.first, "no boleto for \(charge.id)")
            #expect(original.kind == .original)
            #expect(original.barcode.count == 44)
            #expect(original.pixPayload != nil)
        }
        #expect(summary.boletos >= boletoCharges.count)
        try await store.shutdown()
    }

    @Test func theSameSeedMakesTheSameCompany() async throws {
        func load() async throws -> DemoCompany.Summary {
            let directory = FileManager.default.temporaryDirectory.appendingPathComponent("adimple-seed-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: directory) }
            let store = try await StoreFactory.open(directory.appendingPathComponent("demo.sqlite").path)
            defer { Task { try? await store.shutdown() } }
            return try await DemoCompany(seed: 7, customers: 30, today: CivilDate(year: 2026, month: 6, day: 15)!).load(into: store)
        }
        let first = try await load()
        let second = try await load()
        #expect(first.charges == second.charges)
        #expect(first.payments == second.payments)
        #expect(first.chargesByStatus == second.chargesByStatus)
    }
}
