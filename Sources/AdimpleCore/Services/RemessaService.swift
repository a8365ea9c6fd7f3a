import BoletoKit
import BrazilKit
import CNABKit
import Foundation

/// What a remessa carried.
public struct RemessaResult: Sendable {
    public let file: BankFile
    public let bytes: [UInt8]
    public let titulos: Int
    /// Instructions by kind ("register": 12, "write_off": 1…).
    public let instructions: [String: Int]
}

/// Writes the remessa of a bank account: every instruction queued since the last one —
/// entrada (registro) of new boletos, baixa, change of due date or amount, protesto — with the
/// next file number (NSA), kept with its bytes. Instructions are marked sent in the same
/// transaction, so a failure sends nothing and loses nothing.
public struct RemessaService: Sendable {
    public let context: ServiceContext

    public init(_ context: ServiceContext) { self.context = context }

    /// - Parameters:
    ///   - layout: CNAB 240 (default, every bank) or 400 (Itaú, Bradesco, Santander, Sicredi).
    ///   - digest: the SHA-256 hex of the bytes (the caller has the hashing).
    /// - Throws: `DomainError(.notFound)` for an unknown account, `DomainError(.conflict)` when
    ///   nothing waits to be sent, `ValidationError` when the bank's layout cannot carry a título.
    public func generate(
        account accountID: BankAccount.ID, layout: CNABLayout = .cnab240, digest: @Sendable ([UInt8]) -> String,
        by actor: Actor
    ) async throws -> RemessaResult {
        try await context.store.write { session in
            guard let account = try await session.boletos.account(accountID) else {
                throw DomainError.notFound("Conta bancária", accountID.rawValue)
            }
            guard let company = try await session.boletos.company() else {
                throw DomainError(.conflict, pt: "Cadastre a empresa antes da remessa", en: "Set the company profile first")
            }
            let bank = BankCode(rawValue: account.bank.code)
            guard RemessaFile.supportedBanks(layout).contains(bank) else {
                throw ValidationError([
                    FieldIssue(
                        field: "layout", value: layout.rawValue,
                        reasonPT: "\(layout.rawValue) não disponível para o banco \(bank.rawValue)",
                        reasonEN: "\(layout.rawValue) is not available for bank \(bank.rawValue)")
                ])
            }
            let pending = try await session.bankFiles.pendingInstructions(account: accountID)
            guard !pending.isEmpty else {
                throw DomainError(
                    .conflict, pt: "Nenhuma instrução pendente para a conta \(account.label)",
                    en: "Nothing waits to be sent for account \(account.label)")
            }
            let now = context.clock.now()
            let today = context.clock.today()
            var titulos: [RemessaTitulo] = []
            var counts: [String: Int] = [:]
            for instruction in pending {
                guard let boleto = try await session.boletos.get(instruction.boletoID),
                    let charge = try await session.charges.get(boleto.chargeID),
                    let customer = try await session.customers.get(charge.customerID)
                else { continue }
                titulos.append(Self.titulo(instruction.kind, boleto: boleto, charge: charge, customer: customer))
                counts[instruction.kind.rawValue, default: 0] += 1
            }
            let nsa = try await session.bankFiles.nextRemessaNumber(account: accountID)
            let header = RemessaHeader(
                companyName: company.legalName, companyDocument: Inscricao(company.document),
                account: Self.cobrancaAccount(account.agreement), nsa: nsa, fileDate: today,
                fileTime: Self.hhmmss(now))
            let bytes: [UInt8]
            do {
                bytes = try RemessaFile(layout: layout, bank: bank, header: header, titulos: titulos).write()
            } catch let error as CNABError {
                throw ValidationError([
                    FieldIssue(field: error.field ?? "remessa", value: nil, reasonPT: error.message(.ptBR), reasonEN: error.message(.en))
                ])
            }
            let file = BankFile(
                id: context.ids.next(.bankFile), kind: .remessa, bank: bank.rawValue, bankAccountID: accountID,
                layout: layout.rawValue, fileName: "REM\(bank.rawValue)\(String(nsa).leftPadded(6)).REM", sha256: digest(bytes),
                size: bytes.count, nsa: nsa, status: .accepted,
                report: Snapshot.json(counts.mapValues(String.init)), receivedAt: now, createdBy: actor)
            try await session.bankFiles.insert(file, content: bytes)
            try await session.bankFiles.markSent(pending.map(\.id), in: file.id)
            try await session.audit.append(
                AuditEntry(
                    id: context.ids.next(.audit), at: now, actor: actor, action: "remessa.created", entityType: "bank_file",
                    entityID: file.id.rawValue, before: nil, after: Snapshot.json(counts.mapValues(String.init))))
            return RemessaResult(file: file, bytes: bytes, titulos: titulos.count, instructions: counts)
        }
    }

