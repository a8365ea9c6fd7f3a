/// A bank's deviations from the FEBRABAN CNAB 240 cobrança layout when reading segment T, and
/// the quirks its trailers are known to have.
///
/// Sources: rails.md §1.7 and §2.4–2.8 (manual notes), and where the manuals were not at hand,
/// the positions two independent open-source readers agree on (brcobranca, laravel-boleto) [LIB].
public struct Cnab240Profile: Sendable, Hashable {
    /// How a bank fills the lot trailer's record count (18–23).
    public enum LotCountRule: Sendable, Hashable {
        /// FEBRABAN: header, details and trailer of the lot.
        case febraban
        /// FEBRABAN, or the details alone: both Santander retornos at hand count only the details.
        case febrabanOrDetailsOnly
        /// The bank writes something else there; the counts are noted, not checked (BTG Pactual's
        /// two files at hand give 1 lot record and 1 file record for 6 and 8).
        case unchecked
    }

    /// The bank.
    public let bank: BankCode
    /// Segment T: nosso número.
    public let nossoNumero: FieldSpec
    /// Segment T: carteira.
    public let carteira: FieldSpec
    /// Segment T: seu número.
    public let seuNumero: FieldSpec
    /// Segment T: vencimento.
    public let vencimento: FieldSpec
    /// Segment T: valor nominal.
    public let valor: FieldSpec
    /// Segment T: uso da empresa.
    public let usoEmpresa: FieldSpec
    /// Segment T: tarifa.
    public let tarifa: FieldSpec
    /// Segment T: motivos.
    public let motivos: FieldSpec
    /// How the lot trailer counts records.
    public let lotCountRule: LotCountRule
    /// Whether amounts may be written left-aligned with trailing blanks ("0000000000150  " is 1,50).
    public let leftAlignedAmounts: Bool
    /// Whether the file trailer's counts are checked (see ``LotCountRule/unchecked``).
    public var checksFileTrailer: Bool { lotCountRule != .unchecked }

    init(
        bank: BankCode,
        nossoNumero: FieldSpec = Cnab240.SegmentT.nossoNumero,
        carteira: FieldSpec = Cnab240.SegmentT.carteira,
        seuNumero: FieldSpec = Cnab240.SegmentT.seuNumero,
        vencimento: FieldSpec = Cnab240.SegmentT.vencimento,
        valor: FieldSpec = Cnab240.SegmentT.valor,
        usoEmpresa: FieldSpec = Cnab240.SegmentT.usoEmpresa,
        tarifa: FieldSpec = Cnab240.SegmentT.tarifa,
        motivos: FieldSpec = Cnab240.SegmentT.motivos,
        lotCountRule: LotCountRule = .febraban,
        leftAlignedAmounts: Bool = false
    ) {
        self.bank = bank
        self.nossoNumero = nossoNumero
        self.carteira = carteira
        self.seuNumero = seuNumero
        self.vencimento = vencimento
        self.valor = valor
        self.usoEmpresa = usoEmpresa
        self.tarifa = tarifa
        self.motivos = motivos
        self.lotCountRule = lotCountRule
        self.leftAlignedAmounts = leftAlignedAmounts
    }

    /// The profile for a bank: its own where it deviates, FEBRABAN's otherwise (CNAB 240 is a
    /// standard, so a bank without deviations on record is read as FEBRABAN wrote it).
    public static func profile(for bank: BankCode) -> Cnab240Profile {
        switch bank {
        case .santander:
            // Santander 240 v2.5 T (rails.md §2.7): nosso número 41–53, seu número 55–69, tarifa 194–208,
            // motivos 209–218; carteira, vencimento, valor and uso da empresa move with them [LIB].
            Cnab240Profile(
                bank: bank, nossoNumero: Cnab240.SegmentT.nossoNumero.at(41, 53),
                carteira: Cnab240.SegmentT.carteira.at(54, 54), seuNumero: Cnab240.SegmentT.seuNumero.at(55, 69),
                vencimento: Cnab240.SegmentT.vencimento.at(70, 77), valor: Cnab240.SegmentT.valor.at(78, 92),
                usoEmpresa: Cnab240.SegmentT.usoEmpresa.at(101, 125), tarifa: Cnab240.SegmentT.tarifa.at(194, 208),
                motivos: Cnab240.SegmentT.motivos.at(209, 218), lotCountRule: .febrabanOrDetailsOnly)
        case .caixa:
            // SIGCB T: modalidade 40–41 and nosso número 42–56 (rails.md §1.7): together the 17-digit
            // nosso número `XY` + 15 digits; its DV is at 57.
            Cnab240Profile(bank: bank, nossoNumero: Cnab240.SegmentT.nossoNumero.at(40, 56))
        case .sicoob:
            // Sicoob keeps nosso número with DV in 38–47, then parcela and modalidade [LIB brcobranca, laravel-boleto].
            Cnab240Profile(bank: bank, nossoNumero: Cnab240.SegmentT.nossoNumero.at(38, 47))
        case .itau:
            // Itaú: carteira 38–40, nosso número 41–48 (DAC at 49), seu número 59–68 [LIB laravel-boleto].
            Cnab240Profile(
                bank: bank, nossoNumero: Cnab240.SegmentT.nossoNumero.at(41, 48),
                carteira: Cnab240.SegmentT.carteira.at(38, 40), seuNumero: Cnab240.SegmentT.seuNumero.at(59, 68))
        case .bradesco:
            // Bradesco: carteira 38–40, zeros 41–45, nosso número 46–56 and DV 57, as in its segment P [LIB laravel-boleto].
            Cnab240Profile(bank: bank, nossoNumero: Cnab240.SegmentT.nossoNumero.at(46, 57))
        case .btg:
            // BTG's two files at hand write some amounts as 13 digits and two blanks (tarifa, outros
            // créditos), number the lot header 0000 and count something else in the trailers.
            Cnab240Profile(bank: bank, lotCountRule: .unchecked, leftAlignedAmounts: true)
        default:
            // Banco do Brasil (17-digit nosso número of a 7-digit convênio, left-aligned), Sicredi (9 digits),
            // Ailos and any other bank: FEBRABAN 38–57.
            Cnab240Profile(bank: bank)
        }
    }
}
