import AdimpleAPI
import AdimpleApp
import AdimpleCore
import AdimpleStore
import BrazilKit
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Logging
import Testing

// Support for the REST API's request tests: a fresh SQLite store per test, API keys made
// directly with `APIKeyMint`, the application built over a `ManualClock`, and small helpers
// to send JSON with a bearer key and read JSON and problem details back.

/// The day every API test starts on (a Monday), at noon in São Paulo.
enum APITest {
    static let today = CivilDate(year: 2026, month: 3, day: 2)!
    /// `today` at noon in São Paulo, as the API writes instants.
    static let nowISO = "2026-03-02T15:00:00Z"
    static let problemBase = "https://adimple.dev/problems/"

    /// Valid documents (check digits right).
    static let cpfMaria = "529.982.247-25"
    static let cpfJose = "111.444.777-35"
    static let cnpjPadaria = "11.222.333/0001-81"
}

/// An API key made for a test: the secret to send and the stored record.
struct TestKey: Sendable {
    let secret: String
    let record: APIKey
    var id: APIKey.ID { record.id }
    var bearer: String { "Bearer \(secret)" }
}

/// A parsed JSON value, `Sendable` so it can leave the test client's closures.
enum JSON: Sendable, Equatable, Decodable, CustomStringConvertible {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSON])
    case object([String: JSON])

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let value = try? container.decode(Bool.self) {
            self = .bool(value)
        } else if let value = try? container.decode(Double.self) {
            self = .number(value)
        } else if let value = try? container.decode(String.self) {
            self = .string(value)
        } else if let value = try? container.decode([JSON].self) {
            self = .array(value)
        } else {
            self = .object(try container.decode([String: JSON].self))
        }
    }

    static func parse(_ bytes: some Sequence<UInt8>) throws -> JSON {
        try JSONDecoder().decode(JSON.self, from: Data(bytes))
    }

    subscript(key: String) -> JSON? {
        if case .object(let object) = self { return object[key] }
        return nil
    }

    subscript(index: Int) -> JSON? {
        if case .array(let array) = self, array.indices.contains(index) { return array[index] }
        return nil
    }

    var string: String? { if case .string(let value) = self { value } else { nil } }
    var int: Int? { if case .number(let value) = self { Int(exactly: value) } else { nil } }
    var bool: Bool? { if case .bool(let value) = self { value } else { nil } }
    var array: [JSON]? { if case .array(let value) = self { value } else { nil } }
    var object: [String: JSON]? { if case .object(let value) = self { value } else { nil } }
    var isNull: Bool { self == .null }
    /// The keys of an object (empty for anything else).
    var keys: Set<String> { Set(object?.keys.map { $0 } ?? []) }

    var description: String {
        switch self {
        case .null: "null"
        case .bool(let value): String(value)
        case .number(let value): Int(exactly: value).map(String.init) ?? String(value)
        case .string(let value): "\"\(value)\""
        case .array(let value): "[" + value.map(\.description).joined(separator: ",") + "]"
        case .object(let value):
            "{" + value.sorted { $0.key < $1.key }.map { "\"\($0.key)\":\($0.value)" }.joined(separator: ",") + "}"
        }
    }
}

/// What the API answered.
struct APIResponse: Sendable {
    let status: HTTPResponse.Status
    let headers: HTTPFields
    let body: ByteBuffer

    var text: String { String(buffer: body) }
    var bytes: [UInt8] { Array(body.readableBytesView) }
    var contentType: String? { headers[.contentType] }

    /// The body as JSON (fails the test when it is not).
    func json(sourceLocation: SourceLocation = #_sourceLocation) throws -> JSON {
        do {
            return try JSON.parse(bytes)
        } catch {
            Issue.record("not JSON (\(status.code)): \(text.prefix(500))", sourceLocation: sourceLocation)
            throw error
        }
    }

    /// The `id` of the JSON resource answered.
    func id(sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        try #require(try json(sourceLocation: sourceLocation)["id"]?.string, sourceLocation: sourceLocation)
    }

    /// The ids of a list answer's `data`.
    func listIDs(sourceLocation: SourceLocation = #_sourceLocation) throws -> [String] {
        let data = try #require(try json(sourceLocation: sourceLocation)["data"]?.array, sourceLocation: sourceLocation)
        return data.compactMap { $0["id"]?.string }
    }

