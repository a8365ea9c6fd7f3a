import BrazilKit
import PixKit
import Testing

@Suite struct BRCodeEncodingTests {
    let thalesKey: PixKey
    init() throws {
        thalesKey = try PixKey.email("thalesog@me.com")
    }

    // MARK: - Reference payloads (rails.md §3.1)

    @Test func staticChargeWithAmountMatchesPixUtilsUppercased() throws {
        let code = try BRCode.staticCharge(
            key: thalesKey, amount: Money(centavos: 1000), merchantName: "Thales Ogliari",
            merchantCity: "SÃO MIGUÉL DO O", txid: nil, description: "Pedido 123")
        #expect(try code.encode(merchantTextCase: .uppercased) == BRCodeVectors.staticWithAmount)
    }

    @Test func staticChargeKeepsLetterCaseByDefault() throws {
        let code = try BRCode.staticCharge(
            key: thalesKey, amount: Money(centavos: 1000), merchantName: "Thales Ogliari",
            merchantCity: "SÃO MIGUÉL DO O", txid: nil, description: "Pedido 123")
        #expect(try code.encode() == BRCodeVectors.staticWithAmountMixedCase)
    }

    @Test func emptyAndStarTxidMeanNone() throws {
        for txid in ["", "***"] {
            let code = try BRCode.staticCharge(
                key: thalesKey, amount: Money(centavos: 1000), merchantName: "Thales Ogliari",
                merchantCity: "SÃO MIGUÉL DO O", txid: txid, description: "Pedido 123")
            #expect(code.txid == nil)
            #expect(try code.encode(merchantTextCase: .uppercased) == BRCodeVectors.staticWithAmount)
        }
    }

    @Test func staticChargeWithoutAmountOmitsElement54() throws {
        let code = try BRCode.staticCharge(
            key: thalesKey, amount: nil, merchantName: "Thales Ogliari", merchantCity: "SÃO MIGUÉL DO O",
            txid: nil, description: "Pedido 123")
        #expect(try code.encode(merchantTextCase: .uppercased) == BRCodeVectors.staticNoAmount)
    }

    @Test func withdrawalFacilitatorTravelsAsAnExtraOfTemplate26() throws {
        var code = try BRCode.staticCharge(
            key: thalesKey, amount: nil, merchantName: "Thales Ogliari", merchantCity: "SÃO MIGUÉL DO O",
            txid: nil, description: "Pedido 123")
        code.merchantAccountExtras = [EMVField(id: "03", value: "12341234")]
        #expect(try code.encode(merchantTextCase: .uppercased) == BRCodeVectors.staticNoAmountWithFSS)
    }

    @Test func staticChargeWithTxidAndFacilitator() throws {
        var code = try BRCode.staticCharge(
            key: try PixKey.random("4004901d-bd85-4769-8e52-cb4c42c506dc"), amount: Money(centavos: 57757),
            merchantName: "Pix", merchantCity: "BRASILIA", txid: "99ed983ea570413d8d336301d",
            description: "Jornada pagador 43107")
        code.merchantAccountExtras = [EMVField(id: "03", value: "99999008")]
        #expect(try code.encode() == BRCodeVectors.staticWithFSS)
    }

    @Test func bcbManualStaticExample() throws {
        let code = try BRCode.staticCharge(
            key: try PixKey.random("123e4567-e12b-12d1-a456-426655440000"), amount: nil,
            merchantName: "Fulano de Tal", merchantCity: "BRASILIA", txid: nil, description: nil)
        #expect(try code.encode() == BRCodeVectors.bcbManualStatic)
    }

    @Test func dynamicChargeIsSingleUse() throws {
        let code = try BRCode.dynamic(
            location: "payload.psp.com/3ec9d2f9-5f03-4e0e-820d-63a81e769e87", merchantName: "Thales Ogliari",
            merchantCity: "SÃO MIGUÉL DO O")
        #expect(code.pointOfInitiation == .singleUse)
        #expect(code.isDynamic)
        #expect(try code.encode(merchantTextCase: .uppercased) == BRCodeVectors.dynamicOneTime)
    }

    @Test func dynamicChargeWithoutPointOfInitiation() throws {
        var code = try BRCode.dynamic(
            location: "https://payload.psp.com/3ec9d2f9-5f03-4e0e-820d-63a81e769e87", merchantName: "Thales Ogliari",
            merchantCity: "SÃO MIGUÉL DO O")
        code.pointOfInitiation = nil
        #expect(code.location == "payload.psp.com/3ec9d2f9-5f03-4e0e-820d-63a81e769e87")
        #expect(try code.encode(merchantTextCase: .uppercased) == BRCodeVectors.dynamic)
    }

