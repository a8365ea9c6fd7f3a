import AdimpleCore
import BrazilKit
import Foundation
import Hummingbird
import Logging

/// Turns errors into `application/problem+json` (RFC 9457) answers with the right status:
/// an unreachable database is a 503 with `Retry-After`, never a crash or a bare 500.
struct ProblemMiddleware: RouterMiddleware {
    typealias Context = AppRequestContext

    struct Problem: Codable {
        let type: String
        let title: String
        let status: Int
        let detail: String
    }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws
        -> Response
    {
        do {
            return try await next(request, context)
        } catch let error as any HTTPResponseError {
            throw error
        } catch let error as StoreUnavailableError {
            context.logger.warning("database unavailable", metadata: ["detail": "\(error.detail)"])
            return Self.problem(
                status: .serviceUnavailable, type: "database-unavailable", title: "Serviço indisponível",
                detail: "O banco de dados não responde; tente novamente em instantes.", retryAfter: 5)
        } catch let error as ValidationError {
            return Self.problem(
                status: .unprocessableContent, type: "validation-error", title: "Dados inválidos",
                detail: error.message(.ptBR))
        } catch let error as DomainError {
            let status: HTTPResponse.Status =
                switch error.code {
                case .notFound: .notFound
                case .duplicate, .conflict, .invalidTransition: .conflict
                case .unavailable: .serviceUnavailable
                }
            return Self.problem(status: status, type: error.code.rawValue, title: error.messagePT, detail: error.messagePT)
        } catch {
            context.logger.error("unexpected error", metadata: ["error": "\(String(reflecting: type(of: error)))"])
            return Self.problem(
                status: .internalServerError, type: "internal-error", title: "Erro interno",
                detail: "Algo deu errado do nosso lado; o erro foi registrado.")
        }
    }

    static func problem(
        status: HTTPResponse.Status, type: String, title: String, detail: String, retryAfter: Int? = nil
    ) -> Response {
        let problem = Problem(
            type: "https://adimple.dev/problems/\(type)", title: title, status: Int(status.code), detail: detail)
        let data = (try? JSONEncoder().encode(problem)) ?? Data()
        var headers: HTTPFields = [.contentType: "application/problem+json"]
        if let retryAfter { headers[.retryAfter] = String(retryAfter) }
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }
}
