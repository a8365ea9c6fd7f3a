import AdimpleCore
import HTTPTypes
import AdimpleWeb
import BrazilKit
internal import Foundation

/// The implementation of the generated `APIProtocol`: each operation turns the generated
/// input into a use case of Core and the result into the generated output. Errors are thrown
/// and become problem details in `APIProblemMiddleware`.
package struct APIHandler: APIProtocol {
    let environment: APIEnvironment

    package init(environment: APIEnvironment) { self.environment = environment }

    /// The caller, as the audit log names it.
    var actor: Actor {
        get throws {
            guard let principal = APIPrincipal.current else {
                throw APIError.unauthorized("Send an API key.")
            }
            return principal.actor
        }
    }

    var store: any Store { get throws { try environment.store.require() } }

    var today: CivilDate { environment.clock.today() }

    /// `limit` as asked (1…100, default 20).
    func pageSize(_ limit: Int?) throws -> Int {
        guard let limit else { return 20 }
        guard (1...100).contains(limit) else { throw APIError.badRequest("limit must be between 1 and 100.", field: "limit") }
        return limit
    }

    func date(_ text: String?, field: String) throws -> CivilDate? {
        guard let text else { return nil }
        do {
            return try CivilDate(iso: text)
        } catch {
            throw APIError.badRequest("\(field) must be a date yyyy-mm-dd.", field: field)
        }
    }

    /// Refuses text longer than the contract allows, naming the field (the generated code
    /// checks types, not lengths).
    func checkLength(_ value: String?, _ field: String, max: Int, min: Int = 0, into problems: inout [APIError.FieldProblem]) {
        guard let value else { return }
        if value.count > max {
            problems.append(.init(field: field, reason: "at most \(max) characters", value: nil))
        } else if value.count < min {
            problems.append(.init(field: field, reason: "at least \(min) character(s)", value: value))
        }
    }

    func throwIfAny(_ problems: [APIError.FieldProblem]) throws {
        guard !problems.isEmpty else { return }
        throw APIError(
            .unprocessableContent, type: "validation-error", title: "Invalid data",
            detail: problems.map { "\($0.field): \($0.reason)" }.joined(separator: "; "), errors: problems)
    }
}
