-- Month rollups for the History screen over years (docs/decisions/0016-history-rollups.md, "Month rollups"): the
-- day and hour rollups of V14 summed per local month (month_start, its first day), kept by the collector in the
-- same transaction and rebuilt by rebuild-history. A chart over three years reads 36 months and the days at either
-- end of the range instead of 1,100 days or 26,000 hours; per bay, the bay filter reads only its bays' months.

-- bay_day summed per month: energy, sessions and charging time as the collector counts them, revenue and plugged-in
-- seconds of the sessions started in the month.
CREATE TABLE bay_month (
    bay_id         VARCHAR(32) NOT NULL,
    month_start    DATE        NOT NULL,
    energy_wh      BIGINT      NOT NULL DEFAULT 0,
    sessions       INT         NOT NULL DEFAULT 0,
    charging_s     BIGINT      NOT NULL DEFAULT 0,
    revenue_minor  BIGINT      NOT NULL DEFAULT 0,
    occupied_s     BIGINT      NOT NULL DEFAULT 0,
    PRIMARY KEY (bay_id, month_start)
);

-- site_hour and bay_hour summed per month, weekday and local hour: the weekday x hour pattern.
CREATE TABLE site_month_hour (
    month_start  DATE     NOT NULL,
    weekday      SMALLINT NOT NULL CHECK (weekday BETWEEN 1 AND 7),
    local_hour   SMALLINT NOT NULL CHECK (local_hour BETWEEN 0 AND 23),
    energy_wh    BIGINT   NOT NULL DEFAULT 0,
    occupied_s   BIGINT   NOT NULL DEFAULT 0,
    PRIMARY KEY (month_start, weekday, local_hour)
);

CREATE TABLE bay_month_hour (
    bay_id       VARCHAR(32) NOT NULL,
    month_start  DATE        NOT NULL,
    weekday      SMALLINT    NOT NULL CHECK (weekday BETWEEN 1 AND 7),
    local_hour   SMALLINT    NOT NULL CHECK (local_hour BETWEEN 0 AND 23),
    energy_wh    BIGINT      NOT NULL DEFAULT 0,
    occupied_s   BIGINT      NOT NULL DEFAULT 0,
    PRIMARY KEY (bay_id, month_start, weekday, local_hour)
);

-- session_day_bucket summed per month, of the whole site and of each bay: the session distributions.
CREATE TABLE site_month_bucket (
    month_start  DATE     NOT NULL,
    kind         CHAR(1)  NOT NULL CHECK (kind IN ('D', 'E', 'A')),
    bucket       SMALLINT NOT NULL,
    sessions     INT      NOT NULL,
    PRIMARY KEY (month_start, kind, bucket)
);

CREATE TABLE bay_month_bucket (
    bay_id       VARCHAR(32) NOT NULL,
    month_start  DATE        NOT NULL,
    kind         CHAR(1)     NOT NULL CHECK (kind IN ('D', 'E', 'A')),
    bucket       SMALLINT    NOT NULL,
    sessions     INT         NOT NULL,
    PRIMARY KEY (bay_id, month_start, kind, bucket)
);
