import AdimpleCore
@testable import AdimpleStore
import BoletoKit
import BrazilKit
import Foundation
import PixKit
import Testing

/// Boletos issued with charges, on real SQLite and PostgreSQL: nosso número allocation, the
/// 2ª via, reissue after a change, and verification of codes people show us.
@Suite struct BoletoStoreTests {
    static let itau = BeneficiaryAccount.itau(agencia: "0057", conta: "12345", carteira: "109")

    static func configure(_ world: TestWorld, pixKey: String? = "financeiro@padaria.com.br") async throws -> BankAccount {
        let settings = CompanySettingsService(world.context)
        try await settings.saveCompany(
            CompanyProfile(
                legalName: "Padaria Pão Quente Ltda", tradeName: "Pão Quente", document: try TaxID("11.222.333/0001-81"),
                address: Address(
                    street: "Avenida Paulista", number: "1000", district: "Bela Vista", city: "São Paulo", state: "SP",
                    cep: try CEP("01310-100"))),
            by: TestWorld.actor)
        return try await settings.addAccount(
            label: "Itaú cobrança", agreement: itau, pixKey: pixKey, makeDefault: true, by: TestWorld.actor)
    }

    @Test(arguments: StoreFixture.engines)
    func withoutABankAccountAChargeHasNoBoleto(engine: String) async throws {
        try await StoreFixture.withStore(engine) { store in
            let world = TestWorld(store: store)
            let charge = try await world.charge(for: try await world.person())
            #expect(try await BoletoService(world.context).boletos(of: charge.id).isEmpty)
        }
    }

    @Test(arguments: StoreFixture.engines)
    func aBoletoChargeGetsNossoNumeroBarcodeLinhaAndPix(engine: String) async throws {
        try await StoreFixture.withStore(engine) { store in
            let world = TestWorld(store: store)
            let account = try await Self.configure(world)
            let customer = try await world.person()
            let first = try await world.charge(for: customer, amount: "1.234,56", due: "2026-03-10")
            let second = try await world.charge(for: customer)
            let boletos = try await BoletoService(world.context).boletos(of: first.id)
            let boleto = try #require(boletos.first)
            #expect(boletos.count == 1)
            #expect(boleto.bankAccountID == account.id)
            #expect(boleto.nossoNumero.sequence == 1)
            // Itaú 109/00000001: DAC over agência+conta+carteira+nosso número (Itaú-400 Anexo 4).
            #expect(boleto.nossoNumero.formatted.hasPrefix("109/00000001-"))
            let barcode = try Barcode(boleto.barcode)
            #expect(barcode.amount == Money(centavos: 123_456))
            #expect(barcode.dueDate(today: world.clock.today()) == CivilDate(year: 2026, month: 3, day: 10))
            #expect(barcode.bankCode == "341")
            #expect(try LinhaDigitavel(boleto.linha).barcode == barcode)
            let pix = try #require(boleto.pixPayload)
            let decoded = try BRCode.decode(pix)
            #expect(decoded.crc.isValid)
            #expect(decoded.code.amount == Money(centavos: 123_456))
            let secondBoleto = try #require(try await BoletoService(world.context).boletos(of: second.id).first)
            #expect(secondBoleto.nossoNumero.sequence == 2)
        }
    }

    @Test(arguments: StoreFixture.engines)
    func aPayerWithoutAddressIsRefusedBeforeAnythingIsIssued(engine: String) async throws {
        try await StoreFixture.withStore(engine) { store in
            let world = TestWorld(store: store)
            _ = try await Self.configure(world)
            let customer = try await world.customers.register(
                CustomerInput(document: "111.444.777-35", name: "João Sem Endereço", emails: ["joao@example.com.br"]),
                by: TestWorld.actor)
            let error = try await #require(throws: ValidationError.self) {
                try await world.charge(for: customer)
            }
            #expect(error.issues.map(\.field) == ["customer.address"])
            #expect(try await store.read { try await $0.charges.count(status: nil) } == 0)
            // The refused issue gave its nosso número back.
            let next = try await store.write { session in
                try await session.boletos.allocateSequence(account: try #require(try await session.boletos.defaultAccount()).id, scope: "109")
            }
            #expect(next == 1)
        }
    }

