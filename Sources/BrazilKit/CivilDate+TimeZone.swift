import Foundation

// The one place where instants meet civil dates. Foundation is needed only for `Date` and the time
// zone database; the rest of BrazilKit stays free of it.

extension TimeZone {
    /// Brasília time (America/Sao_Paulo), the zone in which Brazilian business dates are reckoned.
    ///
    /// Falls back to a fixed UTC−03:00, which has been Brasília time all year since daylight saving
    /// was abolished in 2019, so a system without time-zone data still starts instead of crashing.
    public static let saoPaulo: TimeZone =
        TimeZone(identifier: "America/Sao_Paulo") ?? TimeZone(secondsFromGMT: -3 * 3600)!
}

extension CivilDate {
    private static let secondsPerDay = 86_400

    /// The calendar date that `instant` falls on in `timeZone` ("today" for a clock reading).
    public static func today(at instant: Date, in timeZone: TimeZone) -> CivilDate {
        let utcSeconds = Int(instant.timeIntervalSince1970.rounded(.down))
        let localSeconds = utcSeconds + timeZone.secondsFromGMT(for: instant)
        let dayNumber = localSeconds >= 0 ? localSeconds / secondsPerDay : (localSeconds + 1) / secondsPerDay - 1
        return CivilDate(dayNumber: dayNumber)
    }

    /// The first instant of this date in `timeZone`, normally local midnight.
    ///
    /// When a daylight-saving change skipped midnight (Brazil's did, at 00:00, until 2019), the day
    /// starts at the first instant that shows this date, as Foundation's `Calendar.startOfDay` does.
    public func startOfDay(in timeZone: TimeZone) -> Date {
        let localMidnight = dayNumber * Self.secondsPerDay
        func offset(at seconds: Int) -> Int {
            timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(seconds)))
        }
        // The offsets in force around this date are the only candidates for its midnight.
        let offsets = Set([-Self.secondsPerDay, 0, Self.secondsPerDay].map { offset(at: localMidnight + $0) })
        let candidates = offsets.map { localMidnight - $0 }.filter { instant in
            let shown = instant + offset(at: instant)
            return shown >= localMidnight && shown < localMidnight + Self.secondsPerDay
        }
        let start = candidates.min() ?? (localMidnight - offset(at: localMidnight))
        return Date(timeIntervalSince1970: TimeInterval(start))
    }
}
