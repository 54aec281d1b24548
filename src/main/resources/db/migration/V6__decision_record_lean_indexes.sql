-- Every commit rewrote a page of each unique index on a random key: a record's hash and its
-- predecessor's hash are random, so each new record touched two more pages anywhere in those indexes.
-- Neither index is read: no query looks a record up by its hash. The chain cannot fork without them:
-- writers append under the chain lock (V3), each record takes the head's seq + 1 (the primary key
-- refuses a second record with the same seq), and verification recomputes every link from seq 1.
ALTER TABLE decision_record DROP CONSTRAINT decision_record_prev_hash_uq;
ALTER TABLE decision_record DROP CONSTRAINT decision_record_hash_uq;
