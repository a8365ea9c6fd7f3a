import BrazilKit
import CNABKit
import Testing

@Suite struct OFXCreditCardTests {
    private let bytes = OFXFixture.bytes(OFXBankSamples.nubankCard)

    @Test func cardStatementsAreReadWithTheirKind() throws {
        let statement = try OFXFixture.statement(bytes)
        #expect(statement.kind == .creditCard)
        #expect(statement.line == 32)
        #expect(statement.account.accountID == "625c3a3e-2d92-4924-a81e-7d53ee5f511f")
        #expect(statement.account.bankID == nil)
        #expect(statement.account.accountType == nil)
        #expect(statement.transactions.map(\.amount.centavos) == [375, 10_814, -4_745])
        #expect(statement.ledgerBalance?.amount == Money(centavos: -184_204))
        #expect(statement.transactions[2].memo == "Mercado Exemplo - Parcela 2/3")
    }

    @Test func aRepeatedFITIDIsReportedAndBothLinesKept() throws {
        let statement = try OFXFixture.statement(bytes)
        #expect(statement.duplicateFITIDs == [OFXDuplicateFITID(fitID: "6650f1a2-shared", lines: [40, 47])])
        #expect(statement.warnings == [OFXWarning(.duplicateFITID("6650f1a2-shared", lines: [40, 47]), line: 40)])
        #expect(statement.warnings[0].message(.ptBR) == "linha 40: FITID '6650f1a2-shared' repetido nas linhas 40, 47")
        let keys = statement.transactions.map(\.lineKey.rawValue)
        #expect(
            keys == [
                "cc/625C3A3E2D924924A81E7D53EE5F511F|F|6650f1a2-shared",
                "cc/625C3A3E2D924924A81E7D53EE5F511F|F|6650f1a2-shared#2",
                "cc/625C3A3E2D924924A81E7D53EE5F511F|F|6650f1a2-0003",
            ])
    }

    @Test func cardStatementsCanBeRefused() throws {
        let error = try #require(OFXFixture.error(bytes, options: OFXParseOptions(acceptsCreditCardStatements: false)))
        #expect(error.reason == .creditCardStatementRefused)
        #expect(error.line == 32)
        #expect(error.message(.ptBR) == "linha 32: extrato de cartão de crédito (CCSTMTRS) não é aceito aqui")
        #expect(error.message(.en) == "line 32: credit-card statements (CCSTMTRS) are not accepted here")
    }
}
