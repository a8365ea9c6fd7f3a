import AdimpleAPI
import AdimpleCore
import AdimpleStore
import BrazilKit
import Foundation

/// The API under load from wrk (Debian's package), as an ERP would hit it: the real
/// `adimple serve` on SQLite (`synchronous=FULL`), an API key, 64 connections.
///
/// - `GET /v1/customers/{id}` with random ids of the loaded customers;
/// - `POST /v1/charges`, each request with its own Idempotency-Key (durable writes);
/// - the same POSTs again with keys already used: replays.
struct APIScenario {
    let data: SyntheticData
    let directory: URL
    var connections = 64
    var duration = 10

    func run() async throws -> [ScenarioResult] {
        guard let wrk = Self.which("wrk") else { throw BenchError("install wrk (apt-get install wrk) for the API scenarios") }
        let path = StoreInsertScenario.path(directory)
        _ = try await StoreInsertScenario(data: data, directory: directory).run()
        let secret = try await Self.makeKey(path: path)
        let server = try ServerProcess(databasePath: path, extraEnvironment: [:])
        defer { server.stop() }
        try await server.waitUntilHealthy()

        let ids = data.customers.prefix(10_000).map { "\"\($0.id.rawValue)\"" }.joined(separator: ",")
        let getScript = directory.appendingPathComponent("get.lua")
        try """
        local ids = {\(ids)}
        math.randomseed(2026)
        request = function()
          return wrk.format("GET", "/v1/customers/" .. ids[math.random(#ids)], {["Authorization"] = "Bearer \(secret)"})
        end
        """.write(to: getScript, atomically: true, encoding: .utf8)
        let get = try WrkRun.run(wrk: wrk, port: server.port, script: getScript, connections: connections, seconds: duration)

        let due = SystemWallClock().today().adding(days: 30).iso
        let customerIDs = data.customers.prefix(1_000).map { "\"\($0.id.rawValue)\"" }.joined(separator: ",")
        func postScript(prefix: String, keys: Int?) -> String {
            // `keys` bounds the key space (replays); nil makes every key new.
            """
            local customers = {\(customerIDs)}
            local counter = 0
            local threads = {}
            function setup(thread) table.insert(threads, thread); thread:set("tid", #threads) end
            request = function()
              counter = counter + 1
              local n = counter
              \(keys.map { "n = (counter % \($0)) + 1" } ?? "")
              local customer = customers[(n % #customers) + 1]
              local body = '{"customer_id":"' .. customer .. '","description":"Mensalidade","amount":' .. (10000 + n % 5000) .. ',"due_date":"\(due)","method":"boleto"}'
              return wrk.format("POST", "/v1/charges", {
                ["Authorization"] = "Bearer \(secret)", ["Content-Type"] = "application/json",
                ["Idempotency-Key"] = "\(prefix)-" .. tid .. "-" .. n}, body)
            end
            """
        }
        let postPath = directory.appendingPathComponent("post.lua")
        try postScript(prefix: "new", keys: nil).write(to: postPath, atomically: true, encoding: .utf8)
        let post = try WrkRun.run(wrk: wrk, port: server.port, script: postPath, connections: connections, seconds: duration)

        // Replays: first make 2,000 keys per thread once, then hit them again.
        let replayPath = directory.appendingPathComponent("replay.lua")
        try postScript(prefix: "replay", keys: 500).write(to: replayPath, atomically: true, encoding: .utf8)
        _ = try WrkRun.run(wrk: wrk, port: server.port, script: replayPath, connections: 4, seconds: 3, threads: 2)
        let replay = try WrkRun.run(wrk: wrk, port: server.port, script: replayPath, connections: connections, seconds: duration)
        // Latency of a replay as one integration sees it (4 connections, no queue of 64).
        let replayAlone = try WrkRun.run(wrk: wrk, port: server.port, script: replayPath, connections: 4, seconds: duration)
        let getAlone = try WrkRun.run(wrk: wrk, port: server.port, script: getScript, connections: 4, seconds: duration)
        let charges = try await Self.countCharges(path: path, stopping: server)

        return [
            ScenarioResult("api-get-customer", get.fields(connections: connections)),
            ScenarioResult(
                "api-post-charge", post.fields(connections: connections).merging(["charges_stored": .int(charges)]) { $1 }),
            ScenarioResult("api-post-charge-replay", replay.fields(connections: connections)),
            ScenarioResult("api-post-charge-replay-4-connections", replayAlone.fields(connections: 4)),
            ScenarioResult("api-get-customer-4-connections", getAlone.fields(connections: 4)),
        ]
    }

