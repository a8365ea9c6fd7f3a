import BrazilKit

/// The kinds of address a webhook must not reach unless private targets are allowed: they
/// lead into our own machine or network (SSRF), or they are not real unicast destinations.
///
/// Sources: the IANA IPv4 and IPv6 Special-Purpose Address Registries (RFC 6890 and
/// successors). Ranges that are special but globally reachable (e.g. 192.88.99.0/24) are left
/// out on purpose: refusing them would gain nothing.
public enum SpecialAddressRange: String, Hashable, Sendable, CaseIterable {
    /// 0.0.0.0 and ::, which connect to the local host on most systems.
    case unspecified
    /// 0.0.0.0/8 other than 0.0.0.0.
    case thisNetwork
    /// 127.0.0.0/8 and ::1.
    case loopback
    /// 10/8, 172.16/12, 192.168/16 (RFC 1918).
    case privateNetwork
    /// 100.64/10, carrier-grade NAT (RFC 6598): private to the provider's network.
    case sharedAddressSpace
    /// 169.254/16 and fe80::/10: includes cloud metadata services (169.254.169.254).
    case linkLocal
    /// fc00::/7 (RFC 4193), the IPv6 counterpart of RFC 1918.
    case uniqueLocal
    /// fec0::/10, deprecated but still routed inside some networks.
    case siteLocal
    /// 192.0.2/24, 198.51.100/24, 203.0.113/24, 2001:db8::/32, 3fff::/20.
    case documentation
    /// 198.18/15, network benchmarking (RFC 2544).
    case benchmarking
    /// 192.0.0/24, 240/4 (except broadcast), 100::/64, 2001::/23 and 64:ff9b:1::/48: IETF
    /// protocol assignments, discard-only and local NAT64 ranges, none of them a public host.
    case reserved
    /// 224/4 and ff00::/8.
    case multicast
    /// 255.255.255.255.
    case broadcast

    /// The range an address falls in, or nil for an ordinary public unicast address. IPv6
    /// forms that carry an IPv4 address (mapped, compatible, NAT64, 6to4) are judged by that
    /// IPv4 address, so `::ffff:127.0.0.1` is loopback like `127.0.0.1`.
    public static func of(_ address: IPAddress) -> SpecialAddressRange? {
        switch address {
        case .v4(let value): of(v4: value)
        case .v6(let high, let low): of(v6: high, low, address.lowV4)
        }
    }

    private static func of(v4 value: UInt32) -> SpecialAddressRange? {
        if value == 0 { return .unspecified }
        if value == 0xFFFF_FFFF { return .broadcast }
        for (prefix, length, range) in v4Table where value.matches(prefix, length) { return range }
        return nil
    }

    /// Checked in order; the first match wins.
    private static let v4Table: [(UInt32, Int, SpecialAddressRange)] = [
        (0x0000_0000, 8, .thisNetwork),
        (0x0A00_0000, 8, .privateNetwork),  // 10/8
        (0x6440_0000, 10, .sharedAddressSpace),  // 100.64/10
        (0x7F00_0000, 8, .loopback),  // 127/8
        (0xA9FE_0000, 16, .linkLocal),  // 169.254/16
        (0xAC10_0000, 12, .privateNetwork),  // 172.16/12
        (0xC000_0000, 24, .reserved),  // 192.0.0/24
        (0xC000_0200, 24, .documentation),  // 192.0.2/24
        (0xC0A8_0000, 16, .privateNetwork),  // 192.168/16
        (0xC612_0000, 15, .benchmarking),  // 198.18/15
        (0xC633_6400, 24, .documentation),  // 198.51.100/24
        (0xCB00_7100, 24, .documentation),  // 203.0.113/24
        (0xE000_0000, 4, .multicast),  // 224/4
        (0xF000_0000, 4, .reserved),  // 240/4
    ]

