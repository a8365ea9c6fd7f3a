/// Synthetic statements shaped like what Brazilian banks export: the same headers, element order,
/// date and amount writings and quirks seen in public parsers' fixtures and bug reports, with
/// invented accounts, people and amounts. Each sample notes the quirks it carries.
enum OFXBankSamples {
    /// Itaú: SGML, CRLF, Windows-1252, `[-03:EST]` for Brasília time, no BRANCHID (agency inside
    /// ACCTID), CHECKNUM repeating FITID, memos padded with spaces, "SALDO ANTERIOR" and
    /// "SALDO TOTAL DISPONÍVEL DIA" balance lines.
    static let itau = """
        OFXHEADER:100
        DATA:OFXSGML
        VERSION:102
        SECURITY:NONE
        ENCODING:USASCII
        CHARSET:1252
        COMPRESSION:NONE
        OLDFILEUID:NONE
        NEWFILEUID:NONE

        <OFX>
        <SIGNONMSGSRSV1>
        <SONRS>
        <STATUS>
        <CODE>0
        <SEVERITY>INFO
        </STATUS>
        <DTSERVER>20260131183512[-03:EST]
        <LANGUAGE>POR
        </SONRS>
        </SIGNONMSGSRSV1>
        <BANKMSGSRSV1>
        <STMTTRNRS>
        <TRNUID>1001
        <STATUS>
        <CODE>0
        <SEVERITY>INFO
        </STATUS>
        <STMTRS>
        <CURDEF>BRL
        <BANKACCTFROM>
        <BANKID>0341
        <ACCTID>1234567890
        <ACCTTYPE>CHECKING
        </BANKACCTFROM>
        <BANKTRANLIST>
        <DTSTART>20260101100000[-03:EST]
        <DTEND>20260131100000[-03:EST]
        <STMTTRN>
        <TRNTYPE>CREDIT
        <DTPOSTED>20260102100000[-03:EST]
        <TRNAMT>0.00
        <FITID>20260102001
        <CHECKNUM>20260102001
        <MEMO>SALDO ANTERIOR
        </STMTTRN>
        <STMTTRN>
        <TRNTYPE>CREDIT
        <DTPOSTED>20260105100000[-03:EST]
        <TRNAMT>1500.00
        <FITID>20260105001
        <CHECKNUM>20260105001
        <MEMO>PIX TRANSF  MARIA S05/01\u{20}\u{20}\u{20}
        </STMTTRN>
        <STMTTRN>
        <TRNTYPE>DEBIT
        <DTPOSTED>20260106100000[-03:EST]
        <TRNAMT>-89.90
        <FITID>20260106001
        <CHECKNUM>20260106001
        <MEMO>TAR PACOTE ITAÚ  JAN/26
        </STMTTRN>
        <STMTTRN>
        <TRNTYPE>CREDIT
        <DTPOSTED>20260107100000[-03:EST]
        <TRNAMT>2350.75
        <FITID>20260107001
        <CHECKNUM>20260107001
        <MEMO>RECEBIMENTO PIX 07593144000148 COMERCIAL XYZ\u{20}\u{20}
        </STMTTRN>
        <STMTTRN>
        <TRNTYPE>CREDIT
        <DTPOSTED>20260131100000[-03:EST]
        <TRNAMT>3760.85
        <FITID>20260131001
        <CHECKNUM>20260131001
        <MEMO>SALDO TOTAL DISPONÍVEL DIA
        </STMTTRN>
        </BANKTRANLIST>
        <LEDGERBAL>
        <BALAMT>3760.85
        <DTASOF>20260131100000[-03:EST]
        </LEDGERBAL>
        </STMTRS>
        </STMTTRNRS>
        </BANKMSGSRSV1>
        </OFX>

        """

