import Foundation
import AdimpleCore
import BrazilKit
import SQLKit

/// Customers on SQLKit; the same SQL runs on SQLite and PostgreSQL.
struct SQLCustomerRepository: CustomerRepository {
    let db: any SQLDatabase

    func insert(_ customer: Customer) async throws {
        let row = CustomerRow(customer)
        try await db.insert(into: "customers").columns([customerColumnList.expression])
            .values(row.binds.map { SQLBind($0) }).run()
        try await insertTerms(CustomerSearch.terms(for: customer), for: customer.id)
    }

    func update(_ customer: Customer) async throws {
        guard let old = try await get(customer.id) else { throw DomainError.notFound("Cliente", customer.id.rawValue) }
        let row = CustomerRow(customer)
        var update = customerColumnList.update("customers", values: row.binds, skipping: ["id", "created_at", "created_by"])
        update.appendInterpolation(unsafeRaw: " WHERE \"id\" = ")
        update.appendInterpolation(bind: customer.id.rawValue)
        update.appendInterpolation(unsafeRaw: " RETURNING \"id\"")
        let touched = try await db.raw(update).all()
        guard touched.count == 1 else { throw DomainError.notFound("Cliente", customer.id.rawValue) }
        let oldTerms = Set(CustomerSearch.terms(for: old))
        let newTerms = CustomerSearch.terms(for: customer)
        for term in oldTerms.subtracting(newTerms) {
            try await db.delete(from: "customer_search_terms")
                .where("term", .equal, term).where("customer_id", .equal, customer.id.rawValue).run()
        }
        try await insertTerms(newTerms.filter { !oldTerms.contains($0) }, for: customer.id)
    }

    private func insertTerms(_ terms: [String], for id: Customer.ID) async throws {
        guard !terms.isEmpty else { return }
        try await db.insert(into: "customer_search_terms").columns("term", "customer_id")
            .rows(terms.map { [SQLBind($0), SQLBind(id.rawValue)] as [any SQLExpression] })
            .run()
    }

    func get(_ id: Customer.ID) async throws -> Customer? {
        if let sqlite = db as? SQLiteDirectDatabase { return try sqlite.customerRow(id: id.rawValue)?.customer() }
        return try await one(selectCustomers().where("id", .equal, id.rawValue))
    }

    func find(document: TaxID) async throws -> Customer? {
        try await one(selectCustomers().where("document", .equal, document.normalized))
    }

    func find(externalID: String) async throws -> Customer? {
        try await one(selectCustomers().where("external_id", .equal, externalID))
    }

    func list(after: Customer.ID?, limit: Int) async throws -> [Customer] {
        var query = selectCustomers()
        if let after { query = query.where("id", .greaterThan, after.rawValue) }
        return try await query.orderBy("id").limit(limit).all(decoding: CustomerRow.self).map { try $0.customer() }
    }

    func list(_ filter: CustomerFilter) async throws -> [Customer] {
        var query = selectCustomers()
        if !filter.statuses.isEmpty { query = query.where("status", .in, filter.statuses.map(\.rawValue)) }
        if let kind = filter.kind { query = query.where("kind", .equal, kind.rawValue) }
        if let segment = filter.segment { query = query.where("segment", .equal, segment) }
        if let externalID = filter.externalID { query = query.where("external_id", .equal, externalID) }
        if let from = filter.createdFrom { query = query.where("created_at", .greaterThanOrEqual, Column.millis(from)) }
        if let to = filter.createdTo { query = query.where("created_at", .lessThanOrEqual, Column.millis(to)) }
        if let after = filter.after { query = query.where("id", .greaterThan, after.rawValue) }
        return try await query.orderBy("id").limit(max(1, min(filter.limit, 1000)))
            .all(decoding: CustomerRow.self).map { try $0.customer() }
    }

    func isReferenced(_ id: Customer.ID) async throws -> Bool {
        // One indexed probe per table (charges and payments by their customer indexes,
        // ledger transactions by the one M002 adds).
        for table in ["charges", "payments", "ledger_transactions"] {
            let found = try await db.select().column(SQLLiteral.numeric("1"), as: "found").from(table)
                .where("customer_id", .equal, id.rawValue).limit(1).first()
            if found != nil { return true }
        }
        return false
    }

    func delete(_ id: Customer.ID) async throws {
        guard let customer = try await get(id) else { throw DomainError.notFound("Cliente", id.rawValue) }
        // By (term, customer_id), the primary key: the terms have no index by customer alone.
        let terms = CustomerSearch.terms(for: customer)
        for chunk in terms.chunked(500) {
            try await db.delete(from: "customer_search_terms")
                .where("term", .in, Array(chunk)).where("customer_id", .equal, id.rawValue).run()
        }
        let deleted = try await db.delete(from: "customers").where("id", .equal, id.rawValue).returning("id").all()
        guard deleted.count == 1 else { throw DomainError.notFound("Cliente", id.rawValue) }
    }

    func count() async throws -> Int {
        let row = try await db.select().column(SQLFunction("COUNT", args: SQLLiteral.all), as: "n").from("customers").first()
        return try row?.decode(column: "n", as: Int.self) ?? 0
    }

