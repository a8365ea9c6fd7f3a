import BrazilKit

/// Why a webhook URL was refused: which part of it and for what reason, in both languages.
public struct WebhookTargetError: Error, Hashable, Sendable, LocalizedMessage, CustomStringConvertible {
    /// The part of the URL at fault, as the message names it.
    public enum Part: String, Hashable, Sendable {
        case url, scheme, userinfo, host, port
    }

    public enum Reason: Hashable, Sendable {
        /// Not a URL at all.
        case malformed
        /// Anything but http or https (file:, gopher:, ftp: reach places webhooks must not).
        case unsupportedScheme(String)
        /// http while only https is allowed.
        case insecureScheme
        /// The URL has no host.
        case missingHost
        /// Non-ASCII or otherwise unusable characters in the host.
        case invalidHost
        /// `user:password@` in the URL: credentials would be sent to a third party and logged.
        case userInfoPresent
        /// Outside 1…65535.
        case invalidPort(Int)
        /// `localhost` and `*.localhost` always mean this machine (RFC 6761).
        case localhostName
        /// The name has no address (or the resolver failed).
        case unresolvable(String)
        /// The host is, or resolves to, an address we must not reach.
        case forbiddenAddress(IPAddress, SpecialAddressRange)
    }

    /// The URL as given, with any `user:password@` removed so the error can be logged.
    public let url: String
    public let part: Part
    public let reason: Reason

    public init(url: String, part: Part, reason: Reason) {
        self.url = url
        self.part = part
        self.reason = reason
    }

    public func message(_ language: Language) -> String {
        switch language {
        case .ptBR: "URL de webhook \"\(url)\" recusada (\(part.rawValue)): \(reasonText(language))"
        case .en: "Webhook URL \"\(url)\" refused (\(part.rawValue)): \(reasonText(language))"
        }
    }

    public var description: String { message(.ptBR) }

    private func reasonText(_ language: Language) -> String {
        let pt = language == .ptBR
        switch reason {
        case .malformed:
            return pt ? "não é uma URL válida" : "not a valid URL"
        case .unsupportedScheme(let scheme):
            return pt
                ? "o esquema \"\(scheme)\" não é aceito; use https" : "scheme \"\(scheme)\" is not accepted; use https"
        case .insecureScheme:
            return pt ? "http sem TLS não é permitido; use https" : "plain http is not allowed; use https"
        case .missingHost:
            return pt ? "falta o host" : "the host is missing"
        case .invalidHost:
            return pt
                ? "o host deve ter só letras ASCII, dígitos, hífens e pontos (use punycode para nomes internacionais)"
                : "the host must hold only ASCII letters, digits, hyphens and dots (use punycode for international names)"
        case .userInfoPresent:
            return pt
                ? "usuário e senha na URL não são permitidos" : "a user name or password in the URL is not allowed"
        case .invalidPort(let port):
            return pt ? "a porta \(port) não é válida" : "port \(port) is not valid"
        case .localhostName:
            return pt ? "localhost é esta própria máquina" : "localhost is this very machine"
        case .unresolvable(let detail):
            return pt ? "o nome não resolve (\(detail))" : "the name does not resolve (\(detail))"
        case .forbiddenAddress(let address, let range):
            return pt
                ? "\(address) está em \(range.name(language)); endereços internos não são permitidos"
                : "\(address) is in \(range.name(language)); internal addresses are not allowed"
        }
    }
}