    private static func of(v6 high: UInt64, _ low: UInt64, _ embedded: UInt32) -> SpecialAddressRange? {
        if high == 0 {
            switch low {
            case 0: return .unspecified
            case 1: return .loopback
            case 0x0000_FFFF_0000_0000...0x0000_FFFF_FFFF_FFFF:  // ::ffff:a.b.c.d, IPv4-mapped
                return of(v4: embedded)
            case 0xFFFF_0000_0000_0000...0xFFFF_0000_FFFF_FFFF:  // ::ffff:0:a.b.c.d, IPv4-translated (SIIT)
                return of(v4: embedded)
            case ...0xFFFF_FFFF:  // ::a.b.c.d, IPv4-compatible (deprecated, still parsed)
                return of(v4: embedded)
            default: return .reserved
            }
        }
        if high == 0x0064_FF9B_0000_0000 && low >> 32 == 0 { return of(v4: embedded) }  // 64:ff9b::/96, NAT64
        if high >> 48 == 0x2002 { return of(v4: UInt32(truncatingIfNeeded: high >> 16)) }  // 2002::/16, 6to4
        for (prefix, length, range) in v6Table where high.matches(prefix, length) { return range }
        return nil
    }

    /// Prefixes of the high 64 bits, all no longer than /64; checked in order.
    private static let v6Table: [(UInt64, Int, SpecialAddressRange)] = [
        (0x0064_FF9B_0001_0000, 48, .reserved),  // 64:ff9b:1::/48, local-use NAT64
        (0x0100_0000_0000_0000, 64, .reserved),  // 100::/64, discard-only
        (0x2001_0DB8_0000_0000, 32, .documentation),  // 2001:db8::/32
        (0x2001_0000_0000_0000, 23, .reserved),  // 2001::/23: Teredo, ORCHID, …
        (0x3FFF_0000_0000_0000, 20, .documentation),  // 3fff::/20 (RFC 9637)
        (0xFC00_0000_0000_0000, 7, .uniqueLocal),  // fc00::/7
        (0xFE80_0000_0000_0000, 10, .linkLocal),  // fe80::/10
        (0xFEC0_0000_0000_0000, 10, .siteLocal),  // fec0::/10
        (0xFF00_0000_0000_0000, 8, .multicast),  // ff00::/8
    ]

    /// How the refusal reads, e.g. "a private network range".
    public func name(_ language: Language) -> String {
        switch (self, language) {
        case (.unspecified, .ptBR): "o endereço não especificado"
        case (.unspecified, .en): "the unspecified address"
        case (.thisNetwork, .ptBR): "a faixa \"esta rede\" (0.0.0.0/8)"
        case (.thisNetwork, .en): "the \"this network\" range (0.0.0.0/8)"
        case (.loopback, .ptBR): "a faixa de loopback"
        case (.loopback, .en): "the loopback range"
        case (.privateNetwork, .ptBR): "uma faixa de rede privada"
        case (.privateNetwork, .en): "a private network range"
        case (.sharedAddressSpace, .ptBR): "a faixa de NAT de operadora (100.64.0.0/10)"
        case (.sharedAddressSpace, .en): "the carrier-grade NAT range (100.64.0.0/10)"
        case (.linkLocal, .ptBR): "a faixa link-local"
        case (.linkLocal, .en): "the link-local range"
        case (.uniqueLocal, .ptBR): "a faixa IPv6 local única (fc00::/7)"
        case (.uniqueLocal, .en): "the IPv6 unique local range (fc00::/7)"
        case (.siteLocal, .ptBR): "a faixa IPv6 site-local (fec0::/10)"
        case (.siteLocal, .en): "the IPv6 site-local range (fec0::/10)"
        case (.documentation, .ptBR): "uma faixa reservada para documentação"
        case (.documentation, .en): "a range reserved for documentation"
        case (.benchmarking, .ptBR): "a faixa de testes de desempenho (198.18.0.0/15)"
        case (.benchmarking, .en): "the benchmarking range (198.18.0.0/15)"
        case (.reserved, .ptBR): "uma faixa reservada"
        case (.reserved, .en): "a reserved range"
        case (.multicast, .ptBR): "uma faixa de multicast"
        case (.multicast, .en): "a multicast range"
        case (.broadcast, .ptBR): "o endereço de broadcast"
        case (.broadcast, .en): "the broadcast address"
        }
    }
}

extension FixedWidthInteger where Self: UnsignedInteger {
    /// Whether the top `length` bits equal those of `prefix`.
    fileprivate func matches(_ prefix: Self, _ length: Int) -> Bool {
        guard length > 0 else { return true }
        let mask: Self = ~0 << (Self.bitWidth - length)
        return self & mask == prefix & mask
    }
}
