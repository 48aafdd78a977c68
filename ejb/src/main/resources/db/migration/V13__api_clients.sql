-- API clients (issue 16; package apiclient): one row per consuming system (the operations centre, the
-- 1022 hotline, a district portal). Same SQL for H2 2.x and PostgreSQL 13+. The secret token is never
-- stored: only its SHA-256 (a token is 256 random bits, so a fast hash is as safe as a slow one) and
-- its public prefix, which finds the row. A rotation keeps the previous token valid until
-- previous_valid_until so the consuming system can switch without a gap.
CREATE SEQUENCE api_client_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE api_clients (
    id                    BIGINT        PRIMARY KEY,
    name                  VARCHAR(100)  NOT NULL UNIQUE,
    description           VARCHAR(1000),
    unit_id               BIGINT        NOT NULL REFERENCES units (id),
    -- comma-separated: posts:read, stats:read, analyze, sources:admin
    permissions           VARCHAR(200)  NOT NULL,
    token_prefix          VARCHAR(32)   NOT NULL UNIQUE,
    token_hash            VARCHAR(64)   NOT NULL,
    previous_prefix       VARCHAR(32),
    previous_hash         VARCHAR(64),
    previous_valid_until  TIMESTAMP WITH TIME ZONE,
    rate_limit_per_minute INTEGER       NOT NULL,
    created_by            VARCHAR(100)  NOT NULL,
    created_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    rotated_at            TIMESTAMP WITH TIME ZONE,
    expires_at            TIMESTAMP WITH TIME ZONE,
    revoked_at            TIMESTAMP WITH TIME ZONE,
    revoked_by            VARCHAR(100),
    last_used_at          TIMESTAMP WITH TIME ZONE,
    CONSTRAINT api_clients_rate CHECK (rate_limit_per_minute > 0)
);

CREATE INDEX api_clients_previous ON api_clients (previous_prefix);
