import BrazilKit

/// One synthetic customer: a person (CPF) or a company (CNPJ) with a Brazilian
/// address, phone and e-mail. Every field is already normalised the way Adimple
/// stores it: documents, phones and CEPs are bare digits (an alphanumeric CNPJ is
/// twelve upper-case letters/digits plus two check digits).
public struct SyntheticCustomer: Sendable, Hashable {
    public var isCompany: Bool
    /// Full name of the person, or the company's legal name (razão social).
    public var name: String
    /// The company's trade name (nome fantasia); `nil` for people and for some companies.
    public var tradeName: String?
    /// 11 digits (CPF) or 14 characters (CNPJ), always with valid check digits.
    public var document: String
    public var email: String
    /// DDD + number: 11 digits for mobiles (9XXXX-XXXX), 10 for landlines.
    public var phone: String
    public var street: String
    public var number: String
    public var complement: String?
    public var district: String
    public var city: String
    /// Two-letter state code (UF).
    public var state: String
    /// 8 digits.
    public var cep: String
    /// "residencial", "varejo", "servicos", "saude", "educacao" or "industria".
    public var segment: String
    public var tags: [String]

    public init(
        isCompany: Bool, name: String, tradeName: String?, document: String, email: String,
        phone: String, street: String, number: String, complement: String?, district: String,
        city: String, state: String, cep: String, segment: String, tags: [String]
    ) {
        self.isCompany = isCompany
        self.name = name
        self.tradeName = tradeName
        self.document = document
        self.email = email
        self.phone = phone
        self.street = street
        self.number = number
        self.complement = complement
        self.district = district
        self.city = city
        self.state = state
        self.cep = cep
        self.segment = segment
        self.tags = tags
    }
}

/// Generates an endless, reproducible stream of synthetic Brazilian customers.
///
/// The same seed always yields the same customers, in the same order, on every
/// platform and toolchain (see `SeededGenerator`). Within one generator:
/// - documents are unique: each CPF/CNPJ base is a keyed permutation of a counter,
///   so no two customers share a document, and check digits are always valid;
/// - e-mail addresses are unique (a collision is simply redrawn), and no two
///   companies share an e-mail domain.
///
/// Generation is allocation-light (precomputed tables, no Foundation formatting)
/// so that a benchmark can create a million customers quickly.
public struct PersonaGenerator: Sendable {
    private var rng: SeededGenerator
    private let companyShare: Int
    private let tables: SeedingTables
    private let cpfPermutation: DocumentPermutation
    private let cnpjPermutation: DocumentPermutation
    private let alphanumericPermutation: DocumentPermutation
    private var cpfCounter: UInt64 = 0
    private var cnpjCounter: UInt64 = 0
    private var alphanumericCounter: UInt64 = 0
    private var usedEmails = FingerprintSet()
    private var usedDomains = FingerprintSet()
    /// How many customers this generator has produced.
    private var produced: UInt64 = 0

    /// Percentage of companies with a new alphanumeric CNPJ (issued since July 2026).
    static let alphanumericCNPJPercent = 1

    /// - Parameters:
    ///   - seed: determines the whole stream.
    ///   - companyShare: percentage (0–100) of customers that are companies.
    public init(seed: UInt64, companyShare: Int = 20) {
        rng = SeededGenerator(seed: seed)
        self.companyShare = min(max(companyShare, 0), 100)
        tables = SeedingTables.shared
        // Document keys come from their own SplitMix64 stream so that they do not
        // depend on how many values the main generator has drawn.
        var keyState = seed ^ 0xAD1_4B1E_D0C5_5EED
        cpfPermutation = DocumentPermutation(bits: 27, limit: 100_000_000, keyState: &keyState)
        cnpjPermutation = DocumentPermutation(bits: 27, limit: 100_000_000, keyState: &keyState)
        // One letter followed by seven base-36 characters: 26 × 36^7 roots.
        alphanumericPermutation = DocumentPermutation(
            bits: 41, limit: 26 * 78_364_164_096, keyState: &keyState)
    }

    /// The next customer of the stream.
    public mutating func next() -> SyntheticCustomer {
        produced &+= 1
        let city = tables.cities[tables.cityPicker[rng.index(tables.cityPicker.count)]]
        if rng.chance(companyShare) {
            return nextCompany(city: city)
        }
        return nextPerson(city: city)
    }

