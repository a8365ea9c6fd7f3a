import BrazilKit

/// One bank or credit-card statement read from an OFX file (`STMTRS` or `CCSTMTRS`).
///
/// Read one with `OFXStatement(parsing:options:)` when a file must hold exactly one statement (the
/// usual export), or with ``OFXDocument`` when a file may hold several accounts.
public struct OFXStatement: Sendable, Equatable {
    /// Which kind of statement this is.
    public enum Kind: Sendable, Equatable {
        /// A checking or savings account (`STMTRS`).
        case bank
        /// A credit card (`CCSTMTRS`): purchases are negative, payments positive.
        case creditCard
    }

    /// Which kind of statement this is.
    public var kind: Kind
    /// The account; for cards only ``OFXAccount/accountID`` is set.
    public var account: OFXAccount
    /// `CURDEF` ("BRL"), nil when the bank left it out.
    public var currency: String?
    /// `DTSTART` of the transaction list, when given and readable.
    public var start: OFXDateTime?
    /// `DTEND` of the transaction list, when given and readable.
    public var end: OFXDateTime?
    /// `LEDGERBAL`, the booked balance, when given and readable.
    public var ledgerBalance: OFXBalance?
    /// `AVAILBAL`, the available balance, when given and readable.
    public var availableBalance: OFXBalance?
    /// The statement lines in file order, balance pseudo-lines and rejected lines excluded.
    public var transactions: [OFXTransaction]
    /// "Saldo Anterior" / "Saldo do dia" pseudo-lines, kept apart (see ``OFXParseOptions/separatesBalanceLines``).
    public var balanceLines: [OFXTransaction]
    /// Lines that could not be read, each naming its line and element. Empty in strict mode, which throws instead.
    public var rejectedTransactions: [OFXError]
    /// Oddities that did not stop the statement from being read.
    public var warnings: [OFXWarning]
    /// The 1-based line of the `<STMTRS>` or `<CCSTMTRS>` tag.
    public var line: Int

    /// Describes a statement.
    public init(
        kind: Kind, account: OFXAccount, currency: String?, start: OFXDateTime?, end: OFXDateTime?,
        ledgerBalance: OFXBalance?, availableBalance: OFXBalance?, transactions: [OFXTransaction],
        balanceLines: [OFXTransaction] = [], rejectedTransactions: [OFXError] = [], warnings: [OFXWarning] = [],
        line: Int
    ) {
        self.kind = kind
        self.account = account
        self.currency = currency
        self.start = start
        self.end = end
        self.ledgerBalance = ledgerBalance
        self.availableBalance = availableBalance
        self.transactions = transactions
        self.balanceLines = balanceLines
        self.rejectedTransactions = rejectedTransactions
        self.warnings = warnings
        self.line = line
    }

    /// Reads a file that holds exactly one statement.
    ///
    /// Throws ``OFXError/Reason/multipleStatements(count:)`` for multi-account files rather than
    /// silently picking one; read those with ``OFXDocument``.
    public init(parsing bytes: [UInt8], options: OFXParseOptions = OFXParseOptions()) throws(OFXError) {
        let document = try OFXDocument(parsing: bytes, options: options)
        guard document.statements.count == 1, let only = document.statements.first else {
            throw OFXError(.multipleStatements(count: document.statements.count))
        }
        self = only
    }

    /// Reads a file that holds exactly one statement, from text already in memory.
    public init(parsing text: String, options: OFXParseOptions = OFXParseOptions()) throws(OFXError) {
        try self.init(parsing: Array(text.utf8), options: options)
    }

    /// The `FITID`s that appear on more than one line, with those lines, in file order.
    public var duplicateFITIDs: [OFXDuplicateFITID] {
        warnings.compactMap { warning in
            if case .duplicateFITID(let fitID, let lines) = warning.kind {
                OFXDuplicateFITID(fitID: fitID, lines: lines)
            } else {
                nil
            }
        }
    }

