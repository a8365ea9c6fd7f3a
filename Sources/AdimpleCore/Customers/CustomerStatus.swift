/// Where a customer stands in the relationship: lead → active → inactive (and back).
public enum CustomerStatus: String, Sendable, Codable, CaseIterable {
    case lead, active, inactive

    /// Moves to `target` if the lifecycle allows it.
    ///
    /// A lead becomes active on the first sale, or inactive when it is lost; an active
    /// customer may become inactive and be reactivated later. Nothing goes back to lead.
    public func transition(to target: CustomerStatus) throws(DomainError) -> CustomerStatus {
        switch (self, target) {
        case (.lead, .active), (.lead, .inactive), (.active, .inactive), (.inactive, .active):
            return target
        default:
            throw DomainError(
                .invalidTransition,
                pt: "Cliente não pode passar de \(self.labelPT) para \(target.labelPT)",
                en: "A customer cannot go from \(rawValue) to \(target.rawValue)")
        }
    }

    public var labelPT: String {
        switch self {
        case .lead: "lead"
        case .active: "ativo"
        case .inactive: "inativo"
        }
    }
}