    /// Banco do Brasil: SGML, LF, Windows-1252, BANKID "1", BRANCHID and ACCTID with check digits,
    /// bare YYYYMMDD dates, "Saldo Anterior" / "Saldo do dia" lines with empty FITID, two identical
    /// fee lines without FITID, Pix payer CPF in the memo, `&amp;` in a memo.
    static let bancoDoBrasil = """
        OFXHEADER:100
        DATA:OFXSGML
        VERSION:102
        SECURITY:NONE
        ENCODING:USASCII
        CHARSET:1252
        COMPRESSION:NONE
        OLDFILEUID:NONE
        NEWFILEUID:NONE

        <OFX>
        <SIGNONMSGSRSV1>
        <SONRS>
        <STATUS>
        <CODE>0
        <SEVERITY>INFO
        </STATUS>
        <DTSERVER>20260203094512[-3:BRT]
        <LANGUAGE>POR
        </SONRS>
        </SIGNONMSGSRSV1>
        <BANKMSGSRSV1>
        <STMTTRNRS>
        <TRNUID>1
        <STATUS>
        <CODE>0
        <SEVERITY>INFO
        </STATUS>
        <STMTRS>
        <CURDEF>BRL
        <BANKACCTFROM>
        <BANKID>1
        <BRANCHID>1234-5
        <ACCTID>12345-6
        <ACCTTYPE>CHECKING
        </BANKACCTFROM>
        <BANKTRANLIST>
        <DTSTART>20260101
        <DTEND>20260131
        <STMTTRN>
        <TRNTYPE>OTHER
        <DTPOSTED>20260101
        <TRNAMT>0.00
        <FITID>
        <CHECKNUM>000000
        <REFNUM>000.000.000
        <MEMO>Saldo Anterior
        </STMTTRN>
        <STMTTRN>
        <TRNTYPE>CREDIT
        <DTPOSTED>20260115
        <TRNAMT>250.00
        <FITID>20260115125000
        <CHECKNUM>151032
        <REFNUM>115.103.200
        <NAME>Pix - Recebido
        <MEMO>15/01 10:32 52998224725 MARIA DE SOUZA
        </STMTTRN>
        <STMTTRN>
        <TRNTYPE>DEBIT
        <DTPOSTED>20260120
        <TRNAMT>-1234.56
        <FITID>20260120123456
        <CHECKNUM>000555
        <REFNUM>120.000.555
        <NAME>Pagamento de Boleto
        <MEMO>IMOBILIARIA CENTRO &amp; CIA
        </STMTTRN>
        <STMTTRN>
        <TRNTYPE>DEBIT
        <DTPOSTED>20260131
        <TRNAMT>-45.00
        <FITID>
        <CHECKNUM>000000
        <REFNUM>131.000.000
        <NAME>Tarifa Pacote de Serviços
        <MEMO>Cobrança referente 01/2026
        </STMTTRN>
        <STMTTRN>
        <TRNTYPE>DEBIT
        <DTPOSTED>20260131
        <TRNAMT>-45.00
        <FITID>
        <CHECKNUM>000000
        <REFNUM>131.000.000
        <NAME>Tarifa Pacote de Serviços
        <MEMO>Cobrança referente 01/2026
        </STMTTRN>
        <STMTTRN>
        <TRNTYPE>OTHER
        <DTPOSTED>20260131
        <TRNAMT>970.44
        <FITID>
        <MEMO>Saldo do dia
        </STMTTRN>
        </BANKTRANLIST>
        <LEDGERBAL>
        <BALAMT>970.44
        <DTASOF>20260131
        </LEDGERBAL>
        </STMTRS>
        </STMTTRNRS>
        </BANKMSGSRSV1>
        </OFX>

        """

