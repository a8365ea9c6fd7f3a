import BrazilKit
import Testing

@testable import AdimpleApp

@Suite struct SeededGeneratorTests {
    @Test func producesTheReferenceXoshiroStream() {
        // Values from an independent reference implementation (SplitMix64 seeding,
        // xoshiro256**). If these change, every seeded data set changes.
        var zero = SeededGenerator(seed: 0)
        #expect(zero.next() == 0x99EC_5F36_CB75_F2B4)
        #expect(zero.next() == 0xBF6E_1F78_4956_452A)
        #expect(zero.next() == 0x1A5F_849D_4933_E6E0)
        var fortyTwo = SeededGenerator(seed: 42)
        #expect(fortyTwo.next() == 0x1578_0B2E_0C2E_C716)
        #expect(fortyTwo.next() == 0x6104_D986_6D11_3A7E)
        #expect(fortyTwo.next() == 0xAE17_5332_39E4_99A1)
    }

    @Test func reducesRangesWithTheReferenceAlgorithm() {
        var dice = SeededGenerator(seed: 2026)
        #expect((0..<10).map { _ in dice.int(in: 1...6) } == [4, 2, 5, 6, 5, 5, 6, 5, 6, 2])
        var wide = SeededGenerator(seed: 7)
        let values = (0..<3).map { _ in wide.int(in: -500_000_000...500_000_006) }
        #expect(values == [200_576_487, -221_248_769, 339_627_467])
    }

    @Test func staysInsideRangesAndHandlesEdgeCases() {
        var rng = SeededGenerator(seed: 99)
        for _ in 0..<10_000 {
            let value = rng.int(in: -3...3)
            #expect((-3...3).contains(value))
        }
        #expect(rng.int(in: 5...5) == 5)
        _ = rng.int(in: Int.min...Int.max)  // full range must not trap
        let never = rng.chance(0)
        let always = rng.chance(100)
        let only = rng.pick(["só"])
        #expect(!never)
        #expect(always)
        #expect(only == "só")
    }

    @Test func chanceIsRoughlyThePercentage() {
        var rng = SeededGenerator(seed: 5)
        let hits = (0..<100_000).filter { _ in rng.chance(30) }.count
        #expect((29_000...31_000).contains(hits))
    }
}

@Suite struct PersonaGeneratorTests {
    private func generate(_ count: Int, seed: UInt64, companyShare: Int = 20) -> [SyntheticCustomer] {
        var generator = PersonaGenerator(seed: seed, companyShare: companyShare)
        return (0..<count).map { _ in generator.next() }
    }

    @Test func sameSeedGivesSameCustomers() {
        #expect(generate(100, seed: 2026) == generate(100, seed: 2026))
    }

    /// Pins the data a seed produces, across runs, platforms and toolchains. It
    /// changes only when the generator or its data lists are edited on purpose;
    /// then update the expectations here in the same change.
    @Test func seedProducesThePinnedCustomers() {
        let customers = generate(1_000, seed: 2026)
        let first = customers[0]
        #expect(first.name == "Igor Bueno Franco")
        #expect(first.document == "83912708070")
        #expect(first.email == "igor1968@gmail.com")
        #expect(first.phone == "51994883690")
        #expect(first.street == "Rua Saldanha Marinho" && first.number == "28")
        #expect(first.city == "Porto Alegre" && first.state == "RS" && first.cep == "90798077")
        #expect(first.tags == ["boleto"])
        var digest: UInt64 = 0
        for c in customers {
            let fields = [
                c.name, c.tradeName ?? "", c.document, c.email, c.phone, c.street, c.number,
                c.complement ?? "", c.district, c.city, c.state, c.cep, c.segment,
                c.tags.joined(separator: ","),
            ]
            digest = (digest ^ SeedingTables.fingerprint(fields.joined(separator: "|"))) &* 0x100_0000_01B3
        }
        #expect(digest == 0xE540_FB58_6572_39BD)
    }

    @Test func differentSeedsGiveDifferentCustomers() {
        let a = generate(100, seed: 1)
        let b = generate(100, seed: 2)
        #expect(a != b)
        #expect(a.map(\.document) != b.map(\.document))
        #expect(a.map(\.email) != b.map(\.email))
        #expect(a.map(\.name) != b.map(\.name))
    }

