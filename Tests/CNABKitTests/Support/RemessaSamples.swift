import BrazilKit
import CNABKit

/// Remessas built for the tests: the same títulos for every bank, each with the account and the
/// nosso número in the form its layout takes (rails.md §1.7).
enum RemessaSamples {
    static func date(_ year: Int, _ month: Int, _ day: Int) -> CivilDate {
        CivilDate(year: year, month: month, day: day)!
    }

    static func account(_ bank: BankCode) -> CobrancaAccount {
        switch bank {
        case .bancoDoBrasil:
            CobrancaAccount(
                agencia: "1234", agenciaDV: "3", conta: "12345", contaDV: "5", convenio: "1234567", carteira: "17",
                variacaoCarteira: "19")
        case .caixa: CobrancaAccount(agencia: "1234", agenciaDV: "1", conta: "", convenio: "123456")
        case .santander:
            CobrancaAccount(
                agencia: "3163", agenciaDV: "8", conta: "13002862", contaDV: "5", convenio: "316380130028625",
                carteira: "5")
        case .sicoob: CobrancaAccount(agencia: "3039", agenciaDV: "0", conta: "489816", contaDV: "0", carteira: "1")
        case .sicredi: CobrancaAccount(agencia: "165", conta: "623", contaDV: "8", convenio: "12345", carteira: "1")
        case .bradesco:
            CobrancaAccount(
                agencia: "1234", agenciaDV: "5", conta: "12345", contaDV: "6", convenio: "1234567", carteira: "9")
        default: CobrancaAccount(agencia: "57", conta: "12345", contaDV: "7", carteira: "109")  // Itaú
        }
    }

    /// Nosso número as each layout holds it, check digit included where there is room.
    static func nossoNumero(_ bank: BankCode, _ layout: CNABLayout, _ sequence: Int) -> String {
        let digits = String(sequence)
        func padded(_ length: Int) -> String { String(repeating: "0", count: length - digits.count) + digits }
        switch (layout, bank) {
        case (.cnab240, .bancoDoBrasil): return "1234567" + padded(10)  // convênio of 7 + 10, no DV
        case (.cnab240, .caixa): return "14" + padded(15)  // modalidade 1, emissão 4, 15 digits
        case (.cnab240, .santander): return padded(13)
        case (.cnab240, .sicoob): return padded(10)
        case (.cnab240, .sicredi), (.cnab400, .sicredi): return "26" + padded(7)  // AA/BXXXXX-D, 9 digits
        case (.cnab240, .bradesco), (.cnab400, .bradesco): return padded(11) + "P"  // DV may be P
        case (.cnab240, .itau): return padded(8) + "4"  // 8 + DAC
        default: return padded(8)  // Itaú and Santander 400
        }
    }

    static let pagador = Pagador(
        name: "José da Conceição Ltda", document: Inscricao(kind: .cnpj, value: "11222333000181"),
        address: "Rua São João, 123 – apto 4", neighborhood: "Centro", cep: "01310-100", city: "São Paulo", uf: "SP")

    static let pagadorCPF = Pagador(
        name: "Maria Antônia", document: Inscricao(kind: .cpf, value: "52998224725"), address: "Av. Brasil, 1000",
        neighborhood: "Jardim", cep: "20040002", city: "Rio de Janeiro", uf: "RJ")

    /// Five títulos: a full entrada, a second entrada, a baixa, an alteração de vencimento, a
    /// protesto and (where the layout has it) an alteração de valor.
    static func titulos(_ bank: BankCode, _ layout: CNABLayout) -> [RemessaTitulo] {
        let is240 = layout == .cnab240
        let full = RemessaTitulo(
            instruction: .entrada, nossoNumero: nossoNumero(bank, layout, 1), seuNumero: "NF-1001",
            usoDaEmpresa: "CHARGE-0001", vencimento: date(2026, 3, 10), valor: Money(centavos: 145_000),
            especie: .duplicataMercantil, aceite: bank != .bradesco, emissao: date(2026, 2, 20),
            juros: is240 ? .taxaMensal(basisPoints: 100) : .valorPorDia(Money(centavos: 48)),
            jurosDesde: date(2026, 3, 11),
            multa: Multa(
                data: bank == .bradesco || bank == .sicredi ? nil : date(2026, 3, 11),
                valor: .percentual(basisPoints: 200)),
            descontos: is240
                ? [
                    Desconto(ate: date(2026, 3, 1), valor: .valor(Money(centavos: 5000))),
                    Desconto(ate: date(2026, 3, 5), valor: .valor(Money(centavos: 2500))),
                    Desconto(ate: date(2026, 3, 8), valor: .valor(Money(centavos: 1000))),
                ] : [Desconto(ate: date(2026, 3, 1), valor: .valor(Money(centavos: 5000)))],
            abatimento: Money(centavos: 100), pagador: pagador, protestoDias: 5, baixaDias: is240 ? 30 : nil)
        let second = RemessaTitulo(
            instruction: .entrada, nossoNumero: nossoNumero(bank, layout, 2), seuNumero: "NF-1002",
            vencimento: date(2026, 4, 10), valor: Money(centavos: 9_990), especie: .duplicataServico,
            emissao: date(2026, 2, 20), pagador: pagadorCPF)
        func instruction(_ kind: RemessaInstruction, _ sequence: Int, valor: Int64 = 145_000) -> RemessaTitulo {
            RemessaTitulo(
                instruction: kind, nossoNumero: nossoNumero(bank, layout, sequence), seuNumero: "NF-100\(sequence)",
                vencimento: date(2026, 5, 15), valor: Money(centavos: valor), emissao: date(2026, 2, 20), pagador: nil)
        }
        var titulos = [
            full, second, instruction(.baixa, 1), instruction(.alteracaoVencimento, 1), instruction(.protestar, 1),
        ]
        if !(layout == .cnab400 && bank == .santander) {
            titulos.append(instruction(.alteracaoValor, 2, valor: 8_000))
        }
        return titulos
    }

    static func file(_ bank: BankCode, _ layout: CNABLayout) -> RemessaFile {
        RemessaFile(
            layout: layout, bank: bank,
            header: RemessaHeader(
                companyName: "Adimplência Comércio de Serviços Ltda",
                companyDocument: Inscricao(kind: .cnpj, value: "11444777000161"),
                account: account(bank), nsa: 42, fileDate: date(2026, 2, 21), fileTime: 93015),
            titulos: titulos(bank, layout))
    }
}
