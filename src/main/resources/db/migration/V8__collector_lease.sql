-- Which program collects into this database: one row, free when token is NULL (see
-- docs/decisions/0006-collector-lease.md). A collector takes it by compare-and-set on version, renews
-- heartbeat_utc every few seconds and in every recording transaction, and frees it on a clean stop.
CREATE TABLE collector_lease (
    id             INT                         PRIMARY KEY CHECK (id = 1),
    token          UUID,
    holder         VARCHAR(200),
    host           VARCHAR(255),
    pid            BIGINT,
    started_utc    TIMESTAMP(3) WITH TIME ZONE,
    heartbeat_utc  TIMESTAMP(3) WITH TIME ZONE,
    version        BIGINT                      NOT NULL DEFAULT 0,
    CHECK ((token IS NULL AND holder IS NULL AND host IS NULL AND pid IS NULL AND started_utc IS NULL
            AND heartbeat_utc IS NULL)
        OR (token IS NOT NULL AND holder IS NOT NULL AND host IS NOT NULL AND pid IS NOT NULL
            AND started_utc IS NOT NULL AND heartbeat_utc IS NOT NULL))
);

INSERT INTO collector_lease (id, version) VALUES (1, 0);
