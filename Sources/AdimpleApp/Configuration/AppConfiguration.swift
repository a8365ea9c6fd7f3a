import Foundation
import AdimpleCore
import BrazilKit
import Configuration
import Logging

/// Everything `adimple serve` needs to know, read once at start.
///
/// Keys (environment variable in parentheses; command-line flags override them):
/// - `adimple.host` (`ADIMPLE_HOST`), String, default `127.0.0.1`: the address to listen on.
/// - `adimple.port` (`ADIMPLE_PORT`), Int 0–65535, default `8080`; 0 picks a free port.
/// - `adimple.database` (`ADIMPLE_DATABASE`), String, default `./adimple.sqlite`: an SQLite
///   file path, or a `postgres://user:password@host:port/db` URL (a secret: never logged).
/// - `adimple.log.level` (`ADIMPLE_LOG_LEVEL`), one of trace, debug, info, notice, warning,
///   error, critical; default `info`.
/// - `adimple.lang` (`ADIMPLE_LANG`), `pt-BR` (default) or `en`: the language of messages.
/// - `adimple.holidays` (`ADIMPLE_HOLIDAYS`), comma-separated local bank holidays on top of
///   the national ones: `2026-01-25=Aniversário de São Paulo` for one date, or
///   `01-25=Aniversário de São Paulo` for every year.
/// - `adimple.webhooks.allow.private.targets` (`ADIMPLE_WEBHOOKS_ALLOW_PRIVATE_TARGETS`), Bool,
///   default false: whether webhook endpoints may point at loopback or private addresses
///   (development, tests). Off, such targets are refused (SSRF).
/// - `adimple.webhooks.deliver` (`ADIMPLE_WEBHOOKS_DELIVER`), Bool, default true: whether this
///   node delivers webhooks (every node may; deliveries are claimed so none is sent twice).
public struct AppConfiguration: Sendable {
    public var host: String
    public var port: Int
    public var database: String
    public var logLevel: Logger.Level
    public var language: Language
    public var calendar: BankCalendar
    public var allowPrivateWebhookTargets = false
    public var deliverWebhooks = true

    public static let defaultDatabase = "./adimple.sqlite"

    public init(
        host: String = "127.0.0.1", port: Int = 8080, database: String = AppConfiguration.defaultDatabase,
        logLevel: Logger.Level = .info, language: Language = .ptBR, calendar: BankCalendar = .national
    ) {
        self.host = host
        self.port = port
        self.database = database
        self.logLevel = logLevel
        self.language = language
        self.calendar = calendar
    }

    /// Reads every key; a value that is present but wrong stops the start with all such keys
    /// named at once.
    public init(reader: ConfigReader) throws(ConfigurationError) {
        var problems: [String] = []
        self.init()
        if let host = reader.string(forKey: "adimple.host") { self.host = host }
        if let text = reader.string(forKey: "adimple.port") {
            if let port = Int(text), (0...65_535).contains(port) {
                self.port = port
            } else {
                problems.append("adimple.port (ADIMPLE_PORT) = \"\(text)\": not a port number 0–65535")
            }
        }
        if let database = reader.string(forKey: "adimple.database", isSecret: true), !database.isEmpty {
            self.database = database
        }
        if let text = reader.string(forKey: "adimple.log.level") {
            if let level = Logger.Level(rawValue: text.lowercased()) {
                logLevel = level
            } else {
                problems.append("adimple.log.level (ADIMPLE_LOG_LEVEL) = \"\(text)\": use trace, debug, info, notice, warning, error or critical")
            }
        }
        if let text = reader.string(forKey: "adimple.lang") {
            if let language = Language(identifier: text) {
                self.language = language
            } else {
                problems.append("adimple.lang (ADIMPLE_LANG) = \"\(text)\": use pt-BR or en")
            }
        }
        if let text = reader.string(forKey: "adimple.holidays"), !text.isEmpty {
            do {
                calendar = try Self.parseHolidays(text)
            } catch {
                problems.append("adimple.holidays (ADIMPLE_HOLIDAYS): \(error.message)")
            }
        }
        if let text = reader.string(forKey: "adimple.webhooks.allow.private.targets") {
            if let value = Self.parseBool(text) {
                allowPrivateWebhookTargets = value
            } else {
                problems.append("adimple.webhooks.allow.private.targets (ADIMPLE_WEBHOOKS_ALLOW_PRIVATE_TARGETS) = \"\(text)\": use true or false")
            }
        }
        if let text = reader.string(forKey: "adimple.webhooks.deliver") {
            if let value = Self.parseBool(text) {
                deliverWebhooks = value
            } else {
                problems.append("adimple.webhooks.deliver (ADIMPLE_WEBHOOKS_DELIVER) = \"\(text)\": use true or false")
            }
        }
        if !problems.isEmpty { throw ConfigurationError(problems: problems) }
    }

    static func parseBool(_ text: String) -> Bool? {
        switch text.lowercased() {
        case "true", "1", "yes", "sim": true
        case "false", "0", "no", "não", "nao": false
        default: nil
        }
    }

    /// Parses `2026-01-25=Name,01-25=Name`.
    static func parseHolidays(_ text: String) throws(ConfigurationError.Item) -> BankCalendar {
        var dates: [CivilDate: String] = [:]
        var recurring: [BankCalendar.RecurringHoliday] = []
        for item in text.split(separator: ",") {
            let parts = item.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard parts.count == 2, !parts[1].isEmpty else {
                throw ConfigurationError.Item(message: "\"\(item)\": expected DATE=NAME")
            }
            if let date = try? CivilDate(iso: parts[0]) {
                dates[date] = parts[1]
                continue
            }
            let monthDay = parts[0].split(separator: "-").compactMap { Int($0) }
            guard monthDay.count == 2, CivilDate(year: 2024, month: monthDay[0], day: monthDay[1]) != nil else {
                throw ConfigurationError.Item(message: "\"\(parts[0])\": expected yyyy-mm-dd or mm-dd")
            }
            recurring.append(.init(month: monthDay[0], day: monthDay[1], name: parts[1]))
        }
        return BankCalendar(extraHolidays: dates, recurringHolidays: recurring)
    }
}

/// Configuration that cannot be used, naming every bad key.
public struct ConfigurationError: Error, CustomStringConvertible {
    public let problems: [String]
    public var description: String { "invalid configuration:\n  - " + problems.joined(separator: "\n  - ") }

    public struct Item: Error { let message: String }
}
