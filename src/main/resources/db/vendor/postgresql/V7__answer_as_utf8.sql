-- PostgreSQL keeps the answer as text: it is sent the answer's UTF-8 and decodes it itself (ChainWrites),
-- and its text is compressed out of line (TOAST). H2 stores the bytes (db/vendor/h2/V7); this version
-- only records, on PostgreSQL, that the two stores differ here.
COMMENT ON COLUMN decision_record.answer_json IS 'The answer''s canonical JSON, as text; H2 keeps its UTF-8 bytes';
