-- Run history: every run and every finding, so a run can say what changed since the last comparable one.
-- Portable SQL: the same script migrates the embedded H2 database and PostgreSQL.
CREATE TABLE irready_run (
    run_id             VARCHAR(40)  NOT NULL PRIMARY KEY,
    started_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    recorded_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    scope_key          VARCHAR(64)  NOT NULL,
    configuration_hash VARCHAR(64)  NOT NULL,
    score              DOUBLE PRECISION,
    accounts_audited   INTEGER      NOT NULL,
    findings           BIGINT       NOT NULL,
    run_dir            VARCHAR(4096) NOT NULL
);
CREATE INDEX irready_run_by_scope ON irready_run (scope_key, started_at);

CREATE TABLE irready_finding (
    run_id       VARCHAR(40)   NOT NULL REFERENCES irready_run (run_id) ON DELETE CASCADE,
    finding_key  VARCHAR(64)   NOT NULL,
    check_id     VARCHAR(20)   NOT NULL,
    account_id   VARCHAR(12)   NOT NULL,
    region       VARCHAR(32),
    resource_id  VARCHAR(2048) NOT NULL,
    severity     VARCHAR(10),
    status       VARCHAR(16)   NOT NULL,
    change_state VARCHAR(16),
    first_seen   TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (run_id, finding_key)
);
