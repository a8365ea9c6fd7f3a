import AdimpleCore
@testable import AdimpleStore
import BoletoKit
import BrazilKit
import Foundation
import Testing

/// A real Banco do Brasil CNAB 240 retorno (brcobranca's CNAB240.RET) whose first título is
/// rewritten to pay one of our boletos: applied once, the rest queued, nothing twice.
@Suite struct RetornoStoreTests {
    static func fixture() throws -> [UInt8] {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        var url = root.appendingPathComponent("../shared/fixtures/cnab/brcobranca/CNAB240.RET").standardizedFileURL
        if !FileManager.default.fileExists(atPath: url.path) {
            url = URL(fileURLWithPath: "/work/shared/fixtures/cnab/brcobranca/CNAB240.RET")
        }
        return [UInt8](try Data(contentsOf: url))
    }

    /// Puts `text` at the 1-based columns of the `index`-th line (0-based) of a CRLF file.
    static func replacing(_ bytes: [UInt8], line index: Int, at column: Int, with text: String) -> [UInt8] {
        var out = bytes
        var start = 0
        for _ in 0..<index { start = out[start...].firstIndex(of: 0x0A)! + 1 }
        for (offset, byte) in text.utf8.enumerated() { out[start + column - 1 + offset] = byte }
        return out
    }

    /// The retorno paying our first boleto (nosso número 1449957 0000000001) with `paid`.
    static func retorno(paid: String = "000000000034400") throws -> [UInt8] {
        var bytes = try fixture()
        bytes = replacing(bytes, line: 2, at: 38, with: "14499570000000001   ")  // T: nosso número
        bytes = replacing(bytes, line: 3, at: 78, with: paid)  // U: valor pago
        bytes = replacing(bytes, line: 3, at: 138, with: "0503202606032026")  // U: ocorrência, crédito
        return bytes
    }

    static func configure(_ world: TestWorld) async throws {
        _ = try await BoletoStoreTests.configure(world, pixKey: nil)
        _ = try await CompanySettingsService(world.context).addAccount(
            label: "BB", agreement: .bancoDoBrasil(agencia: "1234", conta: "00005432", convenio: "1449957", carteira: "17"),
            pixKey: nil, makeDefault: true, by: TestWorld.actor)
    }

    @Test(arguments: StoreFixture.engines)
    func aLiquidacaoPaysOurChargeOnceAndTheRestIsQueued(engine: String) async throws {
        try await StoreFixture.withStore(engine) { store in
            let world = TestWorld(store: store)
            try await Self.configure(world)
            let charge = try await world.charge(for: try await world.person(), amount: "344,00", due: "2026-03-10")
            let boleto = try #require(try await BoletoService(world.context).boletos(of: charge.id).first)
            #expect(boleto.nossoNumero.digits == "14499570000000001")
            world.clock.advance(days: 5)

            let service = RetornoService(world.context)
            let bytes = try Self.retorno()
            let report = try await service.importRetorno(bytes, fileName: "CNAB240.RET", sha256: "a1", by: TestWorld.actor)
            #expect(!report.refused)
            #expect(report.bank == "001")
            #expect(report.titulos == 35)
            #expect(report.paymentsCreated == 1)
            #expect(report.receivedCentavos == 34_400)
            #expect(report.exceptions > 0)
            #expect(report.applied + report.exceptions + report.alreadyApplied == report.titulos)

            let paid = try #require(try await store.read { try await $0.charges.get(charge.id) })
            #expect(paid.status == .paid)
            let payments = try await store.read { try await $0.payments.list(chargeID: charge.id) }
            #expect(payments.count == 1)
            #expect(payments.first?.source == .cnab)
            #expect(payments.first?.fee == Money(centavos: 103))
            #expect(payments.first?.creditedOn == CivilDate(year: 2026, month: 3, day: 6))
            let unknown = try await store.read { try await $0.bankFiles.exceptions(status: .open, after: nil, limit: 100) }
            #expect(unknown.count == report.exceptions)
            #expect(unknown.allSatisfy { $0.kind == .unknownNossoNumero && $0.line > 2 })

            // The same bytes again: recognised, nothing written.
            let again = try await service.importRetorno(bytes, fileName: "CNAB240.RET", sha256: "a1", by: TestWorld.actor)
            #expect(again.duplicateOf == report.fileID)
            #expect(again.alreadyApplied == 35)
            #expect(try await store.read { try await $0.bankFiles.files(kind: nil, before: nil, limit: 10) }.count == 1)

            // Another file repeating the same occurrences (a different header): nothing twice.
            let overlapping = Self.replacing(bytes, line: 0, at: 73, with: "OUTRO NOME DE EMPRESA         ")
            let second = try await service.importRetorno(
                overlapping, fileName: "CNAB240-2.RET", sha256: "b2", by: TestWorld.actor)
            #expect(second.alreadyApplied == 35)
            #expect(second.applied == 0 && second.paymentsCreated == 0)
            #expect(try await store.read { try await $0.payments.list(chargeID: charge.id) }.count == 1)
            let again2 = try await store.read { try await $0.bankFiles.exceptions(status: nil, after: nil, limit: 100) }
            #expect(again2.count == unknown.count)
        }
    }