    /// The sum of the transactions, to compare with the balances; nil when it does not fit in `Money`
    /// (only a corrupted file gets there, and a wrapped sum would look plausible).
    public var total: Money? {
        var sum: Int64 = 0
        for transaction in transactions {
            let (next, overflow) = sum.addingReportingOverflow(transaction.amount.centavos)
            guard !overflow else { return nil }
            sum = next
        }
        return Money(centavos: sum)
    }
}

/// A `FITID` that the bank used on more than one line of a statement.
public struct OFXDuplicateFITID: Hashable, Sendable {
    /// The repeated `FITID`.
    public var fitID: String
    /// The 1-based lines of every `STMTTRN` that carries it.
    public var lines: [Int]

    /// Describes a repeated `FITID`.
    public init(fitID: String, lines: [Int]) {
        self.fitID = fitID
        self.lines = lines
    }
}

/// A whole OFX file: its header, the institution and every statement in it.
public struct OFXDocument: Sendable, Equatable {
    /// The header block.
    public var header: OFXHeader
    /// `ORG` of the sign-on `FI` aggregate ("NU PAGAMENTOS S.A."), when given.
    public var organization: String?
    /// `FID` of the sign-on `FI` aggregate ("260"), when given.
    public var institutionID: String?
    /// `DTSERVER`, when the file was generated, if given and readable.
    public var serverDate: OFXDateTime?
    /// Every statement, in file order.
    public var statements: [OFXStatement]
    /// How the text values were decoded.
    public var textEncoding: OFXTextEncoding
    /// Oddities outside any statement (an unreadable `DTSERVER`).
    public var warnings: [OFXWarning]

    /// Reads OFX 1.x (SGML) or 2.x (XML) bytes exactly as downloaded from the bank.
    ///
    /// The whole file is refused, with the reason and the line, when it is not OFX, is cut short or
    /// mis-nested, or holds no statement: a partial statement must never look like a complete one.
    public init(parsing bytes: [UInt8], options: OFXParseOptions = OFXParseOptions()) throws(OFXError) {
        var parser = OFXParser(bytes: bytes, options: options)
        self = try parser.parse()
    }

    /// Reads OFX text already in memory.
    public init(parsing text: String, options: OFXParseOptions = OFXParseOptions()) throws(OFXError) {
        try self.init(parsing: Array(text.utf8), options: options)
    }

    /// Describes a document.
    public init(
        header: OFXHeader, organization: String?, institutionID: String?, serverDate: OFXDateTime?,
        statements: [OFXStatement], textEncoding: OFXTextEncoding, warnings: [OFXWarning]
    ) {
        self.header = header
        self.organization = organization
        self.institutionID = institutionID
        self.serverDate = serverDate
        self.statements = statements
        self.textEncoding = textEncoding
        self.warnings = warnings
    }
}

/// The header block before `<OFX>`.
public struct OFXHeader: Sendable, Equatable {
    /// Which header the file has.
    public enum Syntax: Sendable, Equatable {
        /// OFX 1.x: `OFXHEADER:100` and `KEY:VALUE` lines, then SGML.
        case sgml
        /// OFX 2.x: an `<?xml …?>` declaration and/or `<?OFX OFXHEADER="200" …?>`, then XML.
        case xml
        /// No header at all, the file starts at `<OFX>` (some exporters and converters do this).
        case none
    }

    /// Which header the file has.
    public var syntax: Syntax
    /// Every header field by uppercase name: `OFXHEADER`, `DATA`, `VERSION`, `ENCODING`, `CHARSET`…;
    /// for XML also `XML-ENCODING` from the XML declaration.
    public var fields: [String: String]

    /// Describes a header.
    public init(syntax: Syntax, fields: [String: String]) {
        self.syntax = syntax
        self.fields = fields
    }

    /// `VERSION` ("102", "211"), when given.
    public var version: String? { fields["VERSION"] }

    /// The character set the file claims (`CHARSET`, or the XML declaration's encoding). The reader
    /// does not trust it; see ``OFXDocument/textEncoding`` for what was found.
    public var declaredCharset: String? { fields["CHARSET"] ?? fields["XML-ENCODING"] }
}
