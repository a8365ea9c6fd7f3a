import AdimpleCore
import BrazilKit
import Foundation
import Testing

@Suite struct CustomerBalanceTests {
    private func charge(_ amount: Int64, due: CivilDate, status: ChargeStatus, paid: Int64 = 0) -> Charge {
        Charge(
            id: Charge.ID("chg_\(amount)_\(due.iso)"), customerID: Customer.ID("cus_1"), description: "x",
            amount: Money(centavos: amount), dueDate: due, method: .boleto, status: status,
            paidPrincipal: Money(centavos: paid), createdAt: Date(timeIntervalSince1970: 0), createdBy: .system)
    }

    @Test func openOverdueAndPaidComeFromTheCharges() throws {
        let today = CivilDate(year: 2026, month: 11, day: 29)!
        let balance = try CustomerBalance(
            charges: [
                charge(10_000, due: CivilDate(year: 2026, month: 9, day: 10)!, status: .overdue),
                charge(20_000, due: CivilDate(year: 2026, month: 10, day: 10)!, status: .partiallyPaid, paid: 5_000),
                charge(30_000, due: CivilDate(year: 2026, month: 12, day: 10)!, status: .open),
                charge(40_000, due: CivilDate(year: 2026, month: 8, day: 10)!, status: .paid, paid: 40_000),
                charge(50_000, due: CivilDate(year: 2026, month: 7, day: 10)!, status: .canceled),
                charge(60_000, due: CivilDate(year: 2027, month: 1, day: 10)!, status: .draft),
            ], today: today)
        #expect(balance.open == Money(centavos: 55_000))
        #expect(balance.overdue == Money(centavos: 25_000))
        #expect(balance.paid == Money(centavos: 45_000))
        #expect(balance.oldestOverdueDueDate == CivilDate(year: 2026, month: 9, day: 10))
        #expect(balance.chargesByStatus[.canceled] == 1)
        #expect(balance.chargesByStatus.values.reduce(0, +) == 6)
    }

    @Test func aCustomerWithoutChargesOwesNothing() throws {
        let balance = try CustomerBalance(charges: [], today: CivilDate(year: 2026, month: 1, day: 1)!)
        #expect(balance.open == .zero)
        #expect(balance.oldestOverdueDueDate == nil)
    }
}
