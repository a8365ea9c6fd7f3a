import AdimpleCore
import BrazilKit
import Foundation

/// How customers look in the terminal.
enum CustomerView {
    struct JSONForm: Encodable {
        let id: String
        let kind: String
        let document: String?
        let documentFormatted: String?
        let name: String
        let tradeName: String?
        let emails: [String]
        let phones: [String]
        let address: Address?
        let segment: String?
        let tags: [String]
        let externalId: String?
        let notes: String?
        let status: String
        let createdAt: Date
        let updatedAt: Date
    }

    static func json(_ customer: Customer) -> String {
        encode(
            JSONForm(
                id: customer.id.rawValue, kind: customer.kind.rawValue, document: customer.document?.normalized,
                documentFormatted: customer.document?.formatted, name: customer.name, tradeName: customer.tradeName,
                emails: customer.emails, phones: customer.phones.map(\.e164), address: customer.address,
                segment: customer.segment, tags: customer.tags, externalId: customer.externalID, notes: customer.notes,
                status: customer.status.rawValue, createdAt: customer.createdAt, updatedAt: customer.updatedAt))
    }

    static func detail(_ customer: Customer, _ language: Language) -> String {
        let pt = language == .ptBR
        var rows: [(String, String)] = [
            ("Id", customer.id.rawValue),
            (pt ? "Nome" : "Name", customer.name),
        ]
        if let trade = customer.tradeName { rows.append((pt ? "Nome fantasia" : "Trade name", trade)) }
        rows.append((pt ? "Documento" : "Document", customer.document?.formatted ?? "—"))
        rows.append((pt ? "Tipo" : "Kind", pt ? (customer.kind == .person ? "pessoa física" : "pessoa jurídica") : customer.kind.rawValue))
        rows.append((pt ? "Situação" : "Status", pt ? customer.status.labelPT : customer.status.rawValue))
        if !customer.emails.isEmpty { rows.append(("E-mail", customer.emails.joined(separator: ", "))) }
        if !customer.phones.isEmpty { rows.append((pt ? "Telefone" : "Phone", customer.phones.map(\.formatted).joined(separator: ", "))) }
        if let address = customer.address { rows.append((pt ? "Endereço" : "Address", address.singleLine)) }
        if let segment = customer.segment { rows.append((pt ? "Segmento" : "Segment", segment)) }
        if !customer.tags.isEmpty { rows.append(("Tags", customer.tags.joined(separator: ", "))) }
        if let external = customer.externalID { rows.append((pt ? "Código no ERP" : "External id", external)) }
        if let notes = customer.notes { rows.append((pt ? "Observações" : "Notes", notes)) }
        let width = rows.map(\.0.count).max() ?? 0
        return rows.map { $0.0.padding(toLength: width, withPad: " ", startingAt: 0) + "  " + $0.1 }.joined(separator: "\n")
    }

    static func table(_ customers: [Customer], _ language: Language) -> String {
        let pt = language == .ptBR
        if customers.isEmpty { return pt ? "Nenhum cliente encontrado." : "No customers found." }
        return TextTable.render(
            header: ["Id", pt ? "Nome" : "Name", pt ? "Documento" : "Document", "E-mail", pt ? "Cidade" : "City"],
            rows: customers.map {
                [
                    $0.id.rawValue, $0.displayName, $0.document?.formatted ?? "—", $0.emails.first ?? "—",
                    $0.address.map { "\($0.city)/\($0.state)" } ?? "—",
                ]
            })
    }

    /// A moment in São Paulo time: "29/11/2026 14:05" (pt-BR) or "2026-11-29 14:05".
    static func timestamp(_ date: Date, _ language: Language) -> String {
        let day = CivilDate.today(at: date, in: .saoPaulo)
        let seconds = Int(date.timeIntervalSince(day.startOfDay(in: .saoPaulo)))
        let time = String(format: "%02d:%02d", seconds / 3600, (seconds % 3600) / 60)
        return (language == .ptBR ? day.brazilian : day.iso) + " " + time
    }

    static func encode(_ value: some Encodable) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.keyEncodingStrategy = .convertToSnakeCase
        encoder.dateEncodingStrategy = .iso8601
        return (try? encoder.encode(value)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
    }
}

/// Plain aligned columns for the terminal.
enum TextTable {
    static func render(header: [String], rows: [[String]]) -> String {
        var widths = header.map(\.count)
        for row in rows {
            for (index, cell) in row.enumerated() where index < widths.count { widths[index] = max(widths[index], cell.count) }
        }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { index, cell in
                index == cells.count - 1 ? cell : cell.padding(toLength: widths[index], withPad: " ", startingAt: 0)
            }.joined(separator: "  ")
        }
        let separator = widths.map { String(repeating: "─", count: $0) }.joined(separator: "  ")
        return ([line(header), separator] + rows.map(line)).joined(separator: "\n")
    }
}
