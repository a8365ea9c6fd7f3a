/// The `TRNTYPE` of a statement line, from the OFX enumeration.
///
/// The sign of ``OFXTransaction/amount`` is what says money came in or went out; the type is the
/// bank's own label and is often just `CREDIT`, `DEBIT` or `OTHER`.
public enum OFXTransactionType: Hashable, Sendable, CustomStringConvertible {
    case credit, debit, interest, dividend, fee, serviceCharge, deposit, atm, pointOfSale, transfer
    case check, payment, cash, directDeposit, directDebit, repeatPayment, hold, other
    /// A value outside the OFX enumeration, kept as written (uppercased).
    case unknown(String)

    /// Reads a `TRNTYPE` value in any letter case.
    public init(ofx text: String) {
        let upper = text.uppercased()
        self = Self.byName[upper] ?? .unknown(upper)
    }

    /// The OFX spelling: "CREDIT", "SRVCHG", "XFER"…
    public var ofxName: String {
        switch self {
        case .credit: "CREDIT"
        case .debit: "DEBIT"
        case .interest: "INT"
        case .dividend: "DIV"
        case .fee: "FEE"
        case .serviceCharge: "SRVCHG"
        case .deposit: "DEP"
        case .atm: "ATM"
        case .pointOfSale: "POS"
        case .transfer: "XFER"
        case .check: "CHECK"
        case .payment: "PAYMENT"
        case .cash: "CASH"
        case .directDeposit: "DIRECTDEP"
        case .directDebit: "DIRECTDEBIT"
        case .repeatPayment: "REPEATPMT"
        case .hold: "HOLD"
        case .other: "OTHER"
        case .unknown(let name): name
        }
    }

    /// The OFX spelling.
    public var description: String { ofxName }

    /// Types that only ever take money out of the account.
    ///
    /// Used when a bank writes every amount unsigned and tells debits apart by type alone. `XFER`,
    /// `OTHER` and `INT` go either way and are deliberately not in this list.
    public var isAlwaysDebit: Bool {
        switch self {
        case .debit, .payment, .fee, .serviceCharge, .atm, .pointOfSale, .check, .cash, .directDebit,
            .repeatPayment:
            true
        default:
            false
        }
    }

    /// Reads a `TRNTYPE` straight from the file's bytes, without making a string for the usual values.
    init(ofxBytes raw: ArraySlice<UInt8>) {
        let bytes = raw.ofxTrimmed()
        for (name, type) in Self.byteNames where bytes.count == name.count {
            if zip(bytes, name).allSatisfy({ $0.ofxUppercased == $1 }) {
                self = type
                return
            }
        }
        self = .unknown(String(decoding: bytes, as: UTF8.self).uppercased())
    }

    private static let all: [OFXTransactionType] = [
        .credit, .debit, .interest, .dividend, .fee, .serviceCharge, .deposit, .atm, .pointOfSale, .transfer,
        .check, .payment, .cash, .directDeposit, .directDebit, .repeatPayment, .hold, .other,
    ]

    private static let byName: [String: OFXTransactionType] = Dictionary(
        uniqueKeysWithValues: all.map { ($0.ofxName, $0) })

    private static let byteNames: [(name: [UInt8], type: OFXTransactionType)] = all.map { (Array($0.ofxName.utf8), $0) }
}

/// The `ACCTTYPE` of a bank account.
public enum OFXAccountType: Hashable, Sendable, CustomStringConvertible {
    /// Conta corrente.
    case checking
    /// Poupança.
    case savings
    /// Money-market account.
    case moneyMarket
    /// Line of credit (cheque especial accounts are sometimes exported this way).
    case creditLine
    /// Certificate of deposit.
    case certificateOfDeposit
    /// A value outside the OFX enumeration, kept as written (uppercased).
    case unknown(String)

    /// Reads an `ACCTTYPE` value in any letter case.
    public init(ofx text: String) {
        switch text.uppercased() {
        case "CHECKING": self = .checking
        case "SAVINGS": self = .savings
        case "MONEYMRKT": self = .moneyMarket
        case "CREDITLINE": self = .creditLine
        case "CD": self = .certificateOfDeposit
        case let other: self = .unknown(other)
        }
    }

    /// The OFX spelling.
    public var description: String {
        switch self {
        case .checking: "CHECKING"
        case .savings: "SAVINGS"
        case .moneyMarket: "MONEYMRKT"
        case .creditLine: "CREDITLINE"
        case .certificateOfDeposit: "CD"
        case .unknown(let name): name
        }
    }
}
