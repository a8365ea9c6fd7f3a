import BoletoKit
import BrazilKit
import Foundation

/// The answer to "did you issue this boleto?" — boleto fraud is common in Brazil: a
/// fraudster swaps the beneficiary or the amount of a real boleto and keeps valid digits.
public struct BoletoVerification: Sendable {
    public enum Verdict: String, Sendable, Codable, CaseIterable {
        /// We issued exactly this code.
        case genuine
        /// Valid digits, but it claims our account (or the charge named) with a beneficiary,
        /// amount or due date that is not ours.
        case tampered
        /// Valid, but not issued by us.
        case notOurs = "not_ours"
        /// A wrong or missing digit: not payable as typed.
        case invalid
    }

    /// A sentence in both languages.
    public struct Reason: Hashable, Sendable, Codable, LocalizedMessage {
        public let pt: String
        public let en: String
        public init(pt: String, en: String) {
            self.pt = pt
            self.en = en
        }
        public func message(_ language: Language) -> String { language == .ptBR ? pt : en }
    }

    public let verdict: Verdict
    /// What the code says; nil when it could not be read at all.
    public let reading: BoletoReading?
    /// Why it could not be read at all.
    public let readError: BoletoError?
    /// Our boleto this code is (genuine) or pretends to be (tampered), when known.
    public let boleto: Boleto?
    public let charge: Charge?
    /// The beneficiary of our boletos.
    public let company: CompanyProfile?
    public let reasons: [Reason]

    /// One sentence for the customer.
    public func message(_ language: Language) -> String {
        let pt = language == .ptBR
        switch verdict {
        case .genuine:
            if let charge, !charge.status.isReceivable || charge.status == .paid {
                return pt
                    ? "Boleto emitido por nós, mas a cobrança está \(charge.status.labelPT): não pague."
                    : "We issued this boleto, but the charge is \(charge.status.rawValue): do not pay it."
            }
            return pt ? "Boleto autêntico: emitido por nós." : "Genuine: we issued this boleto."
        case .tampered:
            return pt
                ? "Boleto adulterado: não pague e fale conosco."
                : "Tampered boleto: do not pay it; contact us."
        case .notOurs:
            return pt ? "Este boleto não foi emitido por nós." : "We did not issue this boleto."
        case .invalid:
            return pt ? "Código inválido: não pode ser pago como digitado." : "Invalid code: not payable as typed."
        }
    }
}

