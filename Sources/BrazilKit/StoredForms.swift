// Reading back what this system stored. Every value below was checked when it was first
// accepted and is stored in its normalized form; checking its digits again on every read was
// a measurable share of serving a customer. These initializers trust the stored text and
// must only be given what `normalized`/`digits` produced. A value that does not have the
// stored shape is still checked in full, so a corrupt row cannot produce a broken value.

extension TaxID {
    /// A document as stored (`normalized`): 11 digits for a CPF, 14 characters for a CNPJ.
    public init(stored text: String) throws(DocumentError) {
        let bytes = text.utf8
        if bytes.count == 11, bytes.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) {
            self = .cpf(CPF(trustedDigits: text))
        } else if bytes.count == 14, bytes.allSatisfy(DocumentText.isDigitOrUppercaseLetter) {
            self = .cnpj(CNPJ(trustedValue: text))
        } else {
            try self.init(text)
        }
    }
}

extension CPF {
    init(trustedDigits: String) { digits = trustedDigits }
}

extension CNPJ {
    init(trustedValue: String) { value = trustedValue }
}

extension CEP {
    /// A CEP as stored (`digits`: eight digits).
    public init(stored text: String) throws(FieldFormatError) {
        if text.utf8.count == 8, text.utf8.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) {
            self = CEP(trustedDigits: text)
        } else {
            try self.init(text)
        }
    }

    private init(trustedDigits: String) { digits = trustedDigits }
}

extension BrazilianPhone {
    /// A phone as stored (`digits`: DDD and number, 10 or 11 digits).
    public init(stored text: String) throws(FieldFormatError) {
        let bytes = text.utf8
        if (10...11).contains(bytes.count), bytes.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) {
            self = BrazilianPhone(trustedDDD: String(text.prefix(2)), number: String(text.dropFirst(2)))
        } else {
            try self.init(text)
        }
    }

    private init(trustedDDD: String, number: String) {
        ddd = trustedDDD
        self.number = number
    }
}