    @Test(arguments: StoreFixture.engines)
    func anAmountThatDiffersGoesToTheQueueAndPaysNothing(engine: String) async throws {
        try await StoreFixture.withStore(engine) { store in
            let world = TestWorld(store: store)
            try await Self.configure(world)
            let charge = try await world.charge(for: try await world.person(), amount: "344,00", due: "2026-03-10")
            world.clock.advance(days: 5)
            let report = try await RetornoService(world.context).importRetorno(
                try Self.retorno(paid: "000000000030000"), fileName: "r.ret", sha256: "c3", by: TestWorld.actor)
            #expect(report.paymentsCreated == 0)
            let queued = try await store.read { try await $0.bankFiles.exceptions(status: .open, after: nil, limit: 100) }
            let mismatch = try #require(queued.first { $0.kind == .amountMismatch })
            #expect(mismatch.chargeID == charge.id)
            #expect(mismatch.expectedAmount == Money(centavos: 34_400))
            #expect(mismatch.paidAmount == Money(centavos: 30_000))
            #expect(try await store.read { try await $0.charges.get(charge.id) }?.status == .open)
        }
    }

    @Test(arguments: StoreFixture.engines)
    func aFileOfAnAccountThatIsNotOursIsRefused(engine: String) async throws {
        try await StoreFixture.withStore(engine) { store in
            let world = TestWorld(store: store)
            _ = try await BoletoStoreTests.configure(world, pixKey: nil)
            _ = try await CompanySettingsService(world.context).addAccount(
                label: "BB", agreement: .bancoDoBrasil(agencia: "4321", conta: "00099999", convenio: "7654321", carteira: "17"),
                pixKey: nil, makeDefault: true, by: TestWorld.actor)
            let report = try await RetornoService(world.context).importRetorno(
                try Self.retorno(), fileName: "other.ret", sha256: "e5", by: TestWorld.actor)
            #expect(report.refused)
            #expect(report.line == 1)
            #expect(report.reason?.contains("não é uma conta cadastrada") == true)
        }
    }

    @Test(arguments: StoreFixture.engines)
    func aTruncatedFileIsRefusedWholeWithItsLine(engine: String) async throws {
        try await StoreFixture.withStore(engine) { store in
            let world = TestWorld(store: store)
            try await Self.configure(world)
            let charge = try await world.charge(for: try await world.person(), amount: "344,00", due: "2026-03-10")
            var bytes = try Self.retorno()
            // Drop the last two records (lot and file trailers).
            for _ in 0..<2 {
                let end = bytes.last == 0x0A ? bytes.count - 1 : bytes.count
                let cut = bytes[..<end].lastIndex(of: 0x0A).map { $0 + 1 } ?? 0
                bytes.removeSubrange(cut...)
            }
            let report = try await RetornoService(world.context).importRetorno(
                bytes, fileName: "cut.ret", sha256: "d4", by: TestWorld.actor)
            #expect(report.refused)
            #expect(report.reason?.isEmpty == false)
            #expect(report.applied == 0)
            #expect(try await store.read { try await $0.charges.get(charge.id) }?.status == .open)
            let files = try await store.read { try await $0.bankFiles.files(kind: .retorno, before: nil, limit: 10) }
            #expect(files.first?.status == .refused)
            #expect(try await store.read { try await $0.bankFiles.content(try #require(files.first).id) } == bytes)
        }
    }
}
