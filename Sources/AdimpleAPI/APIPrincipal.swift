import AdimpleCore

/// Who is calling: the API key the request authenticated with. Set by the authentication
/// middleware for the rest of the request; handlers read it for the audit log's actor.
package struct APIPrincipal: Sendable {
    package let key: APIKey

    package var actor: Actor { Actor(kind: .apiKey, id: key.id.rawValue) }

    @TaskLocal package static var current: APIPrincipal?
}
