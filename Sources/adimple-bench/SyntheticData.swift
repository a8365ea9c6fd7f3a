import AdimpleApp
import AdimpleCore
import AdimpleStore
import BrazilKit
import Foundation

/// The seeded customers every scenario uses, made once per run.
struct SyntheticData: Sendable {
    let customers: [Customer]
    let generationSeconds: Double

    static func make(count: Int, seed: UInt64) throws -> SyntheticData {
        let start = ContinuousClock.now
        let clock = SystemWallClock()
        let ids = TimeOrderedIDGenerator(clock: clock, seed: seed)
        var generator = PersonaGenerator(seed: seed)
        let now = clock.now()
        var customers: [Customer] = []
        customers.reserveCapacity(count)
        for index in 0..<count {
            let persona = generator.next()
            customers.append(
                Customer(
                    id: ids.next(.customer), kind: persona.isCompany ? .company : .person,
                    document: try TaxID(persona.document), name: persona.name, tradeName: persona.tradeName,
                    emails: [persona.email], phones: [try BrazilianPhone(persona.phone)],
                    address: Address(
                        street: persona.street, number: persona.number, complement: persona.complement,
                        district: persona.district, city: persona.city, state: persona.state, cep: try CEP(persona.cep)),
                    segment: persona.segment, tags: persona.tags, externalID: "ERP-\(index + 1)", createdAt: now,
                    createdBy: .system))
        }
        return SyntheticData(customers: customers, generationSeconds: seconds(ContinuousClock.now - start))
    }
}

/// The store's bulk path: batches of `batch` customers (100,000 by default, as an import
/// would chunk a file), each one transaction.
struct StoreInsertScenario {
    let data: SyntheticData
    let directory: URL
    var batch = 100_000
    /// A `postgres://` URL of an empty database to measure PostgreSQL instead of SQLite.
    var postgres: String? = nil

    static func path(_ directory: URL) -> String { directory.appendingPathComponent("store.sqlite").path }

    var location: String { postgres ?? Self.path(directory) }

    func run() async throws -> ScenarioResult {
        if postgres == nil { try? FileManager.default.removeItem(atPath: location) }
        let store = try await StoreFactory.open(location)
        guard try await store.read({ try await $0.customers.count() }) == 0 else {
            try await store.shutdown()
            throw BenchError("the benchmark database must start empty")
        }
        let customers = data.customers
        let (_, elapsed) = try await measure {
            for start in stride(from: 0, to: customers.count, by: batch) {
                try await store.bulkInsertCustomers(Array(customers[start..<min(start + batch, customers.count)]))
            }
        }
        let count = try await store.read { try await $0.customers.count() }
        try await store.shutdown()
        guard count == customers.count else { throw BenchError("stored \(count) of \(customers.count) customers") }
        return ScenarioResult(
            "customers-insert",
            [
                "engine": .string(postgres == nil ? "sqlite" : "postgres"), "customers": .int(count), "seconds": .double(elapsed),
                "rows_per_second": .double(Double(count) / elapsed), "batch": .int(batch),
                "generation_seconds": .double(data.generationSeconds), "peak_rss_mib": .double(peakRSSMiB()),
                "database_mib": .double(postgres == nil ? fileMiB(location) : 0),
            ])
    }
}

/// Plain prepared INSERTs of the same rows in one transaction: the reference limit.
struct RawInsertScenario {
    let data: SyntheticData
    let directory: URL

    func run() async throws -> ScenarioResult {
        let path = directory.appendingPathComponent("raw.sqlite").path
        try? FileManager.default.removeItem(atPath: path)
        try await StoreFactory.open(path).shutdown()  // the same schema, migrated
        let prepared = BenchmarkSupport.prepare(data.customers)
        let (_, elapsed) = try await measure { try BenchmarkSupport.rawInsert(prepared, path: path) }
        defer { try? FileManager.default.removeItem(atPath: path) }
        return ScenarioResult(
            "sqlite-raw-insert",
            [
                "customers": .int(prepared.customerRows), "term_rows": .int(prepared.termRows), "seconds": .double(elapsed),
                "rows_per_second": .double(Double(prepared.customerRows) / elapsed),
            ])
    }
}

func fileMiB(_ path: String) -> Double {
    let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? NSNumber)?.doubleValue ?? 0
    return (size / 1_048_576 * 10).rounded() / 10
}

struct BenchError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