    /// Bradesco: SGML, CRLF, tab indentation and blank lines between lines, comma decimals with a
    /// thousands dot and a "+" sign, an amount without decimals, institution in `FI`, payer CNPJ in
    /// the memo.
    static let bradesco = """
        OFXHEADER:100
        DATA:OFXSGML
        VERSION:102
        SECURITY:NONE
        ENCODING:USASCII
        CHARSET:1252
        COMPRESSION:NONE
        OLDFILEUID:NONE
        NEWFILEUID:NONE

        <OFX>
        \t<SIGNONMSGSRSV1>
        \t\t<SONRS>
        \t\t\t<STATUS>
        \t\t\t\t<CODE>0
        \t\t\t\t<SEVERITY>INFO
        \t\t\t</STATUS>
        \t\t\t<DTSERVER>20260210120000[-3:BRT]
        \t\t\t<LANGUAGE>POR
        \t\t\t<FI>
        \t\t\t\t<ORG>Banco Bradesco S.A.
        \t\t\t\t<FID>237
        \t\t\t</FI>
        \t\t</SONRS>
        \t</SIGNONMSGSRSV1>
        \t<BANKMSGSRSV1>
        \t\t<STMTTRNRS>
        \t\t\t<TRNUID>1
        \t\t\t<STATUS>
        \t\t\t\t<CODE>0
        \t\t\t\t<SEVERITY>INFO
        \t\t\t</STATUS>
        \t\t\t<STMTRS>
        \t\t\t\t<CURDEF>BRL
        \t\t\t\t<BANKACCTFROM>
        \t\t\t\t\t<BANKID>0237
        \t\t\t\t\t<BRANCHID>3456
        \t\t\t\t\t<ACCTID>0012345-7
        \t\t\t\t\t<ACCTTYPE>CHECKING
        \t\t\t\t</BANKACCTFROM>
        \t\t\t\t<BANKTRANLIST>
        \t\t\t\t\t<DTSTART>20260201000000[-3:BRT]
        \t\t\t\t\t<DTEND>20260209235959[-3:BRT]

        \t\t\t\t\t<STMTTRN>
        \t\t\t\t\t\t<TRNTYPE>CREDIT
        \t\t\t\t\t\t<DTPOSTED>20260202000000[-3:BRT]
        \t\t\t\t\t\t<TRNAMT>+1.500,00
        \t\t\t\t\t\t<FITID>0202001
        \t\t\t\t\t\t<CHECKNUM>0202001
        \t\t\t\t\t\t<MEMO>TRANSFERENCIA PIX REM: JOSE DA SILVA  02/02
        \t\t\t\t\t</STMTTRN>

        \t\t\t\t\t<STMTTRN>
        \t\t\t\t\t\t<TRNTYPE>DEBIT
        \t\t\t\t\t\t<DTPOSTED>20260203000000[-3:BRT]
        \t\t\t\t\t\t<TRNAMT>-350,00
        \t\t\t\t\t\t<FITID>0203001
        \t\t\t\t\t\t<CHECKNUM>0203001
        \t\t\t\t\t\t<MEMO>PAGTO ELETRON COBRANCA CONDOMINIO ED SOL
        \t\t\t\t\t</STMTTRN>

        \t\t\t\t\t<STMTTRN>
        \t\t\t\t\t\t<TRNTYPE>CREDIT
        \t\t\t\t\t\t<DTPOSTED>20260205000000[-3:BRT]
        \t\t\t\t\t\t<TRNAMT>1234
        \t\t\t\t\t\t<FITID>0205001
        \t\t\t\t\t\t<CHECKNUM>0205001
        \t\t\t\t\t\t<MEMO>TED-TRANSF ELET DISPON REMET.EMPRESA EXEMPLO LTDA 11.222.333/0001-81
        \t\t\t\t\t</STMTTRN>
        \t\t\t\t</BANKTRANLIST>
        \t\t\t\t<LEDGERBAL>
        \t\t\t\t\t<BALAMT>2.384,00
        \t\t\t\t\t<DTASOF>20260209235959[-3:BRT]
        \t\t\t\t</LEDGERBAL>
        \t\t\t</STMTRS>
        \t\t</STMTTRNRS>
        \t</BANKMSGSRSV1>
        </OFX>

        """

