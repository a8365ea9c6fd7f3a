import BrazilKit
import Testing

/// Values read back from storage equal the values that were stored; text that does not have
/// the stored shape is still checked in full.
@Suite struct StoredFormsTests {
    @Test(arguments: ["529.982.247-25", "11.222.333/0001-81", "12.ABC.345/01DE-35"])
    func aStoredDocumentReadsBackEqual(text: String) throws {
        let document = try TaxID(text)
        #expect(try TaxID(stored: document.normalized) == document)
    }

    @Test func aStoredCEPAndPhoneReadBackEqual() throws {
        let cep = try CEP("01310-100")
        #expect(try CEP(stored: cep.digits) == cep)
        for text in ["(11) 98765-4321", "(21) 3456-7890"] {
            let phone = try BrazilianPhone(text)
            #expect(try BrazilianPhone(stored: phone.digits) == phone)
        }
    }

    @Test func textWithoutTheStoredShapeIsCheckedInFull() {
        #expect(throws: DocumentError.self) { try TaxID(stored: "529.982.247-24") }
        #expect(throws: DocumentError.self) { try TaxID(stored: "123") }
        #expect(throws: FieldFormatError.self) { try CEP(stored: "0131") }
        #expect(throws: FieldFormatError.self) { try BrazilianPhone(stored: "(00) 1234-5678") }
    }
}
