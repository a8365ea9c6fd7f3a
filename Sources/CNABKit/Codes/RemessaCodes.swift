/// Movimento (instruction) and espécie codes of each remessa layout.
enum RemessaCodes {
    /// The movimento code for an instruction.
    static func code(for instruction: RemessaInstruction, bank: BankCode, layout: CNABLayout) throws(CNABError)
        -> String
    {
        switch instruction {
        case .entrada: return "01"
        case .baixa: return "02"
        case .alteracaoVencimento: return "06"
        case .protestar: return "09"
        case .alteracaoValor:
            guard let code = valueChangeCode(bank: bank, layout: layout) else {
                throw CNABError(
                    field: "código de ocorrência",
                    reason: .invalidValue(
                        "alteração de valor",
                        reasonPT: "o layout \(layout.name) do banco \(bank.displayName) não tem essa instrução",
                        reasonEN: "bank \(bank.displayName)'s \(layout.name) layout has no such instruction"))
            }
            return code
        case .other(let code): return code
        }
    }

    /// The instruction a movimento code stands for, as written by ``code(for:bank:layout:)``.
    static func instruction(for code: String, bank: BankCode, layout: CNABLayout) -> RemessaInstruction {
        switch code {
        case "01": return .entrada
        case "02": return .baixa
        case "06": return .alteracaoVencimento
        case "09": return .protestar
        case valueChangeCode(bank: bank, layout: layout): return .alteracaoValor
        default: return .other(code)
        }
    }

    /// Alteração de valor: Bradesco 400 has its own code 20 (rails.md §2.11); CNAB 240 (C004), Itaú
    /// and Sicredi carry the new value with 31, "alteração de outros dados" — the remessas written
    /// here use 31 for nothing else. The Santander 400 codes at hand have neither.
    private static func valueChangeCode(bank: BankCode, layout: CNABLayout) -> String? {
        switch (layout, bank) {
        case (.cnab400, .bradesco): "20"
        case (.cnab400, .santander): nil
        default: "31"
        }
    }

    /// The espécie code in a layout: C015 in CNAB 240 (rails.md §2.9); each bank's own in CNAB 400
    /// (Itaú and Bradesco from rails.md, Santander and Sicredi [LIB laravel-boleto]).
    static func code(for especie: Especie, bank: BankCode, layout: CNABLayout) throws(CNABError) -> String {
        if case .code(let code) = especie { return code }
        guard let code = table(bank: bank, layout: layout).first(where: { $0.1 == especie })?.0 else {
            throw CNABError(
                field: "espécie do título",
                reason: .invalidValue(
                    "\(especie)", reasonPT: "espécie sem código no layout do banco \(bank.displayName)",
                    reasonEN: "no code for this espécie in bank \(bank.displayName)'s layout"))
        }
        return code
    }

    static func especie(for code: String, bank: BankCode, layout: CNABLayout) -> Especie {
        table(bank: bank, layout: layout).first(where: { $0.0 == code })?.1 ?? .code(code)
    }

    private static func table(bank: BankCode, layout: CNABLayout) -> [(String, Especie)] {
        switch (layout, bank) {
        case (.cnab400, .itau):
            [
                ("01", .duplicataMercantil), ("02", .notaPromissoria), ("03", .notaSeguro), ("05", .recibo),
                ("08", .duplicataServico), ("09", .letraCambio), ("13", .notaDebito), ("99", .outros),
            ]
        case (.cnab400, .bradesco):
            [
                ("01", .duplicataMercantil), ("02", .notaPromissoria), ("03", .notaSeguro), ("05", .recibo),
                ("10", .letraCambio), ("11", .notaDebito), ("12", .duplicataServico), ("99", .outros),
            ]
        case (.cnab400, .santander):
            [
                ("01", .duplicataMercantil), ("02", .notaPromissoria), ("03", .notaSeguro), ("05", .recibo),
                ("06", .duplicataServico), ("07", .letraCambio),
            ]
        case (.cnab400, .sicredi):
            [
                ("A", .duplicataMercantil), ("C", .notaPromissoria), ("E", .notaSeguro), ("G", .recibo),
                ("H", .letraCambio), ("I", .notaDebito), ("J", .duplicataServico), ("K", .outros),
            ]
        default:
            [
                ("02", .duplicataMercantil), ("04", .duplicataServico), ("07", .letraCambio), ("12", .notaPromissoria),
                ("16", .notaSeguro), ("17", .recibo), ("19", .notaDebito), ("99", .outros),
            ]
        }
    }
}