    @Test func everyDocumentIsValidForBrazilKit() throws {
        // Mostly companies, so the rare alphanumeric CNPJs show up too.
        let customers = generate(10_000, seed: 11) + generate(20_000, seed: 12, companyShare: 100)
        var alphanumeric = 0
        for customer in customers {
            let doc = customer.document
            if customer.isCompany {
                let cnpj = try CNPJ(doc)
                #expect(cnpj.value == doc)
                #expect(CNPJ.checkDigits(base: String(doc.prefix(12))) == String(doc.suffix(2)))
                if cnpj.isAlphanumeric { alphanumeric += 1 }
            } else {
                let cpf = try CPF(doc)
                #expect(cpf.digits == doc)
                #expect(CPF.checkDigits(base: String(doc.prefix(9))) == String(doc.suffix(2)))
            }
        }
        // ~1% of companies (minus MEIs, which stay numeric).
        #expect((80...350).contains(alphanumeric))
    }

    @Test func phonesCEPsAndTaxIDsPassBrazilKitParsers() throws {
        for customer in generate(10_000, seed: 15, companyShare: 50) {
            let phone = try BrazilianPhone(customer.phone)
            #expect(phone.digits == customer.phone)
            #expect(phone.isMobile == (customer.phone.utf8.count == 11))
            #expect(try CEP(customer.cep).digits == customer.cep)
            let taxID = try TaxID(customer.document)
            #expect(taxID.isPerson == !customer.isCompany)
            #expect(taxID.normalized == customer.document)
        }
    }

    @Test func documentsLookNormalised() {
        for customer in generate(10_000, seed: 13) {
            let bytes = Array(customer.document.utf8)
            if customer.isCompany {
                #expect(bytes.count == 14)
                #expect(bytes.allSatisfy { ($0 >= 48 && $0 <= 57) || ($0 >= 65 && $0 <= 90) })
                #expect(bytes.suffix(2).allSatisfy { $0 >= 48 && $0 <= 57 })
            } else {
                #expect(bytes.count == 11)
                #expect(bytes.allSatisfy { $0 >= 48 && $0 <= 57 })
            }
        }
    }

    @Test func cpfCarriesTheFiscalRegionOfTheState() {
        for customer in generate(5_000, seed: 14) where !customer.isCompany {
            let ninth = Int(Array(customer.document.utf8)[8]) - 48
            #expect(ninth == BrazilianPlaces.cpfRegionDigit(state: customer.state))
        }
    }

    @Test func documentsAndEmailsAreUnique() {
        let customers = generate(10_000, seed: 3)
        #expect(Set(customers.map(\.document)).count == customers.count)
        #expect(Set(customers.map(\.email)).count == customers.count)
        // Also when almost everyone is a company sharing few trade names.
        let companies = generate(10_000, seed: 4, companyShare: 100)
        #expect(Set(companies.map(\.document)).count == companies.count)
        #expect(Set(companies.map(\.email)).count == companies.count)
        let domains = companies.map { $0.email.split(separator: "@").last.map(String.init) ?? "" }
            .filter { !["gmail.com", "hotmail.com", "outlook.com"].contains($0) }
        #expect(Set(domains).count == domains.count)
    }

