-- A receipt or credit note is stored with the PDF exactly as it was handed out, committed with its number, and
-- a receipt with the canonical evidence text whose SHA-256 it prints, so the evidence given to a customer later
-- is the one the fingerprint was taken of, whatever tariffs or bays changed since. Both are NULL on documents
-- issued before this version; a credit note's evidence is its receipt's.
ALTER TABLE receipt ADD COLUMN pdf BLOB;
ALTER TABLE receipt ADD COLUMN evidence_text CLOB;
