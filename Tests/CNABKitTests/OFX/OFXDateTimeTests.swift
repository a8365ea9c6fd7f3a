import BrazilKit
import CNABKit
import Testing

@Suite struct OFXDateTimeTests {
    // Instants below were computed by hand: 2026-01-15T15:00:00Z is 1 768 489 200.
    @Test(
        arguments: [
            ("20260115120000[-3:BRT]", 1_768_489_200, -10_800, "BRT"),
            ("20260115120000[-03:EST]", 1_768_489_200, -10_800, "EST"),
            ("20260115150000[0:GMT]", 1_768_489_200, 0, "GMT"),
            ("20260115150000[+0:UTC]", 1_768_489_200, 0, "UTC"),
            ("20260115120000[-3]", 1_768_489_200, -10_800, nil),
            ("20260115120000 [-3:BRT]", 1_768_489_200, -10_800, "BRT"),
            ("20260115203000[+5.30:IST]", 1_768_489_200, 19_800, "IST"),
            ("20260115203000[+5.5:IST]", 1_768_489_200, 19_800, "IST"),
            ("20260115120000[-0300]", 1_768_489_200, -10_800, nil),
            ("20260115120000.000[-3:BRT]", 1_768_489_200, -10_800, "BRT"),
        ] as [(String, Int64, Int, String?)])
    func readsEveryZoneWritingAsTheSameInstant(text: String, instant: Int64, offset: Int, zone: String?) throws {
        let value = try #require(OFXDateTime(ofx: text))
        #expect(value.instant == instant)
        #expect(value.utcOffsetSeconds == offset)
        #expect(value.zoneName == zone)
        #expect(value.hasExplicitOffset)
    }

    @Test func aBareDateIsMidnightInTheDefaultOffset() throws {
        let value = try #require(OFXDateTime(ofx: "20260115"))
        #expect(value.date == OFXFixture.date(2026, 1, 15))
        #expect(!value.hasTime)
        #expect(!value.hasExplicitOffset)
        #expect(value.instant == 1_768_446_000)  // 2026-01-15T03:00:00Z
        let utc = try #require(OFXDateTime(ofx: "20260115", defaultUTCOffsetSeconds: 0))
        #expect(utc.instant == 1_768_435_200)
    }

    @Test func partialTimesAndMilliseconds() throws {
        let minutes = try #require(OFXDateTime(ofx: "202601151230"))
        #expect((minutes.hour, minutes.minute, minutes.second) == (12, 30, 0))
        let hours = try #require(OFXDateTime(ofx: "2026011512"))
        #expect(hours.hour == 12)
        let millis = try #require(OFXDateTime(ofx: "20260115123045.5[-3:BRT]"))
        #expect(millis.millisecond == 500)
        let micros = try #require(OFXDateTime(ofx: "20260115123045.123456"))
        #expect(micros.millisecond == 123)
        #expect(micros.second == 45)
    }

    @Test func theCivilDateStaysAsWrittenAndConvertsOnRequest() throws {
        // 02:00 in London is still the previous day in Brasília.
        let value = try #require(OFXDateTime(ofx: "20260301020000[0:GMT]"))
        #expect(value.date == OFXFixture.date(2026, 3, 1))
        #expect(value.civilDate(atUTCOffsetSeconds: -10_800) == OFXFixture.date(2026, 2, 28))
        #expect(value.civilDate(atUTCOffsetSeconds: 0) == OFXFixture.date(2026, 3, 1))
        let lateBrasilia = try #require(OFXDateTime(ofx: "20261231230000[-3:BRT]"))
        #expect(lateBrasilia.civilDate(atUTCOffsetSeconds: 0) == OFXFixture.date(2027, 1, 1))
    }

    @Test func ordersByInstantNotByWriting() throws {
        let brasilia = try #require(OFXDateTime(ofx: "20260115120000[-3:BRT]"))
        let london = try #require(OFXDateTime(ofx: "20260115140000[0:GMT]"))
        #expect(london < brasilia)
        #expect(brasilia.description == "2026-01-15T12:00:00.000-03:00")
    }

    @Test(arguments: [
        "", "2026011", "202601151", "20261315", "20260230", "20260115250000", "20260115126000", "20260115120060",
        "20260115120000[-3:BRT", "20260115120000[-15:XXX]", "20260115120000[abc]", "20260115120000[-3:BR T]x",
        "20260115120000.", "2026-01-15", "00000000", "20260115120000[-3.75]", "2014020100000",
        "20260115120000[-3:BRT]]", "20260115T120000",
    ])
    func refusesWhatIsNotADate(text: String) {
        #expect(OFXDateTime(ofx: text) == nil)
    }

    @Test func transactionDatesUseTheDefaultOffsetOption() throws {
        let text = OFXFixture.sgml(
            transactions: "<STMTTRN><TRNTYPE>CREDIT<DTPOSTED>20260115120000<TRNAMT>1.00<FITID>A</STMTTRN>")
        let brasilia = try OFXFixture.statement(OFXFixture.bytes(text))
        let utc = try OFXFixture.statement(OFXFixture.bytes(text), options: OFXParseOptions(defaultUTCOffsetSeconds: 0))
        #expect(brasilia.transactions[0].posted.instant == 1_768_489_200)
        #expect(utc.transactions[0].posted.instant == 1_768_478_400)
        #expect(brasilia.transactions[0].posted.date == utc.transactions[0].posted.date)
    }
}
