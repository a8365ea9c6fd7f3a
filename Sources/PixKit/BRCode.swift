import BrazilKit

/// A Pix BR Code: the EMV® QRCPS-MPM payload behind a Pix QR code and "Pix Copia e Cola" (rails.md §3.1).
///
/// The model holds what the payload means; ``encode(merchantTextCase:)`` writes it with its CRC and
/// ``decode(_:)`` reads one back. Build static and dynamic charges with ``staticCharge(key:amount:merchantName:merchantCity:txid:description:)``
/// and ``dynamic(location:merchantName:merchantCity:amount:)``.
public struct BRCode: Hashable, Sendable {
    /// Element 01. EMV says 11 for a static (reusable) code and 12 for a dynamic one; Pix uses 12 to mark
    /// a code that can be paid once, and a reusable static code simply omits the element (rails.md §3.1).
    public enum PointOfInitiation: String, Hashable, Sendable {
        /// "11": the code may be paid many times.
        case reusable = "11"
        /// "12": the code may be paid once.
        case singleUse = "12"
    }

    /// Element 01; nil omits it, which is how reusable static codes are written.
    public var pointOfInitiation: PointOfInitiation?
    /// Element 26-01, the Pix key of a static code, as it appears in the payload (DICT form, no punctuation).
    public var key: String?
    /// Element 26-02, the free text shown to the payer of a static code.
    public var paymentDescription: String?
    /// Element 26-25, the URL of a dynamic code's payload, without "https://".
    public var location: String?
    /// Other elements of template 26 (such as 03, the withdrawal facilitator of Pix Saque), kept as read.
    public var merchantAccountExtras: [EMVField]
    /// Element 52, the merchant category code; "0000" when none applies.
    public var merchantCategoryCode: String
    /// Element 54; nil lets the payer type the amount.
    public var amount: Money?
    /// Element 59, at most 25 characters once written.
    public var merchantName: String
    /// Element 60, at most 15 characters once written.
    public var merchantCity: String
    /// Element 61, optional.
    public var postalCode: String?
    /// Element 62-05, the reference label: a static code's txid; nil writes "***".
    public var txid: String?
    /// Other elements of template 62, kept as read.
    public var additionalDataExtras: [EMVField]
    /// Element 80-25, the recurrence payload URL of a Pix Automático code, without "https://" (rails.md §3.5).
    public var recurrenceLocation: String?
    /// Top-level elements this model does not know, kept as read and written back in ID order.
    public var extraFields: [EMVField]

    /// A BR Code with every element given; the builders are usually more convenient.
    public init(
        pointOfInitiation: PointOfInitiation? = nil,
        key: String? = nil,
        paymentDescription: String? = nil,
        location: String? = nil,
        merchantAccountExtras: [EMVField] = [],
        merchantCategoryCode: String = "0000",
        amount: Money? = nil,
        merchantName: String,
        merchantCity: String,
        postalCode: String? = nil,
        txid: String? = nil,
        additionalDataExtras: [EMVField] = [],
        recurrenceLocation: String? = nil,
        extraFields: [EMVField] = []
    ) {
        self.pointOfInitiation = pointOfInitiation
        self.key = key
        self.paymentDescription = paymentDescription
        self.location = location
        self.merchantAccountExtras = merchantAccountExtras
        self.merchantCategoryCode = merchantCategoryCode
        self.amount = amount
        self.merchantName = merchantName
        self.merchantCity = merchantCity
        self.postalCode = postalCode
        self.txid = txid
        self.additionalDataExtras = additionalDataExtras
        self.recurrenceLocation = recurrenceLocation
        self.extraFields = extraFields
    }

    /// True when the payer's PSP fetches the charge from ``location`` rather than reading a key.
    public var isDynamic: Bool { location != nil }

    /// The GUI of the Pix arrangement in templates 26 and 80. The manual's examples use lowercase;
    /// payers also accept "BR.GOV.BCB.PIX", so reading compares without case (rails.md §3.1).
    static let pixGUI = "br.gov.bcb.pix"

    /// The element IDs this model writes itself; extras may not reuse them.
    static let modelledIDs: Set<String> = [
        "00", "01", "26", "52", "53", "54", "58", "59", "60", "61", "62", "63", "80",
    ]

    /// Limits of rails.md §3.1.
    enum Limit {
        static let merchantName = 25
        static let merchantCity = 15
        static let template = 99
        static let key = 77
        /// API Pix gives `location` a maxLength of 77, which is also what template 26 has left after the GUI.
        static let location = 77
        static let amountCharacters = 13
        static let postalCode = 10
        /// EMV QRCPS caps a payload at 512 characters; API Pix's `pixCopiaECola` has the same maxLength.
        static let payload = 512
    }
}
