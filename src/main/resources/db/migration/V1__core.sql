-- Core schema: bays, raw readings, sessions with their gaps and anomalies.
-- Instants are UTC (TIMESTAMP WITH TIME ZONE); quantities name their unit in the column name.

CREATE TABLE bay (
    id            VARCHAR(32)  PRIMARY KEY,
    name          VARCHAR(100) NOT NULL,
    bus_id        VARCHAR(32)  NOT NULL,
    address       INT          NOT NULL,
    meter_model   VARCHAR(32)  NOT NULL,
    max_power_w   BIGINT       NOT NULL
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