    @Test func accentedMerchantNameIsFolded() throws {
        var code = try BRCode.dynamic(
            location: "payload.psp.com/3ec9d2f9-5f03-4e0e-820d-63a81e769e87", merchantName: "Bárbara Pelé",
            merchantCity: "SÃO MIGUÉL DO O")
        code.pointOfInitiation = nil
        #expect(code.merchantName == "Barbara Pele")
        #expect(try code.encode(merchantTextCase: .uppercased) == BRCodeVectors.dynamicNormalizedName)
    }

    @Test func pixAutomaticoDynamicAndRecurrence() throws {
        let code = BRCode(
            pointOfInitiation: .singleUse,
            location: "qr-h.sandbox.pix.bcb.gov.br/rest/api/v2/7b2d64c4eb744a2d92a4dd5f8cfc4dfa",
            merchantName: "FULANO DE TAL", merchantCity: "BRASILIA",
            recurrenceLocation: "qr-h.sandbox.pix.bcb.gov.br/rest/api/rec/3d29b94249c54b3f8c533d729f59b5e5")
        #expect(try code.encode() == BRCodeVectors.recurrenceDynamic)
    }

    @Test func pixAutomaticoRecurrenceOnlyLeavesTemplate26WithTheGUI() throws {
        let code = BRCode(
            merchantName: "Fulano de Tal", merchantCity: "BRASILIA",
            recurrenceLocation: "qr-h.sandbox.pix.bcb.gov.br/rest/api/rec/5ee5232ead29422396b44f5eb67180d6")
        #expect(try code.encode() == BRCodeVectors.recurrenceOnlyMixedCase)
    }

    @Test func pixAutomaticoWithAStaticKey() throws {
        var code = try BRCode.staticCharge(
            key: try PixKey.random("f4c6089a-bfde-4c00-a2d9-9eaa584b0219"), amount: Money(centavos: 65034),
            merchantName: "Pix", merchantCity: "BRASILIA", txid: "80a2d0a923984e8dbb80b4adf",
            description: "CobrancaEstatica")
        code.recurrenceLocation = "qr-h.sandbox.pix.bcb.gov.br/rest/api/rec/d7913bcbfc4947c9811669db12b40374"
        #expect(try code.encode() == BRCodeVectors.recurrenceStatic)
    }

    @Test func bcbSpecCompositeCodesForJourneys2To4() throws {
        let journey2 = BRCode(
            merchantName: "Fulano de Tal", merchantCity: "BRASILIA",
            recurrenceLocation: "pix.example.com/qr/v2/rec/2353c790eefb11eaadc10242ac120002")
        #expect(try journey2.encode() == BRCodeVectors.bcbJourney2)

        let journey3 = BRCode(
            pointOfInitiation: .singleUse, location: "pix.example.com/qr/v2/8b3da2f39a4140d1a91abd93113bd441",
            merchantName: "Fulano de Tal", merchantCity: "BRASILIA",
            recurrenceLocation: "pix.example.com/qr/v2/rec/94ed2badcbc04c15b0bb7fa353194890")
        #expect(try journey3.encode() == BRCodeVectors.bcbJourney3)

        let journey4 = BRCode(
            pointOfInitiation: .singleUse, location: "pix.example.com/qr/v2/cobv/1e6c54d3ec9449b7a7fc53b6b0f998e7",
            merchantName: "Fulano de Tal", merchantCity: "BRASILIA",
            recurrenceLocation: "pix.example.com/qr/v2/rec/3ffa640fa4f14080adccb949fa2dc0d0")
        #expect(try journey4.encode() == BRCodeVectors.bcbJourney4)
    }

    // MARK: - Amount formatting

    @Test(arguments: [
        (Int64(1), "0.01"), (10, "0.10"), (100, "1.00"), (123_456, "1234.56"), (999_999_999_999, "9999999999.99"),
    ])
    func amountUsesADotTwoDecimalsAndNoGrouping(centavos: Int64, text: String) throws {
        let code = BRCode(
            key: "pix@bcb.gov.br", amount: Money(centavos: centavos), merchantName: "A", merchantCity: "B")
        #expect(try code.encode().contains("54\(text.count < 10 ? "0" : "")\(text.count)\(text)5802BR"))
    }

