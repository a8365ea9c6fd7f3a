import AdimpleApp
import AdimpleCore
import AdimpleStore
import ArgumentParser
import BoletoKit
import BrazilKit
import Foundation

/// `adimple company set|show`: the beneficiário printed on every boleto.
struct CompanyCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "company", abstract: "The company (beneficiário): set, show.", subcommands: [Set.self, Show.self])

    struct Set: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Sets the company's name, CNPJ/CPF and address.")

        @Option(help: "Razão social.") var legalName: String
        @Option(help: "Nome fantasia.") var tradeName: String?
        @Option(help: "CNPJ (or CPF).") var document: String
        @Option var street: String
        @Option var number: String
        @Option var complement: String?
        @Option var district: String
        @Option var city: String
        @Option(help: "UF, e.g. SP.") var state: String
        @Option var cep: String
        @Option var email: String?
        @Option var phone: String?
        @OptionGroup var common: CommonOptions

        func run() async throws {
            let command = self
            try await withStore(common) { store, configuration in
                let fields = try CustomerInput(
                    kind: "company", document: command.document, name: command.legalName, tradeName: command.tradeName,
                    address: AddressInput(
                        street: command.street, number: command.number, complement: command.complement,
                        district: command.district, city: command.city, state: command.state, cep: command.cep)
                ).validated()
                guard let document = fields.document, let address = fields.address else {
                    throw CLIError(message: "document and address are required")
                }
                let profile = CompanyProfile(
                    legalName: fields.name, tradeName: fields.tradeName, document: document, address: address,
                    email: command.email, phone: command.phone)
                try await CompanySettingsService(makeServiceContext(store: store, configuration: configuration))
                    .saveCompany(profile, by: cliActor)
                say(configuration.language == .ptBR ? "empresa gravada: \(profile.legalName)" : "company saved: \(profile.legalName)")
            }
        }
    }

    struct Show: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Shows the company and its bank accounts.")
        @OptionGroup var common: CommonOptions

        func run() async throws {
            try await withStore(common) { store, configuration in
                let settings = CompanySettingsService(makeServiceContext(store: store, configuration: configuration))
                if let company = try await settings.company() {
                    print("\(company.legalName) · \(company.document.formatted)")
                    print(company.address.singleLine)
                } else {
                    print(configuration.language == .ptBR ? "empresa não cadastrada" : "no company profile yet")
                }
                for account in try await settings.accounts() { print(BankAccountCommand.line(account)) }
            }
        }
    }
}

/// `adimple bank-account add|list`: where boletos are registered and paid into.
struct BankAccountCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bank-account", abstract: "Bank accounts for boletos: add, list.", subcommands: [Add.self, List.self])

    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Adds a bank account with its cobrança agreement.",
            discussion: """
                Fields by bank: 001 --agencia --conta --convenio (4, 6 or 7 digits) --carteira; 033 --agencia \
                --codigo-beneficiario --carteira (101/201); 104 --agencia --codigo-beneficiario; 237 --agencia \
                --conta --carteira; 341 --agencia --conta --carteira [--codigo-cliente]; 748 --cooperativa \
                --posto --codigo-beneficiario; 756 --cooperativa --codigo-cliente [--modalidade] [--carteira].
                """)

        @Option(help: "Bank code: 001, 033, 104, 237, 341, 748 or 756.") var bank: String
        @Option(help: "How the team calls it.") var label: String?
        @Option var agencia: String?
        @Option var conta: String?
        @Option var carteira: String?
        @Option var convenio: String?
        @Option var codigoBeneficiario: String?
        @Option var codigoCliente: String?
        @Option var cooperativa: String?
        @Option var posto: String?
        @Option var modalidade: String?
        @Option(help: "Pix key printed as a QR code on this account's boletos (boleto híbrido).") var pixKey: String?
        @Flag(help: "Make it the account of new boleto charges.") var `default` = false
        @OptionGroup var common: CommonOptions

        func agreement() throws -> BeneficiaryAccount {
            func need(_ value: String?, _ name: String) throws -> String {
                guard let value, !value.isEmpty else { throw CLIError(message: "--\(name) is required for bank \(bank)") }
                return value
            }
            switch bank {
            case "001":
                return .bancoDoBrasil(
                    agencia: try need(agencia, "agencia"), conta: try need(conta, "conta"),
                    convenio: try need(convenio, "convenio"), carteira: try need(carteira, "carteira"))
            case "033":
                return .santander(
                    agencia: try need(agencia, "agencia"), codigoBeneficiario: try need(codigoBeneficiario, "codigo-beneficiario"),
                    carteira: carteira ?? "101")
            case "104":
                return .caixa(
                    agencia: try need(agencia, "agencia"), codigoBeneficiario: try need(codigoBeneficiario, "codigo-beneficiario"))
            case "237":
                return .bradesco(
                    agencia: try need(agencia, "agencia"), conta: try need(conta, "conta"), carteira: try need(carteira, "carteira"))
            case "341":
                return .itau(
                    agencia: try need(agencia, "agencia"), conta: try need(conta, "conta"),
                    carteira: try need(carteira, "carteira"), codigoCliente: codigoCliente)
            case "748":
                return .sicredi(
                    cooperativa: try need(cooperativa, "cooperativa"), posto: try need(posto, "posto"),
                    codigoBeneficiario: try need(codigoBeneficiario, "codigo-beneficiario"))
            case "756":
                return .sicoob(
                    cooperativa: try need(cooperativa, "cooperativa"), codigoCliente: try need(codigoCliente, "codigo-cliente"),
                    modalidade: modalidade ?? "01", carteira: carteira ?? "1")
            default:
                throw CLIError(message: BoletoError.unknownBank(code: bank).message(common.language))
            }
        }

        func run() async throws {
            let command = self
            let agreement = try agreement()
            try await withStore(common) { store, configuration in
                let account = try await CompanySettingsService(makeServiceContext(store: store, configuration: configuration))
                    .addAccount(
                        label: command.label ?? agreement.bank.name, agreement: agreement, pixKey: command.pixKey,
                        makeDefault: command.default, by: cliActor)
                print(BankAccountCommand.line(account))
            }
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Lists the bank accounts.")
        @OptionGroup var common: CommonOptions

        func run() async throws {
            try await withStore(common) { store, configuration in
                let accounts = try await CompanySettingsService(makeServiceContext(store: store, configuration: configuration))
                    .accounts()
                for account in accounts { print(BankAccountCommand.line(account)) }
            }
        }
    }

    static func line(_ account: BankAccount) -> String {
        "\(account.id.rawValue)  \(account.bank.codeWithDV) \(account.label) · \(account.agreement.agenciaCodigoBeneficiario) · carteira \(account.agreement.carteiraText)"
            + (account.pixKey.map { " · Pix \($0)" } ?? "") + (account.isDefault ? " · padrão" : "")
    }
}
