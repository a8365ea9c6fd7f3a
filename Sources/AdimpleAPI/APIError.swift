import AdimpleCore
import BrazilKit
internal import Foundation
import HTTPTypes
import Hummingbird

/// An error the API answers with, as RFC 9457 problem details. `type` is stable: clients may
/// branch on it (`https://adimple.dev/problems/<type>`).
package struct APIError: Error, Sendable {
    package struct FieldProblem: Codable, Sendable, Hashable {
        package let field: String
        package let reason: String
        package let value: String?
    }

    package let status: HTTPResponse.Status
    package let type: String
    package let title: String
    package let detail: String
    package var errors: [FieldProblem] = []
    package var headers: HTTPFields = [:]

    package init(
        _ status: HTTPResponse.Status, type: String, title: String, detail: String, errors: [FieldProblem] = [],
        headers: HTTPFields = [:]
    ) {
        self.status = status
        self.type = type
        self.title = title
        self.detail = detail
        self.errors = errors
        self.headers = headers
    }

    package static func notFound(_ what: String, _ id: String) -> APIError {
        APIError(.notFound, type: "not-found", title: "Not found", detail: "No \(what) with id \(id).")
    }

    package static func unauthorized(_ detail: String) -> APIError {
        APIError(
            .unauthorized, type: "unauthorized", title: "Unauthorized", detail: detail,
            headers: [.wwwAuthenticate: "Bearer realm=\"adimple\""])
    }

    package static func invalid(_ field: String, _ reason: String, value: String? = nil) -> APIError {
        APIError(
            .unprocessableContent, type: "validation-error", title: "Invalid data",
            detail: "\(field): \(reason)", errors: [FieldProblem(field: field, reason: reason, value: value)])
    }

    package static func badRequest(_ detail: String, field: String? = nil) -> APIError {
        APIError(
            .badRequest, type: "invalid-request", title: "Invalid request", detail: detail,
            errors: field.map { [FieldProblem(field: $0, reason: detail, value: nil)] } ?? [])
    }

    /// The JSON body.
    package func body() -> ByteBuffer {
        struct Body: Encodable {
            let type: String
            let title: String
            let status: Int
            let detail: String
            let errors: [FieldProblem]?
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let data =
            (try? encoder.encode(
                Body(
                    type: "https://adimple.dev/problems/\(type)", title: title, status: Int(status.code), detail: detail,
                    errors: errors.isEmpty ? nil : errors))) ?? Data()
        return ByteBuffer(bytes: data)
    }

    package func response() -> Response {
        var fields = headers
        fields[.contentType] = "application/problem+json"
        return Response(status: status, headers: fields, body: .init(byteBuffer: body()))
    }
}

extension APIError {
    /// The API's answer for any error a handler or the generated code threw. Unknown errors
    /// become a 500 that says nothing of the inside (the log has it).
    package static func from(_ error: any Error) -> APIError? {
        switch error {
        case let error as APIError:
            return error
        case let error as ValidationError:
            return APIError(
                .unprocessableContent, type: "validation-error", title: "Invalid data",
                detail: error.issues.map { "\($0.field): \($0.reason(.en))" }.joined(separator: "; "),
                errors: error.issues.map { FieldProblem(field: $0.field, reason: $0.reason(.en), value: $0.value) })
        case let error as DomainError:
            let status: HTTPResponse.Status =
                switch error.code {
                case .notFound: .notFound
                case .duplicate, .conflict, .invalidTransition: .conflict
                case .unavailable: .serviceUnavailable
                }
            let type =
                switch error.code {
                case .notFound: "not-found"
                case .duplicate: "duplicate"
                case .conflict: "conflict"
                case .invalidTransition: "invalid-transition"
                case .unavailable: "unavailable"
                }
            return APIError(status, type: type, title: error.messageEN, detail: error.messageEN)
        case is StoreUnavailableError:
            return APIError(
                .serviceUnavailable, type: "database-unavailable", title: "Service unavailable",
                detail: "The database does not answer; try again in a few seconds.", headers: [.retryAfter: "5"])
        case let error as DecodingError:
            return Self.decoding(error)
        default:
            return nil
        }
    }

    /// Names the field of a body that could not be read, and why.
    static func decoding(_ error: DecodingError) -> APIError {
        func path(_ codingPath: [any CodingKey], _ key: (any CodingKey)? = nil) -> String {
            let keys = codingPath + (key.map { [$0] } ?? [])
            let text = keys.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
            return text.hasPrefix(".") ? String(text.dropFirst()) : (text.isEmpty ? "body" : text)
        }
        let field: String
        let reason: String
        switch error {
        case .typeMismatch(let type, let context):
            field = path(context.codingPath)
            reason = "expected \(Self.jsonType(type))"
        case .valueNotFound(let type, let context):
            field = path(context.codingPath)
            reason = "expected \(Self.jsonType(type)), found null"
        case .keyNotFound(let key, let context):
            field = path(context.codingPath, key)
            reason = "is required"
        case .dataCorrupted(let context):
            field = path(context.codingPath)
            let description = context.debugDescription
            if description.contains("additional properties") {
                let names = description.split(separator: "[").last.map { String($0.dropLast()) } ?? ""
                reason = "unknown field(s) \(names)"
            } else if context.codingPath.isEmpty {
                reason = "the body is not valid JSON"
            } else {
                reason = description
            }
        @unknown default:
            field = "body"
            reason = "could not be read"
        }
        return APIError(
            .badRequest, type: "invalid-body", title: "The request body could not be read",
            detail: "\(field): \(reason)", errors: [FieldProblem(field: field, reason: reason, value: nil)])
    }

    static func jsonType(_ type: Any.Type) -> String {
        let name = String(describing: type)
        if name.contains("Int") { return "an integer" }
        if name.contains("Bool") { return "true or false" }
        if name.contains("String") || name.contains("Date") { return "a string" }
        if name.contains("Array") || name.hasPrefix("[") { return "an array" }
        if name.contains("Double") { return "a number" }
        return "an object"
    }
}
