-- Saved queries (issue 15; docs/architecture.md, package savedquery). Same SQL for H2 2.x and PostgreSQL 13+.
-- A saved query keeps the search's URL state, never a scope: whoever opens it runs it in their own unit's
-- scope. owner_unit is the owner's unit when it was saved; visibility 'unit' shares it with that unit.
CREATE SEQUENCE saved_query_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE saved_queries (
    id              BIGINT        PRIMARY KEY,
    name            VARCHAR(120)  NOT NULL,
    description     VARCHAR(1000),
    owner           VARCHAR(100)  NOT NULL,
    owner_unit      VARCHAR(64)   NOT NULL,
    -- 'private' or 'unit'
    visibility      VARCHAR(16)   NOT NULL,
    -- the search page's query string: q, f=field:value (repeatable), from, to, sort, exact
    url_state       VARCHAR(4000) NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    -- Kept ready for monitoring (a later issue), unused until then; see docs/architecture.md.
    -- schedule: how often the query runs (e.g. 'PT15M'); NULL = never on its own
    schedule        VARCHAR(64),
    -- alert settings: a JSON object (threshold, channels, quiet hours), NULL = no alert
    alert_settings  VARCHAR(2000),
    last_run_at     TIMESTAMP WITH TIME ZONE,
    -- the newest post seen by the last run (created_at and id), so a run reports only what is new
    last_seen_at    TIMESTAMP WITH TIME ZONE,
    last_seen_id    VARCHAR(500),
    CONSTRAINT saved_queries_visibility CHECK (visibility IN ('private', 'unit'))
);

CREATE INDEX saved_queries_owner ON saved_queries (owner, updated_at);
CREATE INDEX saved_queries_unit ON saved_queries (owner_unit, visibility, updated_at);
