import BrazilKit

/// A stable identity for one statement line, so reconciliation uses each line once, even when the
/// same period is downloaded and imported again.
///
/// - With a `FITID`: `"<account>|F|<FITID>"`, the account being ``OFXAccount/normalizedIdentifier``
///   (`"cc|<ACCTID>"` for cards).
/// - Without one (Banco do Brasil and old Itaú files): `"<account>|H|<16 hex digits>"`, an FNV-1a
///   hash of the posted date, the amount in centavos, `MEMO` and `NAME` (trimmed, uppercased, inner
///   spaces collapsed) — the fallback the reconciliation notes prescribe.
/// - When a key repeats inside one statement (a `FITID` reused by the bank, or two identical fee
///   lines without one), the second gets `"#2"`, the third `"#3"`, in file order, so no line is
///   swallowed by an earlier one. Repeated `FITID`s are also reported as warnings.
public struct OFXLineKey: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The key text, safe to store and compare.
    public let rawValue: String

    /// Wraps a stored key.
    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    /// The key text.
    public var description: String { rawValue }

    /// Orders keys by their text.
    public static func < (lhs: OFXLineKey, rhs: OFXLineKey) -> Bool { lhs.rawValue < rhs.rawValue }

    /// The base key of a line before repetition numbers are added.
    static func base(account: String, fitID: String?, posted: CivilDate, amount: Money, memo: String?, name: String?)
        -> String
    {
        if let fitID { return account + "|F|" + fitID }
        let content = posted.iso + "|" + String(amount.centavos) + "|" + normalized(memo) + "|" + normalized(name)
        return account + "|H|" + hex(fnv1a(content))
    }

    /// Gives every line of a statement its key, numbering repeats in file order, and returns each
    /// `FITID` used on more than one line with those lines, in file order.
    static func assign(to transactions: inout [OFXTransaction], account: String) -> [OFXDuplicateFITID] {
        var seen: [String: Int] = [:]
        seen.reserveCapacity(transactions.count)
        var repeatedFITIDs: [String] = []
        for index in transactions.indices {
            let base = base(
                account: account, fitID: transactions[index].fitID, posted: transactions[index].posted.date,
                amount: transactions[index].amount, memo: transactions[index].memo, name: transactions[index].name)
            let occurrence = (seen[base] ?? 0) + 1
            seen[base] = occurrence
            if occurrence == 2, let fitID = transactions[index].fitID { repeatedFITIDs.append(fitID) }
            transactions[index].lineKey = OFXLineKey(rawValue: occurrence == 1 ? base : base + "#\(occurrence)")
        }
        // Repeats are rare: only then walk the lines again to list where each repeated FITID is.
        guard !repeatedFITIDs.isEmpty else { return [] }
        var lines = Dictionary(uniqueKeysWithValues: repeatedFITIDs.map { ($0, [Int]()) })
        for transaction in transactions {
            if let fitID = transaction.fitID, lines[fitID] != nil { lines[fitID]?.append(transaction.line) }
        }
        return repeatedFITIDs.map { OFXDuplicateFITID(fitID: $0, lines: lines[$0] ?? []) }
            .sorted { ($0.lines.first ?? 0) < ($1.lines.first ?? 0) }
    }

    /// Uppercased, trimmed, inner whitespace collapsed: the same text exported twice hashes the same.
    static func normalized(_ text: String?) -> String {
        guard let text else { return "" }
        return text.uppercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// 64-bit FNV-1a over the UTF-8 bytes: stable across runs and platforms, unlike `Hasher`.
    static func fnv1a(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        return hash
    }

    private static func hex(_ value: UInt64) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
