-- Impact jobs: a candidate version compared with the active one over recorded decisions. Kept in the
-- database, not in memory, so that any instance behind the load balancer answers for a job another
-- instance runs. Written once for H2 2.x and PostgreSQL 15.

CREATE TABLE impact_job (
    id              VARCHAR(36)              NOT NULL,
    version_id      VARCHAR(64)              NOT NULL,
    active_version  VARCHAR(64),
    state           VARCHAR(16)              NOT NULL,
    requested_by    VARCHAR(128)             NOT NULL,
    requested_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    range_from      TIMESTAMP WITH TIME ZONE NOT NULL,
    range_to        TIMESTAMP WITH TIME ZONE NOT NULL,
    record_limit    BIGINT                   NOT NULL,
    done            BIGINT                   NOT NULL,
    total           BIGINT                   NOT NULL,
    -- the report as JSON, once DONE
    result          TEXT,
    failure_code    VARCHAR(64),
    failure_detail  TEXT,
    CONSTRAINT impact_job_pk PRIMARY KEY (id),
    CONSTRAINT impact_job_state_ck CHECK (state IN ('QUEUED', 'RUNNING', 'DONE', 'FAILED')),
    CONSTRAINT impact_job_version_fk FOREIGN KEY (version_id) REFERENCES rule_set_version (id)
);

CREATE INDEX impact_job_version_ix ON impact_job (version_id, requested_at);
