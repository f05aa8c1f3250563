-- Roles and the audit trail (docs/design.md, Audit trail; docs/decisions/0019-roles-and-audit.md).
-- Portable between H2 2.x and PostgreSQL 15.

-- The site's manager PIN: one row, a salted PBKDF2 hash with its parameters (pbkdf2-sha256$ITERATIONS$SALT$HASH).
CREATE TABLE manager_pin (
    id        INT                         NOT NULL PRIMARY KEY,
    pin_hash  VARCHAR(200)                NOT NULL,
    set_utc   TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    CONSTRAINT manager_pin_one_row CHECK (id = 1)
);

-- The chain's head: every append locks this row (SELECT ... FOR UPDATE), so appends from several consoles queue
-- up and the chain never forks; it also keeps the last entry's hash, so removing the last entries shows.
CREATE TABLE audit_head (
    id         INT         NOT NULL PRIMARY KEY,
    last_seq   BIGINT      NOT NULL,
    last_hash  VARCHAR(64) NOT NULL,
    CONSTRAINT audit_head_one_row CHECK (id = 1)
);
INSERT INTO audit_head (id, last_seq, last_hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

CREATE TABLE audit_entry (
    seq            BIGINT                      NOT NULL PRIMARY KEY,
    at_utc         TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    actor_role     VARCHAR(16)                 NOT NULL,
    actor_name     VARCHAR(100)                NOT NULL,
    action_code    VARCHAR(32)                 NOT NULL,
    subject        VARCHAR(100)                NOT NULL,
    reason         VARCHAR(1000)               NOT NULL,
    details        VARCHAR(2000)               NOT NULL,
    previous_hash  VARCHAR(64)                 NOT NULL,
    entry_hash     VARCHAR(64)                 NOT NULL
);
CREATE INDEX audit_entry_at ON audit_entry (at_utc);
