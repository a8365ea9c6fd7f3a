import AdimpleIntegrations
import BrazilKit
import Foundation
import Testing

/// A resolver that answers from a table, so tests control what names resolve to.
struct TableResolver: WebhookHostResolving {
    let table: [String: [String]]

    func addresses(of host: String) async throws -> [IPAddress] {
        guard let texts = table[host] else {
            throw HostResolutionError(host: host, detail: "Name or service not known")
        }
        return texts.compactMap(IPAddress.init)
    }
}

@Suite struct WebhookTargetGuardTests {
    let strict = WebhookTargetGuard(
        resolver: TableResolver(table: [
            "hooks.example.com": ["93.184.215.14", "2606:2800:21f:cb07:6820:80da:af6b:8b2c"],
            "mixed.example.com": ["93.184.215.14", "10.1.2.3"],
            "rebind.example.com": ["::ffff:169.254.169.254"],
            "empty.example.com": [],
        ]))

    // MARK: Address ranges

    @Test(arguments: [
        ("127.0.0.1", SpecialAddressRange.loopback), ("127.255.255.254", .loopback), ("::1", .loopback),
        ("10.0.0.1", .privateNetwork), ("10.255.255.255", .privateNetwork),
        ("172.16.0.1", .privateNetwork), ("172.31.255.255", .privateNetwork),
        ("192.168.0.1", .privateNetwork), ("192.168.255.255", .privateNetwork),
        ("169.254.169.254", .linkLocal), ("169.254.0.1", .linkLocal), ("fe80::1", .linkLocal), ("febf::1", .linkLocal),
        ("100.64.0.1", .sharedAddressSpace), ("100.127.255.255", .sharedAddressSpace),
        ("0.0.0.0", .unspecified), ("::", .unspecified), ("0.1.2.3", .thisNetwork),
        ("224.0.0.1", .multicast), ("239.255.255.255", .multicast), ("ff02::1", .multicast),
        ("255.255.255.255", .broadcast), ("240.0.0.1", .reserved), ("192.0.0.8", .reserved),
        ("192.0.2.1", .documentation), ("198.51.100.7", .documentation), ("203.0.113.9", .documentation),
        ("2001:db8::1", .documentation), ("3fff::1", .documentation), ("198.18.0.1", .benchmarking),
        ("198.19.255.255", .benchmarking),
        ("fc00::1", .uniqueLocal), ("fd12:3456:789a::1", .uniqueLocal), ("fec0::1", .siteLocal),
        ("100::1", .reserved), ("2001::1", .reserved), ("64:ff9b:1::1", .reserved),
        // IPv6 spellings of internal IPv4 addresses.
        ("::ffff:127.0.0.1", .loopback), ("::ffff:7f00:1", .loopback), ("::ffff:10.0.0.1", .privateNetwork),
        ("::ffff:169.254.169.254", .linkLocal), ("::127.0.0.1", .loopback), ("::10.0.0.1", .privateNetwork),
        ("::ffff:0:192.168.1.1", .privateNetwork), ("64:ff9b::10.0.0.1", .privateNetwork),
        ("64:ff9b::127.0.0.1", .loopback), ("2002:7f00:1::", .loopback), ("2002:a9fe:a9fe::1", .linkLocal),
        ("::ffff:0.0.0.0", .unspecified),
    ])
    func internalAddressesAreClassified(_ text: String, _ range: SpecialAddressRange) throws {
        let address = try #require(IPAddress(text))
        #expect(SpecialAddressRange.of(address) == range, "\(text)")
    }

    @Test(arguments: [
        "93.184.215.14", "8.8.8.8", "1.1.1.1", "172.15.255.255", "172.32.0.1", "192.167.255.255", "192.169.0.1",
        "100.63.255.255", "100.128.0.1", "169.253.255.255", "198.17.255.255", "198.20.0.1", "223.255.255.255",
        "11.0.0.1", "126.255.255.255", "128.0.0.1", "2606:4700:4700::1111", "2a03:2880:f12f:83:face:b00c::25de",
        "2001:4860:4860::8888", "::ffff:8.8.8.8", "64:ff9b::8.8.8.8", "2002:808:808::1", "fbff::1", "fe7f::1",
    ])
    func publicAddressesPass(_ text: String) throws {
        let address = try #require(IPAddress(text))
        #expect(SpecialAddressRange.of(address) == nil, "\(text)")
    }

    @Test func addressesPrintInTheirUsualForm() throws {
        #expect(try #require(IPAddress("10.20.30.40")).description == "10.20.30.40")
        #expect(try #require(IPAddress("2001:0db8:0000::0001")).description == "2001:db8::1")
        #expect(IPAddress("not an address") == nil)
        #expect(IPAddress("127.1") == nil)  // not a strict literal; the resolver reads it
    }

    // MARK: URL shape

    @Test func acceptsAPublicHTTPSURL() throws {
        let target = try strict.validate("https://Hooks.Example.com:8443/adimple?x=1")
        #expect(target.scheme == "https")
        #expect(target.host == "hooks.example.com")
        #expect(target.port == 8443)
        #expect(try strict.validate("https://hooks.example.com/").port == 443)
    }

