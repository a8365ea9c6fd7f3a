import AdimpleCore
import AdimpleWeb
import Crypto
internal import Foundation
import HTTPTypes
import Hummingbird
import Logging

/// `Idempotency-Key` on POST, as the best payment APIs do it:
/// - same key, same method, path and body → the first response again, byte for byte, with
///   `Idempotent-Replayed: true`;
/// - same key with another body or path → `422`;
/// - same key while the first request still runs → `409`;
/// - a request that failed on our side (5xx) frees its key, so the client's retry runs again.
///
/// The claim is committed before the request runs, so other nodes see it; a node that dies
/// mid-request leaves a claim whose lock expires (`idempotencyLock`), after which a retry runs.
struct IdempotencyMiddleware<Context: RequestContext>: RouterMiddleware {
    static var headerName: HTTPField.Name { HTTPField.Name("Idempotency-Key")! }
    static var replayedName: HTTPField.Name { HTTPField.Name("Idempotent-Replayed")! }

    let environment: APIEnvironment

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws
        -> Response
    {
        guard request.method == .post, let key = request.headers[Self.headerName] else {
            return try await next(request, context)
        }
        // Its form (1 to 255 visible ASCII characters) is the contract's, checked before.
        guard let principal = APIPrincipal.current else { return try await next(request, context) }
        let store = try environment.store.require()
        var request = request
        let body = try await request.body.collect(upTo: environment.maxFileBytes)
        request.body = .init(buffer: body)
        let fingerprint = APIKeyMint.hex(SHA256.hash(data: Data(body.readableBytesView)))
        let method = request.method.rawValue
        let path = request.uri.description
        let now = environment.clock.now()
        let record = IdempotencyRecord(
            apiKeyID: principal.key.id, key: key, method: method, path: path, fingerprint: fingerprint, createdAt: now,
            lockedUntil: now.addingTimeInterval(Self.seconds(environment.idempotencyLock)), response: nil)

        // Most repeats find a finished record: answer them from a read, with no write at all.
        let finished = try await store.read { try await $0.idempotency.get(apiKeyID: principal.key.id, key: key) }
        let claim: IdempotencyClaim
        if let finished, finished.response != nil {
            claim = .existing(finished)
        } else {
            claim = try await store.write { try await $0.idempotency.claim(record, now: now) }
        }
        switch claim {
        case .existing(let previous):
            guard previous.method == method, previous.path == path, previous.fingerprint == fingerprint else {
                throw Self.mismatch(previous, method: method, path: path)
            }
            guard let stored = previous.response else { throw Self.inUse() }
            return Self.replay(stored)
        case .inFlight:
            throw Self.inUse()
        case .claimed:
            break
        }

        let response: Response
        do {
            response = try await next(request, context)
        } catch {
            response = APIProblemMiddleware<Context>.response(for: error, logger: context.logger)
        }
        let bytes = try await ResponseCollector.collect(response.body)
        if response.status.code >= 500 {
            try? await store.write { try await $0.idempotency.release(apiKeyID: principal.key.id, key: key) }
        } else {
            let headers = response.headers.filter { $0.name != .date && $0.name != .contentLength }.map {
                [$0.name.canonicalName, $0.value]
            }
            let stored = StoredResponse(status: Int(response.status.code), headers: headers, body: Array(bytes.readableBytesView))
            try await store.write {
                try await $0.idempotency.complete(apiKeyID: principal.key.id, key: key, response: stored)
            }
        }
        var sent = response
        sent.body = .init(byteBuffer: bytes)
        return sent
    }

    static func replay(_ stored: StoredResponse) -> Response {
        var headers = HTTPFields()
        for pair in stored.headers where pair.count == 2 {
            if let name = HTTPField.Name(pair[0]) { headers.append(HTTPField(name: name, value: pair[1])) }
        }
        headers[Self.replayedName] = "true"
        return Response(
            status: HTTPResponse.Status(code: stored.status), headers: headers,
            body: .init(byteBuffer: ByteBuffer(bytes: stored.body)))
    }

    static func mismatch(_ previous: IdempotencyRecord, method: String, path: String) -> APIError {
        let what = previous.method != method || previous.path != path ? "another method or path" : "another body"
        return APIError(
            .unprocessableContent, type: "idempotency-key-reused", title: "Idempotency key reused",
            detail: "This Idempotency-Key was used with \(what); use a new key for a new request.",
            errors: [.init(field: "Idempotency-Key", reason: "used before with \(what)", value: nil)])
    }

    static func inUse() -> APIError {
        APIError(
            .conflict, type: "idempotency-key-in-use", title: "Request in progress",
            detail: "A request with this Idempotency-Key is still running; retry when it has finished.",
            headers: [.retryAfter: "1"])
    }

    static func seconds(_ duration: Duration) -> TimeInterval {
        TimeInterval(duration.components.seconds) + TimeInterval(duration.components.attoseconds) / 1e18
    }
}
