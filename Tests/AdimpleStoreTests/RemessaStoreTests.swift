import AdimpleCore
@testable import AdimpleStore
import BoletoKit
import BrazilKit
import CNABKit
import Foundation
import Testing

/// The remessa of an account carries every queued instruction once, with the next NSA, and a
/// bank reader reads it back.
@Suite struct RemessaStoreTests {
    @Test(arguments: StoreFixture.engines)
    func theRemessaCarriesEveryQueuedInstructionOnce(engine: String) async throws {
        try await StoreFixture.withStore(engine) { store in
            let world = TestWorld(store: store)
            let account = try await BoletoStoreTests.configure(world, pixKey: nil)
            let customer = try await world.person()
            let kept = try await world.charge(for: customer, amount: "150,00", due: "2026-03-10")
            let dropped = try await world.charge(for: customer, amount: "80,00", due: "2026-03-20")
            _ = try await world.charges.cancel(dropped.id, by: TestWorld.actor)
            let service = RemessaService(world.context)

            let first = try await service.generate(account: account.id, digest: { _ in "f1" }, by: TestWorld.actor)
            #expect(first.file.nsa == 1)
            #expect(first.titulos == 3)
            #expect(first.instructions == ["register": 2, "write_off": 1])
            let read = try RemessaFile.parse(first.bytes)
            #expect(read.bank.rawValue == "341")
            #expect(read.header.nsa == 1)
            #expect(read.titulos.map(\.instruction) == [.entrada, .entrada, .baixa])
            #expect(read.titulos.first?.valor == Money(centavos: 15_000))
            #expect(read.titulos.first?.vencimento == CivilDate(year: 2026, month: 3, day: 10))
            #expect(read.titulos.first?.pagador?.name.uppercased().hasPrefix("MARIA DA CONCEI") == true)
            // Every line is 240 bytes of ASCII plus CRLF.
            #expect(first.bytes.allSatisfy { $0 < 0x80 })
            #expect(first.bytes.split(separator: 0x0A).allSatisfy { $0.count == 241 })
            let stored = try await store.read { try await $0.bankFiles.content(first.file.id) }
            #expect(stored == first.bytes)

            // Nothing twice: the next remessa has only what came after.
            await #expect(throws: DomainError.self) {
                _ = try await service.generate(account: account.id, digest: { _ in "f2" }, by: TestWorld.actor)
            }
            _ = try await world.charges.change(
                kept.id, ChargeService.Change(dueDate: CivilDate(year: 2026, month: 3, day: 17)!, reason: "pedido"),
                by: TestWorld.actor)
            let second = try await service.generate(account: account.id, digest: { _ in "f3" }, by: TestWorld.actor)
            #expect(second.file.nsa == 2)
            #expect(second.instructions == ["change_due_date": 1])
            #expect(try RemessaFile.parse(second.bytes).titulos.first?.vencimento == CivilDate(year: 2026, month: 3, day: 17))
        }
    }
}
