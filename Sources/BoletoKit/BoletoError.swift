import BrazilKit

/// Why a boleto could not be issued or a typed code could not be read; every case names the field and the
/// reason, in Brazilian Portuguese (``message(_:)`` with `.ptBR`, the default description) and English.
public enum BoletoError: Error, Equatable, Sendable, LocalizedMessage, CustomStringConvertible {
    /// The bank code is not one of the banks in ``BoletoBank``.
    case unknownBank(code: String)
    /// The amount is zero, negative or above what the bank (or the barcode) accepts.
    case amountOutOfRange(amount: Money, maximum: Money, bank: BoletoBank)
    /// The due date gives no factor in 1000…9999: it is before `earliest` (2000-07-03, factor 1000).
    case dueDateOutOfRange(date: CivilDate, earliest: CivilDate)
    /// The sequence does not fit in the bank's nosso número.
    case nossoNumeroTooLong(sequence: Int64, maximum: Int64, bank: BoletoBank)
    /// The sequence is zero or negative; sequences start at 1.
    case invalidSequence(Int64)
    /// An account field (or the issue year the nosso número needs) is unusable; `field` is the Swift name.
    case invalidAccountField(field: String, reason: FieldProblem)
    /// The nosso número was made for another account or bank (its digits differ from this account's).
    case nossoNumeroMismatch(nossoNumero: String, bank: BoletoBank)
    /// A campo livre must be exactly 25 digits.
    case invalidCampoLivre(value: String)
    /// Nothing but separators or whitespace was given.
    case emptyInput
    /// A character that is neither a digit nor a separator, at its 1-based position in the text as given.
    case invalidCharacter(character: String, position: Int)
    /// Not 44 (barcode) or 47 (linha digitável) digits.
    case wrongDigitCount(found: Int)
    /// The code starts with 8: an arrecadação code (utility bill, tax), which is not a boleto.
    case arrecadacao(digitCount: Int)
    /// A check digit does not hold (strict readers ``Barcode/init(_:)`` and ``LinhaDigitavel/init(_:)``).
    case wrongCheckDigit(field: CheckField, expected: Int, found: Int)

    /// What is wrong with an account field.
    public enum FieldProblem: Equatable, Sendable {
        /// The field is required (for this bank or carteira) but empty or absent.
        case missing
        /// The value has something other than the digits 0–9.
        case notDigits(value: String)
        /// The value has more digits than the bank's layout holds.
        case tooLong(value: String, maximum: Int)
        /// The number of digits selects a layout, and this one has none (BB convênio: 4, 6 or 7).
        case unsupportedLength(value: String, supported: [Int])
        /// The value is not one this library can issue with.
        case unsupportedValue(value: String, supported: [String])
        /// A number outside its allowed range.
        case outOfRange(value: Int, range: ClosedRange<Int>)
        /// BB carteira 21 with a 4- or 6-digit convênio: positions 43–44 = 21 mark the free 17-digit
        /// nosso número layout (BB-Bloqueto Anexo X), so a reader would misread the code.
        case reservedForFreeNossoNumero(value: String)
    }

    /// The message in the given language, naming the field and the value at fault.
    public func message(_ language: Language) -> String {
        language == .ptBR ? portuguese : english
    }

    /// The Brazilian Portuguese message.
    public var description: String { message(.ptBR) }

