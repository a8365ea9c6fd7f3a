import BrazilKit
import Foundation

/// The company that issues the charges: the beneficiário printed on every boleto and letter.
///
/// CDC art. 42-A (Lei 12.039/2009): every collection document shown to a consumer carries the
/// supplier's name, address and CPF/CNPJ, so issuing a boleto needs all three.
public struct CompanyProfile: Hashable, Sendable, Codable {
    /// Razão social.
    public var legalName: String
    /// Nome fantasia.
    public var tradeName: String?
    public var document: TaxID
    public var address: Address
    public var email: String?
    public var phone: String?

    public init(
        legalName: String, tradeName: String? = nil, document: TaxID, address: Address, email: String? = nil,
        phone: String? = nil
    ) {
        self.legalName = legalName
        self.tradeName = tradeName
        self.document = document
        self.address = address
        self.email = email
        self.phone = phone
    }

    /// Checks what a boleto needs of the beneficiary.
    public func validate() throws(ValidationError) {
        var issues = IssueCollector()
        if legalName.trimmingCharacters(in: .whitespaces).count < 3 {
            issues.add(
                field: "company.legal_name", value: legalName, pt: "razão social obrigatória",
                en: "legal name is required")
        }
        if address.city.isEmpty || address.street.isEmpty {
            issues.add(
                field: "company.address", value: address.singleLine, pt: "endereço completo obrigatório (CDC art. 42-A)",
                en: "a full address is required (CDC art. 42-A)")
        }
        try issues.throwIfAny()
    }
}
