internal import Foundation
import HTTPTypes
import Hummingbird
import Logging
internal import OpenAPIRuntime

/// Turns every error under `/v1` into `application/problem+json`: our own errors with their
/// status and fields, errors of the generated code (bad JSON, a missing parameter, a wrong
/// content type) as the 4xx they are, and anything else as a 500 that reveals nothing.
struct APIProblemMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws
        -> Response
    {
        do {
            return try await next(request, context)
        } catch {
            return Self.response(for: error, logger: context.logger)
        }
    }

    static func response(for error: any Error, logger: Logger) -> Response {
        if let apiError = APIError.from(error) { return apiError.response() }
        if let serverError = error as? ServerError {
            if let apiError = APIError.from(serverError.underlyingError) { return apiError.response() }
            if let decoding = findDecodingError(serverError.underlyingError) {
                return APIError.decoding(decoding).response()
            }
            if serverError.httpStatus.kind == .clientError {
                let detail = String(describing: serverError.underlyingError)
                return APIError(
                    serverError.httpStatus, type: problemType(serverError.httpStatus),
                    title: serverError.httpStatus.reasonPhrase, detail: detail
                ).response()
            }
            logger.error(
                "API handler failed",
                metadata: [
                    "operation": "\(serverError.operationID)",
                    "error": "\(String(reflecting: type(of: serverError.underlyingError)))",
                ])
        } else if let httpError = error as? any HTTPResponseError, httpError.status.kind == .clientError {
            return APIError(
                httpError.status, type: problemType(httpError.status), title: httpError.status.reasonPhrase,
                detail: httpError.status.reasonPhrase
            ).response()
        } else {
            logger.error("API request failed", metadata: ["error": "\(String(reflecting: type(of: error)))"])
        }
        return APIError(
            .internalServerError, type: "internal-error", title: "Internal error",
            detail: "Something went wrong on our side; it has been logged."
        ).response()
    }

    static func problemType(_ status: HTTPResponse.Status) -> String {
        switch status.code {
        case 400: "invalid-request"
        case 404: "not-found"
        case 405: "method-not-allowed"
        case 406: "not-acceptable"
        case 413: "body-too-large"
        case 415: "unsupported-media-type"
        default: "http-\(status.code)"
        }
    }

    /// The generated code wraps a body's `DecodingError` in its own error types; look inside.
    static func findDecodingError(_ error: Any, depth: Int = 0) -> DecodingError? {
        if let decoding = error as? DecodingError { return decoding }
        guard depth < 4 else { return nil }
        for child in Mirror(reflecting: error).children {
            if let found = findDecodingError(child.value, depth: depth + 1) { return found }
        }
        return nil
    }
}