    @Test func zeroAndNegativeAmountsAreRefused() {
        let zero = BRCode(key: "pix@bcb.gov.br", amount: .zero, merchantName: "A", merchantCity: "B")
        #expect(throws: PixError.invalidAmount(field: "54", value: "0.00", problem: .notPositive)) {
            try zero.encode()
        }
        let negative = BRCode(key: "pix@bcb.gov.br", amount: Money(centavos: -5), merchantName: "A", merchantCity: "B")
        #expect(throws: PixError.invalidAmount(field: "54", value: "-0.05", problem: .negative)) {
            try negative.encode()
        }
    }

    @Test func amountOverThirteenCharactersIsRefused() {
        let code = BRCode(
            key: "pix@bcb.gov.br", amount: Money(centavos: 1_000_000_000_000), merchantName: "A", merchantCity: "B")
        #expect(
            throws: PixError.invalidAmount(
                field: "54", value: "10000000000.00", problem: .tooLarge(maximum: "9999999999.99"))
        ) {
            try code.encode()
        }
    }

    // MARK: - Name and city

    @Test func longNameAndCityAreCutToTheirLimits() throws {
        let code = try BRCode.staticCharge(
            key: thalesKey, amount: nil, merchantName: "Empresa de Cobrança Adimplente Ltda",
            merchantCity: "Belo Horizonte MG", txid: nil, description: nil)
        #expect(code.merchantName == "Empresa de Cobranca Adimp")
        // Cut at 15 leaves a trailing space, which is trimmed.
        #expect(code.merchantCity == "Belo Horizonte")
        let payload = try code.encode()
        #expect(payload.contains("5925Empresa de Cobranca Adimp6014Belo Horizonte62"))
    }

    @Test func encodeNormalisesNamesSetDirectly() throws {
        let code = BRCode(key: "pix@bcb.gov.br", merchantName: "  Açaí  do   Zé ", merchantCity: "São Paulo")
        #expect(try code.encode().contains("5910Acai do Ze6009Sao Paulo"))
        #expect(try code.encode(merchantTextCase: .uppercased).contains("5910ACAI DO ZE6009SAO PAULO"))
    }

    @Test func nameWithNothingPrintableIsRefused() {
        #expect(throws: PixError.emptyField(field: "59")) {
            try BRCode.staticCharge(
                key: thalesKey, amount: nil, merchantName: "😀", merchantCity: "Recife", txid: nil, description: nil)
        }
        #expect(throws: PixError.emptyField(field: "60")) {
            try BRCode.staticCharge(
                key: thalesKey, amount: nil, merchantName: "Loja", merchantCity: "  ", txid: nil, description: nil)
        }
    }

    // MARK: - Field rules

    @Test func keyAndLocationTogetherAreRefused() {
        let code = BRCode(key: "pix@bcb.gov.br", location: "psp.example/qr/1", merchantName: "A", merchantCity: "B")
        #expect(throws: PixError.conflictingFields(field: "26-01", conflictsWith: "26-25")) { try code.encode() }
    }

    @Test func aCodeWithoutKeyLocationOrRecurrenceIsRefused() {
        let code = BRCode(merchantName: "A", merchantCity: "B")
        #expect(throws: PixError.missingField(field: "26-01")) { try code.encode() }
    }

    @Test func staticTxidLongerThan25IsRefused() {
        #expect(
            throws: PixError.invalidTxid(
                value: "abcdefghijklmnopqrstuvwxyz", rule: .staticBRCode,
                problem: .wrongLength(allowed: 1...25, actual: 26))
        ) {
            try BRCode.staticCharge(
                key: thalesKey, amount: nil, merchantName: "A", merchantCity: "B",
                txid: "abcdefghijklmnopqrstuvwxyz", description: nil)
        }
    }

    @Test func dynamicCodeCarriesNoTxid() {
        let code = BRCode(location: "psp.example/qr/1", merchantName: "A", merchantCity: "B", txid: "ABC")
        #expect(throws: PixError.conflictingFields(field: "62-05", conflictsWith: "26-25")) { try code.encode() }
    }

    @Test func a77CharacterKeyFillsTemplate26() throws {
        // 18 (GUI) + 4 + 77 = 99, the most a two-digit length holds; no room is left for a description.
        let key = try PixKey.email(String(repeating: "a", count: 66) + "@bcb.gov.br")
        let fits = try BRCode.staticCharge(
            key: key, amount: nil, merchantName: "A", merchantCity: "B", txid: nil, description: nil)
        #expect(try fits.encode().hasPrefix("00020126990014br.gov.bcb.pix0177"))
        #expect(throws: PixError.fieldTooLong(field: "26-02", maximum: 0, actual: 8)) {
            try BRCode.staticCharge(
                key: key, amount: nil, merchantName: "A", merchantCity: "B", txid: nil, description: "Pedido 1")
        }
    }

    @Test func descriptionGetsWhatTheKeyLeavesOfTemplate26() throws {
        // A 50-character key leaves 99 - 18 - 54 - 4 = 23 characters for 26-02.
        let key = try PixKey.email(String(repeating: "b", count: 39) + "@bcb.gov.br")
        let text23 = String(repeating: "d", count: 23)
        let code = try BRCode.staticCharge(
            key: key, amount: nil, merchantName: "A", merchantCity: "B", txid: nil, description: text23)
        #expect(try code.encode().hasPrefix("00020126990014br.gov.bcb.pix0150"))
        #expect(throws: PixError.fieldTooLong(field: "26-02", maximum: 23, actual: 24)) {
            try BRCode.staticCharge(
                key: key, amount: nil, merchantName: "A", merchantCity: "B", txid: nil, description: text23 + "d")
        }
    }

    @Test func extrasThatOverflowTemplate26NameIt() throws {
        var code = BRCode(key: "pix@bcb.gov.br", merchantName: "A", merchantCity: "B")
        code.merchantAccountExtras = [EMVField(id: "03", value: String(repeating: "9", count: 60))]
        // 18 + 18 + 4 + 60 = 100.
        #expect(throws: PixError.fieldTooLong(field: "26", maximum: 99, actual: 100)) { try code.encode() }
    }

    @Test func keyWithNonASCIICharacterIsRefusedWithItsPosition() {
        let code = BRCode(key: "ação@x.com", merchantName: "A", merchantCity: "B")
        #expect(throws: PixError.invalidCharacter(field: "26-01", character: "ç", position: 2)) { try code.encode() }
    }

    @Test func merchantCategoryCodeMustBeFourDigits() {
        let code = BRCode(key: "pix@bcb.gov.br", merchantCategoryCode: "12A4", merchantName: "A", merchantCity: "B")
        #expect(throws: PixError.invalidFormat(field: "52", offset: nil, value: "12A4", pattern: "\\d{4}")) {
            try code.encode()
        }
    }

    @Test func extraElementsMayNotReuseModelledIDs() {
        let top = BRCode(
            key: "pix@bcb.gov.br", merchantName: "A", merchantCity: "B",
            extraFields: [EMVField(id: "54", value: "1.00")])
        #expect(throws: PixError.duplicateField(field: "54")) { try top.encode() }
        let nested = BRCode(
            key: "pix@bcb.gov.br", merchantName: "A", merchantCity: "B",
            additionalDataExtras: [EMVField(id: "05", value: "X")])
        #expect(throws: PixError.duplicateField(field: "62-05")) { try nested.encode() }
    }

    @Test func payloadOver512CharactersIsRefused() {
        let extras = (90...94).map { EMVField(id: String($0), value: String(repeating: "X", count: 99)) }
        let code = BRCode(key: "pix@bcb.gov.br", merchantName: "A", merchantCity: "B", extraFields: extras)
        #expect {
            try code.encode()
        } throws: { error in
            guard case .fieldTooLong(field: "payload", maximum: 512, _) = error as? PixError else { return false }
            return true
        }
    }

    @Test func locationIsLimitedTo77Characters() throws {
        let location = "psp.example/" + String(repeating: "q", count: 65)
        #expect(location.count == 77)
        _ = try BRCode.dynamic(location: location, merchantName: "A", merchantCity: "B")
        #expect(throws: PixError.fieldTooLong(field: "26-25", maximum: 77, actual: 78)) {
            try BRCode.dynamic(location: location + "q", merchantName: "A", merchantCity: "B")
        }
    }

    @Test func locationWithPlainHTTPIsRefused() {
        #expect(
            throws: PixError.invalidFormat(
                field: "26-25", offset: nil, value: "http://psp.example/qr/1", pattern: "(https://)?host/path")
        ) {
            try BRCode.dynamic(location: "http://psp.example/qr/1", merchantName: "A", merchantCity: "B")
        }
    }
}
