-- One row that every writer of the decision chain locks first (SELECT ... FOR UPDATE), so that
-- several instances sharing one database append to the chain in turn instead of forking it.
CREATE TABLE decision_chain_lock (
    id INT NOT NULL,
    CONSTRAINT decision_chain_lock_pk PRIMARY KEY (id)
);
INSERT INTO decision_chain_lock (id) VALUES (1);
