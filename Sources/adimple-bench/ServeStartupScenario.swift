import Foundation
#if canImport(Glibc)
    import Glibc
#endif

/// Starts the real `adimple serve` (the binary beside this one) on an existing database,
/// polls `/health` until it answers 200, then lets it idle and reads its resident memory.
struct ServeStartupScenario {
    let databasePath: String

    func run() async throws -> ScenarioResult {
        let binary = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("adimple")
        guard FileManager.default.isExecutableFile(atPath: binary.path) else {
            throw BenchError("build `adimple` first: \(binary.path) is missing")
        }
        let port = 18_000 + Int(getpid() % 1000)
        let process = Process()
        process.executableURL = binary
        process.arguments = ["serve", "--port", String(port), "--database", databasePath]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        let start = ContinuousClock.now
        try process.run()
        defer {
            process.terminate()
            process.waitUntilExit()
        }
        var healthy: Double?
        while ContinuousClock.now - start < .seconds(20) {
            if httpStatus(port: port, path: "/health") == 200 {
                healthy = seconds(ContinuousClock.now - start)
                break
            }
            try await Task.sleep(for: .milliseconds(5))
        }
        guard let healthy else { throw BenchError("adimple serve did not become healthy within 20 s") }
        // A few requests, then idle, as a quiet server sits.
        for _ in 0..<20 { _ = httpStatus(port: port, path: "/health") }
        _ = httpStatus(port: port, path: "/metrics")
        try await Task.sleep(for: .seconds(3))
        let rss = residentKiB(pid: String(process.processIdentifier)) / 1024
        return ScenarioResult(
            "serve-startup",
            [
                "seconds_to_healthy": .double(healthy), "idle_rss_mib": .double(rss),
                "database_mib": .double(fileMiB(databasePath)),
            ])
    }
}

/// The status code of a GET on 127.0.0.1, or nil when nothing answers. Plain sockets keep the
/// benchmark free of an HTTP client dependency.
func httpStatus(port: Int, path: String) -> Int? {
    let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    guard fd >= 0 else { return nil }
    defer { close(fd) }
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_port = in_port_t(UInt16(port).bigEndian)
    address.sin_addr.s_addr = inet_addr("127.0.0.1")
    let connected = withUnsafePointer(to: &address) {
        $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
    }
    guard connected == 0 else { return nil }
    let request = "GET \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"
    _ = request.withCString { send(fd, $0, strlen($0), 0) }
    var buffer = [UInt8](repeating: 0, count: 64)
    let count = recv(fd, &buffer, 64, 0)
    guard count > 12 else { return nil }
    let line = String(decoding: buffer[0..<count], as: UTF8.self)
    return Int(line.split(separator: " ").dropFirst().first ?? "")
}
