/// Precomputed lookup tables for `PersonaGenerator`: ASCII slugs of every name
/// (for e-mail addresses), weighted pickers and small number strings, so the hot
/// path only copies references and appends strings.
final class SeedingTables: Sendable {
    struct Name: Sendable {
        /// As written, e.g. "Maria da Conceição".
        let display: String
        /// Folded first word for e-mails, e.g. "maria".
        let slug: String
        /// The first word as a business brand: "da Maria" ("damaria").
        let brand: Brand
    }

    struct SurnameEntry: Sendable {
        let plain: String
        /// " Silva": the surname preceded by a space, ready to append.
        let spaced: String
        /// " da Silva": with its particle, ready to append.
        let withConnector: String
        let connectorPercent: Int
        let slug: String
    }

    struct CityEntry: Sendable {
        let name: String
        let state: String
        let ddd: UInt64
        let cepPrefixLow: Int
        let cepPrefixHigh: Int
        let cpfRegion: UInt64
        /// "saopaulo"
        let slug: String
        /// "sp"
        let stateSlug: String
    }

    struct ActivityEntry: Sendable {
        let legal: String
        let tradePrefix: String
        let tradeSlug: String
        let segment: String
        let meiAllowed: Bool
        let saAllowed: Bool
        let industrial: Bool
    }

    struct Brand: Sendable {
        let display: String
        let slug: String
    }

    static let shared = SeedingTables()

    let maleNames: [Name]
    let femaleNames: [Name]
    let maleCompoundNames: [Name]
    let femaleCompoundNames: [Name]
    let surnames: [SurnameEntry]
    let surnameBrands: [Brand]
    let maleFirstNameBrands: [Brand]
    let femaleFirstNameBrands: [Brand]
    let brandWords: [Brand]
    let activities: [ActivityEntry]
    let cities: [CityEntry]
    /// City indices repeated by weight.
    let cityPicker: [Int]
    /// Full street names ("Rua das Flores") grouped by street type.
    let streetsByType: [[String]]
    /// Street-type indices repeated by weight.
    let streetTypePicker: [Int]
    let districts: [String]
    let industrialDistricts: [String]
    let personalDomains: [String]
    let companyWebmailDomains: [String]
    let companyMailboxes: [String]
    let personSegments: [String]
    /// "00" … "99"
    let twoDigits: [String]
    /// "1950" … "2007"
    let years: [String]
    let blockLetters: [String]
    let nameInitials: [String]
    /// Tag lists indexed by payment preference × 8 + novo × 4 + vip × 2 + atraso-recorrente.
    let tagSets: [[String]]

