-- Findings keyed by their order within a run instead of by their hash: a run's findings are always read or deleted
-- together, and inserting 200,000 random hash keys into an index made recording a large run slow. Region and
-- resource live in the key (finding_key = SHA-256 of check, account, Region and resource) and in the run's findings.json.
CREATE TABLE irready_run_finding (
    run_id       VARCHAR(40)  NOT NULL REFERENCES irready_run (run_id) ON DELETE CASCADE,
    seq          INTEGER      NOT NULL,
    finding_key  VARCHAR(64)  NOT NULL,
    check_id     VARCHAR(20)  NOT NULL,
    account_id   VARCHAR(12)  NOT NULL,
    severity     VARCHAR(10),
    status       VARCHAR(16)  NOT NULL,
    change_state VARCHAR(16),
    first_seen   TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (run_id, seq)
);
INSERT INTO irready_run_finding (run_id, seq, finding_key, check_id, account_id, severity, status, change_state, first_seen)
    SELECT run_id, ROW_NUMBER() OVER (PARTITION BY run_id ORDER BY finding_key), finding_key, check_id, account_id, severity, status,
           change_state, first_seen
    FROM irready_finding;
DROP TABLE irready_finding;
ALTER TABLE irready_run_finding RENAME TO irready_finding;
