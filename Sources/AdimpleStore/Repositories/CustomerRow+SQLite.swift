import AdimpleCore

/// The hot read of the API (`GET /v1/customers/{id}`) on SQLite: one prepared statement,
/// values read by position — no query builder and no Codable per column.
extension SQLiteDirectDatabase {
    static let customerByIDSQL =
        "SELECT \(customerColumns.joined(separator: ", ")) FROM customers WHERE id = ?"

    func customerRow(id: String) throws -> CustomerRow? {
        var found: CustomerRow?
        var failure: (any Error)?
        try connection.query(Self.customerByIDSQL, [.text(id)]) { _, values in
            do { found = try CustomerRow(positional: values) } catch { failure = error }
        }
        if let failure { throw failure }
        return found
    }
}

extension CustomerRow {
    /// A row whose values are in `customerColumns` order.
    init(positional values: [SQLiteValue]) throws {
        guard values.count == customerColumns.count else {
            throw CorruptRowError(table: "customers", id: "?", detail: "\(values.count) columns")
        }
        func text(_ index: Int) throws -> String {
            guard case .text(let value) = values[index] else {
                throw CorruptRowError(table: "customers", id: "?", detail: "\(customerColumns[index]) is not text")
            }
            return value
        }
        func optionalText(_ index: Int) throws -> String? {
            if case .null = values[index] { return nil }
            return try text(index)
        }
        func integer(_ index: Int) throws -> Int64 {
            guard case .integer(let value) = values[index] else {
                throw CorruptRowError(table: "customers", id: "?", detail: "\(customerColumns[index]) is not an integer")
            }
            return value
        }
        id = try text(0)
        kind = try text(1)
        document = try optionalText(2)
        name = try text(3)
        trade_name = try optionalText(4)
        emails = try text(5)
        phones = try text(6)
        street = try optionalText(7)
        number = try optionalText(8)
        complement = try optionalText(9)
        district = try optionalText(10)
        city = try optionalText(11)
        state = try optionalText(12)
        cep = try optionalText(13)
        segment = try optionalText(14)
        tags = try text(15)
        external_id = try optionalText(16)
        notes = try optionalText(17)
        status = try text(18)
        created_at = try integer(19)
        updated_at = try integer(20)
        created_by = try text(21)
        updated_by = try text(22)
    }
}
