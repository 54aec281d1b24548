-- The decision audit log: append-only and hash-chained. seq orders the chain without gaps;
-- hash = SHA-256(prev_hash || canonical JSON of the record), prev_hash of the first is 64 zeros.

CREATE TABLE decision_record (
    seq              BIGINT                   NOT NULL,
    decision_id      VARCHAR(64)              NOT NULL,
    recorded_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    client           VARCHAR(128)             NOT NULL,
    what_if          BOOLEAN                  NOT NULL,
    version_id       VARCHAR(64)              NOT NULL,
    complaint_id     VARCHAR(64),
    request_json     TEXT                     NOT NULL,
    answer_json      TEXT                     NOT NULL,
    fired_rules_json TEXT                     NOT NULL,
    prev_hash        CHAR(64)                 NOT NULL,
    hash             CHAR(64)                 NOT NULL,
    CONSTRAINT decision_record_pk PRIMARY KEY (seq),
    CONSTRAINT decision_record_decision_id_uq UNIQUE (decision_id),
    -- a record has one successor at most: two writers cannot fork the chain
    CONSTRAINT decision_record_prev_hash_uq UNIQUE (prev_hash),
    CONSTRAINT decision_record_hash_uq UNIQUE (hash),
    CONSTRAINT decision_record_seq_ck CHECK (seq > 0)
);

CREATE INDEX decision_record_recorded_at_ix ON decision_record (recorded_at);
CREATE INDEX decision_record_version_ix ON decision_record (version_id, recorded_at);
CREATE INDEX decision_record_client_ix ON decision_record (client, recorded_at);
CREATE INDEX decision_record_complaint_ix ON decision_record (complaint_id);
