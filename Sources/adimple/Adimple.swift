import ArgumentParser
import Foundation

/// The `adimple` command line.
@main
struct Adimple: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "adimple",
        abstract: "Adimple — cobrança e recebíveis para empresas brasileiras.",
        version: "0.1.0",
        subcommands: [
            ServeCommand.self, MigrateCommand.self, DemoCommand.self, CustomerCommand.self, ChargeCommand.self,
            ImportCommand.self, ExportCommand.self, APIKeyCommand.self, BoletoCommand.self, CompanyCommand.self,
            BankAccountCommand.self, CNABCommand.self,
        ]
    )

    /// Runs the command; errors already explained (`CLIError`) print as one line in the
    /// person's language, with exit code 1.
    static func main() async {
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? any AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch let error as CLIError {
            // The same choice the message was made with: --lang, else ADIMPLE_LANG.
            let arguments = CommandLine.arguments
            let flag = arguments.firstIndex(of: "--lang").flatMap { $0 + 1 < arguments.count ? arguments[$0 + 1] : nil }
            let chosen = flag ?? ProcessInfo.processInfo.environment["ADIMPLE_LANG"] ?? "pt-BR"
            let english = chosen.lowercased().hasPrefix("en")
            FileHandle.standardError.write(Data(((english ? "error: " : "erro: ") + error.message + "\n").utf8))
            Foundation.exit(1)
        } catch {
            exit(withError: error)
        }
    }
}
