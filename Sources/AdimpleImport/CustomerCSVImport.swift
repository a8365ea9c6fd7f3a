import AdimpleCore
import BrazilKit
import Foundation

/// Imports customers from a CSV file: every bad line is reported with its number, column and
/// reason; good lines are upserted by external id (or, without one, by CPF/CNPJ), so running
/// the same file twice changes nothing. A dry run reports without writing.
public struct CustomerCSVImport: Sendable {
    public typealias LineError = CSVLineError
    public typealias Report = CSVImportReport

    /// Columns recognised, by folded header name (Portuguese and English).
    static let columns: [String: String] = [
        "nome": "name", "name": "name", "razaosocial": "name", "nomecompleto": "name", "cliente": "name",
        "nomefantasia": "trade_name", "fantasia": "trade_name", "tradename": "trade_name",
        "cpfcnpj": "document", "cpf": "document", "cnpj": "document", "documento": "document", "document": "document",
        "tipo": "kind", "pessoa": "kind", "kind": "kind",
        "email": "emails", "emails": "emails", "telefone": "phones", "telefones": "phones", "celular": "phones",
        "fone": "phones", "phone": "phones", "phones": "phones",
        "logradouro": "street", "endereco": "street", "rua": "street", "street": "street",
        "numero": "number", "number": "number", "complemento": "complement", "complement": "complement",
        "bairro": "district", "district": "district", "cidade": "city", "municipio": "city", "city": "city",
        "uf": "state", "estado": "state", "state": "state", "cep": "cep", "zip": "cep",
        "segmento": "segment", "segment": "segment", "tags": "tags", "etiquetas": "tags",
        "codigo": "external_id", "codigoerp": "external_id", "idexterno": "external_id", "externalid": "external_id",
        "observacoes": "notes", "obs": "notes", "notes": "notes", "situacao": "status", "status": "status",
    ]

    public let context: ServiceContext

    public init(_ context: ServiceContext) { self.context = context }

