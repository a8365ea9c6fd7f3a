import AdimpleApp
import AdimpleCore
import AdimpleStore
import ArgumentParser
import BrazilKit
import Foundation

struct CustomerCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "customer", abstract: "Customers: add, show, find.",
        subcommands: [Add.self, Show.self, Find.self])

    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Registers a customer.")

        @Option(help: "Full name or razão social.") var name: String
        @Option(help: "CPF or CNPJ, with or without punctuation.") var document: String?
        @Option(help: "person or company (taken from the document when omitted).") var kind: String?
        @Option(help: "Nome fantasia.") var tradeName: String?
        @Option(help: "E-mail (repeat for more).") var email: [String] = []
        @Option(help: "Phone with DDD (repeat for more).") var phone: [String] = []
        @Option(help: "Street.") var street: String?
        @Option(help: "Number.") var number: String?
        @Option(help: "Complement.") var complement: String?
        @Option(help: "Bairro.") var district: String?
        @Option(help: "City.") var city: String?
        @Option(help: "UF.") var state: String?
        @Option(help: "CEP.") var cep: String?
        @Option(help: "Segment.") var segment: String?
        @Option(help: "Tag (repeat for more).") var tag: [String] = []
        @Option(help: "The customer's key in your ERP.") var externalId: String?
        @Option(help: "Notes.") var notes: String?
        @Option(help: "lead, active (default) or inactive.") var status: String?
        @Flag(help: "Print JSON.") var json = false
        @OptionGroup var common: CommonOptions

        func run() async throws {
            let hasAddress = [street, number, district, city, state, cep].contains { $0 != nil }
            let input = CustomerInput(
                kind: kind, document: document, name: name, tradeName: tradeName, emails: email, phones: phone,
                address: hasAddress
                    ? AddressInput(
                        street: street, number: number, complement: complement, district: district, city: city,
                        state: state, cep: cep) : nil,
                segment: segment, tags: tag, externalID: externalId, notes: notes, status: status)
            let json = self.json
            try await withStore(common) { store, configuration in
                let service = CustomerService(makeServiceContext(store: store, configuration: configuration))
                let customer = try await service.register(input, by: cliActor)
                print(json ? CustomerView.json(customer) : CustomerView.detail(customer, configuration.language))
            }
        }
    }

    struct Show: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Shows a customer by id, CPF/CNPJ or external id.")

        @Argument(help: "Id, CPF/CNPJ or external id.") var reference: String
        @Flag(help: "Print JSON.") var json = false
        @OptionGroup var common: CommonOptions

        func run() async throws {
            let reference = self.reference
            let json = self.json
            try await withStore(common) { store, configuration in
                let context = makeServiceContext(store: store, configuration: configuration)
                guard let customer = try await CustomerService(context).resolve(reference) else {
                    throw DomainError.notFound(configuration.language == .ptBR ? "Cliente" : "Customer", reference)
                }
                if json {
                    print(CustomerView.json(customer))
                    return
                }
                let (charges, payments, events) = try await store.read { session in
                    (
                        try await session.charges.list(ChargeFilter(customerID: customer.id, limit: 1000)),
                        try await session.payments.list(customerID: customer.id, limit: 20),
                        try await session.events.list(customerID: customer.id, limit: 1000)
                    )
                }
                let language = configuration.language
                let pt = language == .ptBR
                let today = context.clock.today()
                let balance = try CustomerBalance(charges: charges, today: today)
                print(CustomerView.detail(customer, language))
                print("")
                var summary = pt
                    ? "Em aberto \(balance.open.formatted) · vencido \(balance.overdue.formatted) · recebido \(balance.paid.formatted)"
                    : "Open \(balance.open.formatted) · overdue \(balance.overdue.formatted) · received \(balance.paid.formatted)"
                if let oldest = balance.oldestOverdueDueDate {
                    summary += pt ? " · em atraso desde \(oldest.brazilian)" : " · late since \(oldest.iso)"
                }
                print(summary)
                print("")
                print(ChargeView.table(charges, language, today: today))
                if !payments.isEmpty {
                    print("")
                    print(ChargeView.payments(payments, language))
                }
                if !events.isEmpty {
                    print("")
                    print(pt ? "Histórico (mais recentes):" : "History (latest):")
                    for event in events.suffix(15) {
                        print("  \(CustomerView.timestamp(event.occurredAt, language))  \(pt ? event.type.labelPT : event.type.rawValue)  \(event.chargeID?.rawValue ?? "")")
                    }
                }
            }
        }
    }

    struct Find: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Finds customers by name (any word, prefix, no accents needed), CPF/CNPJ, e-mail, phone or external id.")

        @Argument(help: "What to look for.") var query: String
        @Option(help: "At most this many.") var limit: Int = 20
        @Flag(help: "Print JSON.") var json = false
        @OptionGroup var common: CommonOptions

        func run() async throws {
            let query = self.query
            let limit = self.limit
            let json = self.json
            try await withStore(common) { store, configuration in
                let found = try await CustomerService(makeServiceContext(store: store, configuration: configuration))
                    .search(query, limit: limit)
                if json {
                    print("[" + found.map(CustomerView.json).joined(separator: ",\n") + "]")
                } else {
                    print(CustomerView.table(found, configuration.language))
                }
            }
        }
    }
}
