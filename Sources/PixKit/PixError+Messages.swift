import BrazilKit

extension PixError: LocalizedMessage, CustomStringConvertible {
    /// The message in the given language, naming the field, e.g.
    /// "Campo 59 (nome do recebedor) longo demais: máximo 25 caracteres, recebidos 31".
    public func message(_ language: Language) -> String {
        let pt = language == .ptBR
        switch self {
        case .malformedElement(let field, let offset, let problem):
            let name = Self.fieldName(field, language)
            return pt
                ? "BR Code inválido: \(name) no índice \(offset): \(problem.message(language))"
                : "Invalid BR Code: \(name) at offset \(offset): \(problem.message(language))"
        case .misplacedField(let field, let offset, let expected):
            let name = Self.fieldName(field, language)
            switch (expected, pt) {
            case (.first, true): return "BR Code inválido: \(name) deve ser o primeiro, mas está no índice \(offset)"
            case (.first, false): return "Invalid BR Code: \(name) must come first, but is at offset \(offset)"
            case (.last, true): return "BR Code inválido: \(name) deve ser o último, mas está no índice \(offset)"
            case (.last, false): return "Invalid BR Code: \(name) must come last, but is at offset \(offset)"
            }
        case .missingField(let field):
            let name = Self.fieldName(field, language)
            return pt ? "\(Self.capitalized(name)) não informado" : "\(Self.capitalized(name)) is missing"
        case .unexpectedValue(let field, let offset, let found, let expected):
            let name = Self.capitalized(Self.fieldName(field, language))
            let place = offset.map { pt ? " (índice \($0))" : " (offset \($0))" } ?? ""
            let options = Self.list(expected.map { "\"\($0)\"" }, or: pt ? "ou" : "or")
            return pt
                ? "\(name)\(place) com valor \"\(found)\": o esperado é \(options)"
                : "\(name)\(place) holds \"\(found)\": expected \(options)"
        case .invalidFormat(let field, let offset, let value, let pattern):
            let name = Self.capitalized(Self.fieldName(field, language))
            let place = offset.map { pt ? " (índice \($0))" : " (offset \($0))" } ?? ""
            return pt
                ? "\(name)\(place) inválido \"\(value)\": deve seguir o formato \(pattern)"
                : "Invalid \(Self.fieldName(field, language))\(place) \"\(value)\": it must match \(pattern)"
        case .crcMismatch(let expected, let found):
            return pt
                ? "BR Code com CRC incorreto: o campo 63 traz \(found), mas o CRC do conteúdo é \(expected)"
                : "BR Code CRC mismatch: field 63 holds \(found), but the payload's CRC is \(expected)"
        case .emptyField(let field):
            let name = Self.capitalized(Self.fieldName(field, language))
            return pt ? "\(name) vazio" : "\(name) is empty"
        case .fieldTooLong(let field, let maximum, let actual):
            let name = Self.capitalized(Self.fieldName(field, language))
            return pt
                ? "\(name) longo demais: máximo \(maximum) caracteres, recebidos \(actual)"
                : "\(name) is too long: at most \(maximum) characters, got \(actual)"
        case .invalidCharacter(let field, let character, let position):
            let name = Self.fieldName(field, language)
            return pt
                ? "Caractere \"\(Self.visible(character))\" não permitido em \(name), posição \(position)"
                : "Character \"\(Self.visible(character))\" is not allowed in \(name), position \(position)"
        case .duplicateField(let field):
            let name = Self.capitalized(Self.fieldName(field, language))
            return pt ? "\(name) aparece duas vezes" : "\(name) appears twice"
        case .conflictingFields(let field, let other):
            let first = Self.capitalized(Self.fieldName(field, language))
            let second = Self.fieldName(other, language)
            return pt ? "\(first) não pode ser usado junto com \(second)" : "\(first) cannot be used with \(second)"
        case .tooManyItems(let field, let maximum, let actual):
            let name = Self.capitalized(Self.fieldName(field, language))
            return pt
                ? "\(name) com itens demais: máximo \(maximum), recebidos \(actual)"
                : "\(name) has too many items: at most \(maximum), got \(actual)"
        case .invalidAmount(let field, let value, let problem):
            let name = Self.fieldName(field, language)
            return pt
                ? "Valor inválido em \(name) \"\(value)\": \(problem.message(language))"
                : "Invalid amount in \(name) \"\(value)\": \(problem.message(language))"
        case .invalidKey(let value, let problem):
            return pt
                ? "Chave Pix inválida \"\(value)\": \(problem.message(language))"
                : "Invalid Pix key \"\(value)\": \(problem.message(language))"
        case .invalidTxid(let value, let rule, let problem):
            let context = rule.displayName(language)
            return pt
                ? "txid inválido para \(context) \"\(value)\": \(problem.message(language))"
                : "Invalid txid for \(context) \"\(value)\": \(problem.message(language))"
        case .invalidIdentifier(let field, let value, let problem):
            return pt
                ? "\(field) inválido \"\(value)\": \(problem.message(language))"
                : "Invalid \(field) \"\(value)\": \(problem.message(language))"
        }
    }

