import AdimpleAPI
import AdimpleCore
import BrazilKit
import Foundation

/// A realistic, seeded demo company: about a thousand customers with Brazilian names,
/// documents and addresses, and a year of monthly charges in every state — paid on time,
/// paid late with multa and juros, partially paid, overdue, renegotiated, written off,
/// canceled, open and draft — so a newcomer sees a living system.
///
/// History is made by travelling a manual clock through the past year and calling the real
/// use cases, so every charge has its ledger postings, audit lines and events.
public struct DemoCompany: Sendable {
    public struct Summary: Sendable, Codable {
        public var customers = 0
        public var charges = 0
        public var payments = 0
        /// Boletos issued (originals and 2ª vias).
        public var boletos = 0
        /// An overdue boleto charge, for the examples (PDF, 2ª via).
        public var overdueBoletoChargeID: String?
        public var chargesByStatus: [String: Int] = [:]
        public var seconds = 0.0
        /// The demo ERP's API key (read and write), shown once so a newcomer can call the API.
        public var apiKey: String?
    }

    public let seed: UInt64
    public let customerCount: Int
    public let today: CivilDate
    public let calendar: BankCalendar

    public init(seed: UInt64 = 42, customers: Int = 1000, today: CivilDate, calendar: BankCalendar = .national) {
        self.seed = seed
        self.customerCount = customers
        self.today = today
        self.calendar = calendar
    }

    static let actor = Actor(kind: .system, id: "demo")

    /// Loads the demo into `store`, which should be empty.
    public func load(into store: any Store) async throws -> Summary {
        let started = ContinuousClock.now
        let clock = ManualClock(civil: today.adding(days: -400))
        let context = ServiceContext(
            store: store, clock: clock, ids: TimeOrderedIDGenerator(clock: clock, seed: seed), calendar: calendar)
        var random = SeededGenerator(seed: seed)
        var personas = PersonaGenerator(seed: seed)
        var summary = Summary()

        // The company and its bank accounts first, so every boleto charge gets its boleto
        // (nosso número, barcode, linha digitável, Pix QR of the boleto híbrido).
        try await Self.configureCompany(context)

        // Everyone first, in one bulk load with one audit line.
        var plans: [DemoPlan] = []
        var customers: [Customer] = []
        for index in 0..<customerCount {
            let plan = DemoPlan.draw(&random, today: today)
            clock.set(plan.firstContact.startOfDay(in: .saoPaulo).addingTimeInterval(10 * 3600))
            let customer = try personas.next().customer(
                id: context.ids.next(.customer), externalID: String(format: "ERP-%06d", index + 1),
                status: plan.customerStatus, createdAt: clock.now(), by: Self.actor)
            customers.append(customer)
            plans.append(plan)
        }
        try await store.bulkInsertCustomers(customers)
        summary.customers = customers.count

        // Then each customer's year, a few customers per transaction.
        let charges = ChargeService(context)
        let customerService = CustomerService(context)
        let calculator = LateChargeCalculator(calendar: calendar)
        for (batchIndex, batch) in Array(zip(customers, plans)).chunked(25).enumerated() {
            let counts = try await store.write { session -> (Int, Int, [String: Int]) in
                var chargesMade = 0
                var paymentsMade = 0
                var statuses: [String: Int] = [:]
                var batchRandom = SeededGenerator(seed: seed &+ UInt64(batchIndex) &* 0x9E37_79B9)
                for (customer, plan) in batch {
                    for step in plan.charges {
                        let result = try await DemoTimeline(
                            context: context, clock: clock, charges: charges, calculator: calculator,
                            customer: customer, today: today
                        ).play(step, random: &batchRandom, in: session)
                        chargesMade += 1
                        paymentsMade += result.payments
                        statuses[result.status.rawValue, default: 0] += 1
                    }
                    if plan.behaviour == .churned, let last = plan.charges.last {
                        clock.set(min(last.dueDate.adding(days: 20), today).startOfDay(in: .saoPaulo).addingTimeInterval(11 * 3600))
                        _ = try await customerService.changeStatus(customer.id, to: .inactive, by: Self.actor, in: session)
                    }
                }
                return (chargesMade, paymentsMade, statuses)
            }
            summary.charges += counts.0
            summary.payments += counts.1
            summary.chargesByStatus.merge(counts.2, uniquingKeysWith: +)
        }
        // An API key for the demo ERP, as `adimple api-key create` would make it.
        let made = APIKeyMint.make(
            name: "ERP de demonstração", scopes: [.read, .write], rateLimitPerSecond: 100,
            id: context.ids.next(.apiKey), at: clock.now())
        try await store.write { try await $0.apiKeys.insert(made.key) }
        summary.apiKey = made.secret

        summary.boletos = try await store.read { try await $0.boletos.count() }
        summary.overdueBoletoChargeID = try await store.read { session in
            try await session.charges.list(ChargeFilter(statuses: [.overdue], methods: [.boleto], limit: 1)).first?.id.rawValue
        }

        let elapsed = ContinuousClock.now - started
        summary.seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        return summary
    }
}
