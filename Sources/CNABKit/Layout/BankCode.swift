/// A bank's three-digit compensation code (COMPE), as CNAB files carry it in their first positions.
public struct BankCode: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
    /// The three characters as written in the file: "001", "341".
    public let rawValue: String

    /// Wraps a code as found in a file; any three characters are kept, known or not.
    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    /// Banco do Brasil.
    public static let bancoDoBrasil = BankCode(rawValue: "001")
    /// Banco do Nordeste (BNB).
    public static let bancoDoNordeste = BankCode(rawValue: "004")
    /// Santander.
    public static let santander = BankCode(rawValue: "033")
    /// Banrisul.
    public static let banrisul = BankCode(rawValue: "041")
    /// BRB – Banco de Brasília.
    public static let brb = BankCode(rawValue: "070")
    /// Banco Inter.
    public static let inter = BankCode(rawValue: "077")
    /// Ailos (former Cecred).
    public static let ailos = BankCode(rawValue: "085")
    /// Credisis.
    public static let credisis = BankCode(rawValue: "097")
    /// Caixa Econômica Federal.
    public static let caixa = BankCode(rawValue: "104")
    /// Unicred.
    public static let unicred = BankCode(rawValue: "136")
    /// BTG Pactual.
    public static let btg = BankCode(rawValue: "208")
    /// Banco Fibra.
    public static let fibra = BankCode(rawValue: "224")
    /// Bradesco.
    public static let bradesco = BankCode(rawValue: "237")
    /// Itaú Unibanco.
    public static let itau = BankCode(rawValue: "341")
    /// HSBC (now Bradesco; old files still circulate).
    public static let hsbc = BankCode(rawValue: "399")
    /// Delbank.
    public static let delbank = BankCode(rawValue: "435")
    /// Banco Pine.
    public static let pine = BankCode(rawValue: "643")
    /// Ourinvest.
    public static let ourinvest = BankCode(rawValue: "712")
    /// Citibank.
    public static let citibank = BankCode(rawValue: "745")
    /// Sicredi.
    public static let sicredi = BankCode(rawValue: "748")
    /// Sicoob (Bancoob).
    public static let sicoob = BankCode(rawValue: "756")

    /// The name people know the bank by, or nil for a code this library has no name for.
    public var name: String? {
        switch rawValue {
        case "001": "Banco do Brasil"
        case "004": "Banco do Nordeste"
        case "033": "Santander"
        case "041": "Banrisul"
        case "070": "BRB"
        case "077": "Inter"
        case "085": "Ailos"
        case "097": "Credisis"
        case "104": "Caixa"
        case "136": "Unicred"
        case "208": "BTG Pactual"
        case "224": "Fibra"
        case "237": "Bradesco"
        case "341": "Itaú"
        case "399": "HSBC"
        case "435": "Delbank"
        case "643": "Pine"
        case "712": "Ourinvest"
        case "745": "Citibank"
        case "748": "Sicredi"
        case "756": "Sicoob"
        default: nil
        }
    }

    /// "341 (Itaú)", or the bare code when the bank has no name here.
    public var displayName: String {
        name.map { "\(rawValue) (\($0))" } ?? "'\(rawValue)'"
    }

    /// The code itself.
    public var description: String { rawValue }
}
