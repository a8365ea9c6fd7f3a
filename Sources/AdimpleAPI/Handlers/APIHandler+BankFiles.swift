import AdimpleCore
import BrazilKit
import CNABKit
import Crypto
import HTTPTypes
internal import Foundation
internal import OpenAPIRuntime

extension APIHandler {
    package func importRetorno(_ input: Operations.ImportRetorno.Input) async throws -> Operations.ImportRetorno.Output {
        guard case .binary(let body) = input.body else { throw APIError.badRequest("Send application/octet-stream.") }
        let bytes = [UInt8](try await Data(collecting: body, upTo: environment.maxFileBytes))
        let report = try await RetornoService(try environment.services()).importRetorno(
            bytes, fileName: input.query.fileName ?? "retorno", sha256: APIKeyMint.hex(SHA256.hash(data: bytes)),
            by: try actor)
        if report.refused {
            let field = report.line.map { "line \($0)" } ?? "file"
            throw APIError(
                .unprocessableContent, type: "invalid-file", title: "The retorno is refused; nothing was applied",
                detail: report.reason ?? "refused",
                errors: [APIError.FieldProblem(field: field, reason: report.reason ?? "refused", value: report.fileID)])
        }
        return .ok(.init(body: .json(.init(report))))
    }

    package func createRemessa(_ input: Operations.CreateRemessa.Input) async throws -> Operations.CreateRemessa.Output {
        let layout: CNABLayout = input.query.layout == ._400 ? .cnab400 : .cnab240
        let result = try await RemessaService(try environment.services()).generate(
            account: BankAccount.ID(input.path.id), layout: layout, digest: { APIKeyMint.hex(SHA256.hash(data: $0)) },
            by: try actor)
        return .created(.init(body: .json(.init(result.file))))
    }

    package func listBankFiles(_ input: Operations.ListBankFiles.Input) async throws -> Operations.ListBankFiles.Output {
        let limit = pageSize(input.query.limit)
        let kind = input.query.kind.flatMap { BankFile.Kind(rawValue: $0.rawValue) }
        let before = input.query.startingAfter.map(BankFile.ID.init)
        let fetched = try await store.read { try await $0.bankFiles.files(kind: kind, before: before, limit: limit + 1) }
        let page = Page(fetched, limit: limit) { $0.id.rawValue }
        return .ok(.init(body: .json(.init(
            object: .list, data: page.items.map { .init($0) }, hasMore: page.hasMore, nextCursor: page.nextCursor))))
    }

    package func getBankFile(_ input: Operations.GetBankFile.Input) async throws -> Operations.GetBankFile.Output {
        guard let file = try await store.read({ try await $0.bankFiles.file(BankFile.ID(input.path.id)) }) else {
            throw APIError.notFound("bank file", input.path.id)
        }
        return .ok(.init(body: .json(.init(file))))
    }

    package func getBankFileContent(_ input: Operations.GetBankFileContent.Input) async throws
        -> Operations.GetBankFileContent.Output
    {
        guard let bytes = try await store.read({ try await $0.bankFiles.content(BankFile.ID(input.path.id)) }) else {
            throw APIError.notFound("bank file", input.path.id)
        }
        return .ok(.init(body: .binary(HTTPBody(bytes))))
    }

    package func listReconciliationExceptions(_ input: Operations.ListReconciliationExceptions.Input) async throws
        -> Operations.ListReconciliationExceptions.Output
    {
        let limit = pageSize(input.query.limit)
        let status = input.query.status.flatMap { ReconciliationException.Status(rawValue: $0.rawValue) }
        let fetched = try await ReconciliationService(try environment.services()).exceptions(
            status: status, after: input.query.startingAfter.map(ReconciliationException.ID.init), limit: limit + 1)
        let page = Page(fetched, limit: limit) { $0.id.rawValue }
        return .ok(.init(body: .json(.init(
            object: .list, data: page.items.map { .init($0) }, hasMore: page.hasMore, nextCursor: page.nextCursor))))
    }

    package func resolveReconciliationException(_ input: Operations.ResolveReconciliationException.Input) async throws
        -> Operations.ResolveReconciliationException.Output
    {
        guard case .json(let body) = input.body else { throw APIError.badRequest("Send JSON.") }
        let resolved = try await ReconciliationService(try environment.services()).resolve(
            ReconciliationException.ID(input.path.id), payingCharge: Charge.ID(body.chargeId), by: try actor)
        return .ok(.init(body: .json(.init(resolved))))
    }

    package func dismissReconciliationException(_ input: Operations.DismissReconciliationException.Input) async throws
        -> Operations.DismissReconciliationException.Output
    {
        guard case .json(let body) = input.body else { throw APIError.badRequest("Send JSON.") }
        let dismissed = try await ReconciliationService(try environment.services()).dismiss(
            ReconciliationException.ID(input.path.id), reason: body.reason, by: try actor)
        return .ok(.init(body: .json(.init(dismissed))))
    }
}

extension Components.Schemas.RetornoReport {
    init(_ report: RetornoReport) {
        self.init(
            fileId: report.fileID, bank: report.bank, layout: report.layout, titulos: report.titulos,
            applied: report.applied, alreadyApplied: report.alreadyApplied, exceptions: report.exceptions,
            paymentsCreated: report.paymentsCreated, registered: report.registered, rejected: report.rejected,
            closed: report.closed, informational: report.informational,
            received: .init(Money(centavos: report.receivedCentavos)), fees: .init(Money(centavos: report.feesCentavos)),
            refused: report.refused, duplicateOf: report.duplicateOf)
    }
}

extension Components.Schemas.BankFile {
    init(_ file: BankFile) {
        self.init(
            id: file.id.rawValue, object: .bankFile, kind: .init(rawValue: file.kind.rawValue) ?? .retorno,
            bank: file.bank, bankAccountId: file.bankAccountID?.rawValue, layout: file.layout, fileName: file.fileName,
            sha256: file.sha256, size: file.size, nsa: file.nsa, status: .init(rawValue: file.status.rawValue) ?? .accepted,
            refusal: file.refusal, receivedAt: file.receivedAt, contentUrl: "/v1/bank_files/\(file.id.rawValue)/content")
    }
}

extension Components.Schemas.ReconciliationException {
    init(_ item: ReconciliationException) {
        self.init(
            id: item.id.rawValue, object: .reconciliationException,
            kind: .init(rawValue: item.kind.rawValue) ?? .unknownNossoNumero,
            status: .init(rawValue: item.status.rawValue) ?? .open, fileId: item.fileID.rawValue, line: item.line,
            bank: item.bank, nossoNumero: item.nossoNumero, chargeId: item.chargeID?.rawValue,
            expectedAmount: item.expectedAmount.map { .init($0) }, paidAmount: item.paidAmount.map { .init($0) },
            paidOn: item.paidOn?.iso, creditOn: item.creditOn?.iso, details: item.details, createdAt: item.createdAt,
            resolvedAt: item.resolvedAt, resolution: item.resolution)
    }
}
