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

    /// `limit` as asked (the contract bounds it to 1…100), default 20.
    func pageSize(_ limit: Int?) -> Int { limit ?? 20 }

    func date(_ text: String?, field: String) throws -> CivilDate? {
        guard let text else { return nil }
        do {
            return try CivilDate(iso: text)
        } catch {
            throw APIError.badRequest("\(field) must be a date yyyy-mm-dd.", field: field)
        }
    }
}
