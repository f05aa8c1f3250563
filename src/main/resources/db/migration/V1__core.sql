-- Core schema: bays, raw readings, sessions with their gaps and anomalies.
-- Instants are UTC (TIMESTAMP WITH TIME ZONE); quantities name their unit in the column name.

-- The site itself (one row): what receipts and exports need to know without the site file.
CREATE TABLE site (
    id                INT           PRIMARY KEY CHECK (id = 1),
    name              VARCHAR(200)  NOT NULL,
    timezone          VARCHAR(64)   NOT NULL,
    currency          CHAR(3)       NOT NULL,
    grid_limit_w      BIGINT        NOT NULL,
    operator_name     VARCHAR(200)  NOT NULL,
    operator_address  VARCHAR(500)  NOT NULL,
    operator_vat_id   VARCHAR(64)   NOT NULL
);

CREATE TABLE bay (
    id            VARCHAR(32)  PRIMARY KEY,
    name          VARCHAR(100) NOT NULL,
    bus_id        VARCHAR(32)  NOT NULL,
    address       INT          NOT NULL,
    meter_model   VARCHAR(32)  NOT NULL,
    max_power_w   BIGINT       NOT NULL,
    tariff_id     VARCHAR(32)
);

-- Tariff versions: immutable once a receipt used them; prices are gross, per unit, in the tariff currency.
CREATE TABLE tariff (
    id                  VARCHAR(32)                 NOT NULL,
    effective_from_utc  TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    name                VARCHAR(100)                NOT NULL,
    currency            CHAR(3)                     NOT NULL,
    energy_per_kwh      DECIMAL(14, 6)              NOT NULL CHECK (energy_per_kwh >= 0),
    per_minute          DECIMAL(14, 6)              NOT NULL CHECK (per_minute >= 0),
    minute_basis        VARCHAR(16)                 NOT NULL,
    session_fee         DECIMAL(14, 6)              NOT NULL CHECK (session_fee >= 0),
    idle_per_minute     DECIMAL(14, 6)              NOT NULL CHECK (idle_per_minute >= 0),
    idle_grace_s        BIGINT                      NOT NULL CHECK (idle_grace_s >= 0),
    min_price           DECIMAL(14, 6),
    max_price           DECIMAL(14, 6),
    vat_percent         DECIMAL(6, 3)               NOT NULL,
    PRIMARY KEY (id, effective_from_utc)
);

-- Raw readings: the evidence of what each meter said, and when.
CREATE TABLE reading (
    bay_id        VARCHAR(32)               NOT NULL,
    at_utc        TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    import_wh     BIGINT                    NOT NULL,
    power_w       BIGINT                    NOT NULL,
    meter_serial  VARCHAR(32)               NOT NULL DEFAULT ''
);
CREATE INDEX reading_bay_at ON reading (bay_id, at_utc);

CREATE TABLE charging_session (
    id                  UUID                        PRIMARY KEY,
    bay_id              VARCHAR(32)                 NOT NULL,
    meter_serial        VARCHAR(32)                 NOT NULL DEFAULT '',
    status              VARCHAR(8)                  NOT NULL CHECK (status IN ('open', 'closed')),
    start_utc           TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    end_utc             TIMESTAMP(3) WITH TIME ZONE,
    start_register_wh   BIGINT                      NOT NULL CHECK (start_register_wh >= 0),
    end_register_wh     BIGINT                      NOT NULL,
    energy_wh           BIGINT                      NOT NULL CHECK (energy_wh >= 0),
    peak_power_w        BIGINT                      NOT NULL,
    charging_ms         BIGINT                      NOT NULL CHECK (charging_ms >= 0),
    last_charging_utc   TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    manual              BOOLEAN                     NOT NULL,
    customer_name       VARCHAR(200)                NOT NULL DEFAULT '',
    customer_plate      VARCHAR(32)                 NOT NULL DEFAULT '',
    customer_note       VARCHAR(1000)               NOT NULL DEFAULT '',
    end_reason          VARCHAR(32),
    CHECK (end_register_wh >= start_register_wh),
    CHECK ((status = 'open' AND end_utc IS NULL) OR (status = 'closed' AND end_utc IS NOT NULL))
);
CREATE INDEX session_start ON charging_session (start_utc);
CREATE INDEX session_bay_start ON charging_session (bay_id, start_utc);
CREATE INDEX session_status ON charging_session (status);

CREATE TABLE session_gap (
    session_id  UUID                        NOT NULL REFERENCES charging_session (id),
    from_utc    TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    to_utc      TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    PRIMARY KEY (session_id, from_utc)
);

CREATE TABLE session_anomaly (
    session_id  UUID                        NOT NULL REFERENCES charging_session (id),
    code        VARCHAR(32)                 NOT NULL,
    severity    VARCHAR(16)                 NOT NULL,
    at_utc      TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    reason      VARCHAR(1000)               NOT NULL,
    PRIMARY KEY (session_id, code)
);
