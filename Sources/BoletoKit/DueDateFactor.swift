import BrazilKit

/// The fator de vencimento in barcode positions 06–09: days since 1997-10-07, restarting at 1000 after 9999.
///
/// BB-Bloqueto Anexo IV and Itaú-400 Anexo 6: "A partir de 22.02.2025, o fator retorna para '1000'
/// adicionando-se '1' a cada dia subsequente", so 2025-02-21 is 9999 and 2025-02-22 is 1000 again: the factor
/// repeats every 9000 days and a reader needs today's date to know which cycle is meant.
public enum DueDateFactor {
    /// Data base, 1997-10-07 (factor 0 would be this day; 0000 means "no due date" instead).
    public static let baseDate = CivilDate(year: 1997, month: 10, day: 7)!

    /// The first date that has a factor: 2000-07-03, factor 1000. Earlier dates would need factors below 1000,
    /// which the 4-digit field no longer carries since the restart.
    public static let earliestDueDate = CivilDate(year: 2000, month: 7, day: 3)!

    /// The factors a due date can have.
    public static let validFactors: ClosedRange<Int> = 1000...9999

    /// Days after which the factor repeats (9999 − 1000 + 1).
    public static let cycleDays = 9000

    /// A boleto is payable from 3000 factors before today to 5500 after (Itaú-400 Anexo 6); since
    /// 3000 + 5500 < 9000, exactly one date of the cycle falls in that window.
    public static let daysBeforeToday = 3000
    /// See ``daysBeforeToday``.
    public static let daysAfterToday = 5500

    /// The factor of a due date, in 1000…9999; throws for dates before 2000-07-03.
    public static func factor(for dueDate: CivilDate) throws(BoletoError) -> Int {
        let days = dueDate.days(since: baseDate)
        guard days >= validFactors.lowerBound else {
            throw .dueDateOutOfRange(date: dueDate, earliest: earliestDueDate)
        }
        // Same as "while n > 9999 { n -= 9000 }" (brcobranca calculo_data.rb), without the loop.
        return validFactors.lowerBound + (days - validFactors.lowerBound) % cycleDays
    }

    /// The due date a factor stands for, seen from `today`: the one date `1997-10-07 + factor + 9000·k` in
    /// [today − 3000, today + 5500]. Nil for 0000 (no due date) and when no date of the cycle is in the window
    /// (the boleto is then not payable).
    public static func dueDate(forFactor factor: Int, today: CivilDate) -> CivilDate? {
        guard factor > 0, factor <= validFactors.upperBound else { return nil }
        let earliest = today.days(since: baseDate) - daysBeforeToday
        let latest = today.days(since: baseDate) + daysAfterToday
        var days = factor
        if factor >= validFactors.lowerBound, days < earliest {
            // Factors below 1000 were used only in the first cycle (1997–2000), so only 1000…9999 move on.
            days += (earliest - days + cycleDays - 1) / cycleDays * cycleDays
        }
        guard days >= earliest, days <= latest else { return nil }
        return baseDate.adding(days: days)
    }
}
