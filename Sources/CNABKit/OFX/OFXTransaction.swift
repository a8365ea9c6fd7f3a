import BrazilKit

/// One statement line (`STMTTRN`).
public struct OFXTransaction: Hashable, Sendable {
    /// `TRNTYPE`; ``OFXTransactionType/other`` when the bank left it out (a warning says so).
    public var type: OFXTransactionType
    /// `DTPOSTED`, when the bank booked it: the date reconciliation uses.
    public var posted: OFXDateTime
    /// `DTUSER`, when the customer made it, if given.
    public var userDate: OFXDateTime?
    /// `DTAVAIL`, when the funds become available, if given.
    public var availableDate: OFXDateTime?
    /// `TRNAMT` in centavos: positive for money in, negative for money out.
    public var amount: Money
    /// True when the file's amounts were unsigned and this one was made negative from its `TRNTYPE`.
    public var signInferredFromType: Bool
    /// `FITID`, the bank's id for the line; nil when absent or empty (Banco do Brasil balance lines).
    public var fitID: String?
    /// `CHECKNUM`, if given (banks put document numbers here, not only cheque numbers).
    public var checkNumber: String?
    /// `REFNUM`, if given.
    public var referenceNumber: String?
    /// `NAME`, or the `NAME` inside `PAYEE` when only that is given.
    public var name: String?
    /// `MEMO`, where Brazilian banks write the description ("PIX RECEBIDO - FULANO").
    public var memo: String?
    /// `PAYEEID`, if given.
    public var payeeID: String?
    /// The 1-based line of the `<STMTTRN>` tag.
    public var line: Int
    /// The key that identifies this line across imports; see ``OFXLineKey``.
    public var lineKey: OFXLineKey

    /// Builds a transaction, e.g. in tests of code that consumes statements.
    public init(
        type: OFXTransactionType, posted: OFXDateTime, userDate: OFXDateTime? = nil,
        availableDate: OFXDateTime? = nil, amount: Money, signInferredFromType: Bool = false, fitID: String?,
        checkNumber: String? = nil, referenceNumber: String? = nil, name: String? = nil, memo: String? = nil,
        payeeID: String? = nil, line: Int, lineKey: OFXLineKey
    ) {
        self.type = type
        self.posted = posted
        self.userDate = userDate
        self.availableDate = availableDate
        self.amount = amount
        self.signInferredFromType = signInferredFromType
        self.fitID = fitID
        self.checkNumber = checkNumber
        self.referenceNumber = referenceNumber
        self.name = name
        self.memo = memo
        self.payeeID = payeeID
        self.line = line
        self.lineKey = lineKey
    }

    /// The calendar date of `DTPOSTED` as the bank wrote it.
    public var postedDate: CivilDate { posted.date }

    /// The texts where banks write who paid and why: `MEMO` first, then `NAME`.
    public var descriptiveTexts: [String] { [memo, name].compactMap { $0 } }
}

/// A bank account (`BANKACCTFROM`) or a card account (`CCACCTFROM`, which has only `ACCTID`).
public struct OFXAccount: Hashable, Sendable {
    /// `BANKID` as written: "0341", "341", "1", "001" all occur for the same kind of bank.
    public var bankID: String?
    /// `BRANCHID` as written, often with its check digit ("1234-5").
    public var branchID: String?
    /// `ACCTID` as written ("12345-6", "0501-123456-7", a card number with asterisks).
    public var accountID: String
    /// `ACCTTYPE`, when given.
    public var accountType: OFXAccountType?

    /// Describes an account.
    public init(bankID: String?, branchID: String?, accountID: String, accountType: OFXAccountType?) {
        self.bankID = bankID
        self.branchID = branchID
        self.accountID = accountID
        self.accountType = accountType
    }

    /// The bank code as a number-like string without leading zeros, so "0341" and "341" agree.
    public var normalizedBankID: String? { bankID.map(Self.normalizedPart) }

    /// The account in one compact form, "341/1234/123456": bank, branch and account, each as
    /// uppercase letters and digits without punctuation or leading zeros.
    public var normalizedIdentifier: String {
        [bankID, branchID, accountID].map { $0.map(Self.normalizedPart) ?? "" }.joined(separator: "/")
    }

    static func normalizedPart(_ text: String) -> String {
        let kept = text.unicodeScalars.filter { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0)) }
        let upper = String(String.UnicodeScalarView(kept)).uppercased()
        let trimmed = upper.drop { $0 == "0" }
        return trimmed.isEmpty && !upper.isEmpty ? "0" : String(trimmed)
    }
}

/// A balance (`LEDGERBAL` or `AVAILBAL`).
public struct OFXBalance: Hashable, Sendable {
    /// `BALAMT` in centavos.
    public var amount: Money
    /// `DTASOF`, when given and readable.
    public var asOf: OFXDateTime?

    /// Describes a balance.
    public init(amount: Money, asOf: OFXDateTime?) {
        self.amount = amount
        self.asOf = asOf
    }
}
