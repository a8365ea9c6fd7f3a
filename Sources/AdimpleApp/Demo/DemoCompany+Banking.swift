import AdimpleCore
import BoletoKit
import BrazilKit
import Foundation

extension DemoCompany {
    /// The demo company's legal identity: beneficiário of every boleto.
    static let companyProfile = CompanyProfile(
        legalName: "Casa Aurora Comércio e Serviços Ltda", tradeName: "Casa Aurora",
        document: try! TaxID("11.222.333/0001-81"),
        address: Address(
            street: "Avenida Paulista", number: "1578", complement: "conj. 42", district: "Bela Vista", city: "São Paulo",
            state: "SP", cep: try! CEP("01310-200")),
        email: "financeiro@casaaurora.com.br", phone: "(11) 3000-1578")

    /// Itaú carteira 109 (default, with the company's CNPJ as Pix key: boleto híbrido) and a
    /// Banco do Brasil convênio of 7 digits.
    static func configureCompany(_ context: ServiceContext) async throws {
        let settings = CompanySettingsService(context)
        try await settings.saveCompany(companyProfile, by: actor)
        _ = try await settings.addAccount(
            label: "Itaú — cobrança", agreement: .itau(agencia: "0057", conta: "12345", carteira: "109"),
            pixKey: "11222333000181", makeDefault: true, by: actor)
        _ = try await settings.addAccount(
            label: "Banco do Brasil — convênio 1234567",
            agreement: .bancoDoBrasil(agencia: "1234", conta: "00098765", convenio: "1234567", carteira: "17"),
            pixKey: nil, makeDefault: false, by: actor)
    }
}