    // MARK: - People

    private struct PersonName {
        var display: String
        var firstSlug: String
        var firstSurnameSlug: String
        var lastSurnameSlug: String
        var lastSurnameIndex: Int
        /// "do João" / "da Maria", for a business named after its owner.
        var firstNameBrand: SeedingTables.Brand
    }

    private enum BrandKind { case word, surname, firstName }

    private mutating func personName() -> PersonName {
        let t = tables
        let female = rng.chance(50)
        let first: SeedingTables.Name
        if rng.chance(18) {
            first = female ? rng.pick(t.femaleCompoundNames) : rng.pick(t.maleCompoundNames)
        } else {
            first = female ? rng.pick(t.femaleNames) : rng.pick(t.maleNames)
        }
        let roll = rng.int(in: 0...99)
        let count = roll < 22 ? 1 : (roll < 88 ? 2 : 3)
        let n = t.surnames.count
        let a = rng.index(n)
        var b = a
        var c = a
        if count > 1 { repeat { b = rng.index(n) } while b == a }
        if count > 2 { repeat { c = rng.index(n) } while c == a || c == b }

        var display = String()
        display.reserveCapacity(56)
        display += first.display
        appendSurname(t.surnames[a], to: &display)
        if count > 1 { appendSurname(t.surnames[b], to: &display) }
        if count > 2 { appendSurname(t.surnames[c], to: &display) }
        let last = count == 1 ? a : (count == 2 ? b : c)
        return PersonName(
            display: display, firstSlug: first.slug,
            firstSurnameSlug: t.surnames[a].slug, lastSurnameSlug: t.surnames[last].slug,
            lastSurnameIndex: last, firstNameBrand: first.brand)
    }

    @inline(__always)
    private mutating func appendSurname(_ surname: SeedingTables.SurnameEntry, to name: inout String) {
        if surname.connectorPercent > 0 && rng.chance(surname.connectorPercent) {
            name += surname.withConnector
        } else {
            name += surname.spaced
        }
    }

    private mutating func nextPerson(city: SeedingTables.CityEntry) -> SyntheticCustomer {
        let t = tables
        let person = personName()
        let document = nextCPF(region: city.cpfRegion)
        let email = personEmail(person)
        let phone = mobilePhone(ddd: city.ddd)
        let complement: String? = rng.chance(40) ? residentialComplement() : nil
        return SyntheticCustomer(
            isCompany: false, name: person.display, tradeName: nil, document: document,
            email: email, phone: phone, street: street(), number: houseNumber(),
            complement: complement, district: rng.pick(t.districts), city: city.name,
            state: city.state, cep: cep(city), segment: rng.pick(t.personSegments),
            tags: tags())
    }

    private mutating func personEmail(_ person: PersonName) -> String {
        let t = tables
        let fs = person.firstSlug
        let ls = person.lastSurnameSlug
        var attempt = 0
        while true {
            let domain = rng.pick(t.personalDomains)
            var local = String()
            local.reserveCapacity(40)
            if attempt == 0 {
                let style = rng.int(in: 0...99)
                switch style {
                case 0..<22:
                    local += fs; local += "."; local += ls
                case 22..<44:
                    local += fs; local += "."; local += ls; local += rng.pick(t.twoDigits)
                case 44..<54:
                    local += fs; local += ls; local += rng.pick(t.years)
                case 54..<60:
                    local += fs; local += "_"; local += ls
                case 60..<68:
                    local += fs; local += "."; local += person.firstSurnameSlug
                    if person.firstSurnameSlug != ls { local += "."; local += ls }
                case 68..<78:
                    local.unicodeScalars.append(fs.unicodeScalars.first!)
                    local += ls; local += rng.pick(t.twoDigits)
                case 78..<86:
                    local += fs; local += ls; local += rng.pick(t.twoDigits)
                case 86..<93:
                    local += ls; local += "."; local += fs
                default:
                    local += fs; local += rng.pick(t.years)
                }
            } else if attempt < 4 {
                local += fs; local += rng.chance(70) ? "." : ""; local += ls
                local += rng.chance(50) ? rng.pick(t.twoDigits) : rng.pick(t.years)
            } else if attempt < 12 {
                local += fs; local += "."; local += ls
                local += SeedingTables.decimal(rng.int(in: 100...9999))
            } else {
                // Practically never reached; guarantees termination.
                local += fs; local += "."; local += ls
                local += SeedingTables.decimal(Int(produced)); local += "_"
                local += SeedingTables.decimal(attempt)
            }
            local += "@"
            local += domain
            if usedEmails.insert(SeedingTables.fingerprint(local)) {
                return local
            }
            attempt += 1
        }
    }

