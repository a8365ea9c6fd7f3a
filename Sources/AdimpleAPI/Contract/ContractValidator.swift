internal import Foundation
import HTTPTypes
import Hummingbird
import Yams

/// The contract, read once at start, used to check each request before the generated code
/// sees it: path, query and header parameters, and JSON bodies, against every constraint the
/// contract states. Undeclared methods on declared paths get `405` with `Allow`.
final class ContractValidator: Sendable {
    struct Parameter: @unchecked Sendable {
        let name: String
        let location: String
        let required: Bool
        let schema: [String: Any]
    }

    struct Operation: @unchecked Sendable {
        let parameters: [Parameter]
        let bodyRequired: Bool
        /// Content type → schema.
        let body: [String: [String: Any]]
    }

    struct Route: @unchecked Sendable {
        let segments: [String]
        let operations: [String: Operation]

        /// Literal segments match before `{parameters}`: `/customers/search` is not a customer id.
        var specificity: Int { segments.filter { !$0.hasPrefix("{") }.count }
    }

    let routes: [Route]
    let schema: ContractSchema
    let basePath: String

    init(yaml: String, basePath: String = "/v1") {
        let root = ((try? Yams.load(yaml: yaml)) as? [String: Any]) ?? [:]
        let schema = ContractSchema(root: root)
        var routes: [Route] = []
        for (path, item) in (root["paths"] as? [String: Any]) ?? [:] {
            guard let item = item as? [String: Any] else { continue }
            let shared = (item["parameters"] as? [[String: Any]]) ?? []
            var operations: [String: Operation] = [:]
            for method in ["get", "post", "put", "patch", "delete"] {
                guard let operation = item[method] as? [String: Any] else { continue }
                let parameters = (shared + ((operation["parameters"] as? [[String: Any]]) ?? [])).map { raw in
                    let parameter = schema.resolve(raw)
                    return Parameter(
                        name: parameter["name"] as? String ?? "", location: parameter["in"] as? String ?? "",
                        required: parameter["required"] as? Bool ?? false, schema: parameter["schema"] as? [String: Any] ?? [:])
                }
                let requestBody = operation["requestBody"] as? [String: Any]
                var body: [String: [String: Any]] = [:]
                for (type, media) in (requestBody?["content"] as? [String: Any]) ?? [:] {
                    body[type] = (media as? [String: Any])?["schema"] as? [String: Any] ?? [:]
                }
                operations[method.uppercased()] = Operation(
                    parameters: parameters, bodyRequired: requestBody?["required"] as? Bool ?? false, body: body)
            }
            routes.append(Route(segments: path.split(separator: "/").map(String.init), operations: operations))
        }
        self.routes = routes.sorted { $0.specificity > $1.specificity }
        self.schema = schema
        self.basePath = basePath
    }

    /// The route of a request path (`/v1/customers/abc`), with its path parameters. Runs on
    /// every request, so it compares substrings without building arrays of strings.
    func route(for path: String) -> (Route, [String: String])? {
        guard path.hasPrefix(basePath), path.utf8.count > basePath.utf8.count,
            path.utf8[path.utf8.index(path.utf8.startIndex, offsetBy: basePath.utf8.count)] == UInt8(ascii: "/")
        else { return nil }
        let segments = path.utf8.dropFirst(basePath.utf8.count + 1).split(
            separator: UInt8(ascii: "/"), omittingEmptySubsequences: false)
        for route in routes where route.segments.count == segments.count {
            var parameters: [String: String] = [:]
            var matched = true
            for (template, actual) in zip(route.segments, segments) {
                if template.hasPrefix("{") {
                    let text = String(Substring(actual))
                    parameters[String(template.dropFirst().dropLast())] =
                        text.contains("%") ? (text.removingPercentEncoding ?? text) : text
                } else if !template.utf8.elementsEqual(actual) {
                    matched = false
                    break
                }
            }
            if matched { return (route, parameters) }
        }
        return nil
    }

    /// Checks the request's parameters, naming every bad one.
    func check(_ request: Request, operation: Operation, pathParameters: [String: String]) throws -> Request {
        var problems: [APIError.FieldProblem] = []
        let query = request.uri.queryParameters
        for parameter in operation.parameters {
            let resolved = schema.resolve(parameter.schema)
            let value: String?
            switch parameter.location {
            case "path": value = pathParameters[parameter.name]
            case "query": value = query[parameter.name[...]].map(String.init)
            case "header": value = HTTPField.Name(parameter.name).flatMap { request.headers[$0] }
            default: continue
            }
            guard let value else {
                if parameter.required { problems.append(.init(field: parameter.name, reason: "is required", value: nil)) }
                continue
            }
            if resolved["type"] as? String == "array" {
                // `style: form, explode: false`: one parameter, items separated by commas.
                let itemSchema = schema.resolve(resolved["items"] as? [String: Any] ?? [:])
                for item in value.split(separator: ",", omittingEmptySubsequences: false) {
                    check(text: String(item), schema: itemSchema, field: parameter.name, into: &problems)
                }
            } else {
                check(text: value, schema: resolved, field: parameter.name, into: &problems)
            }
        }
        if !problems.isEmpty {
            throw APIError(
                .badRequest, type: "invalid-parameter", title: "Invalid parameter",
                detail: problems.map { "\($0.field): \($0.reason)" }.joined(separator: "; "), errors: problems)
        }
        return request
    }