extension BoletoService {
    /// Verifies a linha digitável or barcode as typed, optionally against the charge the
    /// customer believes it pays.
    public func verify(_ text: String, expectedChargeID: Charge.ID? = nil) async throws -> BoletoVerification {
        let today = context.clock.today()
        let reading: BoletoReading
        do {
            reading = try BoletoParser.parse(text, today: today)
        } catch {
            return BoletoVerification(
                verdict: .invalid, reading: nil, readError: error, boleto: nil, charge: nil, company: nil,
                reasons: [.init(pt: error.message(.ptBR), en: error.message(.en))])
        }
        guard reading.payable else {
            return BoletoVerification(
                verdict: .invalid, reading: reading, readError: nil, boleto: nil, charge: nil, company: nil,
                reasons: reading.problems.filter(\.blocking).map { .init(pt: $0.message(.ptBR), en: $0.message(.en)) })
        }
        return try await context.store.read { session in
            let company = try await session.boletos.company()
            func answer(_ verdict: BoletoVerification.Verdict, _ boleto: Boleto?, _ reasons: [BoletoVerification.Reason])
                async throws -> BoletoVerification
            {
                let charge = try await (boleto?.chargeID ?? expectedChargeID).asyncMap { try await session.charges.get($0) }
                return BoletoVerification(
                    verdict: verdict, reading: reading, readError: nil, boleto: boleto, charge: charge ?? nil,
                    company: company, reasons: reasons)
            }
            // Exactly a code we printed.
            let exact = try await session.boletos.find(barcode: reading.barcode)
            if let boleto = exact.last {
                if let expectedChargeID, boleto.chargeID != expectedChargeID {
                    return try await answer(
                        .tampered, boleto,
                        [
                            .init(
                                pt: "este código é de outra cobrança (\(boleto.chargeID.rawValue))",
                                en: "this code belongs to another charge (\(boleto.chargeID.rawValue))")
                        ])
                }
                var reasons: [BoletoVerification.Reason] = []
                if boleto.status == .superseded {
                    reasons.append(
                        .init(
                            pt: "substituído por uma 2ª via mais recente", en: "replaced by a more recent 2ª via"))
                }
                return try await answer(.genuine, boleto, reasons)
            }
            // Our account and nosso número, but another amount or due date.
            let accounts = try await session.boletos.accounts().filter { $0.bank.code == reading.bankCode }
            for account in accounts {
                guard let sequence = account.agreement.sequence(inCampoLivre: reading.campoLivre) else { continue }
                let issued = try await session.boletos.find(account: account.id, sequence: sequence)
                guard let ours = issued.last(where: { $0.status == .active }) ?? issued.last else {
                    return try await answer(
                        .tampered, nil,
                        [
                            .init(
                                pt: "usa a nossa conta, mas nunca emitimos este nosso número",
                                en: "it uses our account, but we never issued this nosso número")
                        ])
                }
                var reasons: [BoletoVerification.Reason] = []
                if reading.amount != ours.amount && !issued.contains(where: { $0.amount == reading.amount }) {
                    reasons.append(
                        .init(
                            pt: "valor \(reading.amount.formatted) difere do emitido (\(ours.amount.formatted))",
                            en: "amount \(reading.amount.formatted) differs from the one issued (\(ours.amount.formatted))"))
                }
                if reading.dueDate != ours.dueDate && !issued.contains(where: { $0.dueDate == reading.dueDate }) {
                    let typed = reading.dueDate?.iso ?? "-"
                    reasons.append(
                        .init(
                            pt: "vencimento \(typed) difere do emitido (\(ours.dueDate.iso))",
                            en: "due date \(typed) differs from the one issued (\(ours.dueDate.iso))"))
                }
                if reasons.isEmpty {
                    reasons.append(
                        .init(pt: "código diferente do que emitimos", en: "the code differs from the one we issued"))
                }
                return try await answer(.tampered, ours, reasons)
            }
            // Someone else's beneficiary: tampered if it claims to pay one of our charges.
            let beneficiary = Self.describeBeneficiary(reading)
            if let expectedChargeID {
                let boletos = try await session.boletos.list(chargeID: expectedChargeID)
                return try await answer(
                    .tampered, boletos.last(where: { $0.status == .active }),
                    [
                        .init(
                            pt: "o beneficiário deste código não é o nosso (\(beneficiary))",
                            en: "the beneficiary in this code is not ours (\(beneficiary))")
                    ])
            }
            return try await answer(
                .notOurs, nil,
                [
                    .init(
                        pt: "nenhum boleto nosso tem este código (\(beneficiary))",
                        en: "none of our boletos has this code (\(beneficiary))")
                ])
        }
    }

    /// "Itaú, agência 0057, conta 12345" — what the campo livre says about its beneficiary.
    static func describeBeneficiary(_ reading: BoletoReading) -> String {
        var parts = [reading.bankName ?? "banco \(reading.bankCode)"]
        if let fields = reading.campoLivreFields {
            if let agencia = fields.agencia { parts.append("agência \(agencia)") }
            if let conta = fields.conta { parts.append("conta \(conta)") }
            if let convenio = fields.convenio { parts.append("convênio \(convenio)") }
            if let code = fields.codigoBeneficiario { parts.append("beneficiário \(code)") }
            if let cooperativa = fields.cooperativa { parts.append("cooperativa \(cooperativa)") }
        }
        return parts.joined(separator: ", ")
    }
}

extension Optional {
    fileprivate func asyncMap<U: Sendable>(_ transform: (Wrapped) async throws -> U) async rethrows -> U? {
        switch self {
        case .some(let value): try await transform(value)
        case .none: nil
        }
    }
}