    /// Checks a problem-details answer: status, content type, stable `type`, the `status`
    /// field, and (when given) that `errors` names `field`. Returns the body.
    @discardableResult
    func expectProblem(
        _ expected: HTTPResponse.Status, _ type: String, field: String? = nil,
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws -> JSON {
        #expect(status == expected, "\(status.code): \(text.prefix(500))", sourceLocation: sourceLocation)
        #expect(
            contentType?.hasPrefix("application/problem+json") == true, "content type \(contentType ?? "none")",
            sourceLocation: sourceLocation)
        let body = try json(sourceLocation: sourceLocation)
        #expect(body["type"]?.string == APITest.problemBase + type, "\(body)", sourceLocation: sourceLocation)
        #expect(body["status"]?.int == Int(expected.code), sourceLocation: sourceLocation)
        #expect(body["title"]?.string?.isEmpty == false, sourceLocation: sourceLocation)
        #expect(body["detail"]?.string?.isEmpty == false, sourceLocation: sourceLocation)
        if let field {
            let fields = (body["errors"]?.array ?? []).compactMap { $0["field"]?.string }
            #expect(fields.contains(field), "errors name \(fields), not \(field): \(body)", sourceLocation: sourceLocation)
        }
        return body
    }
}

/// Sends requests to the application under test, with a bearer key unless told otherwise.
struct APIClient: Sendable {
    let client: any TestClientProtocol
    /// The `Authorization` header sent (nil: none).
    var authorization: String?

    /// The same client with another key (nil: no `Authorization` header).
    func with(_ key: TestKey?) -> APIClient {
        APIClient(client: client, authorization: key?.bearer)
    }

    /// The same client without an `Authorization` header.
    var anonymous: APIClient { APIClient(client: client, authorization: nil) }

    /// The same client sending this exact `Authorization` header.
    func with(authorization: String?) -> APIClient {
        APIClient(client: client, authorization: authorization)
    }

    func send(
        _ method: HTTPRequest.Method, _ uri: String, body: ByteBuffer? = nil, contentType: String? = nil,
        headers: HTTPFields = [:]
    ) async throws -> APIResponse {
        var fields = headers
        if let authorization, fields[.authorization] == nil { fields[.authorization] = authorization }
        if let contentType { fields[.contentType] = contentType }
        if body != nil && fields[.contentType] == nil { fields[.contentType] = "application/json" }
        let response = try await client.executeRequest(uri: uri, method: method, headers: fields, body: body)
        return APIResponse(status: response.status, headers: response.headers, body: response.body)
    }

    func get(_ uri: String, headers: HTTPFields = [:]) async throws -> APIResponse {
        try await send(.get, uri, headers: headers)
    }

    func delete(_ uri: String) async throws -> APIResponse {
        try await send(.delete, uri)
    }

    /// POSTs a JSON text (nil: no body), optionally under an `Idempotency-Key`.
    func post(_ uri: String, _ json: String? = nil, idempotencyKey: String? = nil, headers: HTTPFields = [:])
        async throws -> APIResponse
    {
        var fields = headers
        if let idempotencyKey { fields[APIHeaders.idempotencyKey] = idempotencyKey }
        return try await send(.post, uri, body: json.map { ByteBuffer(string: $0) }, headers: fields)
    }

    func patch(_ uri: String, _ json: String) async throws -> APIResponse {
        try await send(.patch, uri, body: ByteBuffer(string: json))
    }

    /// POSTs raw bytes with a content type (CSV files).
    func upload(_ uri: String, _ data: Data, contentType: String = "text/csv", idempotencyKey: String? = nil)
        async throws -> APIResponse
    {
        var fields = HTTPFields()
        if let idempotencyKey { fields[APIHeaders.idempotencyKey] = idempotencyKey }
        return try await send(.post, uri, body: ByteBuffer(bytes: data), contentType: contentType, headers: fields)
    }

    // MARK: Fixtures through the API

    /// Registers a customer (fails the test unless 201) and returns its JSON.
    @discardableResult
    func createCustomer(_ json: String, sourceLocation: SourceLocation = #_sourceLocation) async throws -> JSON {
        let response = try await post("/v1/customers", json)
        #expect(response.status == .created, "\(response.status.code): \(response.text)", sourceLocation: sourceLocation)
        return try response.json(sourceLocation: sourceLocation)
    }

