import AdimpleApp
import AdimpleImport
import AdimpleCore
import ArgumentParser
import BrazilKit
import Foundation

struct ImportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import", abstract: "Imports records from CSV files.", subcommands: [Customers.self, Charges.self])

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

        static func text(_ report: CSVImportReport, _ language: Language) -> String {
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

extension ImportCommand {
    struct Charges: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "charges",
            abstract: "Imports charges from CSV: valor 1.234,56, vencimento dd/mm/aaaa, the customer by código or CPF/CNPJ.",
            discussion: """
                Columns: codigo (the charge's external id), cliente (the customer's external id) or cpf_cnpj, \
                descricao, valor, vencimento, forma (boleto, pix, card, direct_debit, manual), multa (%), juros (% a.m.). \
                Charges already late may be imported; existing ones are never changed. Exit status 3 when lines were rejected.
                """)

        @Argument(help: "The CSV file.") var file: String
        @Flag(help: "Check every line and report, writing nothing.") var dryRun = false
        @Flag(help: "Print the report as JSON.") var json = false
        @OptionGroup var common: CommonOptions

        func run() async throws {
            guard let data = FileManager.default.contents(atPath: file) else {
                throw CLIError(message: common.language == .ptBR ? "não foi possível ler \(file)" : "cannot read \(file)")
            }
            let command = self
            let report = try await withStore(common) { store, configuration in
                let report = try await ChargeCSVImport(makeServiceContext(store: store, configuration: configuration))
                    .run(data: data, dryRun: command.dryRun, by: cliActor)
                print(command.json ? CustomerView.encode(report) : Customers.text(report, configuration.language))
                return report
            }
            if report.rejected > 0 { throw ExitCode(3) }
        }
    }
}

struct ExportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export", abstract: "Exports records as CSV for Excel (UTF-8 with BOM, ;, decimal comma).",
        subcommands: [Customers.self, Charges.self])

    struct Customers: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "customers", abstract: "Exports customers.")
        @Option(help: "Only these statuses (lead, active, inactive; repeat).") var status: [String] = []
        @Option(name: .shortAndLong, help: "Write to this file instead of standard output.") var output: String?
        @OptionGroup var common: CommonOptions

        func run() async throws {
            let command = self
            try await withStore(common) { store, configuration in
                var statuses = Set<CustomerStatus>()
                for text in command.status {
                    guard let status = CustomerStatus(rawValue: text.lowercased()) else {
                        throw ValidationError([
                            FieldIssue(field: "--status", value: text, reasonPT: "use lead, active ou inactive", reasonEN: "use lead, active or inactive")
                        ])
                    }
                    statuses.insert(status)
                }
                try writeOut(try await CSVExport.customers(from: store, statuses: statuses), to: command.output)
            }
        }
    }

    struct Charges: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "charges", abstract: "Exports charges.")
        @OptionGroup var filters: ChargeFilterOptions
        @Option(name: .shortAndLong, help: "Write to this file instead of standard output.") var output: String?
        @OptionGroup var common: CommonOptions

        func run() async throws {
            let command = self
            try await withStore(common) { store, configuration in
                let context = makeServiceContext(store: store, configuration: configuration)
                let filter = try await command.filters.filter(limit: 1000, context: context, configuration.language)
                try writeOut(try await CSVExport.charges(from: store, filter: filter), to: command.output)
            }
        }
    }
}

/// Writes to a file, or to standard output when none is named.
func writeOut(_ data: Data, to path: String?) throws {
    if let path {
        try data.write(to: URL(fileURLWithPath: path))
    } else {
        FileHandle.standardOutput.write(data)
    }
}
