import AdimpleApp
import AdimpleCore
import AdimpleDocuments
import AdimpleStore
import ArgumentParser
import BoletoKit
import BrazilKit
import Foundation

/// `adimple boleto CHARGE_ID -o file.pdf` and the boleto tools: parse, verify, 2ª via, carnê.
struct BoletoCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "boleto", abstract: "Boletos: PDF, parse, verify, 2ª via, carnê.",
        subcommands: [PDF.self, Parse.self, Verify.self, SegundaVia.self, Carne.self], defaultSubcommand: PDF.self)

    struct PDF: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "pdf", abstract: "Writes the PDF of a charge's boleto (adimple boleto CHARGE_ID -o file.pdf).")

        @Argument(help: "Charge id or external id.") var charge: String
        @Option(name: .shortAndLong, help: "The PDF file to write.") var output: String
        @OptionGroup var common: CommonOptions

        func run() async throws {
            let command = self
            try await withStore(common) { store, configuration in
                guard let charge = try await findCharge(command.charge, in: store) else {
                    throw DomainError.notFound(configuration.language == .ptBR ? "Cobrança" : "Charge", command.charge)
                }
                let pdf = try await BoletoDocuments(store: store).boletoPDF(chargeID: charge.id, at: Date())
                try Data(pdf).write(to: URL(fileURLWithPath: command.output))
                say(configuration.language == .ptBR
                    ? "boleto de \(charge.id) gravado em \(command.output) (\(pdf.count) bytes)"
                    : "boleto of \(charge.id) written to \(command.output) (\(pdf.count) bytes)")
            }
        }
    }

    struct Parse: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Reads a linha digitável or barcode as typed and prints what it says, as JSON.",
            discussion: "Exit code 1 when a check digit does not hold (the code is not payable as typed).")

        @Argument(parsing: .remaining, help: "The linha digitável or barcode; spaces and dots are fine.")
        var code: [String]
        @OptionGroup var common: CommonOptions

        func run() async throws {
            let language = common.language
            let reading: BoletoReading
            do {
                reading = try BoletoParser.parse(code.joined(separator: " "), today: SystemWallClock().today())
            } catch {
                throw CLIError(message: error.message(language))
            }
            print(try BoletoJSON.text(reading))
            if !reading.payable { throw ExitCode(1) }
        }
    }

    struct Verify: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Says whether we issued a boleto: genuine, tampered, not ours or invalid.",
            discussion: "Exit code 1 unless genuine.")

        @Argument(parsing: .remaining, help: "The linha digitável or barcode; spaces and dots are fine.")
        var code: [String]
        @Option(help: "The charge the customer believes it pays.") var charge: String?
        @Flag(help: "Print JSON.") var json = false
        @OptionGroup var common: CommonOptions

        func run() async throws {
            let command = self
            let verdict = try await withStore(common) { store, configuration in
                let context = makeServiceContext(store: store, configuration: configuration)
                let result = try await BoletoService(context).verify(
                    command.code.joined(separator: " "), expectedChargeID: command.charge.map(Charge.ID.init))
                if command.json {
                    print(try BoletoJSON.text(VerificationView(result)))
                } else {
                    print(result.message(configuration.language))
                    for reason in result.reasons { print("  - " + reason.message(configuration.language)) }
                    if let charge = result.charge, result.verdict == .genuine {
                        print("  \(charge.id.rawValue) · \(charge.status.labelPT) · \(result.boleto?.amount.formatted ?? "")")
                    }
                }
                return result.verdict
            }
            if verdict != .genuine { throw ExitCode(1) }
        }
    }

    struct SegundaVia: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "segunda-via", abstract: "Issues a 2ª via with the amount updated to a payment date.")

        @Argument(help: "Charge id or external id.") var charge: String
        @Option(help: "The day the customer will pay, 2026-12-10 (default: today, or the next business day).") var date: String?
        @Option(name: .shortAndLong, help: "Also write the PDF here.") var output: String?
        @OptionGroup var common: CommonOptions

        func run() async throws {
            let command = self
            try await withStore(common) { store, configuration in
                let context = makeServiceContext(store: store, configuration: configuration)
                guard let charge = try await findCharge(command.charge, in: store) else {
                    throw DomainError.notFound(configuration.language == .ptBR ? "Cobrança" : "Charge", command.charge)
                }
                let day = try command.date.map { try CivilDate(iso: $0) }
                    ?? context.calendar.nextBusinessDay(onOrAfter: context.clock.today())
                let boleto = try await BoletoService(context).segundaVia(charge.id, payOn: day, by: cliActor)
                print((try? LinhaDigitavel(boleto.linha).formatted) ?? boleto.linha)
                print("\(boleto.amount.formatted) · vencimento \(boleto.dueDate.brazilian) · multa \(boleto.fine.formatted) · juros \(boleto.interest.formatted)")
                if let output = command.output {
                    let pdf = try await BoletoDocuments(store: store).boletoPDF(chargeID: charge.id, at: Date())
                    try Data(pdf).write(to: URL(fileURLWithPath: output))
                }
            }
        }
    }

    struct Carne: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "carne", abstract: "Writes a carnê (three boletos per page) of several charges.")

        @Argument(help: "Charge ids, in order.") var charges: [String] = []
        @Option(help: "Instead of charge ids: every open boleto of this customer, by due date.") var customer: String?
        @Option(name: .shortAndLong, help: "The PDF file to write.") var output: String
        @OptionGroup var common: CommonOptions

        func run() async throws {
            let command = self
            try await withStore(common) { store, configuration in
                let documents = BoletoDocuments(store: store)
                var ids = command.charges.map(Charge.ID.init)
                if let customer = command.customer {
                    let context = makeServiceContext(store: store, configuration: configuration)
                    guard let found = try await CustomerService(context).resolve(customer) else {
                        throw DomainError.notFound(configuration.language == .ptBR ? "Cliente" : "Customer", customer)
                    }
                    ids += try await documents.openBoletoCharges(of: found.id)
                }
                guard !ids.isEmpty else {
                    throw CLIError(message: configuration.language == .ptBR
                        ? "nenhuma cobrança com boleto para o carnê" : "no charge with a boleto for the carnê")
                }
                let pdf = try await documents.carnePDF(chargeIDs: ids, at: Date())
                try Data(pdf).write(to: URL(fileURLWithPath: command.output))
                say(configuration.language == .ptBR
                    ? "carnê de \(ids.count) parcelas gravado em \(command.output)"
                    : "carnê of \(ids.count) installments written to \(command.output)")
            }
        }
    }
}

/// Pretty, stable JSON for the boleto commands.
enum BoletoJSON {
    static func text(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }
}

/// The verification as JSON.
struct VerificationView: Encodable {
    let verdict: String
    let message: String
    let reasons: [String]
    let chargeId: String?
    let chargeStatus: String?
    let reading: BoletoReading?

    init(_ result: BoletoVerification) {
        verdict = result.verdict.rawValue
        message = result.message(.ptBR)
        reasons = result.reasons.map(\.pt)
        chargeId = result.charge?.id.rawValue
        chargeStatus = result.charge?.status.rawValue
        reading = result.reading
    }

    enum CodingKeys: String, CodingKey {
        case verdict, message, reasons, reading
        case chargeId = "charge_id"
        case chargeStatus = "charge_status"
    }
}