    /// Registers a customer by name (a person without document) and returns its id.
    func createCustomer(named name: String, sourceLocation: SourceLocation = #_sourceLocation) async throws -> String {
        let body = try await createCustomer(#"{"name":"\#(name)"}"#, sourceLocation: sourceLocation)
        return try #require(body["id"]?.string, sourceLocation: sourceLocation)
    }

    /// Creates a charge (fails the test unless 201) and returns its JSON.
    @discardableResult
    func createCharge(
        customer: String, amount: Int, due: String = "2026-03-10", method: String? = nil, extra: String = "",
        sourceLocation: SourceLocation = #_sourceLocation
    ) async throws -> JSON {
        var fields = [
            #""customer_id":"\#(customer)""#, #""description":"Mensalidade""#, #""amount":\#(amount)"#,
            #""due_date":"\#(due)""#,
        ]
        if let method { fields.append(#""method":"\#(method)""#) }
        if !extra.isEmpty { fields.append(extra) }
        let response = try await post("/v1/charges", "{" + fields.joined(separator: ",") + "}")
        #expect(response.status == .created, "\(response.status.code): \(response.text)", sourceLocation: sourceLocation)
        return try response.json(sourceLocation: sourceLocation)
    }
}

enum APIHeaders {
    static let idempotencyKey = HTTPField.Name("Idempotency-Key")!
    static let replayed = HTTPField.Name("Idempotent-Replayed")!
}

/// One test's world: the store, the clock, the client and the key it sends.
struct APITestContext: Sendable {
    let store: SQLStore
    let clock: ManualClock
    /// A read+write key with a rate limit high enough never to matter.
    let key: TestKey
    /// Sends with `key`.
    let api: APIClient

    /// Stores a new API key, as `adimple api-key create` would.
    func makeKey(
        _ name: String = "test", scopes: Set<APIScope> = [.read, .write], rateLimitPerSecond: Int = 10_000
    ) async throws -> TestKey {
        try await APITestContext.makeKey(
            in: store, name: name, scopes: scopes, rateLimitPerSecond: rateLimitPerSecond, at: clock.now())
    }

    static func makeKey(
        in store: any Store, name: String, scopes: Set<APIScope>, rateLimitPerSecond: Int, at now: Date
    ) async throws -> TestKey {
        let id = APIKey.ID("key_\(name)_\(UUID().uuidString.prefix(8))")
        let (secret, key) = APIKeyMint.make(
            name: name, scopes: scopes, rateLimitPerSecond: rateLimitPerSecond, id: id, at: now)
        try await store.write { try await $0.apiKeys.insert(key) }
        return TestKey(secret: secret, record: key)
    }

    // MARK: What the store holds

    func customerCount() async throws -> Int {
        try await store.read { try await $0.customers.count() }
    }

    func chargeCount() async throws -> Int {
        try await store.read { try await $0.charges.count(status: nil) }
    }

    func payments(of chargeID: String) async throws -> [Payment] {
        try await store.read { try await $0.payments.list(chargeID: Charge.ID(chargeID)) }
    }

    func customer(_ id: String) async throws -> Customer? {
        try await store.read { try await $0.customers.get(Customer.ID(id)) }
    }

    func charge(_ id: String) async throws -> Charge? {
        try await store.read { try await $0.charges.get(Charge.ID(id)) }
    }

    func audit(_ entityType: String, _ id: String) async throws -> [AuditEntry] {
        try await store.read { try await $0.audit.entries(entityType: entityType, entityID: id) }
    }

    func events(types: [EventType] = []) async throws -> [DomainEvent] {
        try await store.read { try await $0.events.list(EventFilter(types: types, limit: 10_000)) }
    }

    func webhookEndpoints() async throws -> [WebhookEndpoint] {
        try await store.read { try await $0.webhooks.endpoints(after: nil, limit: 1000) }
    }
}

/// Runs `test` against the application over a fresh SQLite store, with the clock frozen at
/// noon of `APITest.today` in São Paulo.
func withAPI(
    allowPrivateWebhookTargets: Bool = false,
    _ test: @escaping @Sendable (APITestContext) async throws -> Void
) async throws {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("adimple-api-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let path = directory.appendingPathComponent("api.sqlite").path
    let store = try await StoreFactory.open(path)
    let clock = ManualClock(civil: APITest.today)
    var configuration = AppConfiguration(port: 0, database: path)
    configuration.allowPrivateWebhookTargets = allowPrivateWebhookTargets
    // The router test runs the application's services too: no webhook sending from these
    // tests (their endpoints are public addresses that must not be called); the delivery
    // engine has its own tests against a local receiver.
    configuration.deliverWebhooks = false
    do {
        let key = try await APITestContext.makeKey(
            in: store, name: "main", scopes: [.read, .write], rateLimitPerSecond: 10_000, at: clock.now())
        let app = buildApplication(
            configuration: configuration, store: store, logger: Logger(label: "api-test"), clock: clock)
        try await app.test(.router) { client in
            let context = APITestContext(
                store: store, clock: clock, key: key, api: APIClient(client: client, authorization: key.bearer))
            try await test(context)
        }
    } catch {
        try? await store.shutdown()
        throw error
    }
    try await store.shutdown()
}