    /// Santander: SGML, CR-only line endings, CURDEF "BRC", dates with milliseconds, PAYEEID 0,
    /// AVAILBAL, a Pix end-to-end id in the memo.
    static let santander = """
        OFXHEADER:100
        DATA:OFXSGML
        VERSION:102
        SECURITY:NONE
        ENCODING:USASCII
        CHARSET:1252
        COMPRESSION:NONE
        OLDFILEUID:NONE
        NEWFILEUID:NONE

        <OFX>
        <SIGNONMSGSRSV1>
        <SONRS>
        <STATUS>
        <CODE>0
        <SEVERITY>INFO
        </STATUS>
        <DTSERVER>20260301080000.000[-3:BRT]
        <LANGUAGE>POR
        </SONRS>
        </SIGNONMSGSRSV1>
        <BANKMSGSRSV1>
        <STMTTRNRS>
        <TRNUID>1
        <STATUS>
        <CODE>0
        <SEVERITY>INFO
        </STATUS>
        <STMTRS>
        <CURDEF>BRC
        <BANKACCTFROM>
        <BANKID>033
        <BRANCHID>4321
        <ACCTID>130012345
        <ACCTTYPE>CHECKING
        </BANKACCTFROM>
        <BANKTRANLIST>
        <DTSTART>20260201000000.000[-3:BRT]
        <DTEND>20260228000000.000[-3:BRT]
        <STMTTRN>
        <TRNTYPE>CREDIT
        <DTPOSTED>20260210143015.250[-3:BRT]
        <TRNAMT>99.90
        <FITID>000000001
        <CHECKNUM>000000001
        <PAYEEID>0
        <MEMO>PIX RECEBIDO E60701190202602101730AbCdEfGhIjK
        </STMTTRN>
        <STMTTRN>
        <TRNTYPE>DEBIT
        <DTPOSTED>20260212000000.000[-3:BRT]
        <TRNAMT>-15.00
        <FITID>000000002
        <CHECKNUM>000000002
        <PAYEEID>0
        <MEMO>TARIFA MENSALIDADE PACOTE SERVICOS
        </STMTTRN>
        </BANKTRANLIST>
        <LEDGERBAL>
        <BALAMT>1084.90
        <DTASOF>20260228000000.000[-3:BRT]
        </LEDGERBAL>
        <AVAILBAL>
        <BALAMT>1084.90
        <DTASOF>20260228000000.000[-3:BRT]
        </AVAILBAL>
        </STMTRS>
        </STMTTRNRS>
        </BANKMSGSRSV1>
        </OFX>

        """

    /// Caixa: SGML, CRLF, `[-3:GMT]` (mislabelled Brasília time), tags in lower and mixed case,
    /// blank lines between lines, a txid after a "TXID:" marker.
    static let caixa = """
        OFXHEADER:100
        DATA:OFXSGML
        VERSION:102
        SECURITY:NONE
        ENCODING:USASCII
        CHARSET:1252
        COMPRESSION:NONE
        OLDFILEUID:NONE
        NEWFILEUID:NONE

        <OFX>
        <SIGNONMSGSRSV1>
        <SONRS>
        <STATUS>
        <CODE>0
        <SEVERITY>INFO
        </STATUS>
        <DTSERVER>20260305101500[-3:GMT]
        <LANGUAGE>POR
        <FI>
        <ORG>Caixa Economica Federal
        <FID>104
        </FI>
        </SONRS>
        </SIGNONMSGSRSV1>
        <BANKMSGSRSV1>
        <STMTTRNRS>
        <TRNUID>1
        <STATUS>
        <CODE>0
        <SEVERITY>INFO
        </STATUS>
        <STMTRS>
        <CURDEF>BRL
        <BANKACCTFROM>
        <BANKID>104
        <BRANCHID>0501
        <ACCTID>00000012345-6
        <ACCTTYPE>CHECKING
        </BANKACCTFROM>
        <BANKTRANLIST>
        <DTSTART>20260301000000[-3:GMT]
        <DTEND>20260304000000[-3:GMT]

        <stmttrn>
        <trntype>CREDIT
        <dtposted>20260302000000[-3:GMT]
        <trnamt>180.00
        <fitid>202603020001
        <checknum>020301
        <memo>CRED PIX QRS TXID: ADIMPLE2026COB00000000000001
        </stmttrn>

        <StmtTrn>
        <TrnType>DEBIT
        <DtPosted>20260303000000[-3:GMT]
        <TrnAmt>-22.50
        <FitId>202603030001
        <CheckNum>030301
        <Memo>DEB TARIFA MANUT CONTA
        </StmtTrn>

        </BANKTRANLIST>
        <LEDGERBAL>
        <BALAMT>157.50
        <DTASOF>20260304000000[-3:GMT]
        </LEDGERBAL>
        </STMTRS>
        </STMTTRNRS>
        </BANKMSGSRSV1>
        </OFX>

        """

