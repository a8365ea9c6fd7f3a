import BrazilKit
import CNABKit
import Testing

/// One test per bank shape: every expected value below was read off the sample by hand.
@Suite struct OFXBankSampleTests {
    @Test func itauSGMLWithWindows1252AndBalanceLines() throws {
        let bytes = OFXFixture.bytes(OFXBankSamples.itau, charset: .windows1252, lineEnding: .crlf)
        let document = try OFXDocument(parsing: bytes)
        #expect(document.header.syntax == .sgml)
        #expect(document.header.version == "102")
        #expect(document.header.declaredCharset == "1252")
        #expect(document.textEncoding == .windows1252)
        #expect(document.serverDate?.date == OFXFixture.date(2026, 1, 31))
        #expect(document.serverDate?.hour == 18)
        #expect(document.serverDate?.zoneName == "EST")
        #expect(document.serverDate?.utcOffsetSeconds == -10_800)

        let statement = try #require(document.statements.first)
        #expect(document.statements.count == 1)
        #expect(statement.kind == .bank)
        #expect(statement.line == 29)
        #expect(
            statement.account
                == OFXAccount(bankID: "0341", branchID: nil, accountID: "1234567890", accountType: .checking))
        #expect(statement.currency == "BRL")
        #expect(statement.start?.date == OFXFixture.date(2026, 1, 1))
        #expect(statement.end?.date == OFXFixture.date(2026, 1, 31))
        #expect(statement.ledgerBalance?.amount == Money(centavos: 376_085))
        #expect(statement.ledgerBalance?.asOf?.date == OFXFixture.date(2026, 1, 31))
        #expect(statement.availableBalance == nil)

        #expect(statement.transactions.map(\.amount.centavos) == [150_000, -8_990, 235_075])
        #expect(statement.transactions.map(\.line) == [47, 55, 63])
        #expect(statement.transactions.map(\.type) == [.credit, .debit, .credit])
        #expect(statement.transactions.map(\.fitID) == ["20260105001", "20260106001", "20260107001"])
        #expect(statement.transactions[0].memo == "PIX TRANSF  MARIA S05/01")
        #expect(statement.transactions[1].memo == "TAR PACOTE ITAÚ  JAN/26")
        #expect(statement.transactions[0].checkNumber == "20260105001")
        #expect(statement.transactions[0].posted.instant == 1_767_618_000)
        #expect(statement.transactions[0].posted.date == OFXFixture.date(2026, 1, 5))

