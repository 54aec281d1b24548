-- Each explanation's canonical JSON once, by the SHA-256 (hex) of its UTF-8; a stored answer refers to
-- it as {"$text":"<hash>"} (StoredTexts). The chain still hashes the whole answer, so a text altered or
-- removed here breaks every record that refers to it. Rows are only ever inserted. H2 keeps the UTF-8
-- as bytes, as it does the answer (V7).
CREATE TABLE decision_text (
    hash           CHAR(64)                 NOT NULL,
    canonical_json BINARY VARYING(1000000)  NOT NULL,
    CONSTRAINT decision_text_pk PRIMARY KEY (hash)
);