    /// Nubank (conta): SGML header but every leaf closed, no blank line before `<OFX>`, header says
    /// CHARSET:1252 but the text is UTF-8, DTSERVER in `[0:GMT]`, UUID FITIDs, a masked payer CPF
    /// ("•••.982.247-••") that must not be read as a CPF, a payer CNPJ that must.
    static let nubank = """
        OFXHEADER:100
        DATA:OFXSGML
        VERSION:102
        SECURITY:NONE
        ENCODING:USASCII
        CHARSET:1252
        COMPRESSION:NONE
        OLDFILEUID:NONE
        NEWFILEUID:NONE
        <OFX>
        <SIGNONMSGSRSV1>
        <SONRS>
        <STATUS>
        <CODE>0</CODE>
        <SEVERITY>INFO</SEVERITY>
        </STATUS>
        <DTSERVER>20260401120000[0:GMT]</DTSERVER>
        <LANGUAGE>POR</LANGUAGE>
        <FI>
        <ORG>NU PAGAMENTOS S.A.</ORG>
        <FID>260</FID>
        </FI>
        </SONRS>
        </SIGNONMSGSRSV1>
        <BANKMSGSRSV1>
        <STMTTRNRS>
        <TRNUID>1</TRNUID>
        <STATUS>
        <CODE>0</CODE>
        <SEVERITY>INFO</SEVERITY>
        </STATUS>
        <STMTRS>
        <CURDEF>BRL</CURDEF>
        <BANKACCTFROM>
        <BANKID>0260</BANKID>
        <BRANCHID>1</BRANCHID>
        <ACCTID>98765432-1</ACCTID>
        <ACCTTYPE>CHECKING</ACCTTYPE>
        </BANKACCTFROM>
        <BANKTRANLIST>
        <DTSTART>20260301000000[-3:BRT]</DTSTART>
        <DTEND>20260331000000[-3:BRT]</DTEND>
        <STMTTRN>
        <TRNTYPE>CREDIT</TRNTYPE>
        <DTPOSTED>20260310000000[-3:BRT]</DTPOSTED>
        <TRNAMT>320.00</TRNAMT>
        <FITID>6a1f0c2e-5b7d-4e8a-9c3f-2d1e0b9a8c7f</FITID>
        <MEMO>Transferência recebida pelo Pix - MARIA DE SOUZA - •••.982.247-•• - BCO DO BRASIL S.A. (0001) Agência: 1234 Conta: 12345-6</MEMO>
        </STMTTRN>
        <STMTTRN>
        <TRNTYPE>DEBIT</TRNTYPE>
        <DTPOSTED>20260312000000[-3:BRT]</DTPOSTED>
        <TRNAMT>-59.90</TRNAMT>
        <FITID>0b8e7d6c-1a2b-4c3d-8e9f-a0b1c2d3e4f5</FITID>
        <MEMO>Compra no débito - PADARIA PÃO QUENTE</MEMO>
        </STMTTRN>
        <STMTTRN>
        <TRNTYPE>CREDIT</TRNTYPE>
        <DTPOSTED>20260315000000[-3:BRT]</DTPOSTED>
        <TRNAMT>1000.00</TRNAMT>
        <FITID>c4d5e6f7-0819-4a2b-b3c4-d5e6f7a8b9c0</FITID>
        <MEMO>Transferência recebida pelo Pix - EMPRESA EXEMPLO LTDA - 11.222.333/0001-81 - ITAÚ UNIBANCO S.A. (0341) Agência: 1500 Conta: 4321-0</MEMO>
        </STMTTRN>
        </BANKTRANLIST>
        <LEDGERBAL>
        <BALAMT>1260.10</BALAMT>
        <DTASOF>20260331000000[-3:BRT]</DTASOF>
        </LEDGERBAL>
        </STMTRS>
        </STMTTRNRS>
        </BANKMSGSRSV1>
        </OFX>

        """

