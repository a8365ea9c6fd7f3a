import BoletoKit
import BrazilKit
import Foundation
import PixKit

/// Builds the boleto of a charge from the account, the nosso número and the amount due: the
/// campo livre, the barcode, the linha digitável and the Pix copia-e-cola of the boleto
/// híbrido. Pure: the service allocates, checks and stores.
enum BoletoIssue {
    /// The nosso número of `sequence`, or a validation error naming the account's field.
    static func nossoNumero(account: BankAccount, sequence: Int64, year: Int) throws(ValidationError) -> NossoNumero {
        do {
            return try account.agreement.nossoNumero(sequence: sequence, issueYear: year)
        } catch {
            throw ValidationError([FieldIssue(field: field(of: error), value: String(sequence), error: error)])
        }
    }

    static func make(
        id: Boleto.ID, charge: Charge, account: BankAccount, company: CompanyProfile, nossoNumero: NossoNumero,
        dueDate: CivilDate, due: AmountDue, kind: Boleto.Kind, issuedAt: Date, by actor: Actor
    ) throws(ValidationError) -> Boleto {
        let barcode: Barcode
        do {
            let campoLivre = try account.agreement.campoLivre(for: nossoNumero)
            barcode = try Barcode(bank: account.bank, dueDate: dueDate, amount: due.total, campoLivre: campoLivre)
        } catch {
            throw ValidationError([FieldIssue(field: field(of: error), value: nil, error: error)])
        }
        return Boleto(
            id: id, chargeID: charge.id, bankAccountID: account.id, bank: account.bank, carteira: account.sequenceScope,
            nossoNumero: nossoNumero, barcode: barcode.digits, linha: barcode.linhaDigitavel.digits, amount: due.total,
            dueDate: dueDate, kind: kind, principal: due.principal, fine: due.fine, interest: due.interest,
            discount: due.discount,
            pixPayload: try pixPayload(account: account, company: company, nossoNumero: nossoNumero, amount: due.total),
            issuedAt: issuedAt, createdBy: actor)
    }

    /// A static BR Code for the same amount, with a txid made of the bank and nosso número so
    /// a Pix received for it points back at the charge. (Dynamic cobv locations come with the
    /// PSP integration.)
    static func pixPayload(account: BankAccount, company: CompanyProfile, nossoNumero: NossoNumero, amount: Money)
        throws(ValidationError) -> String?
    {
        guard let keyText = account.pixKey, !keyText.isEmpty else { return nil }
        do {
            let key = try PixKey(parsing: keyText)
            let txid = String(("BOL" + account.bank.code + nossoNumero.digits).prefix(25))
            return try BRCode.staticCharge(
                key: key, amount: amount, merchantName: company.tradeName ?? company.legalName,
                merchantCity: company.address.city, txid: txid, description: nil
            ).encode()
        } catch {
            throw ValidationError([FieldIssue(field: "bank_account.pix_key", value: keyText, error: error)])
        }
    }

    /// The API's name of the field a BoletoKit error is about.
    static func field(of error: BoletoError) -> String {
        switch error {
        case .amountOutOfRange: "amount"
        case .dueDateOutOfRange: "due_date"
        case .nossoNumeroTooLong, .invalidSequence, .nossoNumeroMismatch: "nosso_numero"
        case .invalidAccountField(let field, _): "bank_account.\(field)"
        case .unknownBank: "bank_account.bank"
        default: "boleto"
        }
    }
}

/// The audit and event form of a boleto.
struct BoletoSnapshot: Encodable {
    let id: String
    let chargeID: String
    let bank: String
    let kind: String
    let nossoNumero: String
    let barcode: String
    let amount: Int64
    let dueDate: String
    let fine: Int64
    let interest: Int64
    let discount: Int64

    init(_ boleto: Boleto) {
        id = boleto.id.rawValue
        chargeID = boleto.chargeID.rawValue
        bank = boleto.bank.code
        kind = boleto.kind.rawValue
        nossoNumero = boleto.nossoNumero.formatted
        barcode = boleto.barcode
        amount = boleto.amount.centavos
        dueDate = boleto.dueDate.iso
        fine = boleto.fine.centavos
        interest = boleto.interest.centavos
        discount = boleto.discount.centavos
    }
}
