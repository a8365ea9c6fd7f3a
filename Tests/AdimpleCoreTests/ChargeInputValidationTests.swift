import AdimpleCore
import BrazilKit
import Testing

/// A new charge as typed: amount as text or centavos, ISO or Brazilian dates, a known method.
@Suite struct ChargeInputValidationTests {
    static let today = civil(2026, 3, 5)

    static func input(
        amount: String? = nil, centavos: Int64? = nil, dueDate: String? = "2026-03-10", method: String? = nil
    ) -> ChargeInput {
        ChargeInput(
            customerID: "cus_01", description: "Mensalidade de março", amount: amount, amountCentavos: centavos,
            dueDate: dueDate, method: method)
    }

    @Test func anAmountTypedTheBrazilianWayIsRead() throws {
        let fields = try Self.input(amount: "1.234,56").validated(today: Self.today)
        #expect(fields.amount == brl(123_456))
        #expect(fields.customerID == Customer.ID("cus_01"))
        #expect(fields.description == "Mensalidade de março")
        #expect(fields.method == .boleto)
        #expect(fields.lateCharges == .standard)
        #expect(fields.issue)
    }

    @Test func anAmountInCentavosIsTakenAsIs() throws {
        #expect(try Self.input(centavos: 123_456).validated(today: Self.today).amount == brl(123_456))
    }

    @Test(arguments: [
        (nil, Int64(0), "R$ 0,00"), (nil, Int64(-1), "-R$ 0,01"),
        ("0,00", nil, "R$ 0,00"), ("-10,00", nil, "-R$ 10,00"),
    ] as [(String?, Int64?, String)])
    func anAmountThatIsNotPositiveIsRefused(text: String?, centavos: Int64?, shown: String) throws {
        let error = try #require(throws: ValidationError.self) {
            try Self.input(amount: text, centavos: centavos).validated(today: Self.today)
        }
        #expect(error.fields == ["amount"])
        #expect(error.issue("amount")?.value == shown)
        #expect(error.issue("amount")?.reasonEN == "amount must be positive")
    }

    @Test func anAmountAboveTheLimitIsRefused() throws {
        let error = try #require(throws: ValidationError.self) {
            try Self.input(centavos: ChargeInput.maxAmount.centavos + 1).validated(today: Self.today)
        }
        #expect(error.fields == ["amount"])
    }

    @Test(arguments: ["12,3,4", "abc", "1.23.4", "10,999"])
    func aMalformedAmountNamesTheFieldAndTheValue(text: String) throws {
        let error = try #require(throws: ValidationError.self) {
            try Self.input(amount: text).validated(today: Self.today)
        }
        #expect(error.fields == ["amount"])
        #expect(error.issue("amount")?.value == text)
        #expect(error.message(.ptBR).contains("amount \"\(text)\""))
        #expect(error.message(.en).contains("amount \"\(text)\""))
    }

    @Test func aMissingAmountIsAnError() throws {
        let error = try #require(throws: ValidationError.self) { try Self.input().validated(today: Self.today) }
        #expect(error.fields == ["amount"])
    }

    @Test func aDueDateInThePastIsRefused() throws {
        let error = try #require(throws: ValidationError.self) {
            try Self.input(centavos: 100, dueDate: "2026-03-04").validated(today: Self.today)
        }
        #expect(error.fields == ["due_date"])
        #expect(error.issue("due_date")?.reasonPT.contains("05/03/2026") == true)
        #expect(error.issue("due_date")?.reasonEN.contains("2026-03-05") == true)
    }

    @Test func aDueDateTodayIsAccepted() throws {
        #expect(try Self.input(centavos: 100, dueDate: "2026-03-05").validated(today: Self.today).dueDate == Self.today)
    }

    @Test(arguments: ["10/03/2026", "10/3/2026", " 2026-03-10 "])
    func aDueDateIsReadInISOOrBrazilianForm(text: String) throws {
        #expect(try Self.input(centavos: 100, dueDate: text).validated(today: Self.today).dueDate == civil(2026, 3, 10))
    }

    @Test(arguments: ["31/02/2026", "2026-3-10", "10/03/26", "amanhã"])
    func aMalformedDueDateNamesTheFieldAndTheValue(text: String) throws {
        let error = try #require(throws: ValidationError.self) {
            try Self.input(centavos: 100, dueDate: text).validated(today: Self.today)
        }
        #expect(error.fields == ["due_date"])
        #expect(error.issue("due_date")?.value == text)
    }

    @Test(arguments: [("pix", PaymentMethod.pix), ("Direct_Debit", .directDebit), ("BOLETO", .boleto)])
    func aKnownMethodIsRead(text: String, method: PaymentMethod) throws {
        #expect(try Self.input(centavos: 100, method: text).validated(today: Self.today).method == method)
    }

    @Test func anUnknownMethodListsTheValidOnes() throws {
        let error = try #require(throws: ValidationError.self) {
            try Self.input(centavos: 100, method: "cheque").validated(today: Self.today)
        }
        #expect(error.fields == ["method"])
        let issue = try #require(error.issue("method"))
        #expect(issue.value == "cheque")
        #expect(issue.reasonEN == "method must be one of: boleto, pix, card, direct_debit, manual")
        #expect(issue.reasonPT.hasSuffix("boleto, pix, card, direct_debit, manual"))
    }

    @Test func everyMissingFieldIsReportedAtOnce() throws {
        let error = try #require(throws: ValidationError.self) {
            try ChargeInput(customerID: " ", description: "").validated(today: Self.today)
        }
        #expect(error.fields == ["customer_id", "description", "amount", "due_date"])
    }

    @Test func givenLateChargeTermsAndDraftFlagAreKept() throws {
        var input = Self.input(centavos: 100)
        input.fineBasisPoints = 100
        input.interestBasisPoints = 50
        input.issue = false
        input.externalID = " NF-123 "
        let fields = try input.validated(today: Self.today)
        #expect(fields.lateCharges == LateChargeRules(fineBasisPoints: 100, monthlyInterestBasisPoints: 50))
        #expect(!fields.issue)
        #expect(fields.externalID == "NF-123")
    }
}
