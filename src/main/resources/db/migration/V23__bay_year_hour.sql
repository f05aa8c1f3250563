-- The weekday x hour pattern of each bay per local year (docs/decisions/0016-history-rollups.md, "Year rollup of a
-- bay's hours"): bay_month_hour summed per year (year_start, its first day), kept by the collector in the same
-- transaction and rebuilt by rebuild-history. With a bay filter, three years read each bay's whole years, then whole
-- months, then the days at either end, instead of 36 months of 168 rows per bay.
CREATE TABLE bay_year_hour (
    bay_id       VARCHAR(32) NOT NULL,
    year_start   DATE        NOT NULL,
    weekday      SMALLINT    NOT NULL CHECK (weekday BETWEEN 1 AND 7),
    local_hour   SMALLINT    NOT NULL CHECK (local_hour BETWEEN 0 AND 23),
    energy_wh    BIGINT      NOT NULL DEFAULT 0,
    occupied_s   BIGINT      NOT NULL DEFAULT 0,
    PRIMARY KEY (bay_id, year_start, weekday, local_hour)
);

-- A database kept before this version: its month rows summed per year.
INSERT INTO bay_year_hour (bay_id, year_start, weekday, local_hour, energy_wh, occupied_s)
SELECT bay_id, CAST(DATE_TRUNC('YEAR', month_start) AS DATE), weekday, local_hour, SUM(energy_wh), SUM(occupied_s)
FROM bay_month_hour
GROUP BY bay_id, CAST(DATE_TRUNC('YEAR', month_start) AS DATE), weekday, local_hour;