    /// The Brazilian Portuguese message.
    public var description: String { message(.ptBR) }

    /// "campo 59 (nome do recebedor)" for BR Code IDs, "campo valor.original" for API Pix JSON paths.
    static func fieldName(_ field: String, _ language: Language) -> String {
        let pt = language == .ptBR
        if field == "payload" { return "BR Code" }
        guard let label = brCodeLabels[field] else { return pt ? "campo \(field)" : "field \(field)" }
        return pt ? "campo \(field) (\(label.pt))" : "field \(field) (\(label.en))"
    }

    /// Names of the BR Code elements (rails.md §3.1), in both languages.
    private static let brCodeLabels: [String: (pt: String, en: String)] = [
        "00": ("indicador de formato", "payload format indicator"),
        "01": ("método de iniciação", "point of initiation method"),
        "26": ("conta Pix do recebedor", "Pix merchant account information"),
        "26-00": ("GUI do arranjo Pix", "Pix GUI"),
        "26-01": ("chave Pix", "Pix key"),
        "26-02": ("informação adicional", "description"),
        "26-25": ("URL do payload", "payload location URL"),
        "52": ("categoria do estabelecimento", "merchant category code"),
        "53": ("moeda", "transaction currency"),
        "54": ("valor", "transaction amount"),
        "58": ("país", "country code"),
        "59": ("nome do recebedor", "merchant name"),
        "60": ("cidade do recebedor", "merchant city"),
        "61": ("CEP", "postal code"),
        "62": ("dados adicionais", "additional data"),
        "62-05": ("txid", "txid"),
        "63": ("CRC", "CRC"),
        "80": ("Pix Automático", "Pix Automático"),
        "80-00": ("GUI do arranjo Pix", "Pix GUI"),
        "80-25": ("URL da recorrência", "recurrence location URL"),
    ]

    private static func capitalized(_ text: String) -> String {
        guard let first = text.first else { return text }
        return first.uppercased() + text.dropFirst()
    }

    /// Control characters are shown by code point, so a stray tab or line break is visible in the message.
    static func visible(_ character: Character) -> String {
        guard let scalar = character.unicodeScalars.first, character.unicodeScalars.count == 1,
            scalar.value < 0x20 || scalar.value == 0x7F
        else { return String(character) }
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }

    static func list(_ items: [String], or word: String) -> String {
        guard let last = items.last, items.count > 1 else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + " \(word) " + last
    }
}

extension PixError.ElementProblem {
    func message(_ language: Language) -> String {
        let pt = language == .ptBR
        switch self {
        case .truncatedHeader(let remaining):
            return pt
                ? "restam \(remaining) caracteres, menos que os 4 de ID e tamanho"
                : "\(remaining) characters left, fewer than the 4 of ID and length"
        case .nonNumericID(let id):
            return pt ? "ID \"\(id)\" não tem 2 dígitos" : "ID \"\(id)\" is not two digits"
        case .nonNumericLength(let length):
            return pt ? "tamanho \"\(length)\" não tem 2 dígitos" : "length \"\(length)\" is not two digits"
        case .zeroLength:
            return pt ? "tamanho 00 (o mínimo é 01)" : "length 00 (the minimum is 01)"
        case .valueOverrunsPayload(let declared, let available):
            return pt
                ? "declara \(declared) caracteres, mas só restam \(available)"
                : "declares \(declared) characters, but only \(available) are left"
        case .duplicateID:
            return pt ? "ID repetido" : "duplicate ID"
        }
    }
}