    func search(_ query: String, limit: Int) async throws -> [Customer] {
        let limit = max(1, min(limit, 200))
        switch CustomerSearch.plan(query) {
        case .nothing:
            return []
        case .email(let prefix):
            return try await byTerm(prefix: prefix, others: [], limit: limit)
        case .digits(let digits):
            // A document prefix first; phones live in the terms.
            var found = try await byColumnPrefix("document", digits, limit: limit)
            if found.count < limit {
                let ids = Set(found.map(\.id))
                found += try await byTerm(prefix: digits, others: [], limit: limit).filter { !ids.contains($0.id) }
            }
            return Array(found.prefix(limit))
        case .words(let driving, let others):
            var found: [Customer] = []
            if let exact = try await find(externalID: query.trimmingCharacters(in: .whitespaces)) { found.append(exact) }
            // Typed like a CNPJ (alphanumeric since July 2026): look the document up too.
            let normalized = TaxID.normalize(query)
            if (8...14).contains(normalized.count), normalized.filter(\.isNumber).count >= 2 {
                found += try await byColumnPrefix("document", normalized, limit: limit)
            }
            let ids = Set(found.map(\.id))
            found += try await byTerm(prefix: driving, others: others, limit: limit).filter { !ids.contains($0.id) }
            return Array(found.prefix(limit))
        }
    }

    /// How many candidates of the driving word are checked for the other words before giving
    /// up: bounds the cost of a common word paired with a rare one.
    static let maxCandidates = 2_000

    /// Customers with a term starting with `prefix` whose other words also prefix-match.
    ///
    /// The driving word is an index range on the terms; the other words are checked on the
    /// loaded customers, chunk by chunk, so a page is found without a second index.
    private func byTerm(prefix: String, others: [String], limit: Int) async throws -> [Customer] {
        var prefix = prefix
        var others = others
        if !others.isEmpty {
            // Drive with the rarest word: count each word's range (capped) and start there.
            var counts: [(String, Int)] = []
            for word in [prefix] + others {
                let row = try await db.raw(
                    """
                    SELECT COUNT(*) AS n FROM (SELECT 1 FROM customer_search_terms \
                    WHERE term >= \(bind: word) AND term < \(bind: CustomerSearch.upperBound(word)) \
                    LIMIT \(bind: Self.maxCandidates)) AS capped
                    """
                ).first()
                counts.append((word, try row?.decode(column: "n", as: Int.self) ?? 0))
            }
            let rarest = counts.min { $0.1 < $1.1 }!.0
            others = ([prefix] + others).filter { $0 != rarest }
            prefix = rarest
        }
        // No DISTINCT in SQL: PostgreSQL would read the whole range to deduplicate before the
        // LIMIT. A customer with two words under the prefix comes twice; fetch a little more and
        // deduplicate here.
        let candidateLimit = others.isEmpty ? limit * 3 : Self.maxCandidates
        var seen = Set<String>()
        let ids = try await db.raw(
            """
            SELECT customer_id FROM customer_search_terms \
            WHERE term >= \(bind: prefix) AND term < \(bind: CustomerSearch.upperBound(prefix)) \
            ORDER BY term, customer_id LIMIT \(bind: candidateLimit)
            """
        ).all().map { try $0.decode(column: "customer_id", as: String.self) }.filter { seen.insert($0).inserted }
        if others.isEmpty { return try await customers(ids: Array(ids.prefix(limit))) }
        // Check the other words on a slim projection of the candidates, then load only the
        // page of matches in full.
        var matched: [String] = []
        for chunk in ids.chunked(100) where matched.count < limit {
            let rows = try await db.select().columns("id", "name", "trade_name", "emails", "phones").from("customers")
                .where("id", .in, Array(chunk)).all()
            var byID: [String: Bool] = [:]
            for row in rows {
                let id = try row.decode(column: "id", as: String.self)
                byID[id] = CustomerSearch.matches(
                    name: try row.decode(column: "name", as: String.self),
                    tradeName: try row.decode(column: "trade_name", as: String?.self),
                    emails: { Column.list((try? row.decode(column: "emails", as: String.self)) ?? "[]") },
                    phones: { Column.list((try? row.decode(column: "phones", as: String.self)) ?? "[]") },
                    allOf: others)
            }
            matched += chunk.filter { byID[$0] == true }
        }
        return try await customers(ids: Array(matched.prefix(limit)))
    }

    private func byColumnPrefix(_ column: String, _ prefix: String, limit: Int) async throws -> [Customer] {
        try await selectCustomers()
            .where(SQLIdentifier(column), .greaterThanOrEqual, SQLBind(prefix))
            .where(SQLIdentifier(column), .lessThan, SQLBind(CustomerSearch.upperBound(prefix)))
            .orderBy(column).limit(limit)
            .all(decoding: CustomerRow.self).map { try $0.customer() }
    }

    /// Loads customers by id, keeping the order given.
    private func customers(ids: [String]) async throws -> [Customer] {
        guard !ids.isEmpty else { return [] }
        let rows = try await selectCustomers().where("id", .in, ids).all(decoding: CustomerRow.self)
        let byID = Dictionary(uniqueKeysWithValues: try rows.map { ($0.id, try $0.customer()) })
        return ids.compactMap { byID[$0] }
    }

    private func selectCustomers() -> SQLSelectBuilder {
        db.select().column(customerColumnList.expression).from("customers")
    }

    private func one(_ query: SQLSelectBuilder) async throws -> Customer? {
        try await query.limit(1).first(decoding: CustomerRow.self)?.customer()
    }
}
