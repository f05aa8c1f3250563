-- Marks the collector commits with the rows they stand for: which records of its files in the data folder (the spill
-- journal kept while the database failed, rows set aside because the database refused them) are in the database, so
-- that after a crash it writes nothing twice and loses nothing (docs/decisions/0007-spill-journal.md).
CREATE TABLE write_mark (
    id   UUID    NOT NULL,
    seq  BIGINT  NOT NULL,
    PRIMARY KEY (id, seq)
);