    @Test func cepsFallInTheCitysRange() throws {
        for customer in generate(10_000, seed: 5) {
            let city = try #require(
                BrazilianPlaces.cities.first { $0.name == customer.city && $0.state == customer.state })
            #expect(customer.cep.utf8.count == 8)
            let cep = try #require(Int(customer.cep))
            #expect(city.cepRange.contains(cep), "\(customer.cep) outside \(city.name)/\(city.state)")
            #expect(cep % 1000 < 900)  // suffixes 900+ are special addresses
        }
    }

    @Test func phonesUseTheCitysDDD() throws {
        for customer in generate(10_000, seed: 6) {
            let city = try #require(
                BrazilianPlaces.cities.first { $0.name == customer.city && $0.state == customer.state })
            let digits = Array(customer.phone.utf8)
            #expect(digits.allSatisfy { $0 >= 48 && $0 <= 57 })
            #expect(customer.phone.hasPrefix(String(city.ddd)))
            if digits.count == 11 {
                #expect(digits[2] == UInt8(ascii: "9"))
            } else {
                #expect(digits.count == 10)
                #expect(customer.isCompany, "only companies get landlines")
                #expect((UInt8(ascii: "2")...UInt8(ascii: "5")).contains(digits[2]))
            }
        }
    }

    @Test func emailsAreLowercaseASCII() {
        let allowed = Set("abcdefghijklmnopqrstuvwxyz0123456789._-@".utf8)
        for customer in generate(10_000, seed: 7) {
            #expect(customer.email.utf8.allSatisfy(allowed.contains), "\(customer.email)")
            #expect(customer.email.split(separator: "@", omittingEmptySubsequences: false).count == 2)
            #expect(!customer.email.hasPrefix("@"))
            if !customer.isCompany {
                let domain = customer.email.split(separator: "@").last.map(String.init) ?? ""
                #expect(BrazilianNames.personalDomains.contains(domain))
            }
        }
    }

    @Test func emailsComeFromTheName() {
        for customer in generate(2_000, seed: 8) where !customer.isCompany {
            // Some styles put the surname first; the folded first name is always there.
            let firstWord = customer.name.split(separator: " ").first.map(String.init) ?? ""
            let slug = SeedingTables.asciiSlug(firstWord)
            let local = customer.email.split(separator: "@").first.map(String.init) ?? ""
            let matches = local.contains(slug) || local.hasPrefix(String(slug.prefix(1)))
            #expect(matches, "\(customer.name) → \(customer.email)")
        }
    }

    @Test func slugsAgreeWithBrazilKitFolding() {
        let samples =
            BrazilianNames.maleFirstNames + BrazilianNames.femaleFirstNames
            + BrazilianNames.surnames.map(\.name) + BrazilianPlaces.cities.map(\.name)
        for text in samples {
            let viaBrazilKit = String(
                String.UnicodeScalarView(
                    SearchText.fold(text).lowercased().unicodeScalars.filter {
                        ("a"..."z").contains($0) || ("0"..."9").contains($0)
                    }))
            #expect(SeedingTables.asciiSlug(text) == viaBrazilKit, "\(text)")
        }
    }

    @Test func companyShareIsRoughlyAsAsked() {
        let customers = generate(10_000, seed: 9, companyShare: 20)
        let companies = customers.filter(\.isCompany).count
        #expect((1_500...2_500).contains(companies))
        #expect(generate(500, seed: 9, companyShare: 0).allSatisfy { !$0.isCompany })
        #expect(generate(500, seed: 9, companyShare: 100).allSatisfy { $0.isCompany })
    }

    @Test func fieldsAreFilledPlausibly() {
        for customer in generate(5_000, seed: 10) {
            #expect(!customer.name.isEmpty)
            #expect(!customer.street.isEmpty && !customer.number.isEmpty && !customer.district.isEmpty)
            #expect(customer.state.utf8.count == 2)
            if customer.isCompany {
                #expect(customer.segment != "residencial")
            } else {
                #expect(customer.tradeName == nil)
                #expect(customer.name.split(separator: " ").count >= 2)
            }
            #expect(Set(customer.tags).count == customer.tags.count)
        }
    }

    @Test func dataListsHaveNoDuplicates() {
        let first = BrazilianNames.maleFirstNames + BrazilianNames.femaleFirstNames
        #expect(Set(first).count == first.count)
        #expect(first.count >= 150)
        let surnames = BrazilianNames.surnames.map(\.name)
        #expect(Set(surnames).count == surnames.count)
        #expect(surnames.count >= 120)
        let cities = BrazilianPlaces.cities.map { $0.name + "/" + $0.state }
        #expect(Set(cities).count == cities.count)
        #expect(cities.count >= 40)
        #expect(Set(BrazilianPlaces.streetNames).count == BrazilianPlaces.streetNames.count)
        #expect(Set(BrazilianPlaces.districts).count == BrazilianPlaces.districts.count)
        #expect(Set(BrazilianNames.brandWords).count == BrazilianNames.brandWords.count)
    }
}
