import AdimpleCore
@testable import AdimpleStore
import BrazilKit
import Foundation
import Testing

/// Bank files kept with their bytes, occurrences applied once, exceptions deduplicated,
/// instructions queued for the next remessa and remessa numbers never reused.
@Suite struct BankFileStoreTests {
    @Test(arguments: StoreFixture.engines)
    func boletoChangesQueueTheRightInstructions(engine: String) async throws {
        try await StoreFixture.withStore(engine) { store in
            let world = TestWorld(store: store)
            let account = try await BoletoStoreTests.configure(world)
            let customer = try await world.person()
            let kept = try await world.charge(for: customer, due: "2026-03-10")
            let dropped = try await world.charge(for: customer, due: "2026-03-10")
            _ = try await world.charges.cancel(dropped.id, by: TestWorld.actor)
            world.clock.advance(days: 28)
            _ = try await BoletoService(world.context).segundaVia(
                kept.id, payOn: CivilDate(year: 2026, month: 3, day: 31)!, by: TestWorld.actor)

            let pending = try await store.read { try await $0.bankFiles.pendingInstructions(account: account.id) }
            #expect(pending.map(\.kind) == [.register, .register, .writeOff, .changeDueDate])
            let keptBoletos = try await BoletoService(world.context).boletos(of: kept.id)
            #expect(pending.last?.boletoID == keptBoletos.last?.id)

            // A manual payment in full settles outside the bank: baixa.
            let paid = try await world.charge(for: customer, amount: "100,00", due: "2026-04-10")
            _ = try await world.charges.registerPayment(
                paid.id, amount: Money(centavos: 10_000), paidOn: world.clock.today(), naturalKey: "manual:paid",
                by: TestWorld.actor)
            let after = try await store.read { try await $0.bankFiles.pendingInstructions(account: account.id) }
            #expect(after.suffix(2).map(\.kind) == [.register, .writeOff])
        }
    }

    @Test(arguments: StoreFixture.engines)
    func filesOccurrencesExceptionsAndRemessaNumbers(engine: String) async throws {
        try await StoreFixture.withStore(engine) { store in
            let world = TestWorld(store: store)
            let account = try await BoletoStoreTests.configure(world)
            let now = world.clock.now()
            let file = BankFile(
                id: BankFile.ID("bfl_1"), kind: .retorno, bank: "341", bankAccountID: account.id, layout: "CNAB400",
                fileName: "RET.TXT", sha256: "ab", size: 3, status: .accepted, receivedAt: now, createdBy: TestWorld.actor)
            try await store.write { try await $0.bankFiles.insert(file, content: [0x30, 0x0D, 0x0A]) }
            #expect(try await store.read { try await $0.bankFiles.content(file.id) } == [0x30, 0x0D, 0x0A])
            #expect(try await store.read { try await $0.bankFiles.acceptedFiles(sha256: "ab") }.map(\.id) == [file.id])

            let first = try await store.write {
                try await $0.bankFiles.recordOccurrence(
                    naturalKey: "341:1:06:2026-03-02", fileID: file.id, line: 2, chargeID: nil, kind: "liquidacao",
                    outcome: "applied", at: now)
            }
            let again = try await store.write {
                try await $0.bankFiles.recordOccurrence(
                    naturalKey: "341:1:06:2026-03-02", fileID: file.id, line: 9, chargeID: nil, kind: "liquidacao",
                    outcome: "applied", at: now)
            }
            #expect(first && !again)

            let exception = ReconciliationException(
                id: ReconciliationException.ID("rex_1"), naturalKey: "341:99:06:2026-03-02", fileID: file.id, line: 3,
                kind: .unknownNossoNumero, bank: "341", nossoNumero: "99", chargeID: nil, expectedAmount: nil,
                paidAmount: Money(centavos: 500), paidOn: world.clock.today(), creditOn: nil, details: "{}", createdAt: now)
            #expect(try await store.write { try await $0.bankFiles.insertException(exception) })
            var copy = exception
            copy.id = ReconciliationException.ID("rex_2")
            let duplicate = copy
            #expect(try await !store.write { try await $0.bankFiles.insertException(duplicate) })
            let open = try await store.read { try await $0.bankFiles.exceptions(status: .open, after: nil, limit: 10) }
            #expect(open.map(\.id) == [exception.id])
            #expect(open.first?.paidAmount == Money(centavos: 500))

            let numbers = try await store.write { session in
                [
                    try await session.bankFiles.nextRemessaNumber(account: account.id),
                    try await session.bankFiles.nextRemessaNumber(account: account.id),
                ]
            }
            #expect(numbers == [1, 2])
        }
    }
}
