-- Units, accounts and the audit trail. Written in the SQL that H2 2.x and PostgreSQL 13+ share.
-- Ids come from sequences (allocation 50, as the JPA entities declare; EclipseLink wants the first
-- value to be at least the allocation size, hence START WITH 50): identity columns do not mix
-- well with EclipseLink on H2.

CREATE SEQUENCE unit_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE account_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE audit_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE units (
    id          BIGINT        PRIMARY KEY,
    code        VARCHAR(64)   NOT NULL UNIQUE,
    name        VARCHAR(200)  NOT NULL,
    kind        VARCHAR(32)   NOT NULL,
    -- comma-separated area codes the unit may see; NULL = the whole city
    scope_areas VARCHAR(1000)
);

CREATE TABLE accounts (
    id            BIGINT       PRIMARY KEY,
    username      VARCHAR(100) NOT NULL UNIQUE,
    display_name  VARCHAR(200),
    password_hash VARCHAR(300) NOT NULL,
    unit_id       BIGINT       NOT NULL REFERENCES units (id),
    enabled       BOOLEAN      NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    last_login_at TIMESTAMP WITH TIME ZONE
);

CREATE TABLE account_roles (
    account_id BIGINT      NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    role       VARCHAR(32) NOT NULL,
    PRIMARY KEY (account_id, role)
);

CREATE TABLE audit_events (
    id          BIGINT        PRIMARY KEY,
    occurred_at TIMESTAMP WITH TIME ZONE NOT NULL,
    actor       VARCHAR(100)  NOT NULL,
    action      VARCHAR(64)   NOT NULL,
    detail      VARCHAR(2000)
);

CREATE INDEX audit_events_at ON audit_events (occurred_at);
CREATE INDEX audit_events_actor ON audit_events (actor, occurred_at);