    /// A parameter's text against its schema: numbers and booleans must parse, then the
    /// schema's bounds apply.
    private func check(text: String, schema: [String: Any], field: String, into problems: inout [APIError.FieldProblem]) {
        let value: JSONValue
        switch schema["type"] as? String {
        case "integer":
            guard let number = Int64(text) else {
                problems.append(.init(field: field, reason: "must be an integer", value: text))
                return
            }
            value = .int(number)
        case "boolean":
            guard text == "true" || text == "false" else {
                problems.append(.init(field: field, reason: "must be true or false", value: text))
                return
            }
            value = .bool(text == "true")
        default:
            value = .string(text)
        }
        var found: [ContractSchema.Problem] = []
        self.schema.validate(value, against: schema, at: field, into: &found)
        problems += found.map { .init(field: $0.field, reason: $0.reason, value: text) }
    }

    /// Checks a JSON body; structural problems are a 400, values out of bounds a 422, each
    /// listing every field.
    func check(json body: ByteBuffer, against bodySchema: [String: Any]) throws {
        let value: JSONValue
        do {
            value = try JSONDecoder().decode(JSONValue.self, from: Data(body.readableBytesView))
        } catch {
            throw APIError(
                .badRequest, type: "invalid-body", title: "The request body could not be read",
                detail: "The body is not valid JSON.", errors: [.init(field: "body", reason: "not valid JSON", value: nil)])
        }
        var problems: [ContractSchema.Problem] = []
        schema.validate(value, against: bodySchema, at: "", into: &problems)
        guard !problems.isEmpty else { return }
        let fields = problems.map { APIError.FieldProblem(field: $0.field.isEmpty ? "body" : $0.field, reason: $0.reason, value: nil) }
        let detail = fields.map { "\($0.field): \($0.reason)" }.joined(separator: "; ")
        if problems.contains(where: \.structural) {
            throw APIError(.badRequest, type: "invalid-body", title: "The request body could not be read", detail: detail, errors: fields)
        }
        throw APIError(.unprocessableContent, type: "validation-error", title: "Invalid data", detail: detail, errors: fields)
    }
}

/// Applies `ContractValidator` to every `/v1` request, and answers undeclared methods on
/// declared paths with `405` and an `Allow` header (router-level, so it also sees requests
/// no route matched).
struct ContractMiddleware<Context: RequestContext>: RouterMiddleware {
    let validator: ContractValidator
    /// Runs before the checks, so a caller without a valid key learns that (401) first.
    let authentication: APIKeyAuthMiddleware<Context>
    let maxBodyBytes: Int
    let maxFileBytes: Int

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws
        -> Response
    {
        guard let (route, pathParameters) = validator.route(for: request.uri.path) else {
            return try await next(request, context)
        }
        let method = request.method == .head ? "GET" : request.method.rawValue
        guard let operation = route.operations[method] else {
            if request.method == .options {
                return Response(status: .noContent, headers: [.allow: Self.allow(route)])
            }
            return APIError(
                .methodNotAllowed, type: "method-not-allowed", title: "Method not allowed",
                detail: "\(request.method.rawValue) is not allowed here; use \(Self.allow(route)).",
                headers: [.allow: Self.allow(route)]
            ).response()
        }
        do {
            return try await authentication.handle(request, context: context) { request, context in
                var checked = try validator.check(request, operation: operation, pathParameters: pathParameters)
                if [.post, .patch, .put].contains(request.method) {
                    checked = try await checkBody(checked, operation: operation)
                }
                return try await next(checked, context)
            }
        } catch let error as APIError {
            return error.response()
        }
    }

    /// Reads the body once, within its limit (1 MiB JSON, more for CSV uploads; `413` past
    /// it), so later steps (the idempotency fingerprint, the handler) share it; then checks it
    /// against the operation's declared content.
    private func checkBody(_ request: Request, operation: Operation) async throws -> Request {
        var request = request
        let limit = request.uri.path.contains("/imports/") ? maxFileBytes : maxBodyBytes
        if let declared = request.headers[.contentLength].flatMap(Int.init), declared > limit {
            throw Self.tooLarge(limit)
        }
        let buffer: ByteBuffer
        do {
            buffer = try await request.body.collect(upTo: limit)
        } catch {
            throw Self.tooLarge(limit)
        }
        request.body = .init(buffer: buffer)
        if operation.body.isEmpty { return request }
        if buffer.readableBytes == 0 {
            if operation.bodyRequired {
                throw APIError(
                    .badRequest, type: "invalid-body", title: "Missing body", detail: "This request needs a body.",
                    errors: [.init(field: "body", reason: "is required", value: nil)])
            }
            return request
        }
        let contentType = request.headers[.contentType]?.split(separator: ";").first.map {
            $0.trimmingCharacters(in: .whitespaces).lowercased()
        } ?? ""
        guard let bodySchema = operation.body[contentType] else {
            throw APIError(
                .unsupportedMediaType, type: "unsupported-media-type", title: "Unsupported media type",
                detail: "Send \(operation.body.keys.sorted().joined(separator: " or ")).")
        }
        if contentType == "application/json" { try validator.check(json: buffer, against: bodySchema) }
        return request
    }

    typealias Operation = ContractValidator.Operation

    static func tooLarge(_ limit: Int) -> APIError {
        APIError(
            .contentTooLarge, type: "body-too-large", title: "Body too large",
            detail: "The request body is larger than \(limit) bytes.")
    }

    static func allow(_ route: ContractValidator.Route) -> String {
        route.operations.keys.sorted().joined(separator: ", ")
    }
}
