import AdimpleCore
import BoletoKit
import BrazilKit
import DocumentKit
import Foundation

/// Turns a stored boleto, its charge, the payer, the company and the bank account into the
/// formatted strings DocumentKit lays out: Brazilian dates, amounts and documents, the
/// instructions that state the charge's terms, and the Pix QR of the boleto híbrido.
public enum BoletoSheetBuilder {
    /// Everything one boleto page needs, read in one snapshot.
    public struct Parts: Sendable {
        public let boleto: Boleto
        public let charge: Charge
        public let customer: Customer
        public let company: CompanyProfile
        public let account: BankAccount

        public init(boleto: Boleto, charge: Charge, customer: Customer, company: CompanyProfile, account: BankAccount) {
            self.boleto = boleto
            self.charge = charge
            self.customer = customer
            self.company = company
            self.account = account
        }
    }

    public static func sheet(_ parts: Parts) -> BoletoSheet {
        let boleto = parts.boleto
        let charge = parts.charge
        let isSegundaVia = boleto.kind == .segundaVia && (!boleto.fine.isZero || !boleto.interest.isZero)
        let lateCharges = (try? boleto.fine + boleto.interest) ?? .zero
        return BoletoSheet(
            bankCode: boleto.bank.codeWithDV, bankName: boleto.bank.name,
            digitableLine: (try? LinhaDigitavel(boleto.linha).formatted) ?? boleto.linha, barcode: boleto.barcode,
            paymentPlace: "Pagável em qualquer banco, lotérica ou app, também por Pix",
            dueDate: boleto.dueDate.brazilian,
            beneficiary: party(
                name: parts.company.legalName, document: parts.company.document, address: parts.company.address),
            agencyAndCode: parts.account.agreement.agenciaCodigoBeneficiario,
            documentDate: CivilDate.today(at: charge.createdAt, in: .saoPaulo).brazilian,
            documentNumber: documentNumber(charge),
            documentKind: parts.customer.kind == .company ? "DM" : "DS",
            processingDate: CivilDate.today(at: boleto.issuedAt, in: .saoPaulo).brazilian,
            ourNumber: boleto.nossoNumero.formatted, wallet: parts.account.agreement.carteiraText,
            amount: plain(isSegundaVia ? boleto.principal : boleto.amount),
            discount: boleto.discount.isZero ? "" : plain(boleto.discount),
            penalty: isSegundaVia ? plain(lateCharges) : "",
            chargedAmount: isSegundaVia ? plain(boleto.amount) : "",
            installment: charge.installment.map { twoDigits($0.number) + "/" + twoDigits($0.count) } ?? "",
            instructions: instructions(parts),
            payer: party(
                name: parts.customer.name, document: parts.customer.document, address: parts.customer.address),
            pix: boleto.pixPayload.flatMap { payload in
                (try? QREncoder.encode(payload, level: .medium)).map { BoletoPix(copyPaste: payload, qrCode: $0) }
            })
    }

    /// The text of the beneficiary's instructions: what the charge is, its terms after the due
    /// date, the discount, and for a 2ª via how the amount was updated.
    static func instructions(_ parts: Parts) -> [String] {
        let boleto = parts.boleto
        let rules = parts.charge.lateCharges
        var lines = ["Referente a: " + parts.charge.description]
        if boleto.kind == .segundaVia, !(boleto.fine.isZero && boleto.interest.isZero) {
            lines.append(
                "2ª via com valor atualizado para \(boleto.dueDate.brazilian): multa \(boleto.fine.formatted) e juros \(boleto.interest.formatted).")
        }
        let fine = rules.effectiveFineBasisPoints(isConsumer: parts.customer.isConsumer)
        if fine > 0 || rules.monthlyInterestBasisPoints > 0 {
            var text = "Após o vencimento, cobrar"
            if fine > 0 { text += " multa de \(percent(fine))" }
            if fine > 0 && rules.monthlyInterestBasisPoints > 0 { text += " e" }
            if rules.monthlyInterestBasisPoints > 0 {
                text += " juros de \(percent(rules.monthlyInterestBasisPoints)) ao mês, pro rata die"
            }
            lines.append(text + ".")
        }
        if boleto.kind == .original, let discount = rules.discount, discount.until >= boleto.issuedOn {
            switch discount.value {
            case .amount(let amount): lines.append("Desconto de \(amount.formatted) até \(discount.until.brazilian).")
            case .basisPoints(let bp): lines.append("Desconto de \(percent(bp)) até \(discount.until.brazilian).")
            }
        }
        lines.append("Dúvidas: \(parts.company.email ?? parts.company.phone ?? parts.company.legalName).")
        return lines
    }

    static func party(name: String, document: TaxID?, address: Address?) -> BoletoParty {
        var lines: [String] = []
        if let address {
            var street = "\(address.street), \(address.number)"
            if let complement = address.complement, !complement.isEmpty { street += " - \(complement)" }
            lines = [street + " - " + address.district, "\(address.cep.formatted) \(address.city) - \(address.state)"]
        }
        return BoletoParty(name: name, document: document?.formatted ?? "", address: lines)
    }

    /// The company's own number when it has one (ERP invoice), else the end of our id.
    static func documentNumber(_ charge: Charge) -> String {
        if let external = charge.externalID, !external.isEmpty { return String(external.prefix(15)) }
        return String(charge.id.rawValue.suffix(10))
    }

    /// "1.234,56": the boxes already say R$.
    static func plain(_ money: Money) -> String {
        let text = money.formatted
        return text.hasPrefix("R$ ") ? String(text.dropFirst(3)) : text
    }

    /// 200 bp → "2,00%".
    static func percent(_ basisPoints: Int64) -> String {
        "\(basisPoints / 100),\(twoDigits(Int(basisPoints % 100)))%"
    }

    static func twoDigits(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
}

extension Boleto {
    /// The civil day it was issued, in São Paulo.
    var issuedOn: CivilDate { CivilDate.today(at: issuedAt, in: .saoPaulo) }
}