    // MARK: - Companies

    private mutating func nextCompany(city: SeedingTables.CityEntry) -> SyntheticCustomer {
        let t = tables
        let activity = rng.pick(t.activities)

        // Legal form.
        let formRoll = rng.int(in: 0...99)
        let form: BrazilianNames.LegalForm =
            switch formRoll {
            case 0..<10: activity.meiAllowed ? .mei : .me
            case 10..<35: .me
            case 35..<38: .eireli
            case 38..<40: activity.saAllowed ? .sa : .ltda
            default: .ltda
            }

        // Document. MEIs keep numeric CNPJs: their legal name embeds the root.
        let alphanumeric = form != .mei && rng.chance(PersonaGenerator.alphanumericCNPJPercent)
        let document = alphanumeric ? nextAlphanumericCNPJ() : nextNumericCNPJ()

        // A MEI is one person; their name is part of the legal name and often of the brand.
        let owner: PersonName? = form == .mei ? personName() : nil

        // Brand: a fantasy word ("Estrela"), a family surname ("Oliveira") or, for
        // small businesses, the owner's first name ("do João", "da Maria").
        let brandRoll = rng.int(in: 0...99)
        let brandKind: BrandKind =
            brandRoll < 55 ? .word : (brandRoll < 85 || !activity.meiAllowed ? .surname : .firstName)
        let brand: SeedingTables.Brand
        switch brandKind {
        case .word:
            brand = rng.pick(t.brandWords)
        case .surname:
            brand = t.surnameBrands[owner?.lastSurnameIndex ?? rng.index(t.surnameBrands.count)]
        case .firstName:
            if let owner {
                brand = owner.firstNameBrand
            } else {
                brand = rng.chance(50) ? rng.pick(t.femaleFirstNameBrands) : rng.pick(t.maleFirstNameBrands)
            }
        }

        // Legal name (razão social).
        var name = String()
        name.reserveCapacity(72)
        if let owner {
            // A MEI's legal name is the formatted CNPJ root followed by the owner's name.
            appendFormattedRoot(of: document, to: &name)
            name += " "
            name += owner.display
        } else {
            let pattern = rng.int(in: 0...99)
            switch brandKind {
            case .surname:
                switch pattern {
                case 0..<45:
                    name += brand.display; name += " "; name += activity.legal
                case 45..<75:
                    name += brand.display; name += " & "
                    name += t.surnames[rng.index(t.surnames.count)].plain
                    name += " "; name += activity.legal
                default:
                    name += rng.pick(t.nameInitials); name += ". "; name += brand.display
                    name += " "; name += activity.legal
                }
            case .word, .firstName:
                switch pattern {
                case 0..<55:
                    name += activity.legal; name += " "; name += brand.display
                case 55..<75 where brandKind == .word:
                    name += brand.display; name += " "; name += activity.legal
                default:
                    // Trade name unrelated to the owners' names, as is common.
                    name += t.surnames[rng.index(t.surnames.count)].plain
                    name += " "; name += activity.legal
                }
            }
            name += " "
            name += form.suffix
        }

        var tradeName = String()
        tradeName.reserveCapacity(40)
        tradeName += activity.tradePrefix
        tradeName += " "
        tradeName += brand.display

        let email = companyEmail(base: activity.tradeSlug, brand: brand.slug, city: city)
        let phone = rng.chance(40) ? landline(ddd: city.ddd) : mobilePhone(ddd: city.ddd)

        let district: String
        if activity.industrial && rng.chance(60) {
            district = rng.pick(t.industrialDistricts)
        } else if rng.chance(30) {
            district = "Centro"
        } else {
            district = rng.pick(t.districts)
        }
        let complement: String? = rng.chance(45) ? commercialComplement(industrial: activity.industrial) : nil

        return SyntheticCustomer(
            isCompany: true, name: name, tradeName: rng.chance(90) ? tradeName : nil,
            document: document, email: email, phone: phone, street: street(),
            number: houseNumber(), complement: complement, district: district, city: city.name,
            state: city.state, cep: cep(city), segment: activity.segment, tags: tags())
    }

