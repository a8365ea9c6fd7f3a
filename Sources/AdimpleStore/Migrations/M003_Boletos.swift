/// The company (beneficiário), its bank accounts, nosso número sequences and the boletos
/// issued for charges.
///
/// Same conventions as M001: ids TEXT, instants BIGINT milliseconds UTC, money BIGINT
/// centavos, civil dates TEXT `yyyy-mm-dd`, flags BIGINT 0/1.
let boletoMigration = Migration(version: 3, name: "boletos") { _ in
    [
        // One row: the company that issues the charges. JSON, because it is read whole and
        // changed rarely.
        """
        CREATE TABLE company_profile (
            id TEXT PRIMARY KEY CHECK (id = 'company'),
            data TEXT NOT NULL,
            updated_at BIGINT NOT NULL
        )
        """,
        // `details` is the bank-specific agreement (agência, conta, convênio, carteira…) as JSON.
        """
        CREATE TABLE bank_accounts (
            id TEXT PRIMARY KEY,
            label TEXT NOT NULL,
            bank TEXT NOT NULL,
            details TEXT NOT NULL,
            pix_key TEXT,
            is_default BIGINT NOT NULL CHECK (is_default IN (0, 1)),
            active BIGINT NOT NULL CHECK (active IN (0, 1)),
            created_at BIGINT NOT NULL,
            updated_at BIGINT NOT NULL
        )
        """,
        // The next nosso número per account and carteira. Allocation is an UPDATE … RETURNING
        // inside the issuing transaction: the row lock serializes concurrent issuers on
        // PostgreSQL, the single writer does it on SQLite, and a rolled-back issue gives the
        // number back, so numbers are never reused and rarely skipped.
        """
        CREATE TABLE nosso_numero_sequences (
            bank_account_id TEXT NOT NULL REFERENCES bank_accounts (id),
            carteira TEXT NOT NULL,
            next_value BIGINT NOT NULL,
            PRIMARY KEY (bank_account_id, carteira)
        )
        """,
        // Every boleto printed for a charge: the original and each 2ª via (same nosso número,
        // new due date and amount). Kept forever so a code a customer shows us can be verified.
        """
        CREATE TABLE boletos (
            id TEXT PRIMARY KEY,
            charge_id TEXT NOT NULL REFERENCES charges (id),
            bank_account_id TEXT NOT NULL REFERENCES bank_accounts (id),
            bank TEXT NOT NULL,
            carteira TEXT NOT NULL,
            sequence BIGINT NOT NULL,
            nosso_numero TEXT NOT NULL,
            barcode TEXT NOT NULL,
            linha TEXT NOT NULL,
            amount BIGINT NOT NULL,
            due_date TEXT NOT NULL,
            kind TEXT NOT NULL,
            status TEXT NOT NULL,
            principal BIGINT NOT NULL,
            fine BIGINT NOT NULL,
            interest BIGINT NOT NULL,
            discount BIGINT NOT NULL,
            pix_payload TEXT,
            issued_at BIGINT NOT NULL,
            created_by TEXT NOT NULL,
            nosso_numero_key TEXT NOT NULL,
            bank_status TEXT NOT NULL,
            bank_status_reason TEXT,
            bank_status_at BIGINT
        )
        """,
        // The original of a nosso número exists once per account and carteira: the database
        // itself refuses a reuse.
        "CREATE UNIQUE INDEX boletos_nosso_numero ON boletos (bank_account_id, carteira, sequence) WHERE kind = 'original'",
        "CREATE INDEX boletos_charge ON boletos (charge_id, issued_at)",
        "CREATE INDEX boletos_barcode ON boletos (barcode)",
        "CREATE INDEX boletos_sequence ON boletos (bank_account_id, sequence)",
        // How a bank file names a boleto: its nosso número digits without leading zeros.
        "CREATE INDEX boletos_nosso_numero_key ON boletos (bank, nosso_numero_key)",
    ]
}
