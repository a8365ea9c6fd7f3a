import AdimpleApp
import AdimpleCore
import AdimpleStore
import ArgumentParser
import BrazilKit
import CNABKit
import Crypto
import Foundation

/// `adimple cnab retorno FILE` and the reconciliation exceptions queue.
struct CNABCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cnab", abstract: "Bank files: write a remessa, import a retorno, list the exceptions queue.",
        subcommands: [Remessa.self, Retorno.self, Exceptions.self])

    struct Remessa: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Writes the remessa of a bank account: every instruction queued since the last one, next NSA.")

        @Option(help: "Bank account id (adimple bank-account list).") var account: String
        @Option(help: "240 (default) or 400.") var layout: Int = 240
        @Option(name: .shortAndLong, help: "The file to write.") var output: String
        @OptionGroup var common: CommonOptions

        func run() async throws {
            let command = self
            guard command.layout == 240 || command.layout == 400 else {
                throw CLIError(message: "--layout must be 240 or 400")
            }
            try await withStore(common) { store, configuration in
                let context = makeServiceContext(store: store, configuration: configuration)
                let result = try await RemessaService(context).generate(
                    account: BankAccount.ID(command.account), layout: command.layout == 240 ? .cnab240 : .cnab400,
                    digest: { SHA256.hash(data: $0).map { String(format: "%02x", $0) }.joined() }, by: cliActor)
                try Data(result.bytes).write(to: URL(fileURLWithPath: command.output))
                let kinds = result.instructions.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")
                say(configuration.language == .ptBR
                    ? "remessa nº \(result.file.nsa ?? 0) gravada em \(command.output): \(result.titulos) títulos (\(kinds))"
                    : "remessa #\(result.file.nsa ?? 0) written to \(command.output): \(result.titulos) títulos (\(kinds))")
            }
        }
    }

    struct Retorno: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Imports a CNAB 240/400 retorno: each occurrence applied once; the file is kept.",
            discussion: """
                Exit code 2 when the file is refused (nothing applied), 3 when some occurrences went to the \
                exceptions queue.
                """)

        @Argument(help: "The retorno file.") var file: String
        @Flag(help: "Print the report as JSON.") var json = false
        @OptionGroup var common: CommonOptions

        func run() async throws {
            let command = self
            let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: file)))
            let digest = SHA256.hash(data: bytes).map { String(format: "%02x", $0) }.joined()
            let report = try await withStore(common) { store, configuration in
                let context = makeServiceContext(store: store, configuration: configuration)
                let report = try await RetornoService(context).importRetorno(
                    bytes, fileName: URL(fileURLWithPath: command.file).lastPathComponent, sha256: digest, by: cliActor)
                print(command.json ? RetornoService.json(report) : Self.text(report, configuration.language))
                return report
            }
            if report.refused { throw ExitCode(2) }
            if report.exceptions > 0 { throw ExitCode(3) }
        }

        static func text(_ report: RetornoReport, _ language: Language) -> String {
            let pt = language == .ptBR
            if report.refused {
                return (pt ? "arquivo recusado, nada aplicado: " : "file refused, nothing applied: ") + (report.reason ?? "")
            }
            var lines: [String] = []
            if let earlier = report.duplicateOf {
                lines.append(pt ? "arquivo já importado (\(earlier)): nada mudou" : "file already imported (\(earlier)): nothing changed")
            }
            lines.append(
                pt
                    ? "\(report.titulos) títulos · \(report.applied) aplicados · \(report.alreadyApplied) já aplicados · \(report.exceptions) para conferência"
                    : "\(report.titulos) títulos · \(report.applied) applied · \(report.alreadyApplied) already applied · \(report.exceptions) exceptions")
            lines.append(
                pt
                    ? "pagamentos: \(report.paymentsCreated) (\(Money(centavos: report.receivedCentavos).formatted), tarifas \(Money(centavos: report.feesCentavos).formatted)) · registrados \(report.registered) · rejeitados \(report.rejected) · baixados \(report.closed)"
                    : "payments: \(report.paymentsCreated) (\(Money(centavos: report.receivedCentavos).formatted), fees \(Money(centavos: report.feesCentavos).formatted)) · registered \(report.registered) · rejected \(report.rejected) · closed \(report.closed)")
            return lines.joined(separator: "\n")
        }
    }

    struct Exceptions: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Lists the open reconciliation exceptions.")
        @Option(help: "At most this many.") var limit = 50
        @OptionGroup var common: CommonOptions

        func run() async throws {
            let limit = self.limit
            try await withStore(common) { store, _ in
                let open = try await store.read { try await $0.bankFiles.exceptions(status: .open, after: nil, limit: limit) }
                for item in open {
                    print(
                        [
                            item.id.rawValue, item.kind.rawValue, item.bank ?? "", item.nossoNumero ?? "",
                            item.paidAmount?.formatted ?? "", item.expectedAmount.map { "esperado \($0.formatted)" } ?? "",
                            item.chargeID?.rawValue ?? "", "linha \(item.line)",
                        ].filter { !$0.isEmpty }.joined(separator: "  "))
                }
            }
        }
    }
}
