import AdimpleCore
import BrazilKit
import Foundation

/// Plays one charge of a demo customer through time with the real use cases.
struct DemoTimeline {
    let context: ServiceContext
    let clock: ManualClock
    let charges: ChargeService
    let calculator: LateChargeCalculator
    let customer: Customer
    let today: CivilDate

    struct Outcome {
        let status: ChargeStatus
        let payments: Int
    }

    private static let actor = DemoCompany.actor

    func play(_ step: DemoPlan.ChargeStep, random: inout SeededGenerator, in session: any StoreSession) async throws
        -> Outcome
    {
        let issueDay = min(step.dueDate.adding(days: -10), today)
        travel(to: issueDay, hour: 8, random: &random)
        let keepAsDraft = step.dueDate > today && random.chance(5)
        var charge = try await charges.create(
            ChargeInput(
                customerID: customer.id.rawValue, description: step.description, amountCentavos: step.amount.centavos,
                dueDate: step.dueDate.iso, method: step.method.rawValue, issue: !keepAsDraft),
            by: Self.actor, in: session)
        if keepAsDraft { return Outcome(status: .draft, payments: 0) }

        let effectiveDue = calculator.effectiveDueDate(step.dueDate)
        // A few charges are canceled before they fall due (a sale undone, a duplicate).
        if random.chance(2) {
            travel(to: min(issueDay.adding(days: 2), today), hour: 11, random: &random)
            charge = try await charges.transition(charge.id, .cancel, by: Self.actor, in: session)
            return Outcome(status: charge.status, payments: 0)
        }

        let age = today.days(since: step.dueDate)
        switch step.behaviour {
        case .punctual, .churned:
            let payDay = step.dueDate.adding(days: -random.int(in: 0...5))
            if payDay <= today { return try await pay(charge, on: payDay, random: &random, in: session) }
        case .late:
            let payDay = step.dueDate.adding(days: random.int(in: 2...35))
            if payDay <= today {
                charge = try await markOverdue(charge, effectiveDue: effectiveDue, random: &random, in: session)
                return try await pay(charge, on: max(payDay, effectiveDue.adding(days: 1)), random: &random, in: session)
            }
        case .delinquent:
            if age > 0 && random.chance(15) {
                // Paid part of it, then stopped.
                charge = try await markOverdue(charge, effectiveDue: effectiveDue, random: &random, in: session)
                return try await pay(
                    charge, on: min(effectiveDue.adding(days: 5), today), partial: true, random: &random, in: session)
            }
        case .lead:
            break
        }
        if today > effectiveDue && charge.status == .open {
            charge = try await markOverdue(charge, effectiveDue: effectiveDue, random: &random, in: session)
            if step.behaviour == .delinquent && age > 120 {
                let outcome = random.int(in: 1...10)
                travel(to: today.adding(days: -random.int(in: 1...20)), hour: 15, random: &random)
                if outcome <= 3 {
                    charge = try await charges.transition(charge.id, .writeOff, by: Self.actor, in: session)
                } else if outcome <= 6 {
                    charge = try await charges.transition(charge.id, .renegotiate, by: Self.actor, in: session)
                }
            }
        }
        return Outcome(status: charge.status, payments: 0)
    }

    private func markOverdue(
        _ charge: Charge, effectiveDue: CivilDate, random: inout SeededGenerator, in session: any StoreSession
    ) async throws -> Charge {
        let day = effectiveDue.adding(days: 1)
        travel(to: day, hour: 1, random: &random)
        return try await charges.transition(
            charge.id, .dueDatePassed(today: day, effectiveDueDate: effectiveDue), by: .system, in: session)
    }

    private func pay(
        _ charge: Charge, on day: CivilDate, partial: Bool = false, random: inout SeededGenerator,
        in session: any StoreSession
    ) async throws -> Outcome {
        travel(to: day, hour: 13, random: &random)
        let due = try calculator.amountDue(for: charge, isConsumer: customer.isConsumer, on: day)
        let amount = partial ? try due.total.proportion(1, of: 2) : due.total
        let source: Payment.Source =
            switch charge.method {
            case .boleto: .cnab
            case .pix: .pix
            case .card: .card
            case .directDebit: .directDebit
            case .manual: .manual
            }
        let fee: Money = charge.method == .boleto ? Money(centavos: 250) : .zero
        let result = try await charges.registerPayment(
            charge.id, amount: amount, paidOn: day, source: source, fee: fee,
            creditedOn: calendar.adding(businessDays: charge.method.clearingBusinessDays, to: day),
            naturalKey: "demo:\(charge.id.rawValue)", by: Self.actor, in: session)
        return Outcome(status: result.charge.status, payments: 1)
    }

    private var calendar: BankCalendar { calculator.calendar }

    /// Sets the clock to a moment of `day` in São Paulo.
    private func travel(to day: CivilDate, hour: Int, random: inout SeededGenerator) {
        let seconds = hour * 3600 + random.int(in: 0...3599)
        clock.set(day.startOfDay(in: .saoPaulo).addingTimeInterval(TimeInterval(seconds)))
    }
}
