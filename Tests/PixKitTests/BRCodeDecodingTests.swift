import BrazilKit
import PixKit
import Testing

@Suite struct BRCodeDecodingTests {
    @Test(arguments: BRCodeVectors.all)
    func everyReferencePayloadDecodesWithAValidCRC(payload: String) throws {
        let decoded = try BRCode.decode(payload)
        #expect(decoded.crc.isValid)
        #expect(decoded.crc.found == String(payload.suffix(4)))
        #expect(decoded.elements.first?.id == "00")
        #expect(decoded.elements.last?.id == "63")
    }

    @Test func staticPayloadFields() throws {
        let code = try BRCode(validating: BRCodeVectors.staticWithAmount)
        #expect(code.pointOfInitiation == nil)
        #expect(code.key == "thalesog@me.com")
        #expect(code.paymentDescription == "Pedido 123")
        #expect(code.location == nil)
        #expect(code.amount == Money(centavos: 1000))
        #expect(code.merchantCategoryCode == "0000")
        #expect(code.merchantName == "THALES OGLIARI")
        #expect(code.merchantCity == "SAO MIGUEL DO O")
        #expect(code.txid == nil)
        #expect(!code.isDynamic)
    }

    @Test func staticPayloadWithTxidAndFacilitator() throws {
        let code = try BRCode(validating: BRCodeVectors.staticWithFSS)
        #expect(code.key == "4004901d-bd85-4769-8e52-cb4c42c506dc")
        #expect(code.paymentDescription == "Jornada pagador 43107")
        #expect(code.merchantAccountExtras == [EMVField(id: "03", value: "99999008")])
        #expect(code.amount == Money(centavos: 57757))
        #expect(code.txid == "99ed983ea570413d8d336301d")
    }

    @Test func dynamicPayloadFields() throws {
        let code = try BRCode(validating: BRCodeVectors.dynamicOneTime)
        #expect(code.pointOfInitiation == .singleUse)
        #expect(code.location == "payload.psp.com/3ec9d2f9-5f03-4e0e-820d-63a81e769e87")
        #expect(code.key == nil)
        #expect(code.isDynamic)
        #expect(code.amount == nil)
    }

    @Test func pixAutomaticoTemplate80GivesTheRecurrenceLocation() throws {
        let code = try BRCode(validating: BRCodeVectors.bcbJourney3)
        #expect(code.location == "pix.example.com/qr/v2/8b3da2f39a4140d1a91abd93113bd441")
        #expect(code.recurrenceLocation == "pix.example.com/qr/v2/rec/94ed2badcbc04c15b0bb7fa353194890")
        #expect(code.extraFields.isEmpty)
    }

    @Test func elementsCarryOffsetsAndOpenedTemplates() throws {
        let decoded = try BRCode.decode(BRCodeVectors.bcbManualStatic)
        #expect(decoded.elements.map(\.id) == ["00", "26", "52", "53", "58", "59", "60", "62", "63"])
        #expect(decoded.elements.map(\.offset) == [0, 6, 68, 76, 83, 89, 106, 118, 129])
        let account = try #require(decoded.elements.first { $0.id == "26" })
        #expect(account.children.map(\.id) == ["00", "01"])
        #expect(account.children.map(\.offset) == [10, 28])
        #expect(account.child("01")?.value == "123e4567-e12b-12d1-a456-426655440000")
        #expect(decoded.elements.first { $0.id == "59" }?.children.isEmpty == true)
    }