    @Test(arguments: [
        ("ftp://hooks.example.com/", WebhookTargetError.Part.scheme),
        ("file:///etc/passwd", .scheme),
        ("gopher://hooks.example.com/", .scheme),
        ("http://hooks.example.com/", .scheme),
        ("https://user:secret@hooks.example.com/", .userinfo),
        ("https://user@hooks.example.com/", .userinfo),
        ("https:///path", .host),
        ("https://hooks.example.com:0/", .port),
        ("https://hooks.example.com:70000/", .port),
        ("https://exa%6Dple.com/", .host),
        ("https://例え.jp/", .host),
        ("https://[fe80::1%25eth0]/", .host),
        ("https://localhost/", .host),
        ("https://api.localhost./", .host),
        ("not a url", .url),
    ])
    func refusesBadShapes(_ url: String, _ part: WebhookTargetError.Part) {
        #expect {
            try strict.validate(url)
        } throws: { error in
            (error as? WebhookTargetError)?.part == part
        }
    }

    @Test func plainHTTPOnlyWhenAllowed() throws {
        let relaxed = WebhookTargetGuard(allowInsecureHTTP: true)
        #expect(try relaxed.validate("http://hooks.example.com/").scheme == "http")
    }

    @Test func credentialsNeverAppearInTheError() {
        #expect {
            try strict.validate("https://admin:hunter2@hooks.example.com/x")
        } throws: { error in
            let text = (error as? WebhookTargetError)?.message(.en) ?? ""
            return !text.contains("hunter2") && text.contains("hooks.example.com")
        }
    }

    // MARK: Literal hosts, no DNS

    @Test(arguments: [
        "https://127.0.0.1/", "https://10.0.0.8:8443/x", "https://[::1]/", "https://[::ffff:127.0.0.1]/",
        "https://169.254.169.254/latest/meta-data/", "https://0.0.0.0/", "https://[fd00::1]/",
        "https://192.168.1.10/", "https://100.64.1.1/", "https://224.0.0.251/",
        // Loose IPv4 spellings the C library accepts.
        "https://127.1/", "https://2130706433/", "https://0x7f000001/", "https://017700000001/",
    ])
    func refusesInternalLiteralsWithoutDNS(_ url: String) {
        #expect {
            try strict.validate(url)
        } throws: { error in
            guard let error = error as? WebhookTargetError, case .forbiddenAddress = error.reason else { return false }
            return error.part == .host
        }
    }

    @Test func allowsInternalTargetsWhenConfigured() throws {
        let open = WebhookTargetGuard(allowPrivateTargets: true, allowInsecureHTTP: true)
        #expect(try open.validate("http://127.0.0.1:8080/hooks").addresses == [IPAddress("127.0.0.1")!])
        #expect(try open.validate("http://localhost:8080/hooks").host == "localhost")
        #expect(try open.validate("https://[::1]/").host == "::1")
    }

    // MARK: Resolution at delivery time

    @Test func aNameIsCheckedAgainstEveryAddress() async throws {
        let target = try await strict.check("https://hooks.example.com/x")
        #expect(target.addresses.count == 2)

        await #expect {
            try await strict.check("https://mixed.example.com/x")
        } throws: { error in
            guard let error = error as? WebhookTargetError,
                case .forbiddenAddress(let address, .privateNetwork) = error.reason
            else { return false }
            return address == IPAddress("10.1.2.3")
        }
        await #expect {
            try await strict.check("https://rebind.example.com/x")
        } throws: { error in
            guard let error = error as? WebhookTargetError, case .forbiddenAddress(_, .linkLocal) = error.reason else {
                return false
            }
            return true
        }
    }

    @Test func unresolvableNamesAreRefusedWithTheReason() async {
        for url in ["https://nowhere.example.com/", "https://empty.example.com/"] {
            await #expect {
                try await strict.check(url)
            } throws: { error in
                guard let error = error as? WebhookTargetError, case .unresolvable = error.reason else { return false }
                return error.part == .host
            }
        }
    }

    @Test func theSystemResolverIsUsedForNames() async throws {
        // localhost comes from /etc/hosts: no network needed.
        let addresses = try await SystemHostResolver().addresses(of: "localhost")
        #expect(addresses.contains { SpecialAddressRange.of($0) == .loopback })
        #expect(SystemHostResolver.numericAddress("127.1") == IPAddress("127.0.0.1"))
        #expect(SystemHostResolver.numericAddress("hooks.example.com") == nil)
        // The machine's own name resolves to loopback here, and is refused.
        let system = WebhookTargetGuard(allowInsecureHTTP: true)
        let hostname = ProcessInfo.processInfo.hostName
        if let own = try? await SystemHostResolver().addresses(of: hostname),
            own.allSatisfy({ SpecialAddressRange.of($0) != nil })
        {
            await #expect(throws: WebhookTargetError.self) { try await system.check("http://\(hostname)/") }
        }
    }

    @Test func messagesNameThePartAndTheRangeInBothLanguages() {
        let error = WebhookTargetError(
            url: "https://10.0.0.1/x", part: .host, reason: .forbiddenAddress(IPAddress("10.0.0.1")!, .privateNetwork))
        #expect(
            error.message(.en)
                == "Webhook URL \"https://10.0.0.1/x\" refused (host): 10.0.0.1 is in a private network range; internal addresses are not allowed"
        )
        #expect(
            error.message(.ptBR)
                == "URL de webhook \"https://10.0.0.1/x\" recusada (host): 10.0.0.1 está em uma faixa de rede privada; endereços internos não são permitidos"
        )
    }
}
