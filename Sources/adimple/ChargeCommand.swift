import AdimpleApp
import AdimpleCore
import AdimpleStore
import ArgumentParser
import BrazilKit
import Foundation

struct ChargeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "charge", abstract: "Charges: add, show, list, pay, cancel.",
        subcommands: [Add.self, Show.self, List.self, Pay.self, Cancel.self])

    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Creates and issues a charge.")

        @Option(help: "Customer id, CPF/CNPJ or external id.") var customer: String
        @Option(help: "Amount, e.g. 1.234,56.") var amount: String
        @Option(help: "Due date: 2026-12-10 or 10/12/2026.") var due: String
        @Option(help: "Description.") var description: String
        @Option(help: "boleto (default), pix, card, direct_debit or manual.") var method: String?
        @Option(help: "Multa in basis points (200 = 2%).") var fineBp: Int64?
        @Option(help: "Juros per month in basis points (100 = 1% a.m.).") var interestBp: Int64?
        @Option(help: "Your key for this charge.") var externalId: String?
        @Flag(help: "Keep as a draft instead of issuing.") var draft = false
        @Flag(help: "Print JSON.") var json = false
        @OptionGroup var common: CommonOptions

        func run() async throws {
            let command = self
            try await withStore(common) { store, configuration in
                let context = makeServiceContext(store: store, configuration: configuration)
                guard let customer = try await CustomerService(context).resolve(command.customer) else {
                    throw DomainError.notFound(configuration.language == .ptBR ? "Cliente" : "Customer", command.customer)
                }
                let charge = try await ChargeService(context).create(
                    ChargeInput(
                        customerID: customer.id.rawValue, description: command.description, amount: command.amount,
                        dueDate: command.due, method: command.method, fineBasisPoints: command.fineBp,
                        interestBasisPoints: command.interestBp, externalID: command.externalId, issue: !command.draft),
                    by: cliActor)
                print(command.json ? ChargeView.json(charge) : ChargeView.detail(charge, nil, configuration.language))
            }
        }
    }

    struct Show: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Shows a charge with the amount due today and its payments.")

        @Argument(help: "Charge id or external id.") var reference: String
        @Flag(help: "Print JSON.") var json = false
        @OptionGroup var common: CommonOptions

        func run() async throws {
            let reference = self.reference
            let json = self.json
            try await withStore(common) { store, configuration in
                let context = makeServiceContext(store: store, configuration: configuration)
                guard let charge = try await findCharge(reference, in: store) else {
                    throw DomainError.notFound(configuration.language == .ptBR ? "Cobrança" : "Charge", reference)
                }
                if json {
                    print(ChargeView.json(charge))
                    return
                }
                let due = try await ChargeService(context).amountDue(charge.id, on: context.clock.today())
                let payments = try await store.read { try await $0.payments.list(chargeID: charge.id) }
                print(ChargeView.detail(charge, due, configuration.language))
                if !payments.isEmpty {
                    print("")
                    print(ChargeView.payments(payments, configuration.language))
                }
            }
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Lists charges.")

        @OptionGroup var filters: ChargeFilterOptions
        @Option(help: "At most this many.") var limit: Int = 50
        @Flag(help: "Print JSON.") var json = false
        @OptionGroup var common: CommonOptions

        func run() async throws {
            let command = self
            try await withStore(common) { store, configuration in
                let context = makeServiceContext(store: store, configuration: configuration)
                let filter = try await command.filters.filter(limit: command.limit, context: context, configuration.language)
                let charges = try await store.read { try await $0.charges.list(filter) }
                if command.json {
                    print("[" + charges.map(ChargeView.json).joined(separator: ",\n") + "]")
                } else {
                    print(ChargeView.table(charges, configuration.language, today: context.clock.today()))
                }
            }
        }
    }

    struct Pay: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Registers a manual payment (once per --key: repeating it changes nothing).")

        @Argument(help: "Charge id or external id.") var reference: String
        @Option(help: "Amount received; default: the amount due on the date.") var amount: String?
        @Option(help: "Date paid (default today).") var date: String?
        @Option(help: "A key for this payment, e.g. the receipt number.") var key: String?
        @OptionGroup var common: CommonOptions

        func run() async throws {
            let command = self
            try await withStore(common) { store, configuration in
                let context = makeServiceContext(store: store, configuration: configuration)
                guard let charge = try await findCharge(command.reference, in: store) else {
                    throw DomainError.notFound(configuration.language == .ptBR ? "Cobrança" : "Charge", command.reference)
                }
                var issues = IssueCollector()
                let paidOn: CivilDate? =
                    command.date.map { text in
                        issues.attempt(field: "--date", value: text) { () throws(CivilDateError) in
                            text.contains("/") ? try CivilDate(brazilian: text) : try CivilDate(iso: text)
                        }
                    } ?? context.clock.today()
                let given: Money? = command.amount.flatMap { text in
                    issues.attempt(field: "--amount", value: text) { () throws(MoneyError) in try Money(parsing: text) }
                }
                try issues.throwIfAny()
                let service = ChargeService(context)
                let amount: Money
                if let given {
                    amount = given
                } else {
                    amount = try await service.amountDue(charge.id, on: paidOn!).total
                }
                let key = command.key.map { "manual:\(charge.id.rawValue):\($0)" }
                    ?? "manual:\(charge.id.rawValue):\(paidOn!.iso):\(amount.centavos)"
                let result = try await service.registerPayment(
                    charge.id, amount: amount, paidOn: paidOn!, source: .manual, naturalKey: key, by: cliActor)
                let pt = configuration.language == .ptBR
                if result.duplicate {
                    print(pt ? "Pagamento já registrado antes (\(result.payment.id)); nada mudou." : "Payment already registered (\(result.payment.id)); nothing changed.")
                } else {
                    print(pt ? "Pagamento \(result.payment.id) de \(amount.formatted) registrado." : "Payment \(result.payment.id) of \(amount.formatted) registered.")
                }
                print(ChargeView.detail(result.charge, nil, configuration.language))
            }
        }
    }

    struct Cancel: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Cancels an open or overdue charge.")

        @Argument(help: "Charge id or external id.") var reference: String
        @OptionGroup var common: CommonOptions

        func run() async throws {
            let reference = self.reference
            try await withStore(common) { store, configuration in
                let context = makeServiceContext(store: store, configuration: configuration)
                guard let charge = try await findCharge(reference, in: store) else {
                    throw DomainError.notFound(configuration.language == .ptBR ? "Cobrança" : "Charge", reference)
                }
                let canceled = try await ChargeService(context).cancel(charge.id, by: cliActor)
                print(ChargeView.detail(canceled, nil, configuration.language))
            }
        }
    }
}

/// A charge by id or by external id.
func findCharge(_ reference: String, in store: SQLStore) async throws -> Charge? {
    try await store.read { session in
        if let charge = try await session.charges.get(Charge.ID(reference)) { return charge }
        return try await session.charges.find(externalID: reference)
    }
}
