import AdimpleCore
import BrazilKit

/// How a demo customer behaves: what they buy and how they pay.
struct DemoPlan: Sendable {
    enum Behaviour: Sendable {
        /// Pays on or a little before the due date.
        case punctual
        /// Pays, but days or weeks late (with multa and juros).
        case late
        /// Stopped paying at some point; the oldest debts get renegotiated or written off.
        case delinquent
        /// Paid for a while, then left.
        case churned
        /// Never bought: a lead.
        case lead
    }

    /// One monthly charge to play.
    struct ChargeStep: Sendable {
        let dueDate: CivilDate
        let amount: Money
        let method: PaymentMethod
        let behaviour: Behaviour
        let installment: Installment?
        let description: String
    }

    let behaviour: Behaviour
    let firstContact: CivilDate
    let charges: [ChargeStep]

    /// The status at creation; churned customers become inactive after their last charge.
    var customerStatus: CustomerStatus {
        behaviour == .lead ? .lead : .active
    }

    static let monthlyPrices: [Int64] = [8_990, 12_990, 19_900, 24_990, 34_990, 59_000, 89_900, 129_000]
    static let products = [
        "Mensalidade plano Essencial", "Mensalidade plano Profissional", "Mensalidade plano Empresarial",
        "Assinatura de suporte técnico", "Mensalidade escolar", "Plano de manutenção predial",
    ]
    static let monthNames = [
        "janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro",
        "novembro", "dezembro",
    ]

    static func draw(_ random: inout SeededGenerator, today: CivilDate) -> DemoPlan {
        let roll = random.int(in: 1...100)
        let behaviour: Behaviour =
            switch roll {
            case 1...60: .punctual
            case 61...80: .late
            case 81...90: .delinquent
            case 91...96: .churned
            default: .lead
            }
        let months = random.int(in: 2...12)
        let dueDay = random.pick([5, 10, 15, 20, 25])
        let price = Money(centavos: random.pick(monthlyPrices))
        let method: PaymentMethod =
            switch random.int(in: 1...100) {
            case 1...50: .boleto
            case 51...80: .pix
            case 81...92: .card
            default: .directDebit
            }
        let product = random.pick(products)
        let firstDue = dueDate(monthsAgo: months - 1, day: dueDay, today: today)
        let firstContact = firstDue.adding(days: -random.int(in: 15...60))
        guard behaviour != .lead else { return DemoPlan(behaviour: .lead, firstContact: firstContact, charges: []) }

        var steps: [ChargeStep] = []
        let lastMonthsAgo = behaviour == .churned ? random.int(in: 1...max(1, months - 1)) : -1  // -1: next month too
        for monthsAgo in stride(from: months - 1, through: lastMonthsAgo, by: -1) {
            let due = dueDate(monthsAgo: monthsAgo, day: dueDay, today: today)
            steps.append(
                ChargeStep(
                    dueDate: due, amount: price, method: method, behaviour: behaviour, installment: nil,
                    description: "\(product) — \(monthNames[due.month - 1])/\(due.year)"))
        }
        // One in ten also bought something in installments (parcelamento).
        if random.chance(10) {
            let total = Money(centavos: Int64(random.int(in: 60...480)) * 1_000)
            let count = random.pick([3, 4, 6])
            let firstMonthsAgo = random.int(in: 0...max(0, months - 1))
            let parts = (try? total.split(into: count)) ?? []
            for (index, part) in parts.enumerated() {
                let due = dueDate(monthsAgo: firstMonthsAgo - index, day: dueDay, today: today)
                steps.append(
                    ChargeStep(
                        dueDate: due, amount: part, method: .boleto, behaviour: behaviour,
                        installment: Installment(number: index + 1, count: count),
                        description: "Equipamento — parcela \(index + 1)/\(count)"))
            }
        }
        return DemoPlan(behaviour: behaviour, firstContact: firstContact, charges: steps.sorted { $0.dueDate < $1.dueDate })
    }

    /// The due date `monthsAgo` months before this month, on `day` (negative: in the future).
    static func dueDate(monthsAgo: Int, day: Int, today: CivilDate) -> CivilDate {
        let first = CivilDate(year: today.year, month: today.month, day: 1)!
        let month = first.adding(months: -monthsAgo)
        return CivilDate(year: month.year, month: month.month, day: day)!
    }
}