        #expect(statement.balanceLines.map(\.memo) == ["SALDO ANTERIOR", "SALDO TOTAL DISPONÍVEL DIA"])
        #expect(statement.balanceLines.map(\.line) == [39, 71])
        #expect(statement.rejectedTransactions.isEmpty)
        #expect(statement.warnings.isEmpty)
        #expect(statement.transactions[2].payerTaxID == .cnpj(try CNPJ("07.593.144/0001-48")))
        #expect(statement.transactions[0].lineKey.rawValue == "341//1234567890|F|20260105001")
    }

    @Test func olderItauExportWithoutFITIDAndABrokenDTEND() throws {
        // Older Itaú files had no FITID and once wrote a 13-digit DTEND; neither loses a line.
        let older = OFXBankSamples.itau.split(separator: "\n", omittingEmptySubsequences: false)
            .filter { !$0.hasPrefix("<FITID>") }.joined(separator: "\n")
            .ofxReplacing("<DTEND>20260131100000[-03:EST]", with: "<DTEND>2026013110000[-03:EST]")
        let statement = try OFXFixture.statement(OFXFixture.bytes(older, charset: .windows1252, lineEnding: .crlf))
        #expect(statement.transactions.map(\.amount.centavos) == [150_000, -8_990, 235_075])
        #expect(statement.transactions.map(\.fitID) == [nil, nil, nil])
        #expect(statement.end == nil)
        #expect(statement.start?.date == OFXFixture.date(2026, 1, 1))
        #expect(
            statement.warnings == [
                OFXWarning(.missingFITID, line: 46), OFXWarning(.missingFITID, line: 53),
                OFXWarning(.missingFITID, line: 60),
                OFXWarning(.unreadableValue(element: "DTEND", value: "2026013110000[-03:EST]"), line: 38),
            ])
        #expect(statement.transactions.allSatisfy { $0.lineKey.rawValue.hasPrefix("341//1234567890|H|") })
    }

    @Test func bancoDoBrasilWithEmptyFITIDsAndTwinFees() throws {
        let bytes = OFXFixture.bytes(OFXBankSamples.bancoDoBrasil, charset: .windows1252)
        let statement = try OFXFixture.statement(bytes)
        #expect(statement.account.bankID == "1")
        #expect(statement.account.branchID == "1234-5")
        #expect(statement.account.accountID == "12345-6")
        #expect(statement.account.normalizedIdentifier == "1/12345/123456")
        #expect(statement.start?.date == OFXFixture.date(2026, 1, 1))
        #expect(statement.start?.hasTime == false)
        #expect(statement.start?.hasExplicitOffset == false)

        #expect(statement.transactions.map(\.amount.centavos) == [25_000, -123_456, -4_500, -4_500])
        #expect(statement.transactions.map(\.line) == [49, 59, 69, 79])
        #expect(statement.balanceLines.map(\.memo) == ["Saldo Anterior", "Saldo do dia"])
        #expect(statement.balanceLines.map(\.fitID) == [nil, nil])

        let pix = statement.transactions[0]
        #expect(pix.name == "Pix - Recebido")
        #expect(pix.memo == "15/01 10:32 52998224725 MARIA DE SOUZA")
        #expect(pix.referenceNumber == "115.103.200")
        #expect(pix.posted.instant == 1_768_446_000)
        #expect(pix.payerTaxID == .cpf(try CPF("529.982.247-25")))
        #expect(statement.transactions[1].memo == "IMOBILIARIA CENTRO & CIA")
        #expect(statement.transactions[2].name == "Tarifa Pacote de Serviços")
        #expect(statement.transactions[2].memo == "Cobrança referente 01/2026")

        // The twin fees have no FITID: same content hash, told apart by "#2".
        let first = statement.transactions[2].lineKey.rawValue
        let second = statement.transactions[3].lineKey.rawValue
        #expect(first.hasPrefix("1/12345/123456|H|"))
        #expect(first.count == "1/12345/123456|H|".count + 16)
        #expect(second == first + "#2")
        #expect(statement.warnings == [OFXWarning(.missingFITID, line: 69), OFXWarning(.missingFITID, line: 79)])
        #expect(statement.total == Money(centavos: 25_000 - 123_456 - 9_000))
    }

    @Test func bradescoWithCommaDecimalsAndTabs() throws {
        let bytes = OFXFixture.bytes(OFXBankSamples.bradesco, charset: .windows1252, lineEnding: .crlf)
        let document = try OFXDocument(parsing: bytes)
        #expect(document.organization == "Banco Bradesco S.A.")
        #expect(document.institutionID == "237")
        let statement = try #require(document.statements.first)
        #expect(statement.line == 33)
        #expect(statement.account.normalizedIdentifier == "237/3456/123457")
        #expect(statement.transactions.map(\.amount.centavos) == [150_000, -35_000, 123_400])
        #expect(statement.transactions.map(\.line) == [45, 54, 63])
        #expect(statement.transactions[0].memo == "TRANSFERENCIA PIX REM: JOSE DA SILVA  02/02")
        #expect(statement.ledgerBalance?.amount == Money(centavos: 238_400))
        #expect(statement.end?.hour == 23)
        #expect(statement.end?.second == 59)
        #expect(statement.transactions[2].payerTaxID == .cnpj(try CNPJ("11222333000181")))
        #expect(statement.warnings.isEmpty)
        #expect(document.textEncoding == .ascii)
    }

    @Test func santanderWithCarriageReturnsMillisecondsAndBRC() throws {
        let bytes = OFXFixture.bytes(OFXBankSamples.santander, charset: .windows1252, lineEnding: .cr)
        #expect(!bytes.contains(0x0A))
        let statement = try OFXFixture.statement(bytes)
        #expect(statement.currency == "BRL")
        #expect(statement.warnings == [OFXWarning(.currencyCorrected(from: "BRC", to: "BRL"), line: 29)])
        #expect(statement.transactions.map(\.line) == [40, 49])
        let pix = statement.transactions[0]
        #expect(pix.posted.millisecond == 250)
        #expect(pix.posted.instant == 1_770_744_615)
        #expect(pix.payeeID == "0")
        #expect(pix.pixEndToEndID == "E60701190202602101730AbCdEfGhIjK")
        #expect(
            statement.availableBalance
                == OFXBalance(amount: Money(centavos: 108_490), asOf: statement.ledgerBalance?.asOf))
        #expect(statement.account.bankID == "033")
        #expect(statement.account.normalizedBankID == "33")
    }

    @Test func caixaWithMislabelledZoneAndMixedCaseTags() throws {
        let bytes = OFXFixture.bytes(OFXBankSamples.caixa, charset: .windows1252, lineEnding: .crlf)
        let document = try OFXDocument(parsing: bytes)
        #expect(document.organization == "Caixa Economica Federal")
        let statement = try #require(document.statements.first)
        #expect(statement.transactions.count == 2)
        #expect(statement.transactions.map(\.line) == [45, 54])
        let credit = statement.transactions[0]
        // "[-3:GMT]" is Brasília time with a wrong name: the number wins.
        #expect(credit.posted.utcOffsetSeconds == -10_800)
        #expect(credit.posted.zoneName == "GMT")
        #expect(credit.posted.instant == 1_772_420_400)
        #expect(credit.amount == Money(centavos: 18_000))
        #expect(credit.checkNumber == "020301")
        #expect(credit.pixTxid == "ADIMPLE2026COB00000000000001")
        #expect(statement.transactions[1].type == .debit)
        #expect(statement.transactions[1].memo == "DEB TARIFA MANUT CONTA")
        #expect(statement.transactions[1].fitID == "202603030001")
    }

    @Test func nubankWithClosedLeavesAndUTF8() throws {
        let document = try OFXDocument(parsing: OFXFixture.bytes(OFXBankSamples.nubank))
        #expect(document.textEncoding == .utf8)
        #expect(document.organization == "NU PAGAMENTOS S.A.")
        #expect(document.serverDate?.instant == 1_775_044_800)
        #expect(document.serverDate?.utcOffsetSeconds == 0)
        let statement = try #require(document.statements.first)
        #expect(statement.account.normalizedIdentifier == "260/1/987654321")
        #expect(statement.transactions.map(\.amount.centavos) == [32_000, -5_990, 100_000])
        #expect(statement.transactions.map(\.line) == [43, 50, 57])
        #expect(statement.transactions[1].memo == "Compra no débito - PADARIA PÃO QUENTE")
        #expect(statement.transactions[0].fitID == "6a1f0c2e-5b7d-4e8a-9c3f-2d1e0b9a8c7f")
        // The masked CPF is not a CPF; the CNPJ is.
        #expect(statement.transactions[0].taxIDs.isEmpty)
        #expect(statement.transactions[2].taxIDs == [.cnpj(try CNPJ("11.222.333/0001-81"))])
        #expect(statement.ledgerBalance?.amount == Money(centavos: 126_010))
    }

    @Test func interWithByteOrderMarkAndNameAfterMemo() throws {
        let statement = try OFXFixture.statement(OFXFixture.bytes(OFXBankSamples.inter, byteOrderMark: true))
        #expect(statement.account.branchID == "0001-9")
        #expect(statement.transactions.map(\.type) == [.payment, .credit])
        #expect(statement.transactions.map(\.amount.centavos) == [-6_000, 2_400])
        #expect(statement.transactions.map(\.line) == [44, 54])
        #expect(statement.transactions[0].name == "João Pereira")
        #expect(statement.transactions[0].memo == "Pix enviado: \"Cp :18236120-João Pereira\"")
        #expect(statement.transactions[0].checkNumber == "077")
        #expect(statement.transactions[0].referenceNumber == "077")
        #expect(statement.transactions[0].posted.hasTime == false)
        #expect(statement.transactions[0].posted.date == OFXFixture.date(2026, 4, 3))
        #expect(statement.transactions[1].taxIDs.isEmpty)
    }

    @Test func sicoobWithClosedLeavesInWindows1252() throws {
        let document = try OFXDocument(parsing: OFXFixture.bytes(OFXBankSamples.sicoob, charset: .windows1252))
        #expect(document.textEncoding == .windows1252)
        let statement = try #require(document.statements.first)
        #expect(
            statement.account
                == OFXAccount(bankID: "756", branchID: "4436-9", accountID: "39449-1", accountType: .checking))
        #expect(statement.transactions[0].name == "Recebimento Pix CLÍNICA EXEMPLO")
        #expect(statement.transactions[0].referenceNumber == "Pix")
        #expect(statement.transactions[1].memo == "DÉB.CONV.DEMAIS EMPRESAS")
        #expect(statement.transactions.map(\.amount.centavos) == [268_000, -9_300])
        #expect(statement.transactions.map(\.posted.hour) == [12, 12])
    }

    @Test func xmlWithPayeeAggregateAndAvailableBalance() throws {
        let document = try OFXDocument(parsing: OFXFixture.bytes(OFXBankSamples.sicrediXML))
        #expect(document.header.syntax == .xml)
        #expect(document.header.fields["OFXHEADER"] == "200")
        #expect(document.header.version == "220")
        #expect(document.header.declaredCharset == "UTF-8")
        #expect(document.serverDate?.millisecond == 123)
        let statement = try #require(document.statements.first)
        #expect(statement.line == 16)
        #expect(statement.account.accountID == "12345-6")
        #expect(statement.transactions.map(\.line) == [22, 31])

        let pix = statement.transactions[0]
        #expect(pix.userDate?.second == 12)
        #expect(pix.availableDate?.date == OFXFixture.date(2026, 5, 5))
        #expect(pix.pixEndToEndID == "E18236120202605051230s0123456789")
        #expect(pix.payerTaxID == .cpf(try CPF("52998224725")))

        let transfer = statement.transactions[1]
        #expect(transfer.type == .transfer)
        #expect(transfer.name == "FORNECEDOR & FILHOS LTDA")
        #expect(transfer.payeeID == "11222333000181")
        #expect(transfer.memo == "TED ENVIADA")
        #expect(statement.ledgerBalance?.amount == Money(centavos: -15_000))
        #expect(statement.availableBalance?.amount == Money(centavos: 35_000))
        #expect(statement.warnings.isEmpty)
    }

    @Test func everySampleReadsWithoutRejections() throws {
        for (name, bytes) in OFXBankSamples.allEncoded {
            let document = try OFXDocument(parsing: bytes)
            #expect(document.statements.count == 1, "\(name)")
            #expect(document.statements[0].rejectedTransactions.isEmpty, "\(name)")
            #expect(!document.statements[0].transactions.isEmpty, "\(name)")
        }
    }
}
