import AdimpleCore
import BrazilKit
import SQLKit

struct SQLLedgerRepository: LedgerRepository {
    let db: any SQLDatabase

    func post(_ transaction: LedgerTransaction) async throws {
        try await db.insert(into: "ledger_transactions")
            .columns("id", "kind", "charge_id", "customer_id", "payment_id", "posted_at", "memo")
            .values(
                SQLBind(transaction.id.rawValue), SQLBind(transaction.kind.rawValue),
                SQLBind(transaction.chargeID?.rawValue), SQLBind(transaction.customerID?.rawValue),
                SQLBind(transaction.paymentID?.rawValue), SQLBind(Column.millis(transaction.postedAt)),
                SQLBind(transaction.memo)
            ).run()
        let rows: [[any SQLExpression]] = transaction.lines.enumerated().map { index, line in
            [
                SQLBind(transaction.id.rawValue), SQLBind(Int64(index + 1)), SQLBind(line.account.rawValue),
                SQLBind(transaction.chargeID?.rawValue), SQLBind(line.side.rawValue), SQLBind(line.amount.centavos),
            ]
        }
        try await db.insert(into: "ledger_lines")
            .columns("transaction_id", "line_no", "account", "charge_id", "side", "amount")
            .rows(rows).run()
    }

    func balance(_ account: LedgerAccount, chargeID: Charge.ID?) async throws -> Money {
        var sql: SQLQueryString = """
            SELECT CAST(COALESCE(SUM(CASE WHEN side = 'debit' THEN amount ELSE -amount END), 0) AS BIGINT) AS balance \
            FROM ledger_lines WHERE account = \(bind: account.rawValue)
            """
        if let chargeID { sql = sql + " AND charge_id = \(bind: chargeID.rawValue)" }
        let row = try await db.raw(sql).first()
        let debitMinusCredit = try row?.decode(column: "balance", as: Int64.self) ?? 0
        return Money(centavos: account.isDebitNormal ? debitMinusCredit : -debitMinusCredit)
    }

    private struct TransactionRow: Codable {
        var id: String
        var kind: String
        var charge_id: String?
        var customer_id: String?
        var payment_id: String?
        var posted_at: Int64
        var memo: String
    }

    private struct LineRow: Codable {
        var transaction_id: String
        var account: String
        var side: String
        var amount: Int64
    }

    func transactions(chargeID: Charge.ID) async throws -> [LedgerTransaction] {
        let headers = try await db.select()
            .columns("id", "kind", "charge_id", "customer_id", "payment_id", "posted_at", "memo")
            .from("ledger_transactions").where("charge_id", .equal, chargeID.rawValue).orderBy("id")
            .all(decoding: TransactionRow.self)
        guard !headers.isEmpty else { return [] }
        let lines = try await db.select().columns("transaction_id", "account", "side", "amount")
            .from("ledger_lines").where("transaction_id", .in, headers.map(\.id)).orderBy("transaction_id").orderBy("line_no")
            .all(decoding: LineRow.self)
        let grouped = Dictionary(grouping: lines, by: \.transaction_id)
        return try headers.map { header in
            let domainLines = try (grouped[header.id] ?? []).map { line -> LedgerLine in
                guard let account = LedgerAccount(rawValue: line.account), let side = LedgerLine.Side(rawValue: line.side) else {
                    throw CorruptRowError(table: "ledger_lines", id: header.id, detail: "\(line.account)/\(line.side)")
                }
                return LedgerLine(account: account, side: side, amount: Money(centavos: line.amount))
            }
            guard let kind = LedgerTransaction.Kind(rawValue: header.kind) else {
                throw CorruptRowError(table: "ledger_transactions", id: header.id, detail: "kind \(header.kind)")
            }
            return try LedgerTransaction(
                id: LedgerTransaction.ID(header.id), kind: kind, chargeID: header.charge_id.map { Charge.ID($0) },
                customerID: header.customer_id.map { Customer.ID($0) }, paymentID: header.payment_id.map { Payment.ID($0) },
                lines: domainLines, postedAt: Column.date(header.posted_at), memo: header.memo)
        }
    }
}
