import Foundation
import Synchronization

#if canImport(Glibc)
    import Glibc
#endif

/// The real `adimple serve` (the binary beside this one) as a child process on a free port.
final class ServerProcess: Sendable {
    let port: Int
    private let process: Mutex<Process?>

    init(databasePath: String, extraEnvironment: [String: String]) throws {
        let binary = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("adimple")
        guard FileManager.default.isExecutableFile(atPath: binary.path) else {
            throw BenchError("build `adimple` first: \(binary.path) is missing")
        }
        port = 19_000 + Int(getpid() % 1000)
        let process = Process()
        process.executableURL = binary
        process.arguments = ["serve", "--port", String(port), "--database", databasePath]
        var environment = ProcessInfo.processInfo.environment
        environment["ADIMPLE_LOG_LEVEL"] = "warning"
        for (key, value) in extraEnvironment { environment[key] = value }
        process.environment = environment
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        self.process = Mutex(process)
    }

    func waitUntilHealthy() async throws {
        let start = ContinuousClock.now
        while ContinuousClock.now - start < .seconds(30) {
            if httpStatus(port: port, path: "/health") == 200 { return }
            try await Task.sleep(for: .milliseconds(20))
        }
        throw BenchError("adimple serve did not become healthy within 30 s")
    }

    /// Stops the server (SIGTERM, a graceful shutdown) and waits; safe to call twice.
    func stop() {
        guard let process = self.process.withLock({ current -> Process? in
            defer { current = nil }
            return current
        }) else { return }
        process.terminate()
        process.waitUntilExit()
    }
}