    private var portuguese: String {
        switch self {
        case .unknownBank(let code):
            return "Banco \"\(code)\" não suportado para boletos: use \(Self.supportedCodes(or: "ou"))"
        case .amountOutOfRange(let amount, let maximum, let bank):
            if amount.centavos <= 0 {
                return "Valor do boleto inválido (\(amount.formatted)): deve ser maior que zero"
            }
            return
                "Valor do boleto \(amount.formatted) acima do máximo de \(maximum.formatted) aceito pelo \(bank.name)"
        case .dueDateOutOfRange(let date, let earliest):
            return "Vencimento \(date.brazilian) fora do intervalo: o fator de vencimento (1000 a 9999) só representa "
                + "datas a partir de \(earliest.brazilian)"
        case .nossoNumeroTooLong(let sequence, let maximum, let bank):
            return "Nosso número \(sequence) longo demais para o \(bank.name): o máximo é \(maximum)"
        case .invalidSequence(let sequence):
            return "Sequência de nosso número inválida (\(sequence)): deve ser 1 ou maior"
        case .invalidAccountField(let field, let reason):
            return "Campo \(Self.fieldLabel(field, .ptBR)) inválido: \(reason.portuguese)"
        case .nossoNumeroMismatch(let nossoNumero, let bank):
            return "O nosso número \(nossoNumero) não foi gerado para esta conta do \(bank.name)"
        case .invalidCampoLivre(let value):
            return "Campo livre inválido \"\(value)\": deve ter exatamente 25 dígitos"
        case .emptyInput:
            return "Nenhum número informado: digite ou cole a linha digitável (47 dígitos) ou o código de barras (44)"
        case .invalidCharacter(let character, let position):
            return
                "Caractere \"\(character)\" inválido na posição \(position): use só dígitos, espaços, pontos e hífens"
        case .wrongDigitCount(let found):
            return DigitCountAdvice(found: found).portuguese
        case .arrecadacao(let digitCount):
            return "O código começa com 8 (\(digitCount) dígitos): é um código de arrecadação (conta de consumo, "
                + "tributo ou convênio), não um boleto bancário; pague-o como conta de consumo/tributo"
        case .wrongCheckDigit(let field, let expected, let found):
            return "\(field.portugueseName.capitalizedFirst): o dígito verificador é \(found), mas o cálculo dá "
                + "\(expected)"
        }
    }

    private var english: String {
        switch self {
        case .unknownBank(let code):
            return "Bank \"\(code)\" is not supported for boletos: use \(Self.supportedCodes(or: "or"))"
        case .amountOutOfRange(let amount, let maximum, let bank):
            if amount.centavos <= 0 {
                return "Invalid boleto amount (\(amount.formatted)): it must be greater than zero"
            }
            return "Boleto amount \(amount.formatted) is above the maximum of \(maximum.formatted) accepted by "
                + bank.name
        case .dueDateOutOfRange(let date, let earliest):
            return "Due date \(date.iso) is out of range: the due-date factor (1000 to 9999) only represents dates "
                + "from \(earliest.iso) on"
        case .nossoNumeroTooLong(let sequence, let maximum, let bank):
            return "Nosso número \(sequence) too long for the bank (\(bank.name)): the maximum is \(maximum)"
        case .invalidSequence(let sequence):
            return "Invalid nosso número sequence (\(sequence)): it must be 1 or more"
        case .invalidAccountField(let field, let reason):
            return "Invalid \(Self.fieldLabel(field, .en)): \(reason.english)"
        case .nossoNumeroMismatch(let nossoNumero, let bank):
            return "Nosso número \(nossoNumero) was not made for this \(bank.name) account"
        case .invalidCampoLivre(let value):
            return "Invalid campo livre \"\(value)\": it must be exactly 25 digits"
        case .emptyInput:
            return "No number given: type or paste the linha digitável (47 digits) or the barcode (44)"
        case .invalidCharacter(let character, let position):
            return "Invalid character \"\(character)\" at position \(position): use only digits, spaces, dots and "
                + "hyphens"
        case .wrongDigitCount(let found):
            return DigitCountAdvice(found: found).english
        case .arrecadacao(let digitCount):
            return "The code starts with 8 (\(digitCount) digits): it is an arrecadação code (utility bill, tax or "
                + "agreement), not a bank boleto; pay it as a utility bill/tax"
        case .wrongCheckDigit(let field, let expected, let found):
            return "\(field.englishName.capitalizedFirst): the check digit is \(found), but it should be \(expected)"
        }
    }

    private static func supportedCodes(or conjunction: String) -> String {
        let codes = BoletoBank.allCases.map(\.rawValue)
        return codes.dropLast().joined(separator: ", ") + " \(conjunction) " + codes.last!
    }

