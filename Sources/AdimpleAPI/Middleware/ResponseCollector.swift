import Hummingbird
import NIOCore
import Synchronization

/// Reads a response body into memory, so it can be stored (idempotency) and still sent.
enum ResponseCollector {
    private final class Sink: Sendable {
        let buffer = Mutex(ByteBuffer())
    }

    private struct Writer: ResponseBodyWriter {
        let sink: Sink
        mutating func write(_ buffer: ByteBuffer) async throws {
            var copy = buffer
            sink.buffer.withLock { $0.writeBuffer(&copy) }
        }
        consuming func finish(_ trailingHeaders: HTTPFields?) async throws {}
    }

    static func collect(_ body: ResponseBody) async throws -> ByteBuffer {
        let sink = Sink()
        try await body.write(Writer(sink: sink))
        return sink.buffer.withLock { $0 }
    }
}
