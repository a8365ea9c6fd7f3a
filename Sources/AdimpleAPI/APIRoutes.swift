import AdimpleWeb
internal import Foundation
import Hummingbird
import OpenAPIHummingbird
internal import OpenAPIRuntime

/// The contract as served: the YAML this build was generated from.
package enum APIContract {
    package static let yaml = String(decoding: PackageResources.openapi_yaml, as: UTF8.self)
}

/// Mounts the API on the router: `/openapi.yaml`, `/docs` and the operations under `/v1`,
/// behind (outermost first) the method check (405), API-key authentication, the contract's
/// checks of parameters and bodies (with their size limits), problem details, the rate limit
/// and idempotency.
package func registerAPI(on router: Router<AppRequestContext>, environment: APIEnvironment) {
    let docs = DocsPage.render(yaml: APIContract.yaml)
    router.get("openapi.yaml") { _, _ in
        Response(
            status: .ok, headers: [.contentType: "application/yaml; charset=utf-8"],
            body: .init(byteBuffer: ByteBuffer(string: APIContract.yaml)))
    }
    router.get("docs") { _, _ in
        Response(
            status: .ok, headers: [.contentType: "text/html; charset=utf-8"], body: .init(byteBuffer: ByteBuffer(string: docs)))
    }
    // Router-level, so undeclared methods on declared paths reach it too (405); it
    // authenticates, then checks the request against the contract.
    router.add(
        middleware: ContractMiddleware(
            validator: ContractValidator(yaml: APIContract.yaml), authentication: APIKeyAuthMiddleware(environment: environment),
            maxBodyBytes: environment.maxBodyBytes, maxFileBytes: environment.maxFileBytes))
    let v1 = router.group("v1")
        .add(middleware: APIProblemMiddleware())
        .add(middleware: RateLimitMiddleware(clock: environment.clock))
        .add(middleware: IdempotencyMiddleware(environment: environment))
    do {
        // Compact JSON with sorted keys: the same resource always gives the same bytes.
        try APIHandler(environment: environment).registerHandlers(
            on: v1, serverURL: URL(string: "/")!, configuration: Configuration(
                dateTranscoder: UTCDateTranscoder(), jsonEncodingOptions: [.sortedKeys, .withoutEscapingSlashes]))
    } catch {
        // Only a malformed server URL throws here, and ours is the constant "/".
        preconditionFailure("cannot register the API routes: \(error)")
    }
}
