import NIOPosix

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Turns a host name into every address it has. A protocol so tests can make a name
/// resolve to whatever they need (a public and a private address at once, …).
public protocol WebhookHostResolving: Sendable {
    /// Every address of `host`; an empty list or a thrown error means it does not resolve.
    func addresses(of host: String) async throws -> [IPAddress]
}

/// The system resolver (`getaddrinfo`), the same one the HTTP client connects with, so both
/// see the same answers (short of DNS changing in between, which the sender checks again on
/// the connected socket).
public struct SystemHostResolver: WebhookHostResolving {
    public init() {}

    public func addresses(of host: String) async throws -> [IPAddress] {
        // getaddrinfo blocks, possibly for seconds: keep it off the cooperative thread pool,
        // which has only one thread per core.
        try await NIOThreadPool.singleton.runIfActive { try Self.lookUp(host, numericOnly: false) }
    }

    /// Interprets `host` as a number the way the C library would (`127.1`, `2130706433`,
    /// `0x7f.1`, `::1`), without any DNS query; nil when it is a name.
    public static func numericAddress(_ host: String) -> IPAddress? {
        (try? lookUp(host, numericOnly: true))?.first
    }

    static func lookUp(_ host: String, numericOnly: Bool) throws -> [IPAddress] {
        var hints = addrinfo()
        hints.ai_family = AF_UNSPEC
        #if canImport(Glibc)
            hints.ai_socktype = Int32(SOCK_STREAM.rawValue)  // an enum in Glibc's overlay
        #else
            hints.ai_socktype = SOCK_STREAM
        #endif
        if numericOnly { hints.ai_flags = AI_NUMERICHOST }
        var result: UnsafeMutablePointer<addrinfo>?
        let status = getaddrinfo(host, nil, &hints, &result)
        guard status == 0 else { throw HostResolutionError(host: host, detail: String(cString: gai_strerror(status))) }
        defer { freeaddrinfo(result) }
        var addresses: [IPAddress] = []
        var cursor = result
        while let entry = cursor {
            if let socketAddress = entry.pointee.ai_addr, let address = IPAddress(socketAddress: socketAddress),
                !addresses.contains(address)
            {
                addresses.append(address)
            }
            cursor = entry.pointee.ai_next
        }
        return addresses
    }
}

/// getaddrinfo failed: no such name, no answer, …
public struct HostResolutionError: Error, Hashable, Sendable, CustomStringConvertible {
    public let host: String
    public let detail: String

    public init(host: String, detail: String) {
        self.host = host
        self.detail = detail
    }

    public var description: String { "cannot resolve \(host): \(detail)" }
}
