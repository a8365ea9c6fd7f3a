import BoletoKit
import BrazilKit
import Testing

@Suite struct BoletoErrorTests {
    @Test(arguments: [
        (
            BoletoError.unknownBank(code: "999"),
            "Banco \"999\" não suportado para boletos: use 001, 033, 104, 237, 341, 748 ou 756",
            "Bank \"999\" is not supported for boletos: use 001, 033, 104, 237, 341, 748 or 756"
        ),
        (
            .amountOutOfRange(amount: reais(0), maximum: reais(999_999_999), bank: .caixa),
            "Valor do boleto inválido (R$ 0,00): deve ser maior que zero",
            "Invalid boleto amount (R$ 0,00): it must be greater than zero"
        ),
        (
            .amountOutOfRange(amount: reais(1_000_000_000), maximum: reais(999_999_999), bank: .caixa),
            "Valor do boleto R$ 10.000.000,00 acima do máximo de R$ 9.999.999,99 aceito pelo Caixa",
            "Boleto amount R$ 10.000.000,00 is above the maximum of R$ 9.999.999,99 accepted by Caixa"
        ),
        (
            .dueDateOutOfRange(date: day(1999, 12, 31), earliest: day(2000, 7, 3)),
            "Vencimento 31/12/1999 fora do intervalo: o fator de vencimento (1000 a 9999) só representa datas a "
                + "partir de 03/07/2000",
            "Due date 1999-12-31 is out of range: the due-date factor (1000 to 9999) only represents dates from "
                + "2000-07-03 on"
        ),
        (
            .nossoNumeroTooLong(sequence: 100_000, maximum: 99_999, bank: .sicredi),
            "Nosso número 100000 longo demais para o Sicredi: o máximo é 99999",
            "Nosso número 100000 too long for the bank (Sicredi): the maximum is 99999"
        ),
        (
            .invalidSequence(0),
            "Sequência de nosso número inválida (0): deve ser 1 ou maior",
            "Invalid nosso número sequence (0): it must be 1 or more"
        ),
        (
            .invalidAccountField(field: "agencia", reason: .tooLong(value: "12345", maximum: 4)),
            "Campo agência inválido: \"12345\" tem 5 dígitos; o banco aceita no máximo 4",
            "Invalid agência: \"12345\" has 5 digits; the bank takes at most 4"
        ),
        (
            .invalidAccountField(field: "conta", reason: .notDigits(value: "12.345")),
            "Campo conta inválido: \"12.345\" deve ter só dígitos",
            "Invalid conta: \"12.345\" must have only digits"
        ),
        (
            .invalidAccountField(field: "convenio", reason: .unsupportedLength(value: "12345", supported: [4, 6, 7])),
            "Campo convênio inválido: \"12345\" tem 5 dígitos; são aceitos 4, 6 ou 7",
            "Invalid convênio: \"12345\" has 5 digits; supported: 4, 6 or 7"
        ),
        (
            .invalidAccountField(field: "issueYear", reason: .missing),
            "Campo ano de emissão inválido: campo obrigatório não informado",
            "Invalid issue year: required but not given"
        ),
        (
            .invalidCampoLivre(value: "123"),
            "Campo livre inválido \"123\": deve ter exatamente 25 dígitos",
            "Invalid campo livre \"123\": it must be exactly 25 digits"
        ),
        (
            .invalidCharacter(character: "O", position: 4),
            "Caractere \"O\" inválido na posição 4: use só dígitos, espaços, pontos e hífens",
            "Invalid character \"O\" at position 4: use only digits, spaces, dots and hyphens"
        ),
        (
            .wrongDigitCount(found: 45),
            "Foram digitados 45 dígitos: sobra 1 para um código de barras (44) ou faltam 2 para uma linha "
                + "digitável (47)",
            "45 digits were typed: 1 extra for a barcode (44) or 2 missing for a linha digitável (47)"
        ),
        (
            .wrongCheckDigit(field: .field2, expected: 8, found: 7),
            "Campo 2 (dígitos 11 a 21): o dígito verificador é 7, mas o cálculo dá 8",
            "Field 2 (digits 11 to 21): the check digit is 7, but it should be 8"
        ),
    ])
    func messagesInBothLanguages(error: BoletoError, portuguese: String, english: String) {
        #expect(error.message(.ptBR) == portuguese)
        #expect(error.message(.en) == english)
        #expect(error.description == portuguese)
    }

    @Test func everyCaseHasBothMessages() {
        let errors: [BoletoError] = [
            .nossoNumeroMismatch(nossoNumero: "109/12345678-8", bank: .itau), .emptyInput,
            .arrecadacao(digitCount: 48),
            .invalidAccountField(
                field: "carteira", reason: .unsupportedValue(value: "102", supported: ["101", "201"])),
            .invalidAccountField(field: "byteGeracao", reason: .outOfRange(value: 1, range: 2...9)),
            .invalidAccountField(field: "carteira", reason: .reservedForFreeNossoNumero(value: "21")),
        ]
        for error in errors {
            #expect(!error.message(.ptBR).isEmpty)
            #expect(!error.message(.en).isEmpty)
            #expect(error.message(.ptBR) != error.message(.en))
        }
        #expect(
            BoletoError.nossoNumeroMismatch(nossoNumero: "109/12345678-8", bank: .itau).message(.en)
                == "Nosso número 109/12345678-8 was not made for this Itaú account")
    }
}