    /// Inter: UTF-8 with a byte-order mark, every leaf closed, bare YYYYMMDD dates, NAME after MEMO,
    /// TRNTYPE PAYMENT, CHECKNUM and REFNUM that are just the bank code.
    static let inter = """
        OFXHEADER:100
        DATA:OFXSGML
        VERSION:102
        SECURITY:NONE
        ENCODING:UTF-8
        CHARSET:NONE
        COMPRESSION:NONE
        OLDFILEUID:NONE
        NEWFILEUID:NONE

        <OFX>
        <SIGNONMSGSRSV1>
        <SONRS>
        <STATUS>
        <CODE>0</CODE>
        <SEVERITY>INFO</SEVERITY>
        </STATUS>
        <DTSERVER>20260420</DTSERVER>
        <LANGUAGE>POR</LANGUAGE>
        <FI>
        <ORG>Banco Intermedium S/A</ORG>
        <FID>077</FID>
        </FI>
        </SONRS>
        </SIGNONMSGSRSV1>
        <BANKMSGSRSV1>
        <STMTTRNRS>
        <TRNUID>1</TRNUID>
        <STATUS>
        <CODE>0</CODE>
        <SEVERITY>INFO</SEVERITY>
        </STATUS>
        <STMTRS>
        <CURDEF>BRL</CURDEF>
        <BANKACCTFROM>
        <BANKID>077</BANKID>
        <BRANCHID>0001-9</BRANCHID>
        <ACCTID>31957099</ACCTID>
        <ACCTTYPE>CHECKING</ACCTTYPE>
        </BANKACCTFROM>
        <BANKTRANLIST>
        <DTSTART>20260401</DTSTART>
        <DTEND>20260419</DTEND>
        <STMTTRN>
        <TRNTYPE>PAYMENT</TRNTYPE>
        <DTPOSTED>20260403</DTPOSTED>
        <TRNAMT>-60.00</TRNAMT>
        <FITID>202604030771</FITID>
        <CHECKNUM>077</CHECKNUM>
        <REFNUM>077</REFNUM>
        <MEMO>Pix enviado: "Cp :18236120-João Pereira"</MEMO>
        <NAME>João Pereira</NAME>
        </STMTTRN>
        <STMTTRN>
        <TRNTYPE>CREDIT</TRNTYPE>
        <DTPOSTED>20260405</DTPOSTED>
        <TRNAMT>24.00</TRNAMT>
        <FITID>202604050772</FITID>
        <CHECKNUM>077</CHECKNUM>
        <REFNUM>077</REFNUM>
        <MEMO>Pix recebido: "00019 58037349 ROBSON VAZ"</MEMO>
        <NAME>Robson Luiz Vaz</NAME>
        </STMTTRN>
        </BANKTRANLIST>
        <LEDGERBAL>
        <BALAMT>964.00</BALAMT>
        <DTASOF>20260419</DTASOF>
        </LEDGERBAL>
        </STMTRS>
        </STMTTRNRS>
        </BANKMSGSRSV1>
        </OFX>

        """

    /// Sicoob: every leaf closed, Windows-1252, BRANCHID and ACCTID with check digits, REFNUM "Pix",
    /// CHECKNUM 0, NAME after MEMO, times at noon Brasília.
    static let sicoob = """
        OFXHEADER:100
        DATA:OFXSGML
        VERSION:102
        SECURITY:NONE
        ENCODING:USASCII
        CHARSET:1252
        COMPRESSION:NONE
        OLDFILEUID:NONE
        NEWFILEUID:NONE
        <OFX>
        <SIGNONMSGSRSV1>
        <SONRS>
        <STATUS>
        <CODE>0</CODE>
        <SEVERITY>INFO</SEVERITY>
        </STATUS>
        <DTSERVER>20260503120000[-3:BRT]</DTSERVER>
        <LANGUAGE>POR</LANGUAGE>
        <FI>
        <ORG>Banco Cooperativo do Brasil</ORG>
        <FID>756</FID>
        </FI>
        </SONRS>
        </SIGNONMSGSRSV1>
        <BANKMSGSRSV1>
        <STMTTRNRS>
        <TRNUID>1</TRNUID>
        <STATUS>
        <CODE>0</CODE>
        <SEVERITY>INFO</SEVERITY>
        </STATUS>
        <STMTRS>
        <CURDEF>BRL</CURDEF>
        <BANKACCTFROM>
        <BANKID>756</BANKID>
        <BRANCHID>4436-9</BRANCHID>
        <ACCTID>39449-1</ACCTID>
        <ACCTTYPE>CHECKING</ACCTTYPE>
        </BANKACCTFROM>
        <BANKTRANLIST>
        <DTSTART>20260401120000[-3:BRT]</DTSTART>
        <DTEND>20260430120000[-3:BRT]</DTEND>
        <STMTTRN>
        <TRNTYPE>CREDIT</TRNTYPE>
        <DTPOSTED>20260407120000[-3:BRT]</DTPOSTED>
        <TRNAMT>2680.00</TRNAMT>
        <FITID>202604072680001</FITID>
        <CHECKNUM>0</CHECKNUM>
        <REFNUM>Pix</REFNUM>
        <MEMO>PIX RECEBIDO - OUTRA IF</MEMO>
        <NAME>Recebimento Pix CLÍNICA EXEMPLO</NAME>
        </STMTTRN>
        <STMTTRN>
        <TRNTYPE>DEBIT</TRNTYPE>
        <DTPOSTED>20260423120000[-3:BRT]</DTPOSTED>
        <TRNAMT>-93.00</TRNAMT>
        <FITID>2026042393001</FITID>
        <CHECKNUM>7119835</CHECKNUM>
        <REFNUM>7119835</REFNUM>
        <MEMO>DÉB.CONV.DEMAIS EMPRESAS</MEMO>
        <NAME>COBRANCA DE ALUGUEL</NAME>
        </STMTTRN>
        </BANKTRANLIST>
        <LEDGERBAL>
        <BALAMT>2587.00</BALAMT>
        <DTASOF>20260430120000[-3:BRT]</DTASOF>
        </LEDGERBAL>
        </STMTRS>
        </STMTTRNRS>
        </BANKMSGSRSV1>
        </OFX>

        """

