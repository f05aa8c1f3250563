-- Each session keeps the tariff version chosen when it opened (its bay's tariff, else the site's default, in force at
-- its start), so a version added later, even one claiming an earlier start, never reprices it. Both NULL when no
-- tariff applied as it opened.
ALTER TABLE charging_session ADD COLUMN tariff_id VARCHAR(32);
ALTER TABLE charging_session ADD COLUMN tariff_from_utc TIMESTAMP(3) WITH TIME ZONE;

-- Sessions recorded before this are pinned to the version that prices them today. One with a receipt: the version
-- its receipt was priced with.
UPDATE charging_session s
   SET tariff_id = (SELECT r.tariff_id FROM receipt r WHERE r.session_id = s.id AND r.kind = 'receipt'),
       tariff_from_utc = (SELECT r.tariff_from_utc FROM receipt r WHERE r.session_id = s.id AND r.kind = 'receipt')
 WHERE EXISTS (SELECT 1 FROM receipt r WHERE r.session_id = s.id AND r.kind = 'receipt');

-- Any other: its bay's tariff, else the site's default (the id of the oldest version), in the version in force at
-- its start; none when that tariff had no version yet.
UPDATE charging_session s
   SET tariff_id = COALESCE((SELECT b.tariff_id FROM bay b WHERE b.id = s.bay_id),
                            (SELECT t.id FROM tariff t ORDER BY t.effective_from_utc, t.id FETCH FIRST 1 ROW ONLY))
 WHERE s.tariff_id IS NULL;
UPDATE charging_session s
   SET tariff_from_utc = (SELECT MAX(t.effective_from_utc) FROM tariff t
                           WHERE t.id = s.tariff_id AND t.effective_from_utc <= s.start_utc)
 WHERE s.tariff_from_utc IS NULL;
UPDATE charging_session SET tariff_id = NULL WHERE tariff_from_utc IS NULL;

ALTER TABLE charging_session ADD CONSTRAINT session_tariff_whole
    CHECK ((tariff_id IS NULL AND tariff_from_utc IS NULL) OR (tariff_id IS NOT NULL AND tariff_from_utc IS NOT NULL));
CREATE INDEX session_tariff ON charging_session (tariff_id, tariff_from_utc);
