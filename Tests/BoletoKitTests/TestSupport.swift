import BrazilKit

/// A date known to exist, for test tables.
func day(_ year: Int, _ month: Int, _ day: Int) -> CivilDate {
    CivilDate(year: year, month: month, day: day)!
}

/// An amount in centavos, for test tables.
func reais(_ centavos: Int64) -> Money {
    Money(centavos: centavos)
}
