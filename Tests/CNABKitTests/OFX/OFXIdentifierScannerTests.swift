import BrazilKit
import CNABKit
import Testing

@Suite struct OFXIdentifierScannerTests {
    // MARK: - Pix end-to-end id

    @Test(arguments: [
        ("PIX RECEBIDO E60701190202602101730AbCdEfGhIjK", "E60701190202602101730AbCdEfGhIjK"),
        ("E00000000202012312359ABCDEFGHIJK", "E00000000202012312359ABCDEFGHIJK"),
        ("ID:E18236120202605051230s0123456789;FULANO", "E18236120202605051230s0123456789"),
        ("E2E (E18236120202402291200XXXXXXXXXXX)", "E18236120202402291200XXXXXXXXXXX"),
    ])
    func findsEndToEndIDs(text: String, id: String) {
        #expect(OFXIdentifierScanner.pixEndToEndID(in: text) == id)
    }

    @Test(arguments: [
        "E6070119020260210173AbCdEfGhIjK",  // 31 characters
        "E60701190202602101730AbCdEfGhIjKL",  // 33 characters
        "e60701190202602101730AbCdEfGhIjK",  // lowercase e
        "D60701190202602101730AbCdEfGhIjK",  // a refund id (D…), not an end-to-end id
        "E6070119A202602101730AbCdEfGhIjK",  // letter in the ISPB
        "E60701190201902101730AbCdEfGhIjK",  // 2019, before Pix existed
        "E60701190202613101730AbCdEfGhIjK",  // month 13
        "E60701190202602301730AbCdEfGhIjK",  // 30 February
        "E60701190202602102430AbCdEfGhIjK",  // hour 24
        "E60701190202602101760AbCdEfGhIjK",  // minute 60
        "E60701190202602101730AbCdEfGhIj-",  // punctuation in the sequence
        "XE60701190202602101730AbCdEfGhIjK",  // glued to a letter
        "PIX RECEBIDO DE MARIA",
    ])
    func ignoresNearMisses(text: String) {
        #expect(OFXIdentifierScanner.pixEndToEndID(in: text) == nil)
    }

    @Test func findsEveryEndToEndIDInOrder() {
        let text = "DEVOLUCAO E60701190202602101730AAAAAAAAAAA REF E18236120202605051230BBBBBBBBBBB"
        #expect(
            OFXIdentifierScanner.pixEndToEndIDs(in: text) == [
                "E60701190202602101730AAAAAAAAAAA", "E18236120202605051230BBBBBBBBBBB",
            ])
    }

    // MARK: - txid

    @Test(arguments: [
        ("CRED PIX QRS TXID: ADIMPLE2026COB00000000000001", "ADIMPLE2026COB00000000000001"),
        ("txid:abcdefghijklmnopqrstuvwxyz", "abcdefghijklmnopqrstuvwxyz"),
        ("PIX TX ID = 0123456789ABCDEFGHIJ0123456789ABCDE", "0123456789ABCDEFGHIJ0123456789ABCDE"),
        ("TxId #7f3a9c1e2b4d6f8a0c2e4a6b8d0f", "7f3a9c1e2b4d6f8a0c2e4a6b8d0f"),
        ("TXID ADIMPLE2026COB00000000000001X!", "ADIMPLE2026COB00000000000001X"),
        ("LIQUIDACAO BOLEPIX - BOL20260115000000012345678", "BOL20260115000000012345678"),
        ("BOLETO: ABCDEFGHIJKLMNOPQRSTUVWXYZ12", "ABCDEFGHIJKLMNOPQRSTUVWXYZ12"),
        ("PIX COBRANCA BOL0001234567890123456789012", "BOL0001234567890123456789012"),
    ])
    func findsMarkedTxids(text: String, txid: String) {
        #expect(OFXIdentifierScanner.pixTxid(in: text) == txid)
    }

    @Test(arguments: [
        "TXID: SHORT0123456789012345678",  // 25 characters: a static-QR txid, too short for a charge
        "TXID: A123456789012345678901234567890123456",  // 36 characters
        "PIX RECEBIDO ADIMPLE2026COB00000000000001",  // no marker
        "TXID: (ADIMPLE2026COB00000000000001)",  // a bracket between marker and id
        "BOLETO 34191790010104351004791020150008291070026000",  // a linha digitável, 47 digits
        "BOL123",
    ])
    func ignoresUnmarkedOrWrongSizedTokens(text: String) {
        #expect(OFXIdentifierScanner.pixTxid(in: text) == nil)
    }

    // MARK: - CPF and CNPJ

    @Test(arguments: [
        ("PIX 529.982.247-25 MARIA", "52998224725"),
        ("CPF:52998224725", "52998224725"),
        ("DOC 529982247-25", "52998224725"),
        ("REMET.EMPRESA 11.222.333/0001-81.", "11222333000181"),
        ("CNPJ 11222333/0001-81", "11222333000181"),
        ("PAGAMENTO PIX SICREDI-CX140166  07593144000148 REGINALDO", "07593144000148"),
        ("NOVO CNPJ 12.ABC.345/01DE-35", "12ABC34501DE35"),
    ])
    func findsValidTaxIDs(text: String, normalized: String) {
        #expect(OFXIdentifierScanner.taxIDs(in: text).map(\.normalized) == [normalized])
    }

    @Test(arguments: [
        "PIX 529.982.247-24 MARIA",  // wrong second check digit
        "CPF 52998224724",
        "CNPJ 11.222.333/0001-82",
        "•••.982.247-•• - BCO DO BRASIL",  // Nubank's masked CPF
        "***.982.247-**",
        "000.000.000-00",  // repeated digits pass the arithmetic but are no CPF
        "TEL 11987654321",  // a phone number whose digits are not a valid CPF
        "CONTA 1529982247250",  // a valid CPF glued inside a longer number
        "X52998224725",  // glued to a letter
        "12ABC34501DE35",  // an unmasked alphanumeric token is too ambiguous to read as a CNPJ
        "E60701190202602101730AbCdEfGhIjK",
    ])
    func ignoresInvalidOrAmbiguousNumbers(text: String) {
        #expect(OFXIdentifierScanner.taxIDs(in: text).isEmpty)
    }

    @Test func severalDocumentsInOrderWithoutRepeats() throws {
        let text = "RECEBIMENTO REDE 11.222.333/0001-81 DE 529.982.247-25 REF 52998224725"
        #expect(
            OFXIdentifierScanner.taxIDs(in: text) == [.cnpj(try CNPJ("11222333000181")), .cpf(try CPF("52998224725"))])
    }

    @Test func transactionHelpersLookAtMemoThenName() throws {
        let posted = try #require(OFXDateTime(ofx: "20260105"))
        let transaction = OFXTransaction(
            type: .credit, posted: posted, amount: Money(centavos: 100), fitID: "A",
            name: "MARIA 529.982.247-25",
            memo: "PIX E60701190202602101730AbCdEfGhIjK 11.222.333/0001-81 TXID BOL0001234567890123456789012",
            line: 1, lineKey: OFXLineKey(rawValue: "k"))
        #expect(transaction.pixEndToEndID == "E60701190202602101730AbCdEfGhIjK")
        #expect(transaction.pixTxid == "BOL0001234567890123456789012")
        #expect(transaction.payerTaxID == .cnpj(try CNPJ("11222333000181")))
        #expect(transaction.taxIDs.map(\.normalized) == ["11222333000181", "52998224725"])
        #expect(transaction.descriptiveTexts.count == 2)
    }
}