    private mutating func companyEmail(base: String, brand: String, city: SeedingTables.CityEntry) -> String {
        let t = tables
        // Small businesses often bill from a webmail address named after the shop.
        if rng.chance(12) {
            var email = String()
            email.reserveCapacity(48)
            email += base; email += brand
            if rng.chance(30) { email += "."; email += city.stateSlug }
            email += "@"; email += rng.pick(t.companyWebmailDomains)
            if usedEmails.insert(SeedingTables.fingerprint(email)) { return email }
        }
        let tld = rng.chance(88) ? ".com.br" : ".com"
        var attempt = 0
        while true {
            var domain = String()
            domain.reserveCapacity(56)
            switch attempt {
            case 0:
                domain += base; domain += brand
            case 1:
                domain += base; domain += "-"; domain += brand
            case 2:
                domain += brand; domain += base
            case 3:
                domain += base; domain += brand; domain += city.slug
            case 4:
                domain += base; domain += "-"; domain += brand; domain += "-"; domain += city.slug
            case 5:
                domain += base; domain += brand; domain += city.stateSlug
            case 6..<16:
                domain += base; domain += brand; domain += SeedingTables.decimal(rng.int(in: 2...999))
            default:
                domain += base; domain += brand
                domain += SeedingTables.decimal(Int(produced)); domain += "-"
                domain += SeedingTables.decimal(attempt)
            }
            domain += tld
            if usedDomains.insert(SeedingTables.fingerprint(domain)) {
                var email = String()
                email.reserveCapacity(64)
                email += rng.pick(t.companyMailboxes)
                email += "@"
                email += domain
                _ = usedEmails.insert(SeedingTables.fingerprint(email))
                return email
            }
            attempt += 1
        }
    }

    private func appendFormattedRoot(of cnpj: String, to name: inout String) {
        var index = 0
        for scalar in cnpj.unicodeScalars {
            if index == 8 { break }
            if index == 2 || index == 5 { name += "." }
            name.unicodeScalars.append(scalar)
            index += 1
        }
    }

    private mutating func commercialComplement(industrial: Bool) -> String {
        if industrial && rng.chance(60) {
            return "Galpão " + SeedingTables.decimal(rng.int(in: 1...8))
        }
        let roll = rng.int(in: 0...99)
        switch roll {
        case 0..<45: return "Sala " + SeedingTables.decimal(rng.int(in: 1...18) * 100 + rng.int(in: 1...20))
        case 45..<75: return "Loja " + SeedingTables.decimal(rng.int(in: 1...40))
        case 75..<85: return "Conjunto " + SeedingTables.decimal(rng.int(in: 1...20) * 10 + rng.int(in: 1...4))
        case 85..<93: return SeedingTables.decimal(rng.int(in: 1...22)) + "º andar"
        default: return "Térreo"
        }
    }

    // MARK: - Shared pieces

    private mutating func residentialComplement() -> String {
        let t = tables
        let roll = rng.int(in: 0...99)
        switch roll {
        case 0..<55:
            return "Apto " + SeedingTables.decimal(rng.int(in: 1...20) * 100 + rng.int(in: 1...8))
        case 55..<70:
            return "Bloco " + rng.pick(t.blockLetters) + ", Apto "
                + SeedingTables.decimal(rng.int(in: 1...12) * 100 + rng.int(in: 1...6))
        case 70..<88:
            return "Casa " + SeedingTables.decimal(rng.int(in: 1...6))
        default:
            return "Fundos"
        }
    }

    @inline(__always)
    private mutating func street() -> String {
        let t = tables
        let byType = t.streetsByType[t.streetTypePicker[rng.index(t.streetTypePicker.count)]]
        return byType[rng.index(byType.count)]
    }

    @inline(__always)
    private mutating func houseNumber() -> String {
        let roll = rng.int(in: 0...99)
        switch roll {
        case 0..<2: return "s/n"
        case 2..<35: return SeedingTables.decimal(rng.int(in: 1...150))
        case 35..<80: return SeedingTables.decimal(rng.int(in: 1...999))
        default: return SeedingTables.decimal(rng.int(in: 1...4500))
        }
    }