    static func makeKey(path: String) async throws -> String {
        let store = try await StoreFactory.open(path)
        let clock = SystemWallClock()
        let made = APIKeyMint.make(
            name: "bench", scopes: [.read, .write], rateLimitPerSecond: 1_000_000,
            id: TimeOrderedIDGenerator(clock: clock).next(.apiKey), at: clock.now())
        try await store.write { try await $0.apiKeys.insert(made.key) }
        try await store.shutdown()
        return made.secret
    }

    static func countCharges(path: String, stopping server: ServerProcess) async throws -> Int {
        server.stop()
        let store = try await StoreFactory.open(path)
        let count = try await store.read { try await $0.charges.count(status: nil) }
        try await store.shutdown()
        return count
    }

    static func which(_ name: String) -> String? {
        for folder in ["/usr/bin", "/usr/local/bin", "/bin"] where FileManager.default.isExecutableFile(atPath: "\(folder)/\(name)") {
            return "\(folder)/\(name)"
        }
        return nil
    }
}

/// One wrk run and what it printed: requests per second, latency percentiles, errors.
struct WrkRun {
    var requestsPerSecond = 0.0
    var p50 = 0.0
    var p99 = 0.0
    var requests = 0
    var non2xx = 0
    var socketErrors = 0

    static func run(wrk: String, port: Int, script: URL, connections: Int, seconds: Int, threads: Int = 2) throws -> WrkRun {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: wrk)
        process.arguments = [
            "-t\(threads)", "-c\(connections)", "-d\(seconds)s", "--latency", "-s", script.path, "http://127.0.0.1:\(port)",
        ]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return parse(output)
    }

    static func parse(_ output: String) -> WrkRun {
        var run = WrkRun()
        for line in output.split(separator: "\n").map({ $0.trimmingCharacters(in: .whitespaces) }) {
            let parts = line.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
            if line.hasPrefix("Requests/sec:"), parts.count > 1 { run.requestsPerSecond = Double(parts[1]) ?? 0 }
            if line.hasPrefix("50%"), parts.count > 1 { run.p50 = millis(parts[1]) }
            if line.hasPrefix("99%"), parts.count > 1 { run.p99 = millis(parts[1]) }
            if line.contains("requests in"), let first = parts.first { run.requests = Int(first) ?? 0 }
            if line.hasPrefix("Non-2xx"), let last = parts.last { run.non2xx = Int(last) ?? 0 }
            if line.hasPrefix("Socket errors:") {
                run.socketErrors = parts.compactMap { Int($0.trimmingCharacters(in: CharacterSet(charactersIn: ","))) }.reduce(0, +)
            }
        }
        return run
    }

    /// wrk prints `812.00us`, `2.31ms`, `1.02s`.
    static func millis(_ text: String) -> Double {
        if text.hasSuffix("us") { return (Double(text.dropLast(2)) ?? 0) / 1000 }
        if text.hasSuffix("ms") { return Double(text.dropLast(2)) ?? 0 }
        if text.hasSuffix("s") { return (Double(text.dropLast()) ?? 0) * 1000 }
        return Double(text) ?? 0
    }

    func fields(connections: Int) -> [String: ScenarioResult.Value] {
        [
            "requests_per_second": .double(requestsPerSecond), "p50_ms": .double(p50), "p99_ms": .double(p99),
            "requests": .int(requests), "non_2xx": .int(non2xx), "socket_errors": .int(socketErrors),
            "connections": .int(connections),
        ]
    }
}
