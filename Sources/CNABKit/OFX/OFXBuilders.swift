/// The raw values of one `STMTTRN` while it is being read.
struct OFXTransactionBuilder {
    typealias Value = OFXParser.LeafValue

    let offset: Int
    var type: Value?
    var posted: Value?
    var userDate: Value?
    var availableDate: Value?
    var amount: Value?
    var fitID: Value?
    var checkNumber: Value?
    var referenceNumber: Value?
    var name: Value?
    var memo: Value?
    var payeeID: Value?
    var payeeName: Value?

    init(offset: Int) {
        self.offset = offset
    }

    /// Records a leaf of the transaction; a repeated one keeps the first value and reports it.
    mutating func set(_ element: OFXElement, _ value: Value, repeated: inout OFXWarning.Kind?) {
        switch element {
        case .transactionType: keep(&type, value, element, &repeated)
        case .postedDate: keep(&posted, value, element, &repeated)
        case .userDate: keep(&userDate, value, element, &repeated)
        case .availableDate: keep(&availableDate, value, element, &repeated)
        case .amount: keep(&amount, value, element, &repeated)
        case .fitID: keep(&fitID, value, element, &repeated)
        case .checkNumber: keep(&checkNumber, value, element, &repeated)
        case .referenceNumber: keep(&referenceNumber, value, element, &repeated)
        case .name: keep(&name, value, element, &repeated)
        case .memo: keep(&memo, value, element, &repeated)
        case .payeeID: keep(&payeeID, value, element, &repeated)
        default: break
        }
    }

    /// Records the `NAME` of a `PAYEE` aggregate, used when the line has no `NAME` of its own.
    mutating func set(payeeName value: Value, repeated: inout OFXWarning.Kind?) {
        keep(&payeeName, value, .name, &repeated)
    }
}

/// The raw values of one `STMTRS` / `CCSTMTRS` and the lines read so far.
struct OFXStatementBuilder {
    typealias Value = OFXParser.LeafValue

    let kind: OFXStatement.Kind
    let offset: Int
    let line: Int
    var accountOffset: Int?
    var currency: Value?
    var bankID: Value?
    var branchID: Value?
    var accountID: Value?
    var accountType: Value?
    var start: Value?
    var end: Value?
    var ledgerAmount: Value?
    var ledgerDate: Value?
    var availableAmount: Value?
    var availableDate: Value?
    var transactions: [OFXTransaction] = []
    var balanceLines: [OFXTransaction] = []
    var rejected: [OFXError] = []
    var warnings: [OFXWarning] = []

    init(kind: OFXStatement.Kind, offset: Int, line: Int) {
        self.kind = kind
        self.offset = offset
        self.line = line
    }

    /// Records a leaf of the statement found directly inside `aggregate`.
    mutating func set(_ element: OFXElement, in aggregate: OFXElement, _ value: Value, repeated: inout OFXWarning.Kind?)
    {
        switch (aggregate, element) {
        case (_, .currencyDefault) where aggregate.isStatement: keep(&currency, value, element, &repeated)
        case (.bankAccountFrom, .bankID), (.creditCardAccountFrom, .bankID): keep(&bankID, value, element, &repeated)
        case (.bankAccountFrom, .branchID), (.creditCardAccountFrom, .branchID):
            keep(&branchID, value, element, &repeated)
        case (.bankAccountFrom, .accountID), (.creditCardAccountFrom, .accountID):
            keep(&accountID, value, element, &repeated)
        case (.bankAccountFrom, .accountType): keep(&accountType, value, element, &repeated)
        case (.bankTransactionList, .startDate): keep(&start, value, element, &repeated)
        case (.bankTransactionList, .endDate): keep(&end, value, element, &repeated)
        case (.ledgerBalance, .balanceAmount): keep(&ledgerAmount, value, element, &repeated)
        case (.ledgerBalance, .balanceDate): keep(&ledgerDate, value, element, &repeated)
        case (.availableBalance, .balanceAmount): keep(&availableAmount, value, element, &repeated)
        case (.availableBalance, .balanceDate): keep(&availableDate, value, element, &repeated)
        default: break
        }
    }
}

/// Keeps the first value of an element; a second one is reported rather than silently winning.
private func keep(
    _ slot: inout OFXParser.LeafValue?, _ value: OFXParser.LeafValue, _ element: OFXElement,
    _ repeated: inout OFXWarning.Kind?
) {
    if slot == nil {
        slot = value
    } else {
        repeated = .repeatedElement(element.tagName)
    }
}