    private init() {
        func names(_ list: [String], particle: String) -> [Name] {
            list.map { display in
                let firstWord = display.split(separator: " ").first.map(String.init) ?? display
                let brand = particle + " " + firstWord
                return Name(
                    display: display, slug: SeedingTables.asciiSlug(firstWord),
                    brand: Brand(display: brand, slug: SeedingTables.asciiSlug(brand)))
            }
        }
        maleNames = names(BrazilianNames.maleFirstNames, particle: "do")
        femaleNames = names(BrazilianNames.femaleFirstNames, particle: "da")
        maleCompoundNames = names(BrazilianNames.maleCompoundNames, particle: "do")
        femaleCompoundNames = names(BrazilianNames.femaleCompoundNames, particle: "da")
        maleFirstNameBrands = maleNames.map(\.brand)
        femaleFirstNameBrands = femaleNames.map(\.brand)

        surnames = BrazilianNames.surnames.map { s in
            SurnameEntry(
                plain: s.name, spaced: " " + s.name,
                withConnector: s.connector.map { " " + $0 + " " + s.name } ?? " " + s.name,
                connectorPercent: s.connector == nil ? 0 : s.connectorPercent,
                slug: SeedingTables.asciiSlug(s.name))
        }
        surnameBrands = BrazilianNames.surnames.map {
            Brand(display: $0.name, slug: SeedingTables.asciiSlug($0.name))
        }
        brandWords = BrazilianNames.brandWords.map {
            Brand(display: $0, slug: SeedingTables.asciiSlug($0))
        }
        activities = BrazilianNames.activities.map { a in
            ActivityEntry(
                legal: a.legal, tradePrefix: a.tradePrefix,
                tradeSlug: SeedingTables.asciiSlug(a.tradePrefix), segment: a.segment,
                meiAllowed: a.meiAllowed, saAllowed: a.saAllowed, industrial: a.industrial)
        }

        cities = BrazilianPlaces.cities.map { c in
            CityEntry(
                name: c.name, state: c.state, ddd: UInt64(c.ddd),
                cepPrefixLow: c.cepPrefixes.lowerBound, cepPrefixHigh: c.cepPrefixes.upperBound,
                cpfRegion: UInt64(BrazilianPlaces.cpfRegionDigit(state: c.state)),
                slug: SeedingTables.asciiSlug(c.name), stateSlug: SeedingTables.asciiSlug(c.state))
        }
        cityPicker = BrazilianPlaces.cities.enumerated().flatMap { index, city in
            Array(repeating: index, count: city.weight)
        }

        streetsByType = BrazilianPlaces.streetTypes.map { entry in
            BrazilianPlaces.streetNames.map { entry.type + " " + $0 }
        }
        streetTypePicker = BrazilianPlaces.streetTypes.enumerated().flatMap { index, entry in
            Array(repeating: index, count: entry.weight)
        }
        districts = BrazilianPlaces.districts
        industrialDistricts = BrazilianPlaces.industrialDistricts

        personalDomains = BrazilianNames.personalDomains
        companyWebmailDomains =
            Array(repeating: "gmail.com", count: 6) + Array(repeating: "hotmail.com", count: 3)
            + ["outlook.com"]
        companyMailboxes = BrazilianNames.companyMailboxes
        personSegments =
            Array(repeating: "residencial", count: 85) + Array(repeating: "servicos", count: 10)
            + Array(repeating: "varejo", count: 5)

        twoDigits = (0...99).map { SeedingTables.fixedDigits(UInt64($0), width: 2) }
        years = (1950...2007).map { SeedingTables.decimal($0) }
        blockLetters = ["A", "B", "C", "D", "E", "F"]
        nameInitials = "ABCDEFGHIJLMNOPRSTVW".map { String($0) }

        var sets: [[String]] = []
        for payment in [nil, "pix", "boleto", "cartao"] as [String?] {
            for flags in 0..<8 {
                var tags: [String] = []
                if let payment { tags.append(payment) }
                if flags & 4 != 0 { tags.append("novo") }
                if flags & 2 != 0 { tags.append("vip") }
                if flags & 1 != 0 { tags.append("atraso-recorrente") }
                sets.append(tags)
            }
        }
        tagSets = sets
    }

    // MARK: - String helpers

    /// Lower-case ASCII letters and digits only: accents are folded
    /// ("Conceição" → "conceicao"), everything else (spaces, hyphens, "&") dropped.
    /// Deliberately local and table-driven so e-mails never change with a library.
    static func asciiSlug(_ text: String) -> String {
        var out = String()
        for scalar in text.unicodeScalars {
            let folded: Character?
            switch scalar {
            case "a"..."z", "0"..."9": folded = Character(scalar)
            case "A"..."Z": folded = Character(Unicode.Scalar(scalar.value + 32)!)
            case "á", "à", "â", "ã", "ä", "Á", "À", "Â", "Ã", "Ä": folded = "a"
            case "é", "è", "ê", "ë", "É", "È", "Ê", "Ë": folded = "e"
            case "í", "ì", "î", "ï", "Í", "Ì", "Î", "Ï": folded = "i"
            case "ó", "ò", "ô", "õ", "ö", "Ó", "Ò", "Ô", "Õ", "Ö": folded = "o"
            case "ú", "ù", "û", "ü", "Ú", "Ù", "Û", "Ü": folded = "u"
            case "ç", "Ç": folded = "c"
            case "ñ", "Ñ": folded = "n"
            default: folded = nil
            }
            if let folded { out.append(folded) }
        }
        return out
    }