    @inline(__always)
    private mutating func cep(_ city: SeedingTables.CityEntry) -> String {
        let prefix = rng.int(in: city.cepPrefixLow...city.cepPrefixHigh)
        var suffix = rng.int(in: 0...89) * 10
        if rng.chance(30) { suffix += rng.int(in: 1...9) }
        return SeedingTables.fixedDigits(UInt64(prefix * 1000 + suffix), width: 8)
    }

    /// DDD + 9 + eight digits, the second of which is 6–9 as in real mobile numbers.
    @inline(__always)
    private mutating func mobilePhone(ddd: UInt64) -> String {
        let subscriber = UInt64(rng.int(in: 60_000_000...99_999_999))
        return SeedingTables.fixedDigits(ddd * 1_000_000_000 + 900_000_000 + subscriber, width: 11)
    }

    /// DDD + eight digits starting with 2–5, as fixed lines do.
    @inline(__always)
    private mutating func landline(ddd: UInt64) -> String {
        let subscriber = UInt64(rng.int(in: 20_000_000...59_999_999))
        return SeedingTables.fixedDigits(ddd * 100_000_000 + subscriber, width: 10)
    }

    @inline(__always)
    private mutating func tags() -> [String] {
        let payment = rng.int(in: 0...99)
        var index = payment < 40 ? 0 : (payment < 70 ? 1 : (payment < 90 ? 2 : 3))
        index = index * 8
        if rng.chance(10) { index += 4 }  // novo
        if rng.chance(3) { index += 2 }  // vip
        if rng.chance(7) { index += 1 }  // atraso-recorrente
        return tables.tagSets[index]
    }

    // MARK: - Documents

    /// A fresh CPF: eight permuted digits, the fiscal-region digit of the state,
    /// then the two check digits.
    private mutating func nextCPF(region: UInt64) -> String {
        while true {
            precondition(cpfCounter < 100_000_000, "CPF space of this generator exhausted")
            let body = cpfPermutation.apply(cpfCounter)
            cpfCounter += 1
            let base = body * 10 + region
            // Bases with nine equal digits are rejected by every validator.
            if base % 111_111_111 == 0 { continue }
            let cpf = DocumentDigits.cpf(base: base)
            assert(CPF.checkDigits(base: String(cpf.prefix(9))) == String(cpf.suffix(2)))
            return cpf
        }
    }

    /// A fresh numeric CNPJ: eight permuted digits, branch 0001 (sometimes
    /// 0002–0009), check digits.
    private mutating func nextNumericCNPJ() -> String {
        var root: UInt64
        repeat {
            precondition(cnpjCounter < 100_000_000, "CNPJ space of this generator exhausted")
            root = cnpjPermutation.apply(cnpjCounter)
            cnpjCounter += 1
        } while root == 0
        let branch: UInt64 = rng.chance(92) ? 1 : UInt64(rng.int(in: 2...9))
        let cnpj = DocumentDigits.cnpj(numericBase: root * 10_000 + branch)
        assert(CNPJ.checkDigits(base: String(cnpj.prefix(12))) == String(cnpj.suffix(2)))
        return cnpj
    }

    /// A fresh alphanumeric CNPJ: a letter, seven base-36 characters, branch 0001,
    /// check digits (computed from ASCII − 48, per the 2026 rule).
    private mutating func nextAlphanumericCNPJ() -> String {
        let value = alphanumericPermutation.apply(alphanumericCounter)
        alphanumericCounter += 1
        let cnpj = DocumentDigits.cnpj(alphanumericRoot: value, branch: 1)
        assert(CNPJ.checkDigits(base: String(cnpj.prefix(12))) == String(cnpj.suffix(2)))
        return cnpj
    }
}

// MARK: - Document arithmetic

/// A keyed bijection of `0 ..< limit` (cycle-walking over a `bits`-wide mixer),
/// used to turn a counter into unique, scattered document bases.
struct DocumentPermutation: Sendable {
    let mask: UInt64
    let limit: UInt64
    let shiftA: UInt64
    let shiftB: UInt64
    let add0: UInt64
    let mul0: UInt64
    let add1: UInt64
    let mul1: UInt64