    /// OFX 2.2 XML as cooperatives' newer systems (Sicredi) export it: XML declaration and `<?OFX?>`
    /// instruction, indentation, aggregates on one line, DTUSER/DTAVAIL, AVAILBAL, a `PAYEE`
    /// aggregate instead of NAME, a Pix end-to-end id and a CPF in the memo.
    static let sicrediXML = """
        <?xml version="1.0" encoding="UTF-8" standalone="no"?>
        <?OFX OFXHEADER="200" VERSION="220" SECURITY="NONE" OLDFILEUID="NONE" NEWFILEUID="NONE"?>
        <OFX>
          <SIGNONMSGSRSV1>
            <SONRS>
              <STATUS><CODE>0</CODE><SEVERITY>INFO</SEVERITY></STATUS>
              <DTSERVER>20260601083000.123[-3:BRT]</DTSERVER>
              <LANGUAGE>POR</LANGUAGE>
              <FI><ORG>Sicredi</ORG><FID>748</FID></FI>
            </SONRS>
          </SIGNONMSGSRSV1>
          <BANKMSGSRSV1>
            <STMTTRNRS>
              <TRNUID>1</TRNUID>
              <STATUS><CODE>0</CODE><SEVERITY>INFO</SEVERITY></STATUS>
              <STMTRS>
                <CURDEF>BRL</CURDEF>
                <BANKACCTFROM><BANKID>748</BANKID><BRANCHID>0101</BRANCHID><ACCTID>12345-6</ACCTID><ACCTTYPE>CHECKING</ACCTTYPE></BANKACCTFROM>
                <BANKTRANLIST>
                  <DTSTART>20260501000000[-3:BRT]</DTSTART>
                  <DTEND>20260531235959[-3:BRT]</DTEND>
                  <STMTTRN>
                    <TRNTYPE>CREDIT</TRNTYPE>
                    <DTPOSTED>20260505093012[-3:BRT]</DTPOSTED>
                    <DTUSER>20260505093012[-3:BRT]</DTUSER>
                    <DTAVAIL>20260505</DTAVAIL>
                    <TRNAMT>150.00</TRNAMT>
                    <FITID>SIC-0505-0001</FITID>
                    <MEMO>RECEBIMENTO PIX-PIX_CRED E18236120202605051230s0123456789 529.982.247-25 MARIA</MEMO>
                  </STMTTRN>
                  <STMTTRN>
                    <TRNTYPE>XFER</TRNTYPE>
                    <DTPOSTED>20260520110000[-3:BRT]</DTPOSTED>
                    <TRNAMT>-300.00</TRNAMT>
                    <FITID>SIC-0520-0002</FITID>
                    <PAYEEID>11222333000181</PAYEEID>
                    <PAYEE><NAME>FORNECEDOR &amp; FILHOS LTDA</NAME><ADDR1>RUA A, 10</ADDR1><CITY>PORTO ALEGRE</CITY><STATE>RS</STATE><POSTALCODE>90000-000</POSTALCODE><PHONE>5133330000</PHONE></PAYEE>
                    <MEMO>TED ENVIADA</MEMO>
                  </STMTTRN>
                </BANKTRANLIST>
                <LEDGERBAL><BALAMT>-150.00</BALAMT><DTASOF>20260531235959[-3:BRT]</DTASOF></LEDGERBAL>
                <AVAILBAL><BALAMT>350.00</BALAMT><DTASOF>20260531235959[-3:BRT]</DTASOF></AVAILBAL>
              </STMTRS>
            </STMTTRNRS>
          </BANKMSGSRSV1>
        </OFX>

        """

