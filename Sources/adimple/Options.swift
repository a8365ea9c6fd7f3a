import AdimpleApp
import AdimpleCore
import AdimpleStore
import ArgumentParser
import BrazilKit
import Configuration
import Foundation
import Logging

/// Options every command that touches the database shares. Flags override the environment
/// (`ADIMPLE_DATABASE`, `ADIMPLE_LANG`, …), which overrides the defaults.
struct CommonOptions: ParsableArguments {
    @Option(name: .long, help: "SQLite file or postgres:// URL (ADIMPLE_DATABASE; default ./adimple.sqlite).")
    var database: String?

    @Option(name: .long, help: "Language of messages: pt-BR or en (ADIMPLE_LANG).")
    var lang: String?

    /// The configuration from flags, then environment, then defaults.
    func configuration(extra: [String: String] = [:]) throws -> AppConfiguration {
        var values: [AbsoluteConfigKey: ConfigValue] = [:]
        if let database { values["adimple.database"] = .init(.string(database), isSecret: true) }
        if let lang { values["adimple.lang"] = .init(.string(lang), isSecret: false) }
        for (key, value) in extra { values[AbsoluteConfigKey(stringLiteral: key)] = .init(.string(value), isSecret: false) }
        let reader = ConfigReader(providers: [
            InMemoryProvider(name: "flags", values: values), EnvironmentVariablesProvider(),
        ])
        do {
            return try AppConfiguration(reader: reader)
        } catch {
            throw CLIError(message: "\(error)")
        }
    }

    var language: Language {
        (try? configuration().language) ?? .ptBR
    }
}

/// A failure already explained to the person; printed without a stack or type name.
struct CLIError: Error, CustomStringConvertible {
    let message: String
    var description: String { message }
}

/// Opens the configured store, runs `body`, always closes it, and prints any error in the
/// person's language with exit code 1.
func withStore<T>(
    _ options: CommonOptions, _ body: (SQLStore, AppConfiguration) async throws -> T
) async throws -> T {
    let configuration = try options.configuration()
    var logger = Logger(label: "adimple.cli")
    logger.logLevel = .warning
    let store: SQLStore
    do {
        store = try await StoreFactory.open(configuration.database, logger: logger)
    } catch {
        throw CLIError(
            message: configuration.language == .ptBR
                ? "não foi possível abrir o banco \(StoreFactory.redacted(configuration.database)): \(error)"
                : "cannot open the database \(StoreFactory.redacted(configuration.database)): \(error)")
    }
    do {
        let result = try await body(store, configuration)
        try await store.shutdown()
        return result
    } catch {
        try? await store.shutdown()
        throw CLIError(message: describe(error, configuration.language))
    }
}

/// An error as a sentence in the chosen language.
func describe(_ error: any Error, _ language: Language) -> String {
    if let error = error as? CLIError { return error.message }
    if let localized = error as? any LocalizedMessage { return localized.message(language) }
    if let unavailable = error as? StoreUnavailableError {
        return (language == .ptBR ? "banco de dados indisponível: " : "database unavailable: ") + unavailable.detail
    }
    return "\(error)"
}

/// The actor recorded for changes made from this terminal.
var cliActor: Actor {
    Actor.cli(ProcessInfo.processInfo.environment["USER"] ?? "terminal")
}

/// Prints a line at once, even when standard output is a pipe or a file (print buffers
/// there, and a long-running `serve` would show nothing until it exits).
func say(_ line: String) {
    FileHandle.standardOutput.write(Data((line + "\n").utf8))
}
