-- One row every console locks (SELECT ... FOR UPDATE) before it takes the next receipt number, so consoles issuing
-- at once on a shared database take their numbers one after the other instead of colliding on the key and
-- rendering their documents again (docs/decisions/0018-postgresql.md). The lock is released when the receipt commits.
CREATE TABLE receipt_issuer (
    id  INT  PRIMARY KEY CHECK (id = 1)
);

INSERT INTO receipt_issuer (id) VALUES (1);
