import AdimpleCore
import BrazilKit
import SQLKit

struct SQLChargeRepository: ChargeRepository {
    let db: any SQLDatabase

    func insert(_ charge: Charge) async throws {
        try await db.insert(into: "charges").columns([chargeColumnList.expression])
            .values(ChargeRow(charge).binds.map { SQLBind($0) }).run()
    }

    func update(_ charge: Charge) async throws {
        var update = chargeColumnList.update(
            "charges", values: ChargeRow(charge).binds, skipping: ["id", "customer_id", "created_at", "created_by"])
        update.appendInterpolation(unsafeRaw: " WHERE \"id\" = ")
        update.appendInterpolation(bind: charge.id.rawValue)
        update.appendInterpolation(unsafeRaw: " AND \"version\" = ")
        update.appendInterpolation(bind: Int64(charge.version - 1))
        update.appendInterpolation(unsafeRaw: " RETURNING \"id\"")
        let touched = try await db.raw(update).all()
        guard touched.count == 1 else {
            throw DomainError(
                .conflict, pt: "Cobrança \(charge.id) foi alterada por outra operação; tente de novo",
                en: "Charge \(charge.id) was changed by another operation; try again")
        }
    }

    func get(_ id: Charge.ID) async throws -> Charge? {
        try await select().where("id", .equal, id.rawValue).limit(1).first(decoding: ChargeRow.self)?.charge()
    }

    func find(externalID: String) async throws -> Charge? {
        try await select().where("external_id", .equal, externalID).limit(1).first(decoding: ChargeRow.self)?.charge()
    }

    func list(_ filter: ChargeFilter) async throws -> [Charge] {
        var query = select()
        if !filter.statuses.isEmpty { query = query.where("status", .in, filter.statuses.map(\.rawValue)) }
        if !filter.methods.isEmpty { query = query.where("method", .in, filter.methods.map(\.rawValue)) }
        if let customer = filter.customerID { query = query.where("customer_id", .equal, customer.rawValue) }
        if let from = filter.dueFrom { query = query.where("due_date", .greaterThanOrEqual, from.iso) }
        if let to = filter.dueTo { query = query.where("due_date", .lessThanOrEqual, to.iso) }
        if let after = filter.after { query = query.where("id", .greaterThan, after.rawValue) }
        return try await query.orderBy("id").limit(max(1, min(filter.limit, 1000)))
            .all(decoding: ChargeRow.self).map { try $0.charge() }
    }

    func count(status: ChargeStatus?) async throws -> Int {
        var query = db.select().column(SQLFunction("COUNT", args: SQLLiteral.all), as: "n").from("charges")
        if let status { query = query.where("status", .equal, status.rawValue) }
        return try await query.first()?.decode(column: "n", as: Int.self) ?? 0
    }

    private func select() -> SQLSelectBuilder {
        db.select().column(chargeColumnList.expression).from("charges")
    }
}