    public func run(data: Data, dryRun: Bool, by actor: Actor) async throws -> Report {
        let opened = CSVImportReport.open(data, dryRun: dryRun)
        var report = opened.report
        guard let table = opened.table else { return report }

        let header = CSVHeader(table.header, columns: Self.columns, required: ["name": ("nome", "name")])
        if !header.errors.isEmpty {
            report.errors = header.errors
            report.refused = true
            report.rejected = table.records.count
            return report
        }
        let fieldOfColumn = header.fieldOfColumn
        let columnOfField = header.columnOfField

        // Validate every line first.
        var valid: [(line: Int, fields: ValidCustomerFields)] = []
        var seenExternal: [String: Int] = [:]
        var seenDocument: [String: Int] = [:]
        for (line, values) in table.records {
            var input = CustomerInput()
            var address = AddressInput()
            var errors: [LineError] = []
            if values.count > table.header.count {
                errors.append(LineError(
                    line: line, column: nil, value: nil,
                    reasonPT: "\(values.count) campos, mas o cabeçalho tem \(table.header.count)",
                    reasonEN: "\(values.count) fields, but the header has \(table.header.count)"))
            }
            for (index, value) in values.enumerated() {
                guard let field = fieldOfColumn[index], !value.isEmpty else { continue }
                switch field {
                case "name": input.name = value
                case "trade_name": input.tradeName = value
                case "document": input.document = value
                case "kind": input.kind = value
                case "emails": input.emails = splitCell(value)
                case "phones": input.phones = splitCell(value)
                case "street": address.street = value
                case "number": address.number = value
                case "complement": address.complement = value
                case "district": address.district = value
                case "city": address.city = value
                case "state": address.state = value
                case "cep": address.cep = value
                case "segment": input.segment = value
                case "tags": input.tags = splitCell(value)
                case "external_id": input.externalID = value
                case "notes": input.notes = value
                case "status": input.status = value
                default: break
                }
            }
            if address != AddressInput() { input.address = address }
            do {
                let fields = try input.validated()
                if let external = fields.externalID {
                    if let first = seenExternal[external] {
                        errors.append(LineError(
                            line: line, column: columnOfField["external_id"], value: external,
                            reasonPT: "código repetido (já na linha \(first))", reasonEN: "repeated id (already on line \(first))"))
                    }
                    seenExternal[external] = seenExternal[external] ?? line
                }
                if let document = fields.document?.normalized {
                    if let first = seenDocument[document] {
                        errors.append(LineError(
                            line: line, column: columnOfField["document"], value: document,
                            reasonPT: "documento repetido (já na linha \(first))",
                            reasonEN: "repeated document (already on line \(first))"))
                    }
                    seenDocument[document] = seenDocument[document] ?? line
                }
                if errors.isEmpty { valid.append((line, fields)) }
            } catch {
                for issue in error.issues {
                    errors.append(LineError(
                        line: line, column: Self.column(for: issue.field, in: columnOfField), value: issue.value,
                        reasonPT: issue.reasonPT, reasonEN: issue.reasonEN))
                }
            }
            if !errors.isEmpty {
                report.rejected += 1
                report.errors += errors
            }
        }
        // Then write the good ones, a few hundred per transaction. A dry run does the same
        // work in transactions it rolls back, so its counts (created, updated, unchanged,
        // conflicts found only against stored customers) are exactly what a real run would do.
        let customers = CustomerService(context)
        for batch in valid.chunked(500) {
            let outcome = try await writeOrSimulate(dryRun) { session -> (Int, Int, Int, [LineError]) in
                var (created, updated, unchanged) = (0, 0, 0)
                var conflicts: [LineError] = []
                for (line, checked) in batch {
                    var fields = checked
                    var existing: Customer?
                    if let external = fields.externalID {
                        existing = try await session.customers.find(externalID: external)
                        // An export writes the Adimple id where a customer has no external id.
                        if existing == nil, let byID = try await session.customers.get(Customer.ID(external)) {
                            existing = byID
                            fields.externalID = byID.externalID
                        }
                    }
                    if existing == nil, let document = fields.document {
                        existing = try await session.customers.find(document: document)
                        if let found = existing, found.externalID != nil, found.externalID != fields.externalID {
                            conflicts.append(LineError(
                                line: line, column: nil, value: document.formatted,
                                reasonPT: "documento já pertence ao cliente \(found.externalID!)",
                                reasonEN: "document already belongs to customer \(found.externalID!)"))
                            continue
                        }
                    }
                    if let existing {
                        if try await customers.update(existing, with: fields, by: actor, in: session).changed {
                            updated += 1
                        } else {
                            unchanged += 1
                        }
                    } else {
                        _ = try await customers.register(fields, by: actor, in: session)
                        created += 1
                    }
                }
                return (created, updated, unchanged, conflicts)
            }
            report.created += outcome.0
            report.updated += outcome.1
            report.unchanged += outcome.2
            report.rejected += outcome.3.count
            report.errors += outcome.3
        }
        report.errors.sort { $0.line < $1.line }
        return report
    }

    private struct Simulated<T: Sendable>: Error { let value: T }

    /// Runs `body` in a write transaction that is kept, or — in a dry run — rolled back after
    /// it has computed its result.
    private func writeOrSimulate<T: Sendable>(
        _ dryRun: Bool, _ body: @escaping @Sendable (any StoreSession) async throws -> T
    ) async throws -> T {
        guard dryRun else { return try await context.store.write(body) }
        do {
            _ = try await context.store.write { session -> T in throw Simulated(value: try await body(session)) }
        } catch let simulated as Simulated<T> {
            return simulated.value
        }
        preconditionFailure("a simulated write always throws")
    }

    /// The header column behind a validation field (`emails[0]` → the e-mail column).
    static func column(for field: String, in columnOfField: [String: String]) -> String? {
        let base = field.split(separator: "[").first.map(String.init) ?? field
        let key = base.hasPrefix("address.") ? String(base.dropFirst("address.".count)) : base
        return columnOfField[key] ?? columnOfField[base]
    }
}