    @Test func unknownElementsAreKeptAtEveryLevel() throws {
        // Built by hand (rails.md §3.1 layout) with unknown 26-99, 62-07, 64 and 91; CRC computed outside.
        let payload =
            "00020126640014br.gov.bcb.pix0136123e4567-e12b-12d1-a456-4266554400009902XY52040000530398654031.55802BR5913Fulano de Tal6008BRASILIA61087000000062210506ABC1230707CAIXA0164160002PT0106Fulano9105EXTRA63042BCE"
        let code = try BRCode(validating: payload)
        #expect(code.merchantAccountExtras == [EMVField(id: "99", value: "XY")])
        #expect(code.additionalDataExtras == [EMVField(id: "07", value: "CAIXA01")])
        #expect(
            code.extraFields == [EMVField(id: "64", value: "0002PT0106Fulano"), EMVField(id: "91", value: "EXTRA")])
        #expect(code.postalCode == "70000000")
        #expect(code.txid == "ABC123")
        // EMV admits one decimal place.
        #expect(code.amount == Money(centavos: 150))
    }

    @Test func guiIsComparedWithoutLetterCase() throws {
        let code = try BRCode(
            validating:
                "00020126580014BR.GOV.BCB.PIX0136123e4567-e12b-12d1-a456-4266554400005204000053039865802BR5913Fulano de Tal6008BRASILIA62070503***6304F01B"
        )
        #expect(code.key == "123e4567-e12b-12d1-a456-426655440000")
    }

    @Test func surroundingWhitespaceIsIgnoredAndOffsetsStillCountFromTheStart() throws {
        let decoded = try BRCode.decode(" \n" + BRCodeVectors.bcbManualStatic + "\r\n")
        #expect(decoded.crc.isValid)
        #expect(decoded.elements.first?.offset == 2)
    }

    // MARK: - CRC

    @Test func wrongCRCIsReportedWithExpectedAndFound() throws {
        let tampered = String(BRCodeVectors.bcbManualStatic.dropLast()) + "E"
        let decoded = try BRCode.decode(tampered)
        #expect(!decoded.crc.isValid)
        #expect(decoded.crc.expected == "1D3D")
        #expect(decoded.crc.found == "1D3E")
        #expect(throws: PixError.crcMismatch(expected: "1D3D", found: "1D3E")) { try BRCode(validating: tampered) }
    }

    @Test func changedContentBreaksTheCRC() throws {
        // Same length, another city: the CRC no longer matches.
        let tampered = BRCodeVectors.bcbManualStatic.replacingFirst("BRASILIA", with: "BRASILIO")
        let decoded = try BRCode.decode(tampered)
        #expect(!decoded.crc.isValid)
        #expect(decoded.crc.found == "1D3D")
    }

    @Test func lowercaseCRCDigitsStillMatch() throws {
        let lowered = String(BRCodeVectors.bcbManualStatic.dropLast(4)) + "1d3d"
        #expect(try BRCode.decode(lowered).crc.isValid)
    }

    // MARK: - Malformed payloads name the element and the offset

    @Test func valueRunningPastTheEndNamesTheElement() {
        #expect(
            throws: PixError.malformedElement(
                field: "26", offset: 6, problem: .valueOverrunsPayload(declared: 58, available: 10))
        ) {
            try BRCode.decode("00020126580014br.gov")
        }
    }

    @Test func nestedElementErrorsUseTheTemplatePathAndAbsoluteOffset() {
        #expect(
            throws: PixError.malformedElement(
                field: "26-00", offset: 10, problem: .valueOverrunsPayload(declared: 14, available: 6))
        ) {
            try BRCode.decode("00020126100014br.gov")
        }
    }

    @Test func nonNumericIDAndLength() {
        #expect(throws: PixError.malformedElement(field: "2A", offset: 6, problem: .nonNumericID("2A"))) {
            try BRCode.decode("0002012A580014")
        }
        #expect(throws: PixError.malformedElement(field: "26", offset: 6, problem: .nonNumericLength("5X"))) {
            try BRCode.decode("000201265X0014")
        }
    }

    @Test func zeroLengthTruncatedHeaderAndDuplicates() {
        #expect(throws: PixError.malformedElement(field: "52", offset: 6, problem: .zeroLength)) {
            try BRCode.decode("0002015200")
        }
        #expect(throws: PixError.malformedElement(field: "0", offset: 6, problem: .truncatedHeader(remaining: 1))) {
            try BRCode.decode("0002010")
        }
        #expect(throws: PixError.malformedElement(field: "00", offset: 6, problem: .duplicateID)) {
            try BRCode.decode("000201000201")
        }
    }

    @Test func emptyPayloadLacksElement00() {
        #expect(throws: PixError.missingField(field: "00")) { try BRCode.decode("") }
        #expect(throws: PixError.missingField(field: "00")) { try BRCode.decode(" \n") }
    }

    @Test func element00MustComeFirstAnd63Last() {
        #expect(throws: PixError.misplacedField(field: "00", offset: 8, expected: .first)) {
            try BRCode.decode("52040000000201")
        }
        #expect(throws: PixError.misplacedField(field: "63", offset: 6, expected: .last)) {
            try BRCode.decode("00020163041D3D5802BR")
        }
        #expect(throws: PixError.missingField(field: "63")) {
            try BRCode.decode("0002015802BR")
        }
    }

    @Test func fixedValuesAreChecked() {
        let payload = BRCodeVectors.bcbManualStatic.replacingFirst("5303986", with: "5303840")
        #expect(throws: PixError.unexpectedValue(field: "53", offset: 76, found: "840", expected: ["986"])) {
            try BRCode.decode(payload)
        }
        let otherScheme = BRCodeVectors.bcbManualStatic.replacingFirst("br.gov.bcb.pix", with: "br.gov.bcb.xyz")
        #expect(
            throws: PixError.unexpectedValue(
                field: "26-00", offset: 10, found: "br.gov.bcb.xyz", expected: ["br.gov.bcb.pix"])
        ) {
            try BRCode.decode(otherScheme)
        }
    }

    @Test func missingMerchantNameIsNamed() {
        let payload = BRCodeVectors.bcbManualStatic.replacingFirst("5913Fulano de Tal", with: "")
        #expect(throws: PixError.missingField(field: "59")) { try BRCode.decode(payload) }
    }

    @Test func malformedAmountNamesElement54() {
        let payload = BRCodeVectors.bcbManualStatic.replacingFirst("5802BR", with: "54041,005802BR")
        #expect(
            throws: PixError.invalidFormat(field: "54", offset: 83, value: "1,00", pattern: "\\d{1,13}(\\.\\d{1,2})?")
        ) {
            try BRCode.decode(payload)
        }
    }
}

extension String {
    /// The string with the first occurrence of `target` replaced; the test fails loudly if it is absent.
    func replacingFirst(_ target: String, with replacement: String) -> String {
        guard let range = firstRange(of: target) else {
            Issue.record("\"\(target)\" not found")
            return self
        }
        var result = self
        result.replaceSubrange(range, with: replacement)
        return result
    }
}
