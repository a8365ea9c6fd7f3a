import BrazilKit

extension BRCode {
    /// A static code: the payer's PSP reads the key, looks it up in DICT and pays (rails.md §3.1).
    ///
    /// Reusable (element 01 omitted); set ``pointOfInitiation`` to `.singleUse` for a one-time code.
    /// Name and city are stored normalised (ASCII, trimmed, cut to 25 and 15); `txid` follows the static
    /// rule (1–25 of `[a-zA-Z0-9]`), with nil, "" and "***" all meaning none. The code is checked here, so
    /// ``encode(merchantTextCase:)`` will not fail on it.
    public static func staticCharge(
        key: PixKey,
        amount: Money?,
        merchantName: String,
        merchantCity: String,
        txid: String?,
        description: String?
    ) throws(PixError) -> BRCode {
        let reference = txid.flatMap { $0.isEmpty || $0 == Txid.none ? nil : $0 }
        let text = description.map { MerchantText.normalize($0) }
        let code = BRCode(
            key: key.value,
            paymentDescription: text?.isEmpty == false ? text : nil,
            amount: amount,
            merchantName: MerchantText.normalize(merchantName, limit: Limit.merchantName),
            merchantCity: MerchantText.normalize(merchantCity, limit: Limit.merchantCity),
            txid: reference
        )
        _ = try code.encode()
        return code
    }

    /// A dynamic code: the payer's PSP fetches the charge (cob or cobv) from `location`, the `location`
    /// that API Pix returned for it, and validates its signature (rails.md §3.1).
    ///
    /// Single-use (01 = 12), as dynamic codes normally are. A leading "https://" is removed because the
    /// code carries the URL without it.
    public static func dynamic(
        location: String,
        merchantName: String,
        merchantCity: String,
        amount: Money? = nil
    ) throws(PixError) -> BRCode {
        let code = BRCode(
            pointOfInitiation: .singleUse,
            location: try locationURL(location, field: "26-25"),
            amount: amount,
            merchantName: MerchantText.normalize(merchantName, limit: Limit.merchantName),
            merchantCity: MerchantText.normalize(merchantCity, limit: Limit.merchantCity)
        )
        _ = try code.encode()
        return code
    }
}