    @Test(arguments: StoreFixture.engines)
    func anAmountAboveTheBanksLimitIsRefusedNamingTheField(engine: String) async throws {
        try await StoreFixture.withStore(engine) { store in
            let world = TestWorld(store: store)
            _ = try await Self.configure(world)
            // Caixa takes boletos up to R$ 9.999.999,99 (Caixa-SIGCB Anexo V).
            _ = try await CompanySettingsService(world.context).addAccount(
                label: "Caixa", agreement: .caixa(agencia: "1234", codigoBeneficiario: "005507"), pixKey: nil,
                makeDefault: true, by: TestWorld.actor)
            let customer = try await world.person()
            let error = try await #require(throws: ValidationError.self) {
                try await world.charge(for: customer, amount: "10.000.000,00")
            }
            #expect(error.issues.map(\.field) == ["amount"])
            #expect(error.issues.first?.reasonEN.contains("9.999.999,99") == true)
            #expect(try await store.read { try await $0.charges.count(status: nil) } == 0)
            let ok = try await world.charge(for: customer, amount: "9.999.999,99")
            let boleto = try #require(try await BoletoService(world.context).boletos(of: ok.id).first)
            #expect(boleto.bank == .caixa)
            #expect(boleto.nossoNumero.digits.hasPrefix("14"))
        }
    }

    @Test(arguments: StoreFixture.engines)
    func concurrentIssuersNeverShareANossoNumero(engine: String) async throws {
        try await StoreFixture.withStore(engine) { store in
            let world = TestWorld(store: store)
            _ = try await Self.configure(world, pixKey: nil)
            let customer = try await world.person()
            let charges = try await withThrowingTaskGroup(of: Charge.self) { group in
                for _ in 0..<24 { group.addTask { try await world.charge(for: customer) } }
                return try await group.reduce(into: [Charge]()) { $0.append($1) }
            }
            var sequences: [Int64] = []
            for charge in charges {
                sequences += try await BoletoService(world.context).boletos(of: charge.id).map(\.nossoNumero.sequence)
            }
            #expect(sequences.sorted() == Array(1...24))
        }
    }

    @Test(arguments: StoreFixture.engines)
    func segundaViaAddsMultaAndJurosKeepsNossoNumeroAndIsIdempotent(engine: String) async throws {
        try await StoreFixture.withStore(engine) { store in
            let world = TestWorld(store: store)
            _ = try await Self.configure(world)
            let charge = try await world.charge(for: try await world.person(), amount: "1.000,00", due: "2026-03-10")
            world.clock.advance(days: 28)  // 2026-03-30, a Monday
            let payOn = CivilDate(year: 2026, month: 3, day: 31)!
            let service = BoletoService(world.context)
            let via = try await service.segundaVia(charge.id, payOn: payOn, by: TestWorld.actor)
            // 21 days late: multa 2% = R$ 20,00; juros 1% a.m. × 21/30 = R$ 7,00.
            #expect(via.fine == Money(centavos: 2_000))
            #expect(via.interest == Money(centavos: 700))
            #expect(via.amount == Money(centavos: 102_700))
            #expect(via.kind == .segundaVia)
            #expect(via.dueDate == payOn)
            let all = try await service.boletos(of: charge.id)
            #expect(all.count == 2)
            #expect(all[0].status == .superseded)
            #expect(all[0].nossoNumero == via.nossoNumero)
            #expect(try Barcode(via.barcode).amount == Money(centavos: 102_700))
            let again = try await service.segundaVia(charge.id, payOn: payOn, by: TestWorld.actor)
            #expect(again.id == via.id)
            #expect(try await service.boletos(of: charge.id).count == 2)
        }
    }

    @Test(arguments: StoreFixture.engines)
    func segundaViaRefusesAPastDateOrAWeekend(engine: String) async throws {
        try await StoreFixture.withStore(engine) { store in
            let world = TestWorld(store: store)
            _ = try await Self.configure(world)
            let charge = try await world.charge(for: try await world.person())
            let service = BoletoService(world.context)
            let past = try await #require(throws: ValidationError.self) {
                try await service.segundaVia(charge.id, payOn: CivilDate(year: 2026, month: 3, day: 1)!, by: TestWorld.actor)
            }
            #expect(past.issues.first?.field == "date")
            let saturday = try await #require(throws: ValidationError.self) {
                try await service.segundaVia(charge.id, payOn: CivilDate(year: 2026, month: 3, day: 7)!, by: TestWorld.actor)
            }
            #expect(saturday.issues.first?.reasonEN.contains("2026-03-09") == true)
        }
    }

    @Test(arguments: StoreFixture.engines)
    func changingTheDueDateReissuesTheBoleto(engine: String) async throws {
        try await StoreFixture.withStore(engine) { store in
            let world = TestWorld(store: store)
            _ = try await Self.configure(world)
            let charge = try await world.charge(for: try await world.person(), due: "2026-03-10")
            let newDue = CivilDate(year: 2026, month: 3, day: 20)!
            _ = try await world.charges.change(
                charge.id, ChargeService.Change(dueDate: newDue, reason: "pedido do cliente"), by: TestWorld.actor)
            let boletos = try await BoletoService(world.context).boletos(of: charge.id)
            #expect(boletos.count == 2)
            #expect(boletos.last?.dueDate == newDue)
            #expect(boletos.last?.status == .active)
            #expect(boletos.first?.status == .superseded)
        }
    }

    @Test(arguments: StoreFixture.engines)
    func verificationTellsGenuineTamperedNotOursAndInvalid(engine: String) async throws {
        try await StoreFixture.withStore(engine) { store in
            let world = TestWorld(store: store)
            let account = try await Self.configure(world)
            let charge = try await world.charge(for: try await world.person(), amount: "500,00", due: "2026-03-10")
            let other = try await world.charge(for: try await world.person("Outra Pessoa", document: "111.444.777-35"))
            let service = BoletoService(world.context)
            let boleto = try #require(try await service.boletos(of: charge.id).first)

            let genuine = try await service.verify(LinhaDigitavel(boleto.linha).formatted)
            #expect(genuine.verdict == .genuine)
            #expect(genuine.charge?.id == charge.id)

            // Same campo livre (our account and nosso número), another amount: valid digits.
            let campoLivre = try account.agreement.campoLivre(for: boleto.nossoNumero)
            let forged = try Barcode(
                bank: .itau, dueDate: boleto.dueDate, amount: Money(centavos: 5_000_00), campoLivre: campoLivre)
            let tampered = try await service.verify(forged.digits)
            #expect(tampered.verdict == .tampered)
            #expect(tampered.reasons.contains { $0.en.contains("amount") })

            // The Itaú manual's example: someone else's account.
            let foreign = "34191.10121 34567.880058 71234.570001 6 16670000012345"
            #expect(try await service.verify(foreign).verdict == .notOurs)
            let claimed = try await service.verify(foreign, expectedChargeID: charge.id)
            #expect(claimed.verdict == .tampered)
            #expect(claimed.reasons.first?.pt.contains("beneficiário") == true)

            // Our genuine code presented as another charge's.
            #expect(try await service.verify(boleto.barcode, expectedChargeID: other.id).verdict == .tampered)

            // One digit typed wrong.
            var digits = Array(boleto.linha)
            digits[12] = digits[12] == "0" ? "1" : "0"
            let invalid = try await service.verify(String(digits))
            #expect(invalid.verdict == .invalid)
            #expect(invalid.reading?.payable == false)
        }
    }
}
