-- Rollups for the History screen, kept by the collector in the same transaction as the readings and sessions they
-- come from, and rebuilt from bay_interval and charging_session by the rebuild-history command
-- (docs/design.md, "History rollups"). Local days and hours are in the site's zone: a DST day has 23 or 25 hours.

-- The site's energy per 15 minutes (all bays): what a grid operator bills as peak demand.
CREATE TABLE site_interval (
    interval_utc  TIMESTAMP(0) WITH TIME ZONE NOT NULL PRIMARY KEY,
    energy_wh     BIGINT                      NOT NULL CHECK (energy_wh >= 0)
);

-- Per local day: the site's energy, sessions started and their revenue, and its highest 15-minute interval.
CREATE TABLE site_day (
    local_day      DATE                        NOT NULL PRIMARY KEY,
    energy_wh      BIGINT                      NOT NULL DEFAULT 0,
    sessions       INT                         NOT NULL DEFAULT 0,
    revenue_minor  BIGINT                      NOT NULL DEFAULT 0,
    peak_wh        BIGINT                      NOT NULL DEFAULT 0,
    peak_utc       TIMESTAMP(0) WITH TIME ZONE
);

-- Per local hour (keyed by its start in UTC, so the hour repeated when clocks go back is two rows): energy and the
-- seconds cars were plugged in, of the whole site and of each bay.
CREATE TABLE site_hour (
    hour_utc    TIMESTAMP(0) WITH TIME ZONE NOT NULL PRIMARY KEY,
    local_day   DATE                        NOT NULL,
    weekday     SMALLINT                    NOT NULL CHECK (weekday BETWEEN 1 AND 7),
    local_hour  SMALLINT                    NOT NULL CHECK (local_hour BETWEEN 0 AND 23),
    energy_wh   BIGINT                      NOT NULL DEFAULT 0,
    occupied_s  BIGINT                      NOT NULL DEFAULT 0
);
CREATE INDEX site_hour_day ON site_hour (local_day);

CREATE TABLE bay_hour (
    bay_id      VARCHAR(32)                 NOT NULL,
    hour_utc    TIMESTAMP(0) WITH TIME ZONE NOT NULL,
    local_day   DATE                        NOT NULL,
    weekday     SMALLINT                    NOT NULL CHECK (weekday BETWEEN 1 AND 7),
    local_hour  SMALLINT                    NOT NULL CHECK (local_hour BETWEEN 0 AND 23),
    energy_wh   BIGINT                      NOT NULL DEFAULT 0,
    occupied_s  BIGINT                      NOT NULL DEFAULT 0,
    PRIMARY KEY (bay_id, hour_utc)
);
CREATE INDEX bay_hour_day ON bay_hour (bay_id, local_day);

-- Each bay's day also counts the revenue of the sessions started on it and the seconds a car was plugged in.
ALTER TABLE bay_day ADD COLUMN revenue_minor BIGINT NOT NULL DEFAULT 0;
ALTER TABLE bay_day ADD COLUMN occupied_s BIGINT NOT NULL DEFAULT 0;

-- One row per closed session, written once when it closes: what the distributions and revenue are made of.
-- revenue_minor is its gross total in minor units of the site's currency; NULL when no tariff priced it.
CREATE TABLE session_fact (
    session_id     UUID         NOT NULL PRIMARY KEY,
    bay_id         VARCHAR(32)  NOT NULL,
    local_day      DATE         NOT NULL,
    arrival_hour   SMALLINT     NOT NULL CHECK (arrival_hour BETWEEN 0 AND 23),
    duration_s     BIGINT       NOT NULL CHECK (duration_s >= 0),
    energy_wh      BIGINT       NOT NULL CHECK (energy_wh >= 0),
    revenue_minor  BIGINT
);
CREATE INDEX session_fact_bay_day ON session_fact (bay_id, local_day);

-- Sessions per local day and bucket of duration ('D'), energy ('E') and arrival hour ('A'), all bays.
CREATE TABLE session_day_bucket (
    local_day  DATE     NOT NULL,
    kind       CHAR(1)  NOT NULL CHECK (kind IN ('D', 'E', 'A')),
    bucket     SMALLINT NOT NULL,
    sessions   INT      NOT NULL,
    PRIMARY KEY (local_day, kind, bucket)
);