    init(bits: Int, limit: UInt64, keyState: inout UInt64) {
        precondition(bits > 4 && bits < 64 && limit <= (1 << UInt64(bits)))
        mask = (1 << UInt64(bits)) - 1
        self.limit = limit
        shiftA = UInt64(bits / 2)
        shiftB = UInt64(bits / 3)
        add0 = SeededGenerator.splitMix64(&keyState)
        mul0 = SeededGenerator.splitMix64(&keyState) | 1
        add1 = SeededGenerator.splitMix64(&keyState)
        mul1 = SeededGenerator.splitMix64(&keyState) | 1
    }

    /// Every step is a bijection of the `bits`-wide space (add, multiply by an odd
    /// number, xor-shift right); walking until the value is below `limit` makes
    /// the whole a bijection of `0 ..< limit`.
    @inline(__always)
    func apply(_ input: UInt64) -> UInt64 {
        precondition(input < limit)
        var v = input
        repeat {
            v = (v &+ add0) & mask
            v = (v &* mul0) & mask
            v ^= v >> shiftA
            v = (v &+ add1) & mask
            v = (v &* mul1) & mask
            v ^= v >> shiftB
        } while v >= limit
        return v
    }
}

/// Check-digit arithmetic on raw bytes, to avoid building intermediate strings.
/// The results are cross-checked against BrazilKit in debug builds and tests.
enum DocumentDigits {
    /// CPF from a 9-digit base (as an integer).
    static func cpf(base: UInt64) -> String {
        String(unsafeUninitializedCapacity: 11) { buffer in
            var v = base
            var i = 8
            while i >= 0 {
                buffer[i] = UInt8(truncatingIfNeeded: v % 10) &+ 48
                v /= 10
                i -= 1
            }
            var sum = 0
            for j in 0..<9 { sum += Int(buffer[j] &- 48) * (10 - j) }
            var r = sum % 11
            buffer[9] = UInt8(r < 2 ? 0 : 11 - r) &+ 48
            sum = 0
            for j in 0..<10 { sum += Int(buffer[j] &- 48) * (11 - j) }
            r = sum % 11
            buffer[10] = UInt8(r < 2 ? 0 : 11 - r) &+ 48
            return 11
        }
    }

    /// Numeric CNPJ from a 12-digit base (root × 10 000 + branch).
    static func cnpj(numericBase: UInt64) -> String {
        String(unsafeUninitializedCapacity: 14) { buffer in
            var v = numericBase
            var i = 11
            while i >= 0 {
                buffer[i] = UInt8(truncatingIfNeeded: v % 10) &+ 48
                v /= 10
                i -= 1
            }
            appendCNPJCheckDigits(buffer)
            return 14
        }
    }

    private static let base36: [UInt8] = Array("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ".utf8)

    /// Alphanumeric CNPJ: `value` in `0 ..< 26 × 36^7` becomes one letter and
    /// seven base-36 characters, then the 4-digit branch and the check digits.
    static func cnpj(alphanumericRoot value: UInt64, branch: Int) -> String {
        String(unsafeUninitializedCapacity: 14) { buffer in
            var v = value
            buffer[0] = 65 &+ UInt8(truncatingIfNeeded: v % 26)  // "A"…"Z"
            v /= 26
            var i = 7
            while i >= 1 {
                buffer[i] = base36[Int(v % 36)]
                v /= 36
                i -= 1
            }
            var b = branch
            i = 11
            while i >= 8 {
                buffer[i] = UInt8(truncatingIfNeeded: b % 10) &+ 48
                b /= 10
                i -= 1
            }
            appendCNPJCheckDigits(buffer)
            return 14
        }
    }

    /// Writes positions 12 and 13 from the first twelve characters, each worth
    /// its ASCII code − 48 (so digits are themselves and "A" is 17).
    @inline(__always)
    private static func appendCNPJCheckDigits(_ buffer: UnsafeMutableBufferPointer<UInt8>) {
        var sum = 0
        for j in 0..<12 { sum += Int(buffer[j] &- 48) * (j < 4 ? 5 - j : 13 - j) }
        var r = sum % 11
        buffer[12] = UInt8(r < 2 ? 0 : 11 - r) &+ 48
        sum = 0
        for j in 0..<13 { sum += Int(buffer[j] &- 48) * (j < 5 ? 6 - j : 14 - j) }
        r = sum % 11
        buffer[13] = UInt8(r < 2 ? 0 : 11 - r) &+ 48
    }
}
