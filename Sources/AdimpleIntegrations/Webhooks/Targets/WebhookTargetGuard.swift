import Foundation

/// A webhook URL taken apart and found acceptable.
public struct WebhookTarget: Hashable, Sendable {
    public let url: URL
    /// `http` or `https`, lowercased.
    public let scheme: String
    /// Lowercased, without brackets for IPv6.
    public let host: String
    public let port: Int
    /// The addresses checked: the literal one, or every address the name resolved to (empty
    /// after `validate`, which does not resolve names).
    public let addresses: [IPAddress]
}

/// Keeps webhooks from being turned against our own network (server-side request forgery):
/// a company could otherwise register `http://169.254.169.254/…` or a name that resolves to
/// 10.0.0.5 and have us call our cloud metadata service or an internal system for it.
///
/// `validate` checks the URL's shape (at registration, no DNS); `check` does that and also
/// resolves the host and refuses it if ANY of its addresses is internal, because the HTTP
/// client may connect to any of them. The sender repeats the address check on every
/// connection it opens, which closes the gap of a name whose DNS answer changes between
/// the check and the connection (DNS rebinding).
public struct WebhookTargetGuard: Sendable {
    /// Lets webhooks reach loopback, private and other internal ranges: for development,
    /// tests, and installations whose receivers live on the same private network.
    public let allowPrivateTargets: Bool
    /// Lets webhooks use plain http. Off by default: the body carries customer data.
    public let allowInsecureHTTP: Bool
    private let resolver: any WebhookHostResolving

    public init(
        allowPrivateTargets: Bool = false, allowInsecureHTTP: Bool = false,
        resolver: any WebhookHostResolving = SystemHostResolver()
    ) {
        self.allowPrivateTargets = allowPrivateTargets
        self.allowInsecureHTTP = allowInsecureHTTP
        self.resolver = resolver
    }

    /// Checks the URL without DNS: scheme, host, user info, port, a literal address, localhost.
    /// For registration and updates of an endpoint.
    public func validate(_ text: String) throws(WebhookTargetError) -> WebhookTarget {
        let shown = Self.redacted(text)
        func refuse(_ part: WebhookTargetError.Part, _ reason: WebhookTargetError.Reason) -> WebhookTargetError {
            WebhookTargetError(url: shown, part: part, reason: reason)
        }

        guard let components = URLComponents(string: text), let scheme = components.scheme?.lowercased(),
            let url = components.url
        else { throw refuse(.url, .malformed) }
        guard scheme == "https" || scheme == "http" else { throw refuse(.scheme, .unsupportedScheme(scheme)) }
        if scheme == "http" && !allowInsecureHTTP { throw refuse(.scheme, .insecureScheme) }
        if components.user != nil || components.password != nil { throw refuse(.userinfo, .userInfoPresent) }
        guard var host = components.percentEncodedHost, !host.isEmpty else { throw refuse(.host, .missingHost) }
        if host.hasPrefix("[") && host.hasSuffix("]") { host = String(host.dropFirst().dropLast()) }
        host = host.lowercased()
        // Only plain ASCII names and literals: percent-escapes, zone ids (`%25eth0`) and
        // international characters could be read differently by the HTTP client.
        guard host.utf8.allSatisfy(Self.isHostByte) else { throw refuse(.host, .invalidHost) }
        let port = components.port ?? (scheme == "https" ? 443 : 80)
        guard (1...65_535).contains(port) else { throw refuse(.port, .invalidPort(port)) }

        var addresses: [IPAddress] = []
        if let literal = IPAddress(host) ?? SystemHostResolver.numericAddress(host) {
            try refuseIfInternal(literal, url: shown)
            addresses = [literal]
        } else if !allowPrivateTargets && Self.isLocalhostName(host) {
            throw refuse(.host, .localhostName)
        }
        return WebhookTarget(url: url, scheme: scheme, host: host, port: port, addresses: addresses)
    }

    /// `validate`, then resolves a named host and refuses it if any address is internal.
    /// For the moment of delivery: what a name resolves to can change after registration.
    public func check(_ text: String) async throws(WebhookTargetError) -> WebhookTarget {
        let target = try validate(text)
        // A literal is checked already; with private targets allowed any address will do.
        guard target.addresses.isEmpty, !allowPrivateTargets else { return target }
        let addresses: [IPAddress]
        do {
            addresses = try await resolver.addresses(of: target.host)
        } catch let error as HostResolutionError {
            throw WebhookTargetError(url: Self.redacted(text), part: .host, reason: .unresolvable(error.detail))
        } catch {
            throw WebhookTargetError(url: Self.redacted(text), part: .host, reason: .unresolvable("\(error)"))
        }
        guard !addresses.isEmpty else {
            throw WebhookTargetError(url: Self.redacted(text), part: .host, reason: .unresolvable("no address"))
        }
        for address in addresses { try refuseIfInternal(address, url: Self.redacted(text)) }
        return WebhookTarget(
            url: target.url, scheme: target.scheme, host: target.host, port: target.port, addresses: addresses)
    }

    /// Whether a connection to this address may go ahead.
    public func permits(_ address: IPAddress) -> Bool {
        allowPrivateTargets || SpecialAddressRange.of(address) == nil
    }

    private func refuseIfInternal(_ address: IPAddress, url: String) throws(WebhookTargetError) {
        guard !allowPrivateTargets, let range = SpecialAddressRange.of(address) else { return }
        throw WebhookTargetError(url: url, part: .host, reason: .forbiddenAddress(address, range))
    }

    private static func isHostByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
            UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: ":"), UInt8(ascii: "_"):
            true
        default:
            false
        }
    }

    private static func isLocalhostName(_ host: String) -> Bool {
        let name = host.hasSuffix(".") ? String(host.dropLast()) : host
        return name == "localhost" || name.hasSuffix(".localhost")
    }

    /// The URL without `user:password@`, safe to put in an error and a log.
    static func redacted(_ text: String) -> String {
        guard var components = URLComponents(string: text), components.user != nil || components.password != nil else {
            return text
        }
        components.user = nil
        components.password = nil
        return components.string ?? "(URL with credentials)"
    }
}
