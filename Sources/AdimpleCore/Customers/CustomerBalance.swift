import BrazilKit

/// Where a customer stands: what is owed, what is late, what was paid. Computed from the
/// customer's charges so it can never disagree with them.
public struct CustomerBalance: Hashable, Sendable {
    /// Principal still owed on open, overdue and partially paid charges.
    public let open: Money
    /// The part of `open` whose due date has passed.
    public let overdue: Money
    /// Principal received on all charges.
    public let paid: Money
    public let chargesByStatus: [ChargeStatus: Int]
    /// The oldest unpaid due date, for "late since".
    public let oldestOverdueDueDate: CivilDate?

    public init(charges: [Charge], today: CivilDate) throws(MoneyError) {
        var open = Money.zero
        var overdue = Money.zero
        var paid = Money.zero
        var byStatus: [ChargeStatus: Int] = [:]
        var oldest: CivilDate?
        for charge in charges {
            byStatus[charge.status, default: 0] += 1
            paid = try paid + charge.paidPrincipal
            guard charge.status.isReceivable else { continue }
            open = try open + charge.openAmount
            if charge.dueDate < today {
                overdue = try overdue + charge.openAmount
                oldest = min(oldest ?? charge.dueDate, charge.dueDate)
            }
        }
        self.open = open
        self.overdue = overdue
        self.paid = paid
        self.chargesByStatus = byStatus
        self.oldestOverdueDueDate = oldest
    }
}
