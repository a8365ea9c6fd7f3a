import Foundation
import BrazilKit

extension CustomerInput {
    /// Limits that keep rows sane and messages readable.
    public static let maxNameLength = 200
    public static let maxExternalIDLength = 100

    /// Checks every field and returns the typed form, or throws every problem found.
    public func validated() throws(ValidationError) -> ValidCustomerFields {
        var issues = IssueCollector()

        let name = clean(self.name)
        if name == nil {
            issues.add(field: "name", value: self.name, pt: "nome é obrigatório", en: "name is required")
        } else if let name, name.count > Self.maxNameLength {
            issues.add(
                field: "name", value: String(name.prefix(40)) + "…",
                pt: "nome com mais de \(Self.maxNameLength) caracteres",
                en: "name longer than \(Self.maxNameLength) characters")
        }

        var document: TaxID?
        if let text = clean(self.document) {
            document = issues.attempt(field: "document", value: text) { () throws(DocumentError) in try TaxID(text) }
        }

        var kind: Customer.Kind? = document.map { $0.isPerson ? .person : .company }
        if let text = clean(self.kind) {
            let aliases: [String: Customer.Kind] = [
                "person": .person, "pf": .person, "pessoa_fisica": .person, "fisica": .person,
                "company": .company, "pj": .company, "pessoa_juridica": .company, "juridica": .company,
            ]
            if let given = aliases[text.lowercased()] {
                if let fromDocument = kind, fromDocument != given {
                    issues.add(
                        field: "kind", value: text,
                        pt: "tipo não confere com o documento (CPF é pessoa física, CNPJ é jurídica)",
                        en: "kind does not match the document (CPF is a person, CNPJ a company)")
                }
                kind = given
            } else {
                issues.add(
                    field: "kind", value: text, pt: "tipo deve ser person ou company",
                    en: "kind must be person or company")
            }
        }

        var emails: [String] = []
        for (index, raw) in self.emails.enumerated() {
            guard let email = clean(raw) else { continue }
            if EmailAddress.isValid(email) {
                emails.append(email.lowercased())
            } else {
                issues.add(
                    field: "emails[\(index)]", value: email, pt: "e-mail inválido",
                    en: "not a valid e-mail address")
            }
        }

        var phones: [BrazilianPhone] = []
        for (index, raw) in self.phones.enumerated() {
            guard let text = clean(raw) else { continue }
            if let phone = issues.attempt(field: "phones[\(index)]", value: text, { () throws(FieldFormatError) in
                try BrazilianPhone(text)
            }) {
                phones.append(phone)
            }
        }

        let address = self.address.flatMap { validateAddress($0, into: &issues) }

        var status = CustomerStatus.active
        if let text = clean(self.status) {
            if let parsed = CustomerStatus(rawValue: text.lowercased()) {
                status = parsed
            } else {
                issues.add(
                    field: "status", value: text, pt: "situação deve ser lead, active ou inactive",
                    en: "status must be lead, active or inactive")
            }
        }

        let externalID = clean(self.externalID)
        if let externalID, externalID.count > Self.maxExternalIDLength {
            issues.add(
                field: "external_id", value: externalID,
                pt: "código externo com mais de \(Self.maxExternalIDLength) caracteres",
                en: "external id longer than \(Self.maxExternalIDLength) characters")
        }

        try issues.throwIfAny()
        return ValidCustomerFields(
            kind: kind ?? .person, document: document, name: name ?? "",
            tradeName: clean(tradeName), emails: emails, phones: phones, address: address,
            segment: clean(segment)?.lowercased(),
            tags: Array(Set(tags.compactMap { clean($0)?.lowercased() })).sorted(),
            externalID: externalID, notes: clean(notes), status: status)
    }

    private func validateAddress(_ input: AddressInput, into issues: inout IssueCollector) -> Address? {
        let required: [(String, String?)] = [
            ("address.street", input.street), ("address.number", input.number),
            ("address.district", input.district), ("address.city", input.city),
        ]
        let everythingEmpty =
            required.allSatisfy { clean($0.1) == nil } && clean(input.state) == nil && clean(input.cep) == nil
        if everythingEmpty { return nil }
        var complete = true
        for (field, value) in required where clean(value) == nil {
            issues.add(field: field, value: nil, pt: "campo obrigatório no endereço", en: "required in an address")
            complete = false
        }
        let state = clean(input.state)?.uppercased()
        if state == nil || !Address.states.contains(state!) {
            issues.add(
                field: "address.state", value: input.state, pt: "UF inexistente",
                en: "not a Brazilian state (UF)")
            complete = false
        }
        let cepText = clean(input.cep) ?? ""
        let cep = issues.attempt(field: "address.cep", value: cepText) { () throws(FieldFormatError) in try CEP(cepText) }
        guard complete, let cep, let state else { return nil }
        return Address(
            street: clean(input.street)!, number: clean(input.number)!, complement: clean(input.complement),
            district: clean(input.district)!, city: clean(input.city)!, state: state, cep: cep)
    }
}

/// Trims and turns empty text into nil.
func clean(_ text: String?) -> String? {
    guard let text else { return nil }
    let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
    return trimmed.isEmpty ? nil : trimmed
}
