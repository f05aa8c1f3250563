-- Receipts and credit notes: one gapless sequence of numbers per site (the database holds one site),
-- assigned in the transaction that stores the document; issued documents can never change (triggers below).

CREATE TABLE receipt (
    number              BIGINT                      PRIMARY KEY CHECK (number > 0),
    kind                VARCHAR(16)                 NOT NULL CHECK (kind IN ('receipt', 'credit_note')),
    session_id          UUID                        NOT NULL REFERENCES charging_session (id),
    credits_number      BIGINT                      REFERENCES receipt (number),
    issued_utc          TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    tariff_id           VARCHAR(32)                 NOT NULL,
    tariff_from_utc     TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    currency            CHAR(3)                     NOT NULL,
    total_minor         BIGINT                      NOT NULL,
    evidence_sha256     CHAR(64)                    NOT NULL,
    document_json       CLOB                        NOT NULL,
    CHECK ((kind = 'receipt' AND credits_number IS NULL) OR (kind = 'credit_note' AND credits_number IS NOT NULL))
);
-- One receipt per session, one credit note per receipt.
CREATE UNIQUE INDEX receipt_one_per_session ON receipt (session_id, kind);
CREATE UNIQUE INDEX receipt_one_credit ON receipt (credits_number);

-- H2 runs the trigger class from the application's own jar; on PostgreSQL the same rule is a plpgsql
-- trigger function that raises an exception (see docs/decisions/0004-receipts.md).
CREATE TRIGGER receipt_never_updated BEFORE UPDATE ON receipt FOR EACH ROW CALL 'io.chargedesk.store.ImmutableRowTrigger';
CREATE TRIGGER receipt_never_deleted BEFORE DELETE ON receipt FOR EACH ROW CALL 'io.chargedesk.store.ImmutableRowTrigger';
