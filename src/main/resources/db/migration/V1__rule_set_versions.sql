-- Rule set versions, their files, activations and the administrative trail.
-- Written once for H2 2.x and PostgreSQL 15: no vendor-only types or partial indexes.

CREATE TABLE rule_set_version (
    id              VARCHAR(64)              NOT NULL,
    sequence_number BIGINT                   NOT NULL,
    state           VARCHAR(16)              NOT NULL,
    -- TRUE exactly when state = 'ACTIVE', NULL otherwise. With the unique constraint below it lets
    -- at most one row be active: the portable form of PostgreSQL's partial unique index.
    active_flag     BOOLEAN,
    author          VARCHAR(128)             NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    comment         TEXT,
    parent_id       VARCHAR(64),
    report          TEXT,
    CONSTRAINT rule_set_version_pk PRIMARY KEY (id),
    CONSTRAINT rule_set_version_sequence_uq UNIQUE (sequence_number),
    CONSTRAINT rule_set_version_state_ck CHECK (state IN ('DRAFT', 'REJECTED', 'ACTIVE', 'RETIRED')),
    CONSTRAINT rule_set_version_active_flag_ck CHECK (
        (state = 'ACTIVE' AND active_flag IS TRUE) OR (state <> 'ACTIVE' AND active_flag IS NULL)),
    CONSTRAINT rule_set_version_one_active_uq UNIQUE (active_flag),
    CONSTRAINT rule_set_version_parent_fk FOREIGN KEY (parent_id) REFERENCES rule_set_version (id)
);

CREATE TABLE rule_set_file (
    version_id VARCHAR(64)  NOT NULL,
    path       VARCHAR(512) NOT NULL,
    sha256     CHAR(64)     NOT NULL,
    bytes      BYTEA        NOT NULL,
    CONSTRAINT rule_set_file_pk PRIMARY KEY (version_id, path),
    CONSTRAINT rule_set_file_version_fk FOREIGN KEY (version_id) REFERENCES rule_set_version (id)
);

CREATE TABLE rule_set_activation (
    id           BIGINT GENERATED ALWAYS AS IDENTITY,
    activated_by VARCHAR(128)             NOT NULL,
    activated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    from_version VARCHAR(64),
    to_version   VARCHAR(64)              NOT NULL,
    reason       TEXT,
    CONSTRAINT rule_set_activation_pk PRIMARY KEY (id),
    CONSTRAINT rule_set_activation_from_fk FOREIGN KEY (from_version) REFERENCES rule_set_version (id),
    CONSTRAINT rule_set_activation_to_fk FOREIGN KEY (to_version) REFERENCES rule_set_version (id)
);

CREATE TABLE admin_action (
    id       BIGINT GENERATED ALWAYS AS IDENTITY,
    acted_by VARCHAR(128)             NOT NULL,
    acted_at TIMESTAMP WITH TIME ZONE NOT NULL,
    action   VARCHAR(64)              NOT NULL,
    target   VARCHAR(256),
    details  TEXT,
    CONSTRAINT admin_action_pk PRIMARY KEY (id)
);

CREATE INDEX admin_action_acted_at_ix ON admin_action (acted_at);
