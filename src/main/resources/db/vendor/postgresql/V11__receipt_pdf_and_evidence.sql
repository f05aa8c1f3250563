-- PostgreSQL's V11 (db/vendor/h2 has H2's, with BLOB and CLOB). A receipt or credit note is stored with the PDF
-- exactly as it was handed out, committed with its number, and a receipt with the canonical evidence text whose
-- SHA-256 it prints. Both are NULL on documents issued before this version; a credit note's evidence is its receipt's.
ALTER TABLE receipt ADD COLUMN pdf BYTEA;
ALTER TABLE receipt ADD COLUMN evidence_text TEXT;
