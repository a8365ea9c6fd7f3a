import AdimpleApp
import AdimpleCore
import ArgumentParser
import BrazilKit
import Foundation

struct ImportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import", abstract: "Imports records from CSV files.", subcommands: [Customers.self])

    struct Customers: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "customers",
            abstract: "Imports customers from CSV (UTF-8 or Windows-1252, ; or ,), upserting by external id.",
            discussion: """
                Columns (Portuguese or English names): nome, nome_fantasia, cpf_cnpj, tipo, email, telefone, \
                logradouro, numero, complemento, bairro, cidade, uf, cep, segmento, tags, codigo (external id), \
                observacoes, situacao. Several e-mails or phones in one cell are separated by |.
                Exit status: 0 when every line was good, 3 when some lines were rejected (the good ones are imported).
                """)

        @Argument(help: "The CSV file.") var file: String
        @Flag(help: "Check every line and report, writing nothing.") var dryRun = false
        @Flag(help: "Print the report as JSON.") var json = false
        @OptionGroup var common: CommonOptions

        func run() async throws {
            let data: Data
            do {
                data = try Data(contentsOf: URL(fileURLWithPath: file))
            } catch {
                throw CLIError(message: common.language == .ptBR ? "não foi possível ler \(file)" : "cannot read \(file)")
            }
            let dryRun = self.dryRun
            let json = self.json
            let report = try await withStore(common) { store, configuration in
                let report = try await CustomerCSVImport(makeServiceContext(store: store, configuration: configuration))
                    .run(data: data, dryRun: dryRun, by: cliActor)
                if json {
                    print(CustomerView.encode(report))
                } else {
                    print(Self.text(report, configuration.language))
                }
                return report
            }
            if report.rejected > 0 { throw ExitCode(3) }
        }

        static func text(_ report: CustomerCSVImport.Report, _ language: Language) -> String {
            let pt = language == .ptBR
            var lines = [
                pt
                    ? "\(report.dryRun ? "Simulação: " : "")\(report.lines) linhas (\(report.encoding), separador \"\(report.delimiter)\"): \(report.created) criados, \(report.updated) atualizados, \(report.unchanged) sem mudança, \(report.rejected) rejeitadas."
                    : "\(report.dryRun ? "Dry run: " : "")\(report.lines) lines (\(report.encoding), delimiter \"\(report.delimiter)\"): \(report.created) created, \(report.updated) updated, \(report.unchanged) unchanged, \(report.rejected) rejected."
            ]
            lines += report.errors.map { "  " + $0.message(language) }
            return lines.joined(separator: "\n")
        }
    }
}
