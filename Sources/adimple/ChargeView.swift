import AdimpleCore
import BrazilKit
import Foundation

/// How charges look in the terminal.
enum ChargeView {
    struct MoneyForm: Encodable {
        let centavos: Int64
        let formatted: String
        init(_ money: Money) {
            centavos = money.centavos
            formatted = money.formatted
        }
    }

    struct JSONForm: Encodable {
        let id: String
        let customerId: String
        let description: String
        let amount: MoneyForm
        let openAmount: MoneyForm
        let paidPrincipal: MoneyForm
        let dueDate: String
        let method: String
        let status: String
        let fineBasisPoints: Int64
        let interestBasisPoints: Int64
        let externalId: String?
        let installment: String?
        let createdAt: Date
        let updatedAt: Date
    }

    static func json(_ charge: Charge) -> String {
        CustomerView.encode(
            JSONForm(
                id: charge.id.rawValue, customerId: charge.customerID.rawValue, description: charge.description,
                amount: MoneyForm(charge.amount), openAmount: MoneyForm(charge.openAmount),
                paidPrincipal: MoneyForm(charge.paidPrincipal), dueDate: charge.dueDate.iso, method: charge.method.rawValue,
                status: charge.status.rawValue, fineBasisPoints: charge.lateCharges.fineBasisPoints,
                interestBasisPoints: charge.lateCharges.monthlyInterestBasisPoints, externalId: charge.externalID,
                installment: charge.installment?.label, createdAt: charge.createdAt, updatedAt: charge.updatedAt))
    }

    static func detail(_ charge: Charge, _ due: AmountDue?, _ language: Language) -> String {
        let pt = language == .ptBR
        var rows: [(String, String)] = [
            ("Id", charge.id.rawValue),
            (pt ? "Cliente" : "Customer", charge.customerID.rawValue),
            (pt ? "Descrição" : "Description", charge.description),
            (pt ? "Valor" : "Amount", charge.amount.formatted),
            (pt ? "Vencimento" : "Due date", pt ? charge.dueDate.brazilian : charge.dueDate.iso),
            (pt ? "Forma" : "Method", pt ? charge.method.labelPT : charge.method.rawValue),
            (pt ? "Situação" : "Status", pt ? charge.status.labelPT : charge.status.rawValue),
            (pt ? "Em aberto" : "Open", charge.openAmount.formatted),
            (
                pt ? "Multa / juros" : "Fine / interest",
                "\(Percentage.text(basisPoints: charge.lateCharges.fineBasisPoints))% / \(Percentage.text(basisPoints: charge.lateCharges.monthlyInterestBasisPoints))% \(pt ? "a.m." : "per month")"
            ),
        ]
        if let installment = charge.installment { rows.append((pt ? "Parcela" : "Installment", installment.label)) }
        if let external = charge.externalID { rows.append((pt ? "Código externo" : "External id", external)) }
        if let due, charge.status.isReceivable {
            var text = due.total.formatted
            if due.daysLate > 0 {
                text += pt
                    ? " (principal \(due.principal.formatted) + multa \(due.fine.formatted) + juros \(due.interest.formatted); \(due.daysLate) dias de atraso)"
                    : " (principal \(due.principal.formatted) + fine \(due.fine.formatted) + interest \(due.interest.formatted); \(due.daysLate) days late)"
            }
            rows.append((pt ? "Valor para hoje" : "Due today", text))
        }
        let width = rows.map(\.0.count).max() ?? 0
        return rows.map { $0.0.padding(toLength: width, withPad: " ", startingAt: 0) + "  " + $0.1 }.joined(separator: "\n")
    }

    static func table(_ charges: [Charge], _ language: Language, today: CivilDate) -> String {
        let pt = language == .ptBR
        if charges.isEmpty { return pt ? "Nenhuma cobrança." : "No charges." }
        return TextTable.render(
            header: [
                "Id", pt ? "Vencimento" : "Due", pt ? "Valor" : "Amount", pt ? "Em aberto" : "Open",
                pt ? "Forma" : "Method", pt ? "Situação" : "Status", pt ? "Descrição" : "Description",
            ],
            rows: charges.map {
                [
                    $0.id.rawValue, pt ? $0.dueDate.brazilian : $0.dueDate.iso, $0.amount.formatted, $0.openAmount.formatted,
                    pt ? $0.method.labelPT : $0.method.rawValue, pt ? $0.status.labelPT : $0.status.rawValue, $0.description,
                ]
            })
    }

    static func payments(_ payments: [Payment], _ language: Language) -> String {
        let pt = language == .ptBR
        return TextTable.render(
            header: [pt ? "Pagamento" : "Payment", pt ? "Data" : "Date", pt ? "Valor" : "Amount", "Principal", pt ? "Multa+juros" : "Fine+interest", pt ? "Origem" : "Source"],
            rows: payments.map {
                [
                    $0.id.rawValue, pt ? $0.paidOn.brazilian : $0.paidOn.iso, $0.amount.formatted, $0.principal.formatted,
                    ((try? $0.fine + $0.interest) ?? .zero).formatted, $0.source.rawValue,
                ]
            })
    }
}
