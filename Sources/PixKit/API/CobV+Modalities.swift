/// `modalidade` of `multa` and `abatimento`: 1 valor fixo, 2 percentual (rails.md §3.3).
public enum AmountOrPercentage: Int, Codable, Hashable, Sendable, CaseIterable {
    /// `valorPerc` is an amount in reais.
    case fixedAmount = 1
    /// `valorPerc` is a percentage of `original`.
    case percentage = 2

    /// Reads the integer, or the same number as a string as the spec's own cobv example writes it.
    public init(from decoder: any Decoder) throws {
        self = try decodeModality(from: decoder)
    }
}

/// `valor.juros.modalidade`, 1–8 (rails.md §3.3).
public enum JurosModalidade: Int, Codable, Hashable, Sendable, CaseIterable {
    /// 1: an amount per calendar day.
    case amountPerCalendarDay = 1
    /// 2: a percentage per calendar day.
    case percentPerDayCalendarDays = 2
    /// 3: a percentage per month, counted in calendar days.
    case percentPerMonthCalendarDays = 3
    /// 4: a percentage per year, counted in calendar days.
    case percentPerYearCalendarDays = 4
    /// 5: an amount per business day.
    case amountPerBusinessDay = 5
    /// 6: a percentage per business day.
    case percentPerDayBusinessDays = 6
    /// 7: a percentage per month, counted in business days.
    case percentPerMonthBusinessDays = 7
    /// 8: a percentage per year, counted in business days.
    case percentPerYearBusinessDays = 8

    /// Reads the integer, or the same number as a string.
    public init(from decoder: any Decoder) throws {
        self = try decodeModality(from: decoder)
    }
}

/// `valor.desconto.modalidade`, 1–6 (rails.md §3.3).
public enum DescontoModalidade: Int, Codable, Hashable, Sendable, CaseIterable {
    /// 1: a fixed amount until each of the dates in `descontoDataFixa`.
    case fixedAmountUntilDates = 1
    /// 2: a percentage until the dates in `descontoDataFixa`.
    case percentageUntilDates = 2
    /// 3: an amount per calendar day paid early.
    case amountPerCalendarDayEarly = 3
    /// 4: an amount per business day paid early.
    case amountPerBusinessDayEarly = 4
    /// 5: a percentage per calendar day paid early.
    case percentagePerCalendarDayEarly = 5
    /// 6: a percentage per business day paid early.
    case percentagePerBusinessDayEarly = 6

    /// Modes 1 and 2 list dates in `descontoDataFixa`; 3 to 6 give one `valorPerc`.
    public var usesFixedDates: Bool { self == .fixedAmountUntilDates || self == .percentageUntilDates }

    /// Reads the integer, or the same number as a string.
    public init(from decoder: any Decoder) throws {
        self = try decodeModality(from: decoder)
    }
}

/// The schema types `modalidade` as an integer, but its own example cobBody1 writes `"modalidade": "2"`;
/// PSPs that copied it must still be readable. Encoding always writes the integer.
private func decodeModality<Modality: RawRepresentable<Int>>(from decoder: any Decoder) throws -> Modality {
    let container = try decoder.singleValueContainer()
    let number: Int
    if let integer = try? container.decode(Int.self) {
        number = integer
    } else if let text = try? container.decode(String.self), let integer = Int(text) {
        number = integer
    } else {
        throw DecodingError.dataCorruptedError(in: container, debugDescription: "modalidade is not a number")
    }
    guard let modality = Modality(rawValue: number) else {
        throw DecodingError.dataCorruptedError(in: container, debugDescription: "unknown modalidade \(number)")
    }
    return modality
}
