import AdimpleCore
import AdimpleImport
import HTTPTypes
internal import Foundation
internal import OpenAPIRuntime

extension APIHandler {
    package func importCustomers(_ input: Operations.ImportCustomers.Input) async throws
        -> Operations.ImportCustomers.Output
    {
        guard case .csv(let body) = input.body else { throw APIError.badRequest("Send text/csv.") }
        let data = try await Data(collecting: body, upTo: environment.maxFileBytes)
        let importer = CustomerCSVImport(try environment.services())
        let actor = try actor
        let report = try Self.refusingUnusableFiles(
            try await importer.run(data: data, dryRun: input.query.dryRun ?? false, by: actor))
        return .ok(.init(body: .json(.init(report))))
    }

    package func importCharges(_ input: Operations.ImportCharges.Input) async throws -> Operations.ImportCharges.Output {
        guard case .csv(let body) = input.body else { throw APIError.badRequest("Send text/csv.") }
        let data = try await Data(collecting: body, upTo: environment.maxFileBytes)
        let importer = ChargeCSVImport(try environment.services())
        let actor = try actor
        let report = try Self.refusingUnusableFiles(
            try await importer.run(data: data, dryRun: input.query.dryRun ?? false, by: actor))
        return .ok(.init(body: .json(.init(report))))
    }

    package func exportCustomers(_ input: Operations.ExportCustomers.Input) async throws
        -> Operations.ExportCustomers.Output
    {
        let statuses = Set((input.query.status ?? []).compactMap { CustomerStatus(rawValue: $0.rawValue) })
        let data = try await CSVExport.customers(from: try store, statuses: statuses)
        return .ok(.init(body: .csv(HTTPBody(data))))
    }

    package func exportCharges(_ input: Operations.ExportCharges.Input) async throws -> Operations.ExportCharges.Output {
        let filter = try chargeFilter(
            status: input.query.status, method: input.query.method, customerID: input.query.customerId,
            dueFrom: input.query.dueFrom, dueTo: input.query.dueTo)
        let data = try await CSVExport.charges(from: try store, filter: filter)
        return .ok(.init(body: .csv(HTTPBody(data))))
    }

    /// Bad lines are reported and skipped, good ones imported (as the CLI does); a file that
    /// cannot be used at all — unreadable, no header, unknown or missing columns — is a 422
    /// naming each reason, since there is no report of lines to give.
    static func refusingUnusableFiles(_ report: CSVImportReport) throws -> CSVImportReport {
        guard report.refused else { return report }
        let problems = report.errors.map {
            APIError.FieldProblem(
                field: "line \($0.line)" + ($0.column.map { ", column \($0)" } ?? ""), reason: $0.reasonEN, value: $0.value)
        }
        throw APIError(
            .unprocessableContent, type: "invalid-file", title: "The file cannot be imported",
            detail: problems.map { "\($0.field): \($0.reason)" }.joined(separator: "; "), errors: problems)
    }
}
