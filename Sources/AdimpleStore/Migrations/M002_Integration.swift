/// API keys, idempotency records, webhook endpoints with their deliveries and attempts, and
/// the event outbox that feeds the webhooks.
///
/// Same conventions as M001: ids TEXT, instants BIGINT milliseconds UTC, lists JSON arrays in
/// TEXT, flags BIGINT 0/1 (one representation on both engines).
let integrationMigration = Migration(version: 2, name: "integration") { engine in
    [
        // Never the key itself: its SHA-256 (looked up on every request) and a short prefix.
        """
        CREATE TABLE api_keys (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            prefix TEXT NOT NULL,
            hash TEXT NOT NULL,
            scopes TEXT NOT NULL,
            rate_limit BIGINT NOT NULL,
            created_at BIGINT NOT NULL,
            revoked_at BIGINT,
            last_used_at BIGINT
        )
        """,
        "CREATE UNIQUE INDEX api_keys_hash ON api_keys (hash)",
        // One row per (API key, Idempotency-Key): the claim while the request runs
        // (`locked_until`), then the response to replay byte for byte.
        """
        CREATE TABLE idempotency_keys (
            api_key_id TEXT NOT NULL,
            idem_key TEXT NOT NULL,
            method TEXT NOT NULL,
            path TEXT NOT NULL,
            fingerprint TEXT NOT NULL,
            created_at BIGINT NOT NULL,
            locked_until BIGINT,
            response_status BIGINT,
            response_headers TEXT,
            response_body \(engine.binaryType),
            PRIMARY KEY (api_key_id, idem_key)
        )
        """,
        "CREATE INDEX idempotency_keys_created ON idempotency_keys (created_at)",
        """
        CREATE TABLE webhook_endpoints (
            id TEXT PRIMARY KEY,
            url TEXT NOT NULL,
            event_types TEXT NOT NULL,
            description TEXT,
            secret TEXT NOT NULL,
            enabled BIGINT NOT NULL CHECK (enabled IN (0, 1)),
            disabled_reason TEXT,
            created_at BIGINT NOT NULL,
            updated_at BIGINT NOT NULL
        )
        """,
        // No foreign key to the endpoint: the delivery log outlives a deleted endpoint.
        """
        CREATE TABLE webhook_deliveries (
            id TEXT PRIMARY KEY,
            endpoint_id TEXT NOT NULL,
            event_id TEXT NOT NULL REFERENCES events (id),
            event_type TEXT NOT NULL,
            status TEXT NOT NULL,
            attempts BIGINT NOT NULL,
            next_attempt_at BIGINT,
            last_status_code BIGINT,
            last_error TEXT,
            created_at BIGINT NOT NULL,
            delivered_at BIGINT,
            UNIQUE (endpoint_id, event_id)
        )
        """,
        "CREATE INDEX webhook_deliveries_due ON webhook_deliveries (status, next_attempt_at)",
        "CREATE INDEX webhook_deliveries_endpoint ON webhook_deliveries (endpoint_id, id)",
        """
        CREATE TABLE webhook_attempts (
            id TEXT PRIMARY KEY,
            delivery_id TEXT NOT NULL REFERENCES webhook_deliveries (id),
            at BIGINT NOT NULL,
            status_code BIGINT,
            response_body TEXT,
            error TEXT,
            duration_ms BIGINT NOT NULL
        )
        """,
        "CREATE INDEX webhook_attempts_delivery ON webhook_attempts (delivery_id, at)",
        // Events not yet fanned out to the endpoints; written with the event, in its transaction.
        """
        CREATE TABLE event_outbox (
            event_id TEXT PRIMARY KEY REFERENCES events (id)
        )\(engine.clusteredSuffix)
        """,
        // Whether a customer can be deleted asks for ledger transactions naming it.
        "CREATE INDEX ledger_transactions_customer ON ledger_transactions (customer_id)",
    ]
}
