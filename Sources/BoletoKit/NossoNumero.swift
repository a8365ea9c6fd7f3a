/// The number a boleto is known by at its bank, made by ``BeneficiaryAccount/nossoNumero(sequence:issueYear:)``
/// from a sequence the application allocates.
public struct NossoNumero: Hashable, Sendable, Codable {
    /// The bank whose layout the digits follow.
    public let bank: BoletoBank
    /// The application's sequence that the digits carry (Sicredi: the 5-digit sequential of the year).
    public let sequence: Int64
    /// The nosso número as it goes into the campo livre, without its check digit (the campo livre places
    /// the DV itself where the bank wants it): BB convênio + sequence (11 or 17), Santander 12, Caixa 17
    /// ("14" + 15), Bradesco 11, Itaú 8 (15 with seu número on carteiras 107/122/142/143/196/198),
    /// Sicredi 8 (year, byte, sequential), Sicoob 7.
    public let digits: String
    /// The check digit as printed; "P" (Bradesco) and "X" (Banco do Brasil) occur. Nil where the bank prints
    /// none (BB 7-digit convênio).
    public let checkDigit: String?
    /// As printed in the ficha's "Nosso Número" box: `109/12345678-8` (Itaú), `19/00000000002-8` (Bradesco),
    /// `26/200003-1` (Sicredi), 17 digits (BB 7-digit convênio), `14000000000000019-7` (Caixa).
    public let formatted: String

    init(bank: BoletoBank, sequence: Int64, digits: [UInt8], checkDigit: String?, formatted: String) {
        self.bank = bank
        self.sequence = sequence
        self.digits = String(digitValues: digits)
        self.checkDigit = checkDigit
        self.formatted = formatted
    }

    /// The digits as values, for the campo livre builders.
    var digitValues: [UInt8] { digits.digitValues ?? [] }
}
