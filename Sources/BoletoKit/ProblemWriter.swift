import BrazilKit

/// Writes the sentences of ``BoletoReading/Problem`` in Portuguese and English.
enum ProblemWriter {
    typealias Problem = BoletoReading.Problem

    /// One problem per wrong DV, saying which field to re-type, then a summary when any DV is wrong.
    static func checkDigitProblems(kind: BoletoReading.Kind, checks: BoletoReading.Checks) -> [Problem] {
        var problems: [Problem] = []
        let fieldChecks: [(BoletoReading.Check?, BoletoReading.ProblemCode, Int, ClosedRange<Int>)] = [
            (checks.field1, .field1CheckDigit, 1, 1...10),
            (checks.field2, .field2CheckDigit, 2, 11...21),
            (checks.field3, .field3CheckDigit, 3, 22...32),
        ]
        for (check, code, number, range) in fieldChecks {
            guard let check, !check.valid else { continue }
            let digits = "\(range.lowerBound) a \(range.upperBound)"
            let englishDigits = "\(range.lowerBound) to \(range.upperBound)"
            problems.append(
                Problem(
                    code: code,
                    pt: "O campo \(number) (dígitos \(digits)) está errado: o dígito verificador digitado é "
                        + "\(check.found), mas os dígitos do campo dão \(check.expected). Confira esse campo.",
                    en: "Field \(number) (digits \(englishDigits)) is wrong: the check digit typed is \(check.found), "
                        + "but the field's digits give \(check.expected). Check that field.",
                    blocking: true))
        }
        let fieldsWrong = !problems.isEmpty
        if !checks.general.valid {
            let found = checks.general.found
            let expected = checks.general.expected
            switch (kind, fieldsWrong) {
            case (.barcode, _):
                problems.append(
                    Problem(
                        code: .generalCheckDigit,
                        pt: "O dígito verificador geral (posição 5) é \(found), mas o código dá \(expected): o "
                            + "código de barras foi lido ou digitado errado.",
                        en: "The general check digit (position 5) is \(found), but the code gives \(expected): the "
                            + "barcode was misread or mistyped.",
                        blocking: true))
            case (.linha, false):
                problems.append(
                    Problem(
                        code: .generalCheckDigit,
                        pt: "O dígito verificador geral (campo 4, dígito 33) é \(found), mas o código dá "
                            + "\(expected). Os campos 1 a 3 conferem, então confira o campo 4 e o campo 5 "
                            + "(vencimento e valor, dígitos 34 a 47).",
                        en: "The general check digit (field 4, digit 33) is \(found), but the code gives "
                            + "\(expected). Fields 1 to 3 check out, so check field 4 and field 5 (due date and "
                            + "amount, digits 34 to 47).",
                        blocking: true))
            case (.linha, true):
                problems.append(
                    Problem(
                        code: .generalCheckDigit,
                        pt: "O dígito verificador geral (campo 4, dígito 33) também não confere (é \(found), o "
                            + "cálculo dá \(expected)); corrija primeiro o campo indicado acima.",
                        en: "The general check digit (field 4, digit 33) does not match either (it is \(found), "
                            + "the code gives \(expected)); fix the field above first.",
                        blocking: true))
            }
        }
        if !problems.isEmpty {
            problems.append(
                kind == .linha
                    ? Problem(
                        code: .notPayableAsTyped,
                        pt: "O boleto não pode ser pago como foi digitado: corrija o que está indicado ou copie a "
                            + "linha digitável de novo.",
                        en: "The boleto cannot be paid as typed: fix what is pointed out or copy the linha "
                            + "digitável again.",
                        blocking: true)
                    : Problem(
                        code: .notPayableAsTyped,
                        pt: "O boleto não pode ser pago com este código de barras: leia-o de novo ou digite a "
                            + "linha digitável.",
                        en: "The boleto cannot be paid with this barcode: scan it again or type the linha "
                            + "digitável.",
                        blocking: true))
        }
        return problems
    }

    /// What the payer should know about the due date, the amount and the currency.
    static func notices(factor: Int?, dueDate: CivilDate?, amount: Money, currencyCode: Int, today: CivilDate)
        -> [Problem]
    {
        var problems: [Problem] = []
        switch factor {
        case nil:
            problems.append(
                Problem(
                    code: .amountReplacesFactor,
                    pt: "Valor acima de R$ 99.999.999,99: ele ocupa o lugar do fator, e o código não traz a data "
                        + "de vencimento.",
                    en: "Amount above R$ 99.999.999,99: it takes the factor's place, and the code carries no due "
                        + "date.",
                    blocking: false))
        case 0?:
            problems.append(
                Problem(
                    code: .noDueDate,
                    pt: "O código não traz data de vencimento (fator 0000).",
                    en: "The code carries no due date (factor 0000).",
                    blocking: false))
        case let factor? where dueDate == nil:
            let from = today.adding(days: -DueDateFactor.daysBeforeToday)
            let to = today.adding(days: DueDateFactor.daysAfterToday)
            problems.append(
                Problem(
                    code: .factorOutsideWindow,
                    pt: "O fator de vencimento \(factor) não corresponde a nenhuma data entre \(from.brazilian) e "
                        + "\(to.brazilian) (3000 dias antes a 5500 dias depois de hoje): os bancos não aceitam "
                        + "o pagamento.",
                    en: "The due-date factor \(factor) matches no date between \(from.iso) and \(to.iso) (3000 "
                        + "days before to 5500 days after today): banks do not accept the payment.",
                    blocking: true))
        default:
            break
        }
        if let dueDate, dueDate < today {
            problems.append(
                Problem(
                    code: .overdue,
                    pt: "Vencido em \(dueDate.brazilian): o banco pode cobrar juros e multa, ou recusar o "
                        + "pagamento depois da data-limite do beneficiário.",
                    en: "Overdue since \(dueDate.iso): the bank may add interest and fines, or refuse payment "
                        + "after the beneficiário's deadline.",
                    blocking: false))
        }
        if amount.isZero {
            problems.append(
                Problem(
                    code: .amountNotInCode,
                    pt: "O código não traz o valor (zeros): o valor é informado na hora do pagamento.",
                    en: "The code carries no amount (zeros): the amount is entered when paying.",
                    blocking: false))
        }
        if currencyCode != 9 {
            problems.append(
                Problem(
                    code: .currencyNotReal,
                    pt: "Código de moeda \(currencyCode): não é Real (9).",
                    en: "Currency code \(currencyCode): not the Real (9).",
                    blocking: false))
        }
        return problems
    }
}
