/// Customers with their search terms, charges, payments, the ledger, the audit log and events.
///
/// Conventions: ids are TEXT; money is BIGINT centavos; instants are BIGINT milliseconds
/// since 1970 (UTC); civil dates are TEXT `yyyy-mm-dd` (they sort as dates); lists are JSON
/// arrays in TEXT.
let foundationMigration = Migration(version: 1, name: "foundation") { engine in
    [
        """
        CREATE TABLE customers (
            id TEXT PRIMARY KEY,
            kind TEXT NOT NULL,
            document TEXT,
            name TEXT NOT NULL,
            trade_name TEXT,
            emails TEXT NOT NULL,
            phones TEXT NOT NULL,
            street TEXT, number TEXT, complement TEXT, district TEXT, city TEXT, state TEXT, cep TEXT,
            segment TEXT,
            tags TEXT NOT NULL,
            external_id TEXT,
            notes TEXT,
            status TEXT NOT NULL,
            created_at BIGINT NOT NULL,
            updated_at BIGINT NOT NULL,
            created_by TEXT NOT NULL,
            updated_by TEXT NOT NULL
        )
        """,
        "CREATE UNIQUE INDEX customers_document ON customers (document)",
        "CREATE UNIQUE INDEX customers_external_id ON customers (external_id)",
        // One row per searchable word of a customer: name and trade-name words (folded),
        // e-mails, phone numbers. A prefix search is an index range on `term`.
        """
        CREATE TABLE customer_search_terms (
            term \(engine.searchTermType),
            customer_id TEXT NOT NULL,
            PRIMARY KEY (term, customer_id)
        )\(engine.clusteredSuffix)
        """,
        """
        CREATE TABLE charges (
            id TEXT PRIMARY KEY,
            customer_id TEXT NOT NULL REFERENCES customers (id),
            description TEXT NOT NULL,
            amount BIGINT NOT NULL,
            paid_principal BIGINT NOT NULL,
            discount_granted BIGINT NOT NULL,
            fine_received BIGINT NOT NULL,
            interest_received BIGINT NOT NULL,
            interest_settled_through TEXT,
            interest_credit BIGINT NOT NULL,
            due_date TEXT NOT NULL,
            method TEXT NOT NULL,
            status TEXT NOT NULL,
            fine_bp BIGINT NOT NULL,
            interest_bp BIGINT NOT NULL,
            days_per_month BIGINT NOT NULL,
            discount_kind TEXT,
            discount_value BIGINT,
            discount_until TEXT,
            external_id TEXT,
            installment_number BIGINT,
            installment_count BIGINT,
            issued_at BIGINT,
            paid_at BIGINT,
            canceled_at BIGINT,
            created_at BIGINT NOT NULL,
            updated_at BIGINT NOT NULL,
            created_by TEXT NOT NULL,
            updated_by TEXT NOT NULL,
            version BIGINT NOT NULL
        )
        """,
        "CREATE INDEX charges_customer ON charges (customer_id, due_date)",
        "CREATE INDEX charges_status_due ON charges (status, due_date)",
        "CREATE UNIQUE INDEX charges_external_id ON charges (external_id)",
        """
        CREATE TABLE payments (
            id TEXT PRIMARY KEY,
            charge_id TEXT NOT NULL REFERENCES charges (id),
            customer_id TEXT NOT NULL REFERENCES customers (id),
            amount BIGINT NOT NULL,
            principal BIGINT NOT NULL,
            fine BIGINT NOT NULL,
            interest BIGINT NOT NULL,
            discount BIGINT NOT NULL,
            fee BIGINT NOT NULL,
            method TEXT NOT NULL,
            source TEXT NOT NULL,
            paid_on TEXT NOT NULL,
            credited_on TEXT,
            natural_key TEXT NOT NULL,
            created_at BIGINT NOT NULL,
            created_by TEXT NOT NULL
        )
        """,
        "CREATE UNIQUE INDEX payments_natural_key ON payments (natural_key)",
        "CREATE INDEX payments_charge ON payments (charge_id)",
        "CREATE INDEX payments_customer ON payments (customer_id, paid_on)",
        """
        CREATE TABLE ledger_transactions (
            id TEXT PRIMARY KEY,
            kind TEXT NOT NULL,
            charge_id TEXT REFERENCES charges (id),
            customer_id TEXT REFERENCES customers (id),
            payment_id TEXT REFERENCES payments (id),
            posted_at BIGINT NOT NULL,
            memo TEXT NOT NULL
        )
        """,
        "CREATE INDEX ledger_transactions_charge ON ledger_transactions (charge_id)",
        """
        CREATE TABLE ledger_lines (
            transaction_id TEXT NOT NULL REFERENCES ledger_transactions (id),
            line_no BIGINT NOT NULL,
            account TEXT NOT NULL,
            charge_id TEXT,
            side TEXT NOT NULL CHECK (side IN ('debit', 'credit')),
            amount BIGINT NOT NULL CHECK (amount > 0),
            PRIMARY KEY (transaction_id, line_no)
        )
        """,
        "CREATE INDEX ledger_lines_account_charge ON ledger_lines (account, charge_id)",
        """
        CREATE TABLE audit_log (
            id TEXT PRIMARY KEY,
            at BIGINT NOT NULL,
            actor TEXT NOT NULL,
            action TEXT NOT NULL,
            entity_type TEXT NOT NULL,
            entity_id TEXT NOT NULL,
            before_state TEXT,
            after_state TEXT
        )
        """,
        "CREATE INDEX audit_log_entity ON audit_log (entity_type, entity_id, at)",
        """
        CREATE TABLE events (
            id TEXT PRIMARY KEY,
            type TEXT NOT NULL,
            occurred_at BIGINT NOT NULL,
            customer_id TEXT,
            charge_id TEXT,
            payload TEXT NOT NULL
        )
        """,
        "CREATE INDEX events_customer ON events (customer_id, occurred_at)",
    ] + engine.appendOnlyTriggers(table: "audit_log") + engine.appendOnlyTriggers(table: "ledger_lines")
}
