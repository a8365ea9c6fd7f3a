internal import Foundation
import HTTPTypes
import Hummingbird

/// Refuses bodies larger than the limit with `413` before anything reads them, and reads the
/// body once into memory so later steps (the idempotency fingerprint, the handler) share it.
/// CSV imports get the larger file limit.
struct BodyLimitMiddleware<Context: RequestContext>: RouterMiddleware {
    let maxBodyBytes: Int
    let maxFileBytes: Int

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws
        -> Response
    {
        guard request.method == .post || request.method == .patch || request.method == .put else {
            return try await next(request, context)
        }
        let limit = request.uri.path.contains("/imports/") ? maxFileBytes : maxBodyBytes
        if let declared = request.headers[.contentLength].flatMap(Int.init), declared > limit {
            throw Self.tooLarge(limit)
        }
        var request = request
        let buffer: ByteBuffer
        do {
            buffer = try await request.body.collect(upTo: limit)
        } catch {
            throw Self.tooLarge(limit)
        }
        request.body = .init(buffer: buffer)
        return try await next(request, context)
    }

    static func tooLarge(_ limit: Int) -> APIError {
        APIError(
            .contentTooLarge, type: "body-too-large", title: "Body too large",
            detail: "The request body is larger than \(limit) bytes.")
    }
}
