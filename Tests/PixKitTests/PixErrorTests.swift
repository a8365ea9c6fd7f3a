import BrazilKit
import PixKit
import Testing

@Suite struct PixErrorTests {
    @Test func brCodeFieldsAreNamedInBothLanguages() {
        let error = PixError.fieldTooLong(field: "26", maximum: 99, actual: 111)
        #expect(
            error.message(.ptBR)
                == "Campo 26 (conta Pix do recebedor) longo demais: máximo 99 caracteres, recebidos 111")
        #expect(
            error.message(.en)
                == "Field 26 (Pix merchant account information) is too long: at most 99 characters, got 111")
        #expect(error.description == error.message(.ptBR))
    }

    @Test func malformedElementsGiveTheOffset() {
        let error = PixError.malformedElement(
            field: "26-01", offset: 28, problem: .valueOverrunsPayload(declared: 36, available: 10))
        #expect(
            error.message(.ptBR)
                == "BR Code inválido: campo 26-01 (chave Pix) no índice 28: declara 36 caracteres, mas só restam 10")
        #expect(
            error.message(.en)
                == "Invalid BR Code: field 26-01 (Pix key) at offset 28: declares 36 characters, but only 10 are left")
    }

    @Test func crcMismatchShowsBothValues() {
        let error = PixError.crcMismatch(expected: "1D3D", found: "1D3E")
        #expect(error.message(.ptBR).contains("1D3D"))
        #expect(error.message(.ptBR).contains("1D3E"))
        #expect(error.message(.en) == "BR Code CRC mismatch: field 63 holds 1D3E, but the payload's CRC is 1D3D")
    }

    @Test func apiFieldsAreNamedByTheirJSONPath() {
        let error = PixError.fieldTooLong(field: "solicitacaoPagador", maximum: 140, actual: 141)
        #expect(error.message(.ptBR) == "Campo solicitacaoPagador longo demais: máximo 140 caracteres, recebidos 141")
        #expect(error.message(.en) == "Field solicitacaoPagador is too long: at most 140 characters, got 141")
    }

    @Test func keyErrorsExplainTheRule() throws {
        let phone = PixError.invalidKey(value: "(11) 98765-4321", problem: .phoneWithoutCountryCode)
        #expect(phone.message(.ptBR) == "Chave Pix inválida \"(11) 98765-4321\": telefone deve começar com +55")
        #expect(phone.message(.en) == "Invalid Pix key \"(11) 98765-4321\": a phone key must start with +55")

        var ambiguous: PixError?
        do { _ = try PixKey(parsing: "11987654321") } catch { ambiguous = error }
        let message = try #require(ambiguous).message(.ptBR)
        #expect(message.contains("dígito verificador"))
        #expect(message.contains("+55"))
    }

    @Test func txidErrorsSayWhereTheRuleComesFrom() {
        let error = PixError.invalidTxid(value: "abc", rule: .cob, problem: .wrongLength(allowed: 26...35, actual: 3))
        #expect(error.message(.ptBR) == "txid inválido para cob \"abc\": deve ter 26 a 35 caracteres, mas tem 3")
        #expect(error.message(.en) == "Invalid txid for cob \"abc\": it must have 26 to 35 characters, but has 3")
    }

    @Test func controlCharactersAreShownByCodePoint() {
        let error = PixError.invalidCharacter(field: "26-01", character: "\t", position: 3)
        #expect(error.message(.en) == "Character \"U+0009\" is not allowed in field 26-01 (Pix key), position 3")
    }

    @Test func everyCaseHasAMessageInEachLanguage() {
        let errors: [PixError] = [
            .malformedElement(field: "59", offset: 0, problem: .truncatedHeader(remaining: 2)),
            .malformedElement(field: "59", offset: 0, problem: .nonNumericID("5X")),
            .malformedElement(field: "59", offset: 0, problem: .nonNumericLength("1X")),
            .malformedElement(field: "59", offset: 0, problem: .zeroLength),
            .malformedElement(field: "59", offset: 0, problem: .duplicateID),
            .misplacedField(field: "00", offset: 8, expected: .first),
            .misplacedField(field: "63", offset: 8, expected: .last),
            .missingField(field: "59"),
            .unexpectedValue(field: "53", offset: 76, found: "840", expected: ["986"]),
            .invalidFormat(field: "52", offset: nil, value: "12A4", pattern: "\\d{4}"),
            .emptyField(field: "60"),
            .duplicateField(field: "54"),
            .conflictingFields(field: "26-01", conflictsWith: "26-25"),
            .tooManyItems(field: "infoAdicionais", maximum: 50, actual: 51),
            .invalidAmount(field: "54", value: "0.00", problem: .notPositive),
            .invalidKey(value: "x", problem: .unrecognised),
            .invalidIdentifier(field: "idRec", value: "x", problem: .invalidDate("20241315")),
        ]
        for error in errors {
            let pt = error.message(.ptBR)
            let en = error.message(.en)
            #expect(!pt.isEmpty && !en.isEmpty && pt != en)
        }
        #expect(PixError.missingField(field: "59").message(.ptBR) == "Campo 59 (nome do recebedor) não informado")
        #expect(PixError.missingField(field: "59").message(.en) == "Field 59 (merchant name) is missing")
    }
}
