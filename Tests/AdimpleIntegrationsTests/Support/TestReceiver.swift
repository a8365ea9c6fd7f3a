import Foundation
import Hummingbird
import Logging
import NIOCore
import ServiceLifecycle
import Synchronization

/// A real HTTP server on 127.0.0.1 (a free port) standing in for the companies' systems:
/// `POST /hooks/<name>` records the request and answers as `<name>` was told to.
final class TestReceiver: Sendable {
    enum Behavior: Sendable {
        /// Answer this status with a short body.
        case status(Int)
        /// Answer these statuses in turn, then the last one forever.
        case sequence([Int])
        /// Wait until the test ends (or the client gives up), then answer 200.
        case hang
        /// Wait, then answer 200.
        case slow(Duration)
        /// Answer 200 with a body of this many bytes of "é" (2 bytes each in UTF-8).
        case bigBody(Int)
    }

    struct Received: Sendable {
        let name: String
        let headers: [String: String]
        let body: Data
    }

    private struct State {
        var behaviors: [String: Behavior] = [:]
        var answered: [String: Int] = [:]
        var received: [Received] = []
        var counts: [String: Int] = [:]
        var inFlight: [String: Int] = [:]
        var maximumInFlight: [String: Int] = [:]
        var released = false
    }

    private let state = Mutex(State())
    private let portBox = Mutex<Int?>(nil)

    var port: Int { portBox.withLock { $0 ?? 0 } }

    func url(_ name: String) -> String { "http://127.0.0.1:\(port)/hooks/\(name)" }

    func set(_ name: String, _ behavior: Behavior) { state.withLock { $0.behaviors[name] = behavior } }

    var received: [Received] { state.withLock { $0.received } }

    func received(_ name: String) -> [Received] { received.filter { $0.name == name } }

    /// How many requests `name` got (cheap: for polling).
    func count(_ name: String) -> Int { state.withLock { $0.counts[name] ?? 0 } }

    /// How many requests arrived in all (cheap: for polling).
    var total: Int { state.withLock { $0.received.count } }

    /// The most requests `name` had in flight at once.
    func maximumInFlight(_ name: String) -> Int { state.withLock { $0.maximumInFlight[name] ?? 0 } }

    /// Runs `body` with a receiver listening; stops it afterwards.
    static func with<T: Sendable>(_ body: (TestReceiver) async throws -> T) async throws -> T {
        let receiver = TestReceiver()
        let router = Router()
        router.post("/hooks/:name") { request, context -> Response in
            let name = try context.parameters.require("name")
            var request = request
            let buffer = try await request.collectBody(upTo: 1 << 20)
            return await receiver.answer(name, request: request, body: Data(buffer.readableBytesView))
        }
        var logger = Logger(label: "test.receiver")
        logger.logLevel = .critical
        let app = Application(
            router: router, configuration: .init(address: .hostname("127.0.0.1", port: 0)),
            onServerRunning: { channel in receiver.portBox.withLock { $0 = channel.localAddress?.port } },
            logger: logger)
        // Stopped by a graceful shutdown, never by cancelling the serving task: cancelling it
        // can drop a connection NIO has accepted but not handed over yet, which traps in
        // debug builds ("Deinited NIOAsyncWriter without calling finish()", swift-nio#2637).
        let group = ServiceGroup(
            configuration: .init(services: [app], gracefulShutdownSignals: [], logger: logger))
        let server = Task { try await group.run() }
        for _ in 0..<500 where receiver.portBox.withLock({ $0 == nil }) { try await Task.sleep(for: .milliseconds(10)) }
        do {
            let result = try await body(receiver)
            await stop(receiver, group, server)
            return result
        } catch {
            await stop(receiver, group, server)
            throw error
        }
    }

    private static func stop(_ receiver: TestReceiver, _ group: ServiceGroup, _ server: Task<Void, any Error>) async {
        receiver.state.withLock { $0.released = true }
        await group.triggerGracefulShutdown()
        _ = await server.result
    }

    private func answer(_ name: String, request: Request, body: Data) async -> Response {
        var headers: [String: String] = [:]
        for field in request.headers { headers[field.name.canonicalName] = field.value }
        let behavior = state.withLock { state -> Behavior in
            state.received.append(Received(name: name, headers: headers, body: body))
            state.counts[name, default: 0] += 1
            state.inFlight[name, default: 0] += 1
            state.maximumInFlight[name] = max(state.maximumInFlight[name] ?? 0, state.inFlight[name]!)
            let behavior = state.behaviors[name] ?? .status(200)
            if case .sequence(let statuses) = behavior {
                let index = state.answered[name, default: 0]
                state.answered[name] = index + 1
                return .status(statuses[min(index, statuses.count - 1)])
            }
            return behavior
        }
        defer { state.withLock { $0.inFlight[name, default: 1] -= 1 } }
        switch behavior {
        case .status(let code):
            return Response(
                status: HTTPResponse.Status(code: code),
                body: ResponseBody(byteBuffer: ByteBuffer(string: "answer \(code) for \(name)")))
        case .sequence:
            return Response(status: .internalServerError)
        case .hang:
            while !state.withLock({ $0.released }) && !Task.isCancelled {
                try? await Task.sleep(for: .milliseconds(20))
            }
            return Response(status: .ok)
        case .slow(let duration):
            try? await Task.sleep(for: duration)
            return Response(status: .ok)
        case .bigBody(let characters):
            return Response(
                status: .ok,
                body: ResponseBody(byteBuffer: ByteBuffer(string: String(repeating: "é", count: characters))))
        }
    }
}
