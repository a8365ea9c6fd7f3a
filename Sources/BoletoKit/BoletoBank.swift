import BrazilKit

/// The banks whose boletos BoletoKit can issue; the raw value is the 3-digit FEBRABAN code that opens the
/// barcode and the linha digitável.
public enum BoletoBank: String, CaseIterable, Sendable, Codable {
    /// Banco do Brasil.
    case bancoDoBrasil = "001"
    /// Santander.
    case santander = "033"
    /// Caixa Econômica Federal (SIGCB).
    case caixa = "104"
    /// Bradesco.
    case bradesco = "237"
    /// Itaú Unibanco.
    case itau = "341"
    /// Sicredi (cooperative system).
    case sicredi = "748"
    /// Sicoob (cooperative system).
    case sicoob = "756"

    /// Finds a bank by its 3-digit code ("341"); throws ``BoletoError/unknownBank(code:)`` for any other code.
    public init(code: String) throws(BoletoError) {
        guard let bank = BoletoBank(rawValue: code) else { throw .unknownBank(code: code) }
        self = bank
    }

    /// The 3-digit code, e.g. "341".
    public var code: String { rawValue }

    /// The name people know the bank by, as printed next to the logo.
    public var name: String {
        switch self {
        case .bancoDoBrasil: "Banco do Brasil"
        case .santander: "Santander"
        case .caixa: "Caixa"
        case .bradesco: "Bradesco"
        case .itau: "Itaú"
        case .sicredi: "Sicredi"
        case .sicoob: "Sicoob"
        }
    }

    /// The code with its check digit as printed in the ficha's header, e.g. "341-7".
    ///
    /// The digit is mod 11 of the code (weights 2, 3, 4 from the right); a result of 10 is printed "X" by
    /// Sicredi (748-X) and "0" by Caixa (104-0), so the printed forms are listed rather than computed.
    public var codeWithDV: String {
        switch self {
        case .bancoDoBrasil: "001-9"
        case .santander: "033-7"
        case .caixa: "104-0"
        case .bradesco: "237-2"
        case .itau: "341-7"
        case .sicredi: "748-X"
        case .sicoob: "756-0"
        }
    }

    /// The largest amount a boleto of this bank may carry.
    ///
    /// Caixa-SIGCB Anexo V caps the nominal value at R$ 9.999.999,99. For the others the barcode is the limit:
    /// amounts above R$ 99.999.999,99 take positions 06–19 (BB-Bloqueto Anexo IV), and we stop at
    /// R$ 9.999.999.999,99 so positions 06–09 stay below 1000 and can never be mistaken for a due-date factor.
    public var maximumAmount: Money {
        switch self {
        case .caixa: Money(centavos: 999_999_999)
        default: Money(centavos: Self.barcodeMaximumCentavos)
        }
    }

    /// R$ 9.999.999.999,99: the largest 14-digit amount whose first four digits (positions 06–09) stay below
    /// 1000, the smallest due-date factor.
    static let barcodeMaximumCentavos: Int64 = 999_999_999_999

    /// The code as a number (341), so the barcode is written without touching the raw-value string.
    var codeNumber: Int {
        switch self {
        case .bancoDoBrasil: 1
        case .santander: 33
        case .caixa: 104
        case .bradesco: 237
        case .itau: 341
        case .sicredi: 748
        case .sicoob: 756
        }
    }
}
