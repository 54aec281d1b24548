-- PostgreSQL stores each explanation's text once, in decision_text (db/vendor/postgresql/V8). H2 keeps
-- every answer whole (ChainWrites says why); this version only records, on H2, that the two stores differ.
COMMENT ON COLUMN decision_record.answer_json IS 'The whole answer''s canonical JSON as UTF-8; PostgreSQL refers to explanations in decision_text';
