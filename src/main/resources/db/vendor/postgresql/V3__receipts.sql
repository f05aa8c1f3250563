-- PostgreSQL's V3 (db/vendor/h2 has H2's): the same receipt table and rule. Receipts and credit notes share one
-- gapless sequence of numbers per site, assigned in the transaction that stores the document; issued documents can
-- never change, which a plpgsql trigger function enforces where H2 runs a Java trigger
-- (docs/decisions/0004-receipts.md).

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
    document_json       TEXT                        NOT NULL,
    CHECK ((kind = 'receipt' AND credits_number IS NULL) OR (kind = 'credit_note' AND credits_number IS NOT NULL))
);
-- One receipt per session, one credit note per receipt.
CREATE UNIQUE INDEX receipt_one_per_session ON receipt (session_id, kind);
CREATE UNIQUE INDEX receipt_one_credit ON receipt (credits_number);

-- SQLSTATE 45000 and the words of H2's ImmutableRowTrigger, so a refused change reads the same on both.
CREATE FUNCTION receipt_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'Rows of % are issued documents and can never be changed or deleted; issue a credit note instead.',
        TG_TABLE_NAME USING ERRCODE = '45000';
END;
$$;

CREATE TRIGGER receipt_never_updated BEFORE UPDATE ON receipt FOR EACH ROW EXECUTE FUNCTION receipt_immutable();
CREATE TRIGGER receipt_never_deleted BEFORE DELETE ON receipt FOR EACH ROW EXECUTE FUNCTION receipt_immutable();
-- TRUNCATE fires no row trigger: refused by a statement trigger.
CREATE TRIGGER receipt_never_truncated BEFORE TRUNCATE ON receipt
    FOR EACH STATEMENT EXECUTE FUNCTION receipt_immutable();
