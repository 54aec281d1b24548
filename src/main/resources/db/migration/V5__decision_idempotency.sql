-- Idempotency-Key of POST /api/v1/decisions: one row per caller and key, inserted in the transaction
-- that stores the decision's audit record, so a key never names a decision that is not stored. The
-- primary key makes two concurrent requests with one key store one decision: the second insert fails
-- and its caller is answered the first one's decision. Rows are used for 24 hours; an expired row is
-- replaced when its key comes again.
CREATE TABLE decision_idempotency (
    client          VARCHAR(128)             NOT NULL,
    idempotency_key VARCHAR(255)             NOT NULL,
    request_hash    CHAR(64)                 NOT NULL,
    decision_id     VARCHAR(64)              NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT decision_idempotency_pk PRIMARY KEY (client, idempotency_key),
    CONSTRAINT decision_idempotency_decision_fk FOREIGN KEY (decision_id) REFERENCES decision_record (decision_id)
);

CREATE INDEX decision_idempotency_created_ix ON decision_idempotency (created_at);
