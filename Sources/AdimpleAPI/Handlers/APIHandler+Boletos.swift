import AdimpleCore
import AdimpleDocuments
import BoletoKit
import BrazilKit
import HTTPTypes
internal import Foundation
internal import OpenAPIRuntime

extension APIHandler {
    package func getChargeBoleto(_ input: Operations.GetChargeBoleto.Input) async throws
        -> Operations.GetChargeBoleto.Output
    {
        let id = Charge.ID(input.path.id)
        let boletos = try await store.read { session -> [Boleto]? in
            guard try await session.charges.get(id) != nil else { return nil }
            return try await session.boletos.list(chargeID: id)
        }
        guard let boletos else { throw APIError.notFound("charge", input.path.id) }
        guard let active = boletos.last(where: { $0.status == .active }) ?? boletos.last else {
            throw Self.noBoleto(input.path.id)
        }
        return .ok(.init(body: .json(.init(
            boleto: .init(active), history: boletos.map { .init($0) },
            pdfUrl: "/v1/charges/\(input.path.id)/boleto.pdf"))))
    }

    package func getChargeBoletoPDF(_ input: Operations.GetChargeBoletoPDF.Input) async throws
        -> Operations.GetChargeBoletoPDF.Output
    {
        let id = Charge.ID(input.path.id)
        let hasBoleto = try await store.read { session -> Bool? in
            guard try await session.charges.get(id) != nil else { return nil }
            return try await !session.boletos.list(chargeID: id).isEmpty
        }
        guard let hasBoleto else { throw APIError.notFound("charge", input.path.id) }
        guard hasBoleto else { throw Self.noBoleto(input.path.id) }
        let pdf = try await BoletoDocuments(store: try store).boletoPDF(chargeID: id, at: environment.clock.now())
        return .ok(.init(body: .pdf(HTTPBody(pdf))))
    }

    package func createSegundaVia(_ input: Operations.CreateSegundaVia.Input) async throws
        -> Operations.CreateSegundaVia.Output
    {
        guard case .json(let body) = input.body else { throw APIError.badRequest("Send JSON.") }
        guard let date = try date(body.date, field: "date") else { throw APIError.invalid("date", "required") }
        let boleto = try await BoletoService(try environment.services())
            .segundaVia(Charge.ID(input.path.id), payOn: date, by: try actor)
        return .created(.init(body: .json(.init(boleto))))
    }

    package func getCustomerCarne(_ input: Operations.GetCustomerCarne.Input) async throws
        -> Operations.GetCustomerCarne.Output
    {
        let documents = BoletoDocuments(store: try store)
        let customerID = Customer.ID(input.path.id)
        var ids: [Charge.ID]
        if let asked = input.query.chargeId, !asked.isEmpty {
            let asked = asked.map(Charge.ID.init)
            ids = asked
            let owners = try await store.read { session in
                try await asked.asyncMap { try await session.charges.get($0)?.customerID }
            }
            for (id, owner) in zip(ids, owners) where owner != customerID {
                throw APIError.invalid("charge_id", "not a charge of this customer", value: id.rawValue)
            }
        } else {
            ids = try await documents.openBoletoCharges(of: customerID)
        }
        guard !ids.isEmpty else {
            throw APIError(
                .notFound, type: "no-boleto", title: "No boleto",
                detail: "Customer \(input.path.id) has no open charge with a boleto.")
        }
        let pdf = try await documents.carnePDF(chargeIDs: ids, at: environment.clock.now())
        return .ok(.init(body: .pdf(HTTPBody(pdf))))
    }

    package func verifyBoleto(_ input: Operations.VerifyBoleto.Input) async throws -> Operations.VerifyBoleto.Output {
        guard case .json(let body) = input.body else { throw APIError.badRequest("Send JSON.") }
        let result = try await BoletoService(try environment.services())
            .verify(body.code, expectedChargeID: body.chargeId.map(Charge.ID.init))
        return .ok(.init(body: .json(.init(result))))
    }

    static func noBoleto(_ chargeID: String) -> APIError {
        APIError(
            .notFound, type: "no-boleto", title: "No boleto",
            detail: "Charge \(chargeID) has no boleto: it is not paid by boleto, or the company had no bank account when it was issued.")
    }
}

extension Array where Element: Sendable {
    fileprivate func asyncMap<T>(_ transform: (Element) async throws -> T) async rethrows -> [T] {
        var out: [T] = []
        out.reserveCapacity(count)
        for element in self { out.append(try await transform(element)) }
        return out
    }
}

extension Components.Schemas.Boleto {
    init(_ boleto: Boleto) {
        self.init(
            id: boleto.id.rawValue, object: .boleto, chargeId: boleto.chargeID.rawValue, bank: boleto.bank.code,
            bankName: boleto.bank.name, kind: .init(rawValue: boleto.kind.rawValue) ?? .original,
            status: .init(rawValue: boleto.status.rawValue) ?? .active, nossoNumero: boleto.nossoNumero.formatted,
            barcode: boleto.barcode, linhaDigitavel: (try? LinhaDigitavel(boleto.linha).formatted) ?? boleto.linha,
            amount: .init(boleto.amount), dueDate: boleto.dueDate.iso, principal: .init(boleto.principal),
            fine: .init(boleto.fine), interest: .init(boleto.interest), discount: .init(boleto.discount),
            pixCopiaECola: boleto.pixPayload, issuedAt: boleto.issuedAt)
    }
}

extension Components.Schemas.BoletoVerification {
    init(_ result: BoletoVerification) {
        self.init(
            verdict: .init(rawValue: result.verdict.rawValue) ?? .invalid, message: result.message(.ptBR),
            reasons: result.reasons.map(\.pt), reading: .init(result.reading, error: result.readError),
            boleto: result.boleto.map { .init($0) }, chargeId: result.charge?.id.rawValue,
            chargeStatus: result.charge.flatMap { .init(rawValue: $0.status.rawValue) },
            beneficiaryName: result.verdict == .genuine ? result.company?.legalName : nil,
            beneficiaryDocument: result.verdict == .genuine ? result.company?.document.formatted : nil)
    }
}

extension Components.Schemas.BoletoReading {
    init(_ reading: BoletoReading?, error: BoletoError?) {
        guard let reading else {
            self.init(kind: .unknown, payable: false, problems: error.map { [$0.message(.ptBR)] } ?? [])
            return
        }
        func check(_ check: BoletoReading.Check?) -> Components.Schemas.BoletoCheck? {
            check.map { .init(valid: $0.valid, expected: String($0.expected), found: String($0.found)) }
        }
        self.init(
            kind: reading.kind == .barcode ? .barcode : .linhaDigitavel, bank: reading.bankCode,
            bankName: reading.bankName, currency: String(reading.currencyCode), dueDate: reading.dueDate?.iso,
            amount: .init(reading.amount), campoLivre: reading.campoLivre, barcode: reading.barcode,
            linhaDigitavel: reading.linha,
            checks: .init(
                field1: check(reading.checks.field1), field2: check(reading.checks.field2),
                field3: check(reading.checks.field3), general: check(reading.checks.general)),
            payable: reading.payable, problems: reading.problems.map { $0.message(.ptBR) })
    }
}