    static func titulo(_ kind: BankInstruction.Kind, boleto: Boleto, charge: Charge, customer: Customer) -> RemessaTitulo {
        let instruction: RemessaInstruction =
            switch kind {
            case .register: .entrada
            case .writeOff: .baixa
            case .changeDueDate: .alteracaoVencimento
            case .changeAmount: .alteracaoValor
            case .protest: .protestar
            }
        let rules = charge.lateCharges
        let fine = rules.effectiveFineBasisPoints(isConsumer: customer.isConsumer)
        var descontos: [CNABKit.Desconto] = []
        if let discount = rules.discount {
            switch discount.value {
            case .amount(let amount): descontos.append(.init(ate: discount.until, valor: .valor(amount)))
            case .basisPoints(let bp): descontos.append(.init(ate: discount.until, valor: .percentual(basisPoints: bp)))
            }
        }
        let pagador = customer.address.map { address in
            Pagador(
                name: customer.name, document: customer.document.map(Inscricao.init) ?? Inscricao(kind: .cpf, value: ""),
                address: "\(address.street), \(address.number)" + (address.complement.map { " \($0)" } ?? ""),
                neighborhood: address.district, cep: address.cep.digits, city: address.city, uf: address.state)
        }
        return RemessaTitulo(
            instruction: instruction, nossoNumero: boleto.nossoNumero.digits + (boleto.nossoNumero.checkDigit ?? ""),
            seuNumero: String((charge.externalID ?? String(charge.id.rawValue.suffix(10))).prefix(15)),
            usoDaEmpresa: String(charge.id.rawValue.suffix(25)), vencimento: boleto.dueDate,
            valor: kind == .register ? charge.amount : boleto.principal,
            especie: customer.kind == .company ? .duplicataMercantil : .duplicataServico,
            emissao: CivilDate.today(at: charge.createdAt, in: .saoPaulo),
            juros: rules.monthlyInterestBasisPoints > 0 ? .taxaMensal(basisPoints: rules.monthlyInterestBasisPoints) : nil,
            multa: fine > 0 ? Multa(data: boleto.dueDate.adding(days: 1), valor: .percentual(basisPoints: fine)) : nil,
            descontos: descontos, pagador: pagador)
    }

    static func cobrancaAccount(_ agreement: BeneficiaryAccount) -> CobrancaAccount {
        switch agreement {
        case .bancoDoBrasil(let agencia, let conta, let convenio, let carteira):
            CobrancaAccount(agencia: agencia, conta: conta, convenio: convenio, carteira: carteira)
        case .santander(let agencia, let code, let carteira):
            CobrancaAccount(agencia: agencia, conta: "", convenio: code, carteira: carteira)
        case .caixa(let agencia, let code):
            CobrancaAccount(agencia: agencia, conta: "", convenio: code, carteira: "1")
        case .bradesco(let agencia, let conta, let carteira, let agenciaDV, let contaDV):
            CobrancaAccount(agencia: agencia, agenciaDV: agenciaDV ?? "", conta: conta, contaDV: contaDV ?? "", carteira: carteira)
        case .itau(let agencia, let conta, let carteira, _):
            CobrancaAccount(agencia: agencia, conta: conta, carteira: carteira)
        case .sicredi(let cooperativa, let posto, let code, _):
            CobrancaAccount(agencia: cooperativa, agenciaDV: posto, conta: "", convenio: code, carteira: "1")
        case .sicoob(let cooperativa, let code, _, let carteira):
            CobrancaAccount(agencia: cooperativa, conta: "", convenio: code, carteira: carteira)
        }
    }

    static func hhmmss(_ instant: Date) -> Int {
        let seconds = Int(instant.timeIntervalSince1970) - 3 * 3600
        let day = ((seconds % 86_400) + 86_400) % 86_400
        return day / 3600 * 10_000 + day % 3600 / 60 * 100 + day % 60
    }
}

extension String {
    fileprivate func leftPadded(_ width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
