/// The three FEBRABAN fixed-width families this library reads and writes.
public enum CNABLayout: String, Sendable, Hashable, CaseIterable {
    /// CNAB 240, the FEBRABAN cobrança standard with lots and segments (rails.md §2).
    case cnab240
    /// CNAB 400, the older one-record-per-título layout each bank defines for itself (rails.md §2.10–2.11).
    case cnab400
    /// CNAB 150, FEBRABAN débito automático (rails.md §6).
    case cnab150

    /// The number of characters in every record of the layout.
    public var recordLength: Int {
        switch self {
        case .cnab240: 240
        case .cnab400: 400
        case .cnab150: 150
        }
    }

    /// "CNAB 240", as people name it.
    public var name: String {
        switch self {
        case .cnab240: "CNAB 240"
        case .cnab400: "CNAB 400"
        case .cnab150: "CNAB 150"
        }
    }
}

/// Whether a file goes from the company to the bank or comes back from it.
public enum FileDirection: String, Sendable, Hashable {
    /// Company → bank: registrations and instructions (remessa).
    case remessa
    /// Bank → company: what happened to each título (retorno).
    case retorno

    var namePT: String { self == .remessa ? "remessa" : "retorno" }
    var nameEN: String { self == .remessa ? "remessa (company to bank)" : "retorno (bank to company)" }
}

/// How the reader treats integrity findings: sequence numbers, trailer counts and sums, non-ASCII text.
///
/// Structural problems (unknown record types, records longer than the layout, a missing header or
/// trailer, values that are not numbers or dates) are refused under either policy, because the file
/// cannot be read reliably at all.
public enum ValidationPolicy: Sendable, Hashable {
    /// Refuse the file on the first integrity finding: the default before anything is applied.
    case strict
    /// Keep reading and report integrity findings as warnings, for inspecting doctored or test files.
    case lenient
}
