-- The History screen counts anomalies per period of a range (docs/decisions/0016-history-rollups.md, "Bay filter"):
-- an index on their time bounds that read by the range, as site_anomaly_at does for the site's own anomalies, rather
-- than by every anomaly ever recorded.
CREATE INDEX session_anomaly_at ON session_anomaly (at_utc);