    /// `value` as exactly `width` decimal digits (left-padded with zeros).
    @inline(__always)
    static func fixedDigits(_ value: UInt64, width: Int) -> String {
        String(unsafeUninitializedCapacity: width) { buffer in
            var v = value
            var i = width - 1
            while i >= 0 {
                buffer[i] = UInt8(truncatingIfNeeded: v % 10) &+ 48
                v /= 10
                i -= 1
            }
            return width
        }
    }

    /// A non-negative integer in decimal, without Foundation.
    @inline(__always)
    static func decimal(_ value: Int) -> String {
        precondition(value >= 0)
        var width = 1
        var t = value
        while t >= 10 {
            t /= 10
            width += 1
        }
        return fixedDigits(UInt64(value), width: width)
    }

    /// A 64-bit hash of the UTF-8 bytes, read eight at a time (little-endian on
    /// every platform) and finished with MurmurHash3's fmix64. Deterministic across
    /// processes (unlike `Hasher`), so the uniqueness decisions — and hence the
    /// data — are too. A false match only causes a harmless redraw; real
    /// duplicates always match.
    @inline(__always)
    static func fingerprint(_ text: String) -> UInt64 {
        var text = text
        return text.withUTF8 { bytes in
            let count = bytes.count
            var hash: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(count)
            var offset = 0
            let raw = UnsafeRawBufferPointer(bytes)
            while offset + 8 <= count {
                let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
                hash = (hash ^ word) &* 0xFF51_AFD7_ED55_8CCD
                hash = (hash << 29) | (hash >> 35)
                offset += 8
            }
            var tail: UInt64 = 0
            var shift: UInt64 = 0
            while offset < count {
                tail |= UInt64(raw[offset]) << shift
                shift += 8
                offset += 1
            }
            hash = (hash ^ tail) &* 0xFF51_AFD7_ED55_8CCD
            hash ^= hash >> 33
            hash &*= 0xC4CE_B9FE_1A85_EC53
            hash ^= hash >> 33
            return hash
        }
    }
}

/// An insert-only set of 64-bit fingerprints (open addressing, linear probing).
///
/// Cheaper than `Set<UInt64>` for the uniqueness checks of a million-customer
/// run: no SipHash, one flat array. Membership is exact, so the data it helps
/// produce stays deterministic.
struct FingerprintSet: Sendable {
    private var slots: [UInt64]
    private var shift: UInt64
    private(set) var count = 0

    init() {
        slots = Array(repeating: 0, count: 1024)
        shift = 64 - 10
    }

    /// Inserts `fingerprint`; `false` when it was already present.
    mutating func insert(_ fingerprint: UInt64) -> Bool {
        // 0 marks an empty slot; folding it onto 1 can only cause a spurious
        // "already present", which callers handle by drawing again.
        let key = fingerprint == 0 ? 1 : fingerprint
        if (count + 1) * 2 > slots.count { grow() }
        let inserted = slots.withUnsafeMutableBufferPointer { buffer in
            let mask = buffer.count - 1
            var i = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
            while true {
                let slot = buffer[i]
                if slot == 0 {
                    buffer[i] = key
                    return true
                }
                if slot == key { return false }
                i = (i + 1) & mask
            }
        }
        if inserted { count += 1 }
        return inserted
    }

    private mutating func grow() {
        let old = slots
        slots = Array(repeating: 0, count: old.count * 2)
        shift -= 1
        count = 0
        for key in old where key != 0 {
            _ = insert(key)
        }
    }
}
