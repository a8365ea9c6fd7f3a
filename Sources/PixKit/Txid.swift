import BrazilKit

/// Where a txid is used, which decides its length (rails.md §3.1 and §3.3).
public enum TxidRule: String, Hashable, Sendable, CaseIterable {
    /// Immediate charge, `PUT /cob/{txid}`: `[a-zA-Z0-9]{26,35}`.
    case cob
    /// Charge with due date, `PUT /cobv/{txid}`: `[a-zA-Z0-9]{26,35}`.
    case cobv
    /// Pix Automático recurring charge, `PUT /cobr/{txid}`: `[a-zA-Z0-9]{26,35}`.
    case cobr
    /// BR Code element 62-05 of a static code: 1–25 characters; "***" when there is none.
    case staticBRCode
    /// A txid as `GET /pix` returns it: `{1,35}`, because static codes carry short ones.
    case receivedPix

    /// The lengths the rule allows.
    public var allowedLengths: ClosedRange<Int> {
        switch self {
        case .cob, .cobv, .cobr: 26...35
        case .staticBRCode: 1...25
        case .receivedPix: 1...35
        }
    }

    func displayName(_ language: Language) -> String {
        switch (self, language) {
        case (.cob, _): "cob"
        case (.cobv, _): "cobv"
        case (.cobr, _): "cobr"
        case (.staticBRCode, .ptBR): "QR estático"
        case (.staticBRCode, .en): "static QR"
        case (.receivedPix, .ptBR): "Pix recebido"
        case (.receivedPix, .en): "received Pix"
        }
    }
}

/// The txid rules: the identifier a receiver gives a charge so the payment comes back reconciled.
///
/// ``generate(for:length:using:)`` and ``fromBytes(_:for:)`` make txids from the caller's randomness.
public enum Txid {
    /// What a static BR Code writes in 62-05 when it carries no txid.
    public static let none = "***"

    /// Checks `txid` against the rule of where it is used; the error says which length or character is wrong.
    public static func validate(_ txid: String, for rule: TxidRule) throws(PixError) {
        if let problem = identifierProblem(txid, allowedLengths: rule.allowedLengths) {
            throw PixError.invalidTxid(value: txid, rule: rule, problem: problem)
        }
    }

    /// True when `txid` satisfies the rule.
    public static func isValid(_ txid: String, for rule: TxidRule) -> Bool {
        identifierProblem(txid, allowedLengths: rule.allowedLengths) == nil
    }

    /// The first problem of an identifier restricted to `[a-zA-Z0-9]`, or nil when it has none.
    static func identifierProblem(_ text: String, allowedLengths: ClosedRange<Int>) -> PixError.IdentifierProblem? {
        for (offset, character) in text.enumerated() where !isAlphanumericASCII(character) {
            return .invalidCharacter(character, position: offset + 1)
        }
        let count = text.count
        return allowedLengths.contains(count) ? nil : .wrongLength(allowed: allowedLengths, actual: count)
    }

    static func isAlphanumericASCII(_ character: Character) -> Bool {
        guard let value = character.asciiValue else { return false }
        return ASCII.isAlphanumeric(value)
    }
}
