-- Harvesting: sources with their cursors, and the transactional outbox that carries fetched items to
-- the index. Same SQL for H2 2.x and PostgreSQL 13+.

CREATE SEQUENCE source_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE sources (
    id                   BIGINT         PRIMARY KEY,
    name                 VARCHAR(200)   NOT NULL UNIQUE,
    type                 VARCHAR(64)    NOT NULL,
    -- the connector's config record as JSON; what the admin form edits
    config_json          VARCHAR(8000)  NOT NULL,
    -- AES-GCM encrypted JSON of the secrets; never returned by the API
    credentials_enc      VARCHAR(8000),
    interval_seconds     INTEGER        NOT NULL,
    paused               BOOLEAN        NOT NULL,
    -- the connector's cursor after the last page durably accepted into the outbox
    cursor_text          VARCHAR(4000),
    created_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    -- the last (or current) run
    run_state            VARCHAR(32)    NOT NULL,
    -- the server instance doing the current run: after a crash, that instance takes it back at start
    run_owner            VARCHAR(200),
    run_started_at       TIMESTAMP WITH TIME ZONE,
    run_finished_at      TIMESTAMP WITH TIME ZONE,
    run_pages            INTEGER        NOT NULL,
    run_items            INTEGER        NOT NULL,
    last_error_kind      VARCHAR(32),
    last_error           VARCHAR(2000),
    last_error_at        TIMESTAMP WITH TIME ZONE,
    consecutive_failures INTEGER        NOT NULL,
    next_run_at          TIMESTAMP WITH TIME ZONE,
    total_items          BIGINT         NOT NULL
);

-- One row per fetched item, written in the same transaction as the source's new cursor, deleted once
-- Solr has accepted the item. A crash anywhere leaves either the old cursor (the page is fetched
-- again) or the rows (they are indexed again); ids make both harmless.
CREATE SEQUENCE outbox_seq START WITH 500 INCREMENT BY 500;

CREATE TABLE outbox (
    id          BIGINT          PRIMARY KEY,
    item_id     VARCHAR(400)    NOT NULL,
    source_id   BIGINT          NOT NULL,
    source_name VARCHAR(200)    NOT NULL,
    payload     VARCHAR(1000000) NOT NULL,
    fetched_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    attempts    INTEGER         NOT NULL,
    last_error  VARCHAR(1000)
);

