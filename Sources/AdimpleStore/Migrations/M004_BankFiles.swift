/// Bank files (remessa, retorno, OFX) kept as received or sent, the occurrences applied from
/// them (each once, by natural key), the reconciliation exceptions a person resolves, the
/// instructions waiting for the next remessa and the remessa file sequence (NSA) per account.
let bankFilesMigration = Migration(version: 4, name: "bank_files") { engine in
    [
        """
        CREATE TABLE bank_files (
            id TEXT PRIMARY KEY,
            kind TEXT NOT NULL,
            bank TEXT,
            bank_account_id TEXT REFERENCES bank_accounts (id),
            layout TEXT,
            file_name TEXT NOT NULL,
            sha256 TEXT NOT NULL,
            size BIGINT NOT NULL,
            nsa BIGINT,
            status TEXT NOT NULL,
            refusal TEXT,
            report TEXT,
            received_at BIGINT NOT NULL,
            created_by TEXT NOT NULL
        )
        """,
        "CREATE INDEX bank_files_received ON bank_files (received_at)",
        "CREATE INDEX bank_files_sha ON bank_files (sha256)",
        // The bytes apart, so listing files never reads them.
        """
        CREATE TABLE bank_file_contents (
            file_id TEXT PRIMARY KEY REFERENCES bank_files (id),
            content \(engine.binaryType) NOT NULL
        )
        """,
        // One row per occurrence ever applied: the natural key makes a second file with the
        // same occurrence a no-op.
        """
        CREATE TABLE bank_occurrences (
            natural_key TEXT PRIMARY KEY,
            file_id TEXT NOT NULL REFERENCES bank_files (id),
            line BIGINT NOT NULL,
            charge_id TEXT,
            kind TEXT NOT NULL,
            outcome TEXT NOT NULL,
            applied_at BIGINT NOT NULL
        )
        """,
        """
        CREATE TABLE reconciliation_exceptions (
            id TEXT PRIMARY KEY,
            natural_key TEXT NOT NULL UNIQUE,
            file_id TEXT NOT NULL REFERENCES bank_files (id),
            line BIGINT NOT NULL,
            kind TEXT NOT NULL,
            bank TEXT,
            nosso_numero TEXT,
            charge_id TEXT,
            expected_amount BIGINT,
            paid_amount BIGINT,
            paid_on TEXT,
            credit_on TEXT,
            details TEXT NOT NULL,
            status TEXT NOT NULL,
            created_at BIGINT NOT NULL,
            resolved_at BIGINT,
            resolved_by TEXT,
            resolution TEXT
        )
        """,
        "CREATE INDEX reconciliation_exceptions_status ON reconciliation_exceptions (status, created_at)",
        // What the bank must be told with the next remessa of the account.
        """
        CREATE TABLE bank_instructions (
            id TEXT PRIMARY KEY,
            bank_account_id TEXT NOT NULL REFERENCES bank_accounts (id),
            boleto_id TEXT NOT NULL REFERENCES boletos (id),
            kind TEXT NOT NULL,
            created_at BIGINT NOT NULL,
            remessa_file_id TEXT REFERENCES bank_files (id)
        )
        """,
        "CREATE INDEX bank_instructions_pending ON bank_instructions (bank_account_id, remessa_file_id, id)",
        """
        CREATE TABLE remessa_sequences (
            bank_account_id TEXT PRIMARY KEY REFERENCES bank_accounts (id),
            next_value BIGINT NOT NULL
        )
        """,
    ]
}
