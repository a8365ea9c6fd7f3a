/// The OFX elements the reader knows, found from tag names in any letter case.
///
/// SGML OFX leaves leaf elements unclosed, so whether `<X>` opens an aggregate or a leaf cannot be
/// seen in the file; it is known from the OFX specification. Every aggregate listed here must be
/// closed; every other element is a leaf. Aggregates that hold leaves with the same names as a
/// transaction's (`PAYEE` has a `NAME`, `BANKACCTTO` a `BANKID`) are listed so their leaves are
/// not mistaken for the transaction's own.
enum OFXElement: UInt8, Sendable {
    // Aggregates come first: `isAggregate` is a comparison of raw values.
    case ofx, signOnMessages, signOnResponse, status, financialInstitution
    case bankMessages, statementTransactionResponse, statementResponse, bankAccountFrom, bankTransactionList
    case statementTransaction, ledgerBalance, availableBalance, balanceList, balance
    case creditCardMessages, creditCardTransactionResponse, creditCardStatementResponse, creditCardAccountFrom
    case payee, bankAccountTo, creditCardAccountTo, currency, originalCurrency, imageData

    // Leaves the reader uses.
    case code, severity, message, serverDate, language, organization, institutionID
    case currencyDefault, bankID, branchID, accountID, accountType, accountKey
    case startDate, endDate, transactionType, postedDate, userDate, availableDate, amount, fitID
    case checkNumber, referenceNumber, name, memo, payeeID, balanceAmount, balanceDate

    /// Every other element: a leaf whose value is skipped.
    case other

    /// The name as the specification spells it.
    var tagName: String { Self.names[Int(rawValue)] }

    /// Whether the element is an aggregate, which must be closed explicitly.
    var isAggregate: Bool { rawValue <= OFXElement.imageData.rawValue }

    /// Statement responses, the aggregates that become an ``OFXStatement``.
    var isStatement: Bool { self == .statementResponse || self == .creditCardStatementResponse }

    private static let names: [String] = [
        "OFX", "SIGNONMSGSRSV1", "SONRS", "STATUS", "FI",
        "BANKMSGSRSV1", "STMTTRNRS", "STMTRS", "BANKACCTFROM", "BANKTRANLIST",
        "STMTTRN", "LEDGERBAL", "AVAILBAL", "BALLIST", "BAL",
        "CREDITCARDMSGSRSV1", "CCSTMTTRNRS", "CCSTMTRS", "CCACCTFROM",
        "PAYEE", "BANKACCTTO", "CCACCTTO", "CURRENCY", "ORIGCURRENCY", "IMAGEDATA",
        "CODE", "SEVERITY", "MESSAGE", "DTSERVER", "LANGUAGE", "ORG", "FID",
        "CURDEF", "BANKID", "BRANCHID", "ACCTID", "ACCTTYPE", "ACCTKEY",
        "DTSTART", "DTEND", "TRNTYPE", "DTPOSTED", "DTUSER", "DTAVAIL", "TRNAMT", "FITID",
        "CHECKNUM", "REFNUM", "NAME", "MEMO", "PAYEEID", "BALAMT", "DTASOF",
        "(other)",
    ]

    /// Up to 23 uppercase ASCII bytes packed into three words, the length in the top byte:
    /// a cheap dictionary key per tag, with no allocation.
    struct PackedName: Hashable {
        var a: UInt64 = 0
        var b: UInt64 = 0
        var c: UInt64 = 0

        /// Packs `bytes[range]` uppercased; nil when longer than 23 bytes.
        init?(_ bytes: [UInt8], _ range: Range<Int>) {
            guard range.count <= 23 else { return nil }
            for (index, position) in range.enumerated() {
                let value = UInt64(bytes[position].ofxUppercased) << UInt64((index % 8) * 8)
                switch index / 8 {
                case 0: a |= value
                case 1: b |= value
                default: c |= value
                }
            }
            // The length goes into the spare high byte of `c` so "AB" and "AB\0" differ.
            c |= UInt64(range.count) << 56
        }
    }

    /// An open-addressing table of the known names: a lookup is one multiply and usually one
    /// comparison, which matters at two lookups per tag in a file of millions of tags.
    private static let table: [(key: PackedName, element: OFXElement)?] = {
        var table = [(key: PackedName, element: OFXElement)?](repeating: nil, count: tableSize)
        for (index, name) in names.enumerated() where index < names.count - 1 {
            let bytes = Array(name.utf8)
            guard let key = PackedName(bytes, 0..<bytes.count), let element = OFXElement(rawValue: UInt8(index)) else {
                continue
            }
            var slot = key.slot
            while table[slot] != nil { slot = (slot + 1) & (tableSize - 1) }
            table[slot] = (key, element)
        }
        return table
    }()

    private static let tableSize = 256

    /// The element named by `bytes[range]`, in any letter case; ``other`` when unknown.
    static func named(_ bytes: [UInt8], _ range: Range<Int>) -> OFXElement {
        guard let key = PackedName(bytes, range) else { return .other }
        var slot = key.slot
        while let entry = table[slot] {
            if entry.key == key { return entry.element }
            slot = (slot + 1) & (tableSize - 1)
        }
        return .other
    }
}

extension OFXElement.PackedName {
    /// Where the name starts probing in the lookup table.
    fileprivate var slot: Int {
        Int(truncatingIfNeeded: ((a &* 0x9E37_79B9_7F4A_7C15) ^ (b &* 0xC2B2_AE3D_27D4_EB4F) ^ c) >> 56)
    }
}