    /// Nubank card bill: CREDITCARDMSGSRSV1/CCSTMTRS with a UUID card account, purchases negative,
    /// and the same FITID on two different lines (an IOF and a refund).
    static let nubankCard = """
        OFXHEADER:100
        DATA:OFXSGML
        VERSION:102
        SECURITY:NONE
        ENCODING:USASCII
        CHARSET:1252
        COMPRESSION:NONE
        OLDFILEUID:NONE
        NEWFILEUID:NONE
        <OFX>
        <SIGNONMSGSRSV1>
        <SONRS>
        <STATUS>
        <CODE>0</CODE>
        <SEVERITY>INFO</SEVERITY>
        </STATUS>
        <DTSERVER>20260518132022[0:GMT]</DTSERVER>
        <LANGUAGE>POR</LANGUAGE>
        <FI>
        <ORG>NU PAGAMENTOS S.A.</ORG>
        <FID>260</FID>
        </FI>
        </SONRS>
        </SIGNONMSGSRSV1>
        <CREDITCARDMSGSRSV1>
        <CCSTMTTRNRS>
        <TRNUID>1001</TRNUID>
        <STATUS>
        <CODE>0</CODE>
        <SEVERITY>INFO</SEVERITY>
        </STATUS>
        <CCSTMTRS>
        <CURDEF>BRL</CURDEF>
        <CCACCTFROM>
        <ACCTID>625c3a3e-2d92-4924-a81e-7d53ee5f511f</ACCTID>
        </CCACCTFROM>
        <BANKTRANLIST>
        <DTSTART>20260418000000[-3:BRT]</DTSTART>
        <DTEND>20260518000000[-3:BRT]</DTEND>
        <STMTTRN>
        <TRNTYPE>CREDIT</TRNTYPE>
        <DTPOSTED>20260420000000[-3:BRT]</DTPOSTED>
        <TRNAMT>3.75</TRNAMT>
        <FITID>6650f1a2-shared</FITID>
        <MEMO>IOF de "Loja Online"</MEMO>
        </STMTTRN>
        <STMTTRN>
        <TRNTYPE>CREDIT</TRNTYPE>
        <DTPOSTED>20260420000000[-3:BRT]</DTPOSTED>
        <TRNAMT>108.14</TRNAMT>
        <FITID>6650f1a2-shared</FITID>
        <MEMO>Estorno de "Loja Online"</MEMO>
        </STMTTRN>
        <STMTTRN>
        <TRNTYPE>DEBIT</TRNTYPE>
        <DTPOSTED>20260425000000[-3:BRT]</DTPOSTED>
        <TRNAMT>-47.45</TRNAMT>
        <FITID>6650f1a2-0003</FITID>
        <MEMO>Mercado Exemplo - Parcela 2/3</MEMO>
        </STMTTRN>
        </BANKTRANLIST>
        <LEDGERBAL>
        <BALAMT>-1842.04</BALAMT>
        <DTASOF>20260518000000[-3:BRT]</DTASOF>
        </LEDGERBAL>
        </CCSTMTRS>
        </CCSTMTTRNRS>
        </CREDITCARDMSGSRSV1>
        </OFX>

        """

    /// Every sample with its bytes as the bank sends them, for tests that run over all of them.
    static let allEncoded: [(name: String, bytes: [UInt8])] = [
        ("itau", OFXFixture.bytes(itau, charset: .windows1252, lineEnding: .crlf)),
        ("bancoDoBrasil", OFXFixture.bytes(bancoDoBrasil, charset: .windows1252)),
        ("bradesco", OFXFixture.bytes(bradesco, charset: .windows1252, lineEnding: .crlf)),
        ("santander", OFXFixture.bytes(santander, charset: .windows1252, lineEnding: .cr)),
        ("caixa", OFXFixture.bytes(caixa, charset: .windows1252, lineEnding: .crlf)),
        ("nubank", OFXFixture.bytes(nubank)),
        ("inter", OFXFixture.bytes(inter, byteOrderMark: true)),
        ("sicoob", OFXFixture.bytes(sicoob, charset: .windows1252)),
        ("sicrediXML", OFXFixture.bytes(sicrediXML)),
        ("nubankCard", OFXFixture.bytes(nubankCard)),
    ]
}
