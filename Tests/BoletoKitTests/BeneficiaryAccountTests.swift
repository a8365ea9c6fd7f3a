import BoletoKit
import BrazilKit
import Foundation
import Testing

@Suite struct BeneficiaryAccountTests {
    @Test func eachCaseKnowsItsBank() {
        let accounts: [BeneficiaryAccount] = [
            .bancoDoBrasil(agencia: "1", conta: "1", convenio: "1234", carteira: "17"),
            .santander(agencia: "1", codigoBeneficiario: "1", carteira: "101"),
            .caixa(agencia: "1", codigoBeneficiario: "1"),
            .bradesco(agencia: "1", conta: "1", carteira: "9"),
            .itau(agencia: "1", conta: "1", carteira: "109"),
            .sicredi(cooperativa: "1", posto: "1", codigoBeneficiario: "1"),
            .sicoob(cooperativa: "1", codigoCliente: "1"),
        ]
        #expect(accounts.map(\.bank) == BoletoBank.allCases)
        for account in accounts { #expect(throws: Never.self) { try account.validate() } }
    }

    @Test(arguments: [
        (
            BeneficiaryAccount.itau(agencia: "00571", conta: "12345", carteira: "109"), "agencia",
            BoletoError.FieldProblem.tooLong(value: "00571", maximum: 4)
        ),
        (.itau(agencia: "0057", conta: "12-34", carteira: "109"), "conta", .notDigits(value: "12-34")),
        (.itau(agencia: "0057", conta: "12345", carteira: ""), "carteira", .missing),
        (
            .bradesco(agencia: "0057", conta: "12345678", carteira: "09"), "conta",
            .tooLong(value: "12345678", maximum: 7)
        ),
        (
            .sicoob(cooperativa: "0001", codigoCliente: "12345678"), "codigoCliente",
            .tooLong(value: "12345678", maximum: 7)
        ),
        (
            .sicredi(cooperativa: "0165", posto: "123", codigoBeneficiario: "00623"), "posto",
            .tooLong(value: "123", maximum: 2)
        ),
        (
            .santander(agencia: "0059", codigoBeneficiario: "18997751", carteira: "101"), "codigoBeneficiario",
            .tooLong(value: "18997751", maximum: 7)
        ),
        (
            .bancoDoBrasil(agencia: "4042", conta: "61900", convenio: "12A4", carteira: "18"), "convenio",
            .notDigits(value: "12A4")
        ),
    ])
    func validationNamesTheFieldAndTheReason(
        account: BeneficiaryAccount, field: String, reason: BoletoError.FieldProblem
    ) {
        #expect(throws: BoletoError.invalidAccountField(field: field, reason: reason)) { try account.validate() }
        #expect(throws: BoletoError.invalidAccountField(field: field, reason: reason)) {
            try account.nossoNumero(sequence: 1, issueYear: 2026)
        }
        #expect(account.maxSequence == 0)
        #expect(account.agenciaCodigoBeneficiario.isEmpty)
        #expect(account.sequence(inCampoLivre: "1101234567880057123457000") == nil)
    }

    @Test(arguments: [Int64(0), -5])
    func sequencesStartAtOne(sequence: Int64) {
        let account = BeneficiaryAccount.itau(agencia: "0057", conta: "12345", carteira: "109")
        #expect(throws: BoletoError.invalidSequence(sequence)) { try account.nossoNumero(sequence: sequence) }
    }

    @Test func nossoNumeroOfAnotherAccountIsRefused() throws {
        let mine = BeneficiaryAccount.itau(agencia: "0057", conta: "12345", carteira: "109")
        let other = BeneficiaryAccount.itau(agencia: "0058", conta: "12345", carteira: "109")
        let theirs = try other.nossoNumero(sequence: 42)
        #expect(throws: BoletoError.nossoNumeroMismatch(nossoNumero: theirs.formatted, bank: .itau)) {
            try mine.campoLivre(for: theirs)
        }
        let bradesco = try BeneficiaryAccount.bradesco(agencia: "0057", conta: "12345", carteira: "09")
            .nossoNumero(sequence: 42)
        #expect(throws: BoletoError.nossoNumeroMismatch(nossoNumero: bradesco.formatted, bank: .itau)) {
            try mine.campoLivre(for: bradesco)
        }
    }

    @Test func campoLivreIsNotForOtherDigitsOrLengths() {
        let account = BeneficiaryAccount.itau(agencia: "0057", conta: "12345", carteira: "110")
        #expect(account.sequence(inCampoLivre: "11012345678800571234570 0") == nil)
        #expect(account.sequence(inCampoLivre: "") == nil)
    }

    @Test func shortFieldsAreZeroPadded() throws {
        let short = BeneficiaryAccount.itau(agencia: "57", conta: "12345", carteira: "110")
        let full = BeneficiaryAccount.itau(agencia: "0057", conta: "12345", carteira: "110")
        let nossoNumero = try short.nossoNumero(sequence: 12_345_678)
        #expect(try short.campoLivre(for: nossoNumero) == full.campoLivre(for: nossoNumero))
    }

    @Test func codableRoundTrip() throws {
        let accounts: [BeneficiaryAccount] = [
            .sicredi(cooperativa: "0165", posto: "02", codigoBeneficiario: "00623", byteGeracao: 3),
            .bradesco(agencia: "4042", conta: "61900", carteira: "09", agenciaDigito: "8"),
            .itau(agencia: "0810", conta: "53678", carteira: "196", codigoCliente: "12345"),
        ]
        let data = try JSONEncoder().encode(accounts)
        #expect(try JSONDecoder().decode([BeneficiaryAccount].self, from: data) == accounts)
        let nossoNumero = try accounts[0].nossoNumero(sequence: 3, issueYear: 2007)
        let encoded = try JSONEncoder().encode(nossoNumero)
        #expect(try JSONDecoder().decode(NossoNumero.self, from: encoded) == nossoNumero)
    }
}
