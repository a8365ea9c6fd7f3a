import AdimpleApp
import BrazilKit
import Configuration
import Logging
import Testing

@Suite struct ConfigurationTests {
    private func configuration(_ environment: [String: String]) throws -> AppConfiguration {
        try AppConfiguration(reader: ConfigReader(provider: EnvironmentVariablesProvider(environmentVariables: environment)))
    }

    @Test func defaultsServeSQLiteOnLoopbackInPortuguese() throws {
        let configuration = try configuration([:])
        #expect(configuration.host == "127.0.0.1")
        #expect(configuration.port == 8080)
        #expect(configuration.database == "./adimple.sqlite")
        #expect(configuration.language == .ptBR)
    }

    @Test func environmentVariablesSetEveryKey() throws {
        let configuration = try configuration([
            "ADIMPLE_HOST": "0.0.0.0", "ADIMPLE_PORT": "9090", "ADIMPLE_DATABASE": "postgres://u:p@db/adimple",
            "ADIMPLE_LOG_LEVEL": "debug", "ADIMPLE_LANG": "en",
            "ADIMPLE_HOLIDAYS": "2026-01-25=Aniversário de São Paulo,07-09=Revolução Constitucionalista",
        ])
        #expect(configuration.host == "0.0.0.0")
        #expect(configuration.port == 9090)
        #expect(configuration.database == "postgres://u:p@db/adimple")
        #expect(configuration.logLevel == .debug)
        #expect(configuration.language == .en)
        #expect(configuration.calendar.holidayName(on: CivilDate(year: 2026, month: 1, day: 25)!) == "Aniversário de São Paulo")
        #expect(configuration.calendar.holidayName(on: CivilDate(year: 2027, month: 7, day: 9)!) == "Revolução Constitucionalista")
        #expect(configuration.calendar.isBusinessDay(CivilDate(year: 2026, month: 1, day: 26)!))
    }

    @Test func everyBadValueIsNamedAtOnce() throws {
        #expect {
            _ = try configuration(["ADIMPLE_PORT": "80a", "ADIMPLE_LANG": "fr", "ADIMPLE_HOLIDAYS": "2026-13-01=X"])
        } throws: { error in
            let text = "\(error)"
            return text.contains("ADIMPLE_PORT") && text.contains("\"80a\"") && text.contains("ADIMPLE_LANG")
                && text.contains("ADIMPLE_HOLIDAYS")
        }
    }
}