    /// Labels for the Swift field names, so messages read as the ficha and the bank contract do.
    static func fieldLabel(_ field: String, _ language: Language) -> String {
        switch (field, language) {
        case ("agencia", _): "agência"
        case ("agenciaDigito", .ptBR): "dígito da agência"
        case ("agenciaDigito", .en): "agência check digit"
        case ("conta", _): "conta"
        case ("contaDigito", .ptBR): "dígito da conta"
        case ("contaDigito", .en): "conta check digit"
        case ("convenio", _): "convênio"
        case ("carteira", _): "carteira"
        case ("codigoBeneficiario", _): "código do beneficiário"
        case ("codigoCliente", _): "código do cliente"
        case ("cooperativa", _): "cooperativa"
        case ("posto", _): "posto"
        case ("modalidade", _): "modalidade"
        case ("byteGeracao", .ptBR): "byte de geração"
        case ("byteGeracao", .en): "byte de geração (generation byte)"
        case ("issueYear", .ptBR): "ano de emissão"
        case ("issueYear", .en): "issue year"
        default: field
        }
    }
}

extension BoletoError.FieldProblem {
    var portuguese: String {
        switch self {
        case .missing:
            "campo obrigatório não informado"
        case .notDigits(let value):
            "\"\(value)\" deve ter só dígitos"
        case .tooLong(let value, let maximum):
            "\"\(value)\" tem \(value.count) dígitos; o banco aceita no máximo \(maximum)"
        case .unsupportedLength(let value, let supported):
            "\"\(value)\" tem \(value.count) dígitos; são aceitos \(Self.list(supported.map(String.init), "ou"))"
        case .unsupportedValue(let value, let supported):
            "\"\(value)\" não é suportado; valores aceitos: \(Self.list(supported, "ou"))"
        case .outOfRange(let value, let range):
            "\(value) fora do intervalo \(range.lowerBound) a \(range.upperBound)"
        case .reservedForFreeNossoNumero(let value):
            "\"\(value)\" nas posições 43–44 marca o nosso número livre de 17 dígitos (BB, Anexo X) e não pode ser "
                + "usada com convênio de 4 ou 6 dígitos"
        }
    }

    var english: String {
        switch self {
        case .missing:
            "required but not given"
        case .notDigits(let value):
            "\"\(value)\" must have only digits"
        case .tooLong(let value, let maximum):
            "\"\(value)\" has \(value.count) digits; the bank takes at most \(maximum)"
        case .unsupportedLength(let value, let supported):
            "\"\(value)\" has \(value.count) digits; supported: \(Self.list(supported.map(String.init), "or"))"
        case .unsupportedValue(let value, let supported):
            "\"\(value)\" is not supported; accepted values: \(Self.list(supported, "or"))"
        case .outOfRange(let value, let range):
            "\(value) is outside \(range.lowerBound) to \(range.upperBound)"
        case .reservedForFreeNossoNumero(let value):
            "\"\(value)\" in positions 43–44 marks the free 17-digit nosso número layout (BB, Anexo X) and cannot be "
                + "used with a 4- or 6-digit convênio"
        }
    }

    private static func list(_ items: [String], _ conjunction: String) -> String {
        guard items.count > 1 else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + " \(conjunction) " + items.last!
    }
}

/// What to tell a person who typed the wrong number of digits: how many are missing or extra.
struct DigitCountAdvice {
    let found: Int

    var portuguese: String {
        let head = "Foram digitados \(found) dígito\(found == 1 ? "" : "s")"
        if found < 44 {
            return head + ": faltam \(44 - found) para um código de barras (44) ou \(47 - found) para uma linha "
                + "digitável (47)"
        }
        if found < 47 {
            return head + ": sobra\(found - 44 == 1 ? "" : "m") \(found - 44) para um código de barras (44) ou "
                + "falta\(47 - found == 1 ? "" : "m") \(47 - found) para uma linha digitável (47)"
        }
        return head + ": sobram \(found - 47) para uma linha digitável (47)"
    }

    var english: String {
        let head = "\(found) digit\(found == 1 ? " was" : "s were") typed"
        if found < 44 {
            return head + ": \(44 - found) missing for a barcode (44) or \(47 - found) for a linha digitável (47)"
        }
        if found < 47 {
            return head + ": \(found - 44) extra for a barcode (44) or \(47 - found) missing for a linha "
                + "digitável (47)"
        }
        return head + ": \(found - 47) extra for a linha digitável (47)"
    }
}

extension String {
    /// The text with its first letter in upper case, for labels that start a sentence.
    var capitalizedFirst: String {
        guard let first else { return self }
        return first.uppercased() + dropFirst()
    }
}
