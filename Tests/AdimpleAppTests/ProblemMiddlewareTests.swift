import AdimpleCore
@testable import AdimpleWeb
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

/// Errors from use cases become problem JSON with the right status; a database that is down
/// is a 503 with Retry-After, never a crash.
@Suite struct ProblemMiddlewareTests {
    private struct Problem: Decodable {
        let type: String
        let status: Int
        let detail: String
    }

    private func app(throwing error: any Error & Sendable) -> some ApplicationProtocol {
        let router = Router(context: AppRequestContext.self)
        router.add(middleware: ProblemMiddleware())
        router.get("/fail") { _, _ -> String in throw error }
        return Application(router: router)
    }

    private func check(_ error: any Error & Sendable, status: HTTPResponse.Status, type: String, retryAfter: String? = nil)
        async throws
    {
        try await app(throwing: error).test(.router) { client in
            try await client.execute(uri: "/fail", method: .get) { response in
                #expect(response.status == status)
                #expect(response.headers[.contentType] == "application/problem+json")
                #expect(response.headers[.retryAfter] == retryAfter)
                let problem = try JSONDecoder().decode(Problem.self, from: Data(String(buffer: response.body).utf8))
                #expect(problem.type.hasSuffix("/\(type)"))
                #expect(problem.status == Int(status.code))
            }
        }
    }

    @Test func databaseDownIs503WithRetryAfter() async throws {
        try await check(StoreUnavailableError("connection refused"), status: .serviceUnavailable, type: "database-unavailable", retryAfter: "5")
    }

    @Test func validationIs422NamingTheField() async throws {
        let error = ValidationError([FieldIssue(field: "document", value: "123", reasonPT: "CPF inválido", reasonEN: "bad CPF")])
        try await app(throwing: error).test(.router) { client in
            try await client.execute(uri: "/fail", method: .get) { response in
                #expect(response.status == .unprocessableContent)
                #expect(String(buffer: response.body).contains("document"))
            }
        }
    }

    @Test func domainErrorsMapToTheirStatus() async throws {
        try await check(DomainError.notFound("Cliente", "cus_1"), status: .notFound, type: "not_found")
        try await check(DomainError(.invalidTransition, pt: "x", en: "x"), status: .conflict, type: "invalid_transition")
        try await check(DomainError(.duplicate, pt: "x", en: "x"), status: .conflict, type: "duplicate")
    }

    @Test func anythingElseIsAGeneric500WithoutInternals() async throws {
        struct Secret: Error { let password = "hunter2" }
        try await app(throwing: Secret()).test(.router) { client in
            try await client.execute(uri: "/fail", method: .get) { response in
                #expect(response.status == .internalServerError)
                #expect(!String(buffer: response.body).contains("hunter2"))
            }
        }
    }
}
