import AdimpleAPI
import AdimpleApp
import AdimpleCore
import AdimpleStore
import BrazilKit
import ArgumentParser
import Foundation

/// `adimple api-key create|list|revoke`: keys for the REST API. The key is printed once and
/// stored only as a hash.
struct APIKeyCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "api-key", abstract: "Creates, lists and revokes API keys.",
        subcommands: [Create.self, List.self, Revoke.self])

    struct Create: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Creates an API key and prints it once (only its hash is kept).")

        @Option(help: "A name that says who uses the key (the ERP, an integration).") var name: String
        @Option(help: "Comma-separated scopes: read, write.") var scopes = "read"
        @Option(help: "Requests per second this key may make.") var rateLimit = 100
        @Flag(help: "Print the key and its record as JSON.") var json = false
        @OptionGroup var common: CommonOptions

        func run() async throws {
            let english = common.language == .en
            let trimmed = name.trimmingCharacters(in: .whitespaces)
            guard !trimmed.isEmpty, trimmed.count <= 100 else {
                throw CLIError(message: english ? "--name: give 1 to 100 characters" : "--name: informe de 1 a 100 caracteres")
            }
            guard (1...100_000).contains(rateLimit) else {
                throw CLIError(message: english ? "--rate-limit: 1 to 100000" : "--rate-limit: de 1 a 100000")
            }
            let parsedScopes: Set<APIScope>
            do {
                parsedScopes = try APIScope.parseList(scopes)
            } catch {
                throw CLIError(message: "--scopes: " + error.message(common.language))
            }
            let rateLimit = self.rateLimit
            let (secret, key) = try await withStore(common) { store, configuration in
                let context = makeServiceContext(store: store, configuration: configuration)
                let made = APIKeyMint.make(
                    name: trimmed, scopes: parsedScopes, rateLimitPerSecond: rateLimit,
                    id: context.ids.next(.apiKey), at: context.clock.now())
                try await store.write { session in
                    try await session.apiKeys.insert(made.key)
                    try await session.audit.append(
                        AuditEntry(
                            id: context.ids.next(.audit), at: made.key.createdAt, actor: cliActor,
                            action: "api_key.created", entityType: "api_key", entityID: made.key.id.rawValue,
                            before: nil, after: "{\"name\":\"\(made.key.name)\",\"prefix\":\"\(made.key.prefix)\"}"))
                }
                return made
            }
            let scopeList = key.scopes.sorted().map(\.rawValue).joined(separator: ",")
            if json {
                let object: [String: Any] = [
                    "id": key.id.rawValue, "key": secret, "name": key.name, "scopes": key.scopes.sorted().map(\.rawValue),
                    "rate_limit": key.rateLimitPerSecond,
                ]
                let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
                say(String(decoding: data, as: UTF8.self))
                return
            }
            say(secret)
            let note =
                english
                ? "API key \(key.id) (\(key.name), scopes \(scopeList)). Store it now: it is not shown again."
                : "Chave \(key.id) (\(key.name), escopos \(scopeList)). Guarde-a agora: ela não será mostrada de novo."
            FileHandle.standardError.write(Data((note + "\n").utf8))
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Lists API keys (never the keys themselves).")
        @OptionGroup var common: CommonOptions

        func run() async throws {
            let keys = try await withStore(common) { store, _ in try await store.read { try await $0.apiKeys.list() } }
            let english = common.language == .en
            for key in keys {
                let state = key.revokedAt.map { (english ? "revoked " : "revogada ") + ISO8601DateFormatter().string(from: $0) }
                    ?? (english ? "active" : "ativa")
                let used = key.lastUsedAt.map { ISO8601DateFormatter().string(from: $0) } ?? "-"
                say("\(key.id)  \(key.prefix)…  \(key.name)  \(key.scopes.sorted().map(\.rawValue).joined(separator: ","))  \(state)  \(english ? "last used" : "último uso") \(used)")
            }
        }
    }

    struct Revoke: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Revokes an API key at once.")
        @Argument(help: "The key's id (key_…).") var id: String
        @OptionGroup var common: CommonOptions

        func run() async throws {
            let id = APIKey.ID(self.id)
            let english = common.language == .en
            try await withStore(common) { store, configuration in
                let context = makeServiceContext(store: store, configuration: configuration)
                let now = context.clock.now()
                try await store.write { session in
                    try await session.apiKeys.revoke(id, at: now)
                    try await session.audit.append(
                        AuditEntry(
                            id: context.ids.next(.audit), at: now, actor: cliActor, action: "api_key.revoked",
                            entityType: "api_key", entityID: id.rawValue, before: nil, after: nil))
                }
            }
            say(english ? "API key \(id) revoked." : "Chave \(id) revogada.")
        }
    }
}
