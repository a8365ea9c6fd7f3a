/// Choices the OFX reader leaves to the caller; the defaults suit Brazilian bank exports.
public struct OFXParseOptions: Sendable, Equatable {
    /// The UTC offset assumed for dates written without `[offset]`, in seconds.
    ///
    /// Brasília time (−10 800) by default: Brazilian banks write local dates and times without a
    /// zone, although the OFX spec would read them as GMT.
    public var defaultUTCOffsetSeconds: Int
    /// When true, one unreadable transaction refuses the whole file; when false (the default) it is
    /// listed in ``OFXStatement/rejectedTransactions`` with its line and the rest is kept.
    public var rejectsWholeFileOnBadTransaction: Bool
    /// When true (the default), "Saldo Anterior", "Saldo do dia" and similar pseudo-transactions that
    /// Banco do Brasil and Itaú put among the lines go to ``OFXStatement/balanceLines`` instead of
    /// ``OFXStatement/transactions``.
    public var separatesBalanceLines: Bool
    /// When true (the default) and a statement has no negative amount at all but has debit-only types
    /// (`DEBIT`, `PAYMENT`, `FEE`…) with positive amounts, those amounts are made negative, because
    /// the bank put the sign in `TRNTYPE` only. A warning records it.
    public var infersSignFromTransactionType: Bool
    /// When false, a credit-card statement (`CCSTMTRS`) refuses the file with a clear error.
    public var acceptsCreditCardStatements: Bool

    /// The options, each defaulting as documented.
    public init(
        defaultUTCOffsetSeconds: Int = -3 * 3600, rejectsWholeFileOnBadTransaction: Bool = false,
        separatesBalanceLines: Bool = true, infersSignFromTransactionType: Bool = true,
        acceptsCreditCardStatements: Bool = true
    ) {
        self.defaultUTCOffsetSeconds = defaultUTCOffsetSeconds
        self.rejectsWholeFileOnBadTransaction = rejectsWholeFileOnBadTransaction
        self.separatesBalanceLines = separatesBalanceLines
        self.infersSignFromTransactionType = infersSignFromTransactionType
        self.acceptsCreditCardStatements = acceptsCreditCardStatements
    }
}
