import AdimpleApp
import AdimpleCore
import AdimpleStore
import BrazilKit
import Foundation

/// Search latency over the loaded customers, through the store (connection, SQL, decoding),
/// as the back office and the API call it.
struct SearchScenario {
    let data: SyntheticData
    /// An SQLite path or a postgres:// URL.
    let location: String
    let queries: Int
    let seed: UInt64

    func run() async throws -> ScenarioResult {
        let store = try await StoreFactory.open(location)
        var random = SeededGenerator(seed: seed ^ 0x5EA2C4)
        let customers = data.customers
        func sample() -> Customer { customers[Int(random.below(UInt64(customers.count)))] }

        var kinds: [(String, [String])] = []
        kinds.append(("name_prefix", (0..<queries).map { _ in
            let words = SearchText.words(sample().name).filter { $0.count >= 3 }
            let word = words.isEmpty ? "sil" : words[Int(random.below(UInt64(words.count)))]
            return String(word.prefix(3 + Int(random.below(3))))
        }))
        kinds.append(("document", (0..<queries).map { _ in sample().document!.formatted }))
        kinds.append(("email_prefix", (0..<queries).map { _ in
            let email = sample().emails[0]
            return String(email.prefix(max(4, email.count - 6)))
        }))
        kinds.append(("phone", (0..<queries).map { _ in sample().phones[0].formatted }))
        kinds.append(("two_words", (0..<queries).map { _ in
            let words = SearchText.words(sample().name).filter { $0.count >= 3 }
            return words.prefix(2).map { String($0.prefix(4)) }.joined(separator: " ")
        }))

        var fields: [String: ScenarioResult.Value] = [
            "customers": .int(customers.count), "queries_per_kind": .int(queries), "engine": .string(store.engine),
        ]
        for (kind, texts) in kinds {
            // A short warm-up so the first page faults are not counted as search time.
            for text in texts.prefix(50) { _ = try await store.read { try await $0.customers.search(text, limit: 20) } }
            var samples: [Double] = []
            samples.reserveCapacity(texts.count)
            var empty = 0
            for text in texts {
                let (found, elapsed) = try await measure { try await store.read { try await $0.customers.search(text, limit: 20) } }
                if found.isEmpty { empty += 1 }
                samples.append(elapsed * 1000)
            }
            samples.sort()
            fields["\(kind)_p50_ms"] = .double(percentile(samples, 0.5))
            fields["\(kind)_p99_ms"] = .double(percentile(samples, 0.99))
            fields["\(kind)_max_ms"] = .double(samples.last ?? 0)
            fields["\(kind)_empty"] = .int(empty)
        }
        try await store.shutdown()
        return ScenarioResult("customers-search", fields)
    }
}