extension PixError.AmountProblem {
    func message(_ language: Language) -> String {
        let pt = language == .ptBR
        switch self {
        case .notADecimal:
            return pt
                ? "use dígitos, ponto decimal e duas casas (ex.: 123.45)"
                : "use digits, a decimal dot and two places (e.g. 123.45)"
        case .negative:
            return pt ? "não pode ser negativo" : "cannot be negative"
        case .notPositive:
            return pt ? "deve ser maior que zero" : "must be greater than zero"
        case .tooLarge(let maximum):
            return pt ? "o máximo é \(maximum)" : "the maximum is \(maximum)"
        }
    }
}

extension PixError.PixKeyProblem {
    func message(_ language: Language) -> String {
        let pt = language == .ptBR
        switch self {
        case .empty:
            return pt ? "não informada" : "missing"
        case .tooLong(let actual):
            return pt ? "máximo 77 caracteres, recebidos \(actual)" : "at most 77 characters, got \(actual)"
        case .unrecognised:
            return pt
                ? "não é CPF, CNPJ, telefone (+55…), e-mail nem chave aleatória"
                : "not a CPF, CNPJ, phone (+55…), e-mail or random key"
        case .invalidCPF(let error), .invalidCNPJ(let error):
            return error.message(language)
        case .notCPFNorPhone(let error):
            return pt
                ? "\(error.message(language)); se for telefone, escreva com +55 e DDD"
                : "\(error.message(language)); if it is a phone number, write it with +55 and the area code"
        case .phoneWithoutCountryCode:
            return pt ? "telefone deve começar com +55" : "a phone key must start with +55"
        case .foreignPhone:
            return pt
                ? "apenas telefones do Brasil (+55) são chaves Pix" : "only Brazilian (+55) phone numbers are Pix keys"
        case .invalidPhone(let error):
            return error.message(language)
        case .emailWithoutAtSign:
            return pt ? "e-mail deve ter exatamente um @" : "an e-mail must have exactly one @"
        case .emailInvalidCharacter(let character, let position):
            let shown = PixError.visible(character)
            return pt
                ? "caractere \"\(shown)\" não permitido no e-mail, posição \(position)"
                : "character \"\(shown)\" is not allowed in an e-mail, position \(position)"
        case .emailInvalidDomain:
            return pt ? "domínio do e-mail inválido" : "invalid e-mail domain"
        case .invalidRandomKey:
            return pt
                ? "chave aleatória deve ser um UUID em minúsculas (8-4-4-4-12)"
                : "a random key must be a lowercase UUID (8-4-4-4-12)"
        }
    }
}

extension PixError.IdentifierProblem {
    func message(_ language: Language) -> String {
        let pt = language == .ptBR
        switch self {
        case .wrongLength(let allowed, let actual):
            let range =
                allowed.lowerBound == allowed.upperBound
                ? "\(allowed.lowerBound)" : "\(allowed.lowerBound) a \(allowed.upperBound)"
            let rangeEN =
                allowed.lowerBound == allowed.upperBound
                ? "\(allowed.lowerBound)" : "\(allowed.lowerBound) to \(allowed.upperBound)"
            return pt
                ? "deve ter \(range) caracteres, mas tem \(actual)"
                : "it must have \(rangeEN) characters, but has \(actual)"
        case .invalidCharacter(let character, let position):
            let shown = PixError.visible(character)
            return pt
                ? "caractere \"\(shown)\" não permitido na posição \(position) (use apenas letras sem acento e dígitos)"
                : "character \"\(shown)\" is not allowed at position \(position) (only unaccented letters and digits)"
        case .wrongPrefix(let expected):
            let options = PixError.list(expected.map { "\"\($0)\"" }, or: pt ? "ou" : "or")
            return pt ? "deve começar com \(options)" : "it must start with \(options)"
        case .invalidDate(let date):
            return pt ? "a data \(date) não existe" : "the date \(date) does not exist"
        }
    }
}
