/// How a charge is meant to be paid.
public enum PaymentMethod: String, Sendable, Codable, CaseIterable {
    case boleto
    case pix
    case card
    /// Débito automático in the customer's bank account (CNAB 150).
    case directDebit = "direct_debit"
    /// Cash, transfer or anything registered by hand.
    case manual

    public var labelPT: String {
        switch self {
        case .boleto: "Boleto"
        case .pix: "Pix"
        case .card: "Cartão"
        case .directDebit: "Débito automático"
        case .manual: "Manual"
        }
    }

    /// Business days after a payment before its evidence reliably arrives. A boleto paid on
    /// the due date shows up in the retorno one to three business days later, so nobody may
    /// be chased before this window closes.
    public var clearingBusinessDays: Int {
        switch self {
        case .boleto: 3
        case .directDebit: 2
        case .card: 1
        case .pix, .manual: 0
        }
    }
}
