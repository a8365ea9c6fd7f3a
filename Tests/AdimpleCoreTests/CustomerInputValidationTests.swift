import AdimpleCore
import BrazilKit
import Testing

/// Customer input is checked field by field and every problem comes back at once.
@Suite struct CustomerInputValidationTests {
    static let validCPF = "529.982.247-25"
    static let validCNPJ = "11.222.333/0001-81"

    static let address = AddressInput(
        street: "Avenida Paulista", number: "1000", district: "Bela Vista", city: "São Paulo", state: "sp",
        cep: "01310-100")

    @Test func aCompleteInputBecomesTypedFields() throws {
        let fields = try CustomerInput(
            document: Self.validCPF, name: "  Maria da Silva ", emails: [" Maria@Exemplo.com.br ", ""],
            phones: ["(11) 98765-4321"], address: Self.address, segment: "Varejo", tags: ["VIP", "vip", " novo "]
        ).validated()
        #expect(fields.name == "Maria da Silva")
        #expect(fields.kind == .person)
        #expect(fields.document == .cpf(try CPF(Self.validCPF)))
        #expect(fields.emails == ["maria@exemplo.com.br"])
        #expect(fields.phones == [try BrazilianPhone("11987654321")])
        #expect(fields.address?.state == "SP")
        #expect(fields.address?.cep == (try CEP("01310100")))
        #expect(fields.segment == "varejo")
        #expect(fields.tags == ["novo", "vip"])
        #expect(fields.status == .active)
    }

    @Test func everyBadFieldIsReportedAtOnceWithItsName() throws {
        let input = CustomerInput(
            document: "529.982.247-24", name: "Maria da Silva", emails: ["maria@exemplo.com.br", "maria@@exemplo"],
            phones: ["(20) 98765-4321"],
            address: AddressInput(
                street: "Rua A", number: "1", district: "Centro", city: "Cidade", state: "XX", cep: "0131-100"))
        let error = try #require(throws: ValidationError.self) { try input.validated() }
        #expect(Set(error.fields) == ["document", "emails[1]", "phones[0]", "address.cep", "address.state"])
        #expect(error.fields.count == 5)
        #expect(error.issue("document")?.value == "529.982.247-24")
        #expect(error.issue("emails[1]")?.value == "maria@@exemplo")
        #expect(error.issue("phones[0]")?.value == "(20) 98765-4321")
        #expect(error.issue("address.cep")?.value == "0131-100")
        #expect(error.issue("address.state")?.value == "XX")
    }

    @Test(arguments: [(validCPF, Customer.Kind.person), (validCNPJ, .company)])
    func theKindIsInferredFromTheDocument(document: String, kind: Customer.Kind) throws {
        #expect(try CustomerInput(document: document, name: "Fulano").validated().kind == kind)
    }

    @Test(arguments: [(validCPF, "company"), (validCPF, "PJ"), (validCNPJ, "person"), (validCNPJ, "pf")])
    func aKindContradictingTheDocumentIsAnError(document: String, kind: String) throws {
        let error = try #require(throws: ValidationError.self) {
            try CustomerInput(kind: kind, document: document, name: "Fulano").validated()
        }
        #expect(error.fields == ["kind"])
        #expect(error.issue("kind")?.value == kind)
    }

    @Test(arguments: [("pj", Customer.Kind.company), ("Pessoa_Fisica", .person), ("company", .company)])
    func aKindGivenWithoutADocumentIsKept(text: String, kind: Customer.Kind) throws {
        #expect(try CustomerInput(kind: text, name: "Fulano").validated().kind == kind)
    }

    @Test func anUnknownKindIsAnError() throws {
        let error = try #require(throws: ValidationError.self) {
            try CustomerInput(kind: "robot", name: "Fulano").validated()
        }
        #expect(error.fields == ["kind"])
    }

    @Test(arguments: [nil, "", "   "] as [String?])
    func aMissingNameIsAnError(name: String?) throws {
        let error = try #require(throws: ValidationError.self) { try CustomerInput(name: name).validated() }
        #expect(error.fields == ["name"])
    }

    @Test func aNameTooLongIsAnError() throws {
        let name = String(repeating: "a", count: CustomerInput.maxNameLength + 1)
        let error = try #require(throws: ValidationError.self) { try CustomerInput(name: name).validated() }
        #expect(error.fields == ["name"])
    }

    @Test func aPartialAddressNamesEachMissingPart() throws {
        let error = try #require(throws: ValidationError.self) {
            try CustomerInput(name: "Fulano", address: AddressInput(street: "Rua A", state: "SP", cep: "01310-100"))
                .validated()
        }
        #expect(error.fields == ["address.number", "address.district", "address.city"])
    }

    @Test func anEmptyAddressMeansNoAddress() throws {
        #expect(try CustomerInput(name: "Fulano", address: AddressInput(street: " ")).validated().address == nil)
    }

    @Test func anUnknownStatusIsAnError() throws {
        let error = try #require(throws: ValidationError.self) {
            try CustomerInput(name: "Fulano", status: "vip").validated()
        }
        #expect(error.fields == ["status"])
    }

    @Test func theMessageMentionsTheFieldInBothLanguages() throws {
        let error = try #require(throws: ValidationError.self) {
            try CustomerInput(name: "Fulano", emails: ["ok@exemplo.com", "sem-arroba"]).validated()
        }
        #expect(error.message(.ptBR) == "Dados inválidos: emails[1] \"sem-arroba\": e-mail inválido")
        #expect(error.message(.en) == "Invalid input: emails[1] \"sem-arroba\": not a valid e-mail address")
        #expect(error.description == error.message(.ptBR))
    }

    @Test func messagesOfRailsErrorsKeepTheFieldName() throws {
        let error = try #require(throws: ValidationError.self) {
            try CustomerInput(document: "123", name: "Fulano", phones: ["123"]).validated()
        }
        for language in [Language.ptBR, .en] {
            let message = error.message(language)
            #expect(message.contains("document \"123\""))
            #expect(message.contains("phones[0] \"123\""))
        }
    }
}
