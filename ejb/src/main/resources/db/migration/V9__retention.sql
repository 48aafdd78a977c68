-- Retention of posts (issue 14, Decree 13/2023/ND-CP; docs/security.md, "Retention"). Same SQL for H2 2.x
-- and PostgreSQL 13+.

-- One row. days: the admins' override of langnghe.retention.days (NULL: the configured value applies).
-- lease_*: the node running a purge holds the lease until lease_until (by the database's clock), so that
-- the timer, which fires on every node of a deployment group, purges on one node only, and never while
-- an admin's purge runs.
CREATE TABLE retention_setting (
    id           INTEGER      PRIMARY KEY,
    days         INTEGER,
    changed_by   VARCHAR(100),
    changed_at   TIMESTAMP WITH TIME ZONE,
    lease_holder VARCHAR(200),
    lease_until  TIMESTAMP WITH TIME ZONE
);

INSERT INTO retention_setting (id, days, changed_by, changed_at, lease_holder, lease_until)
VALUES (1, NULL, NULL, NULL, NULL, NULL);

-- One row per purge, written when it starts (outcome 'running') and completed as it goes, so that a
-- purge cut short by a crash stays visible ('interrupted' once the next purge takes the lease).
CREATE SEQUENCE retention_purge_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE retention_purges (
    id             BIGINT       PRIMARY KEY,
    started_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at    TIMESTAMP WITH TIME ZONE,
    -- 'timer' or 'admin'
    trigger_kind   VARCHAR(16)  NOT NULL,
    -- the admin's account name, or 'system' for the timer
    actor          VARCHAR(100) NOT NULL,
    node           VARCHAR(200) NOT NULL,
    days           INTEGER      NOT NULL,
    -- posts created before this instant are purged
    cutoff         TIMESTAMP WITH TIME ZONE NOT NULL,
    -- the period the purged posts cover (their created_at); NULL when nothing was purged
    oldest_purged  TIMESTAMP WITH TIME ZONE,
    newest_purged  TIMESTAMP WITH TIME ZONE,
    -- posts the index held before the cutoff when the purge started, and those deleted
    solr_found     BIGINT       NOT NULL,
    solr_deleted   BIGINT       NOT NULL,
    outbox_deleted BIGINT       NOT NULL,
    duration_ms    BIGINT,
    -- running, ok, failed, interrupted
    outcome        VARCHAR(16)  NOT NULL,
    error          VARCHAR(1000)
);

CREATE INDEX retention_purges_started ON retention_purges (started_at);
CREATE INDEX retention_purges_cutoff ON retention_purges (cutoff, outcome);
