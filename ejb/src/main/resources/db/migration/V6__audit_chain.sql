-- The audit trail becomes a hash chain (docs/security.md, "Audit trail"). Same SQL for H2 2.x and
-- PostgreSQL 13+; on PostgreSQL, db/postgresql/V6_1 then makes the table append-only.
--
-- Each new row gets seq (its gap-free position in the chain) and hash = SHA-256 of the previous row's
-- hash and the row's own fields (vn.langnghe.audit.AuditChain). Rows written before this migration
-- keep seq and hash NULL: the chain starts at seq 1 after them, and the head counts them, so that the
-- verifier notices when one of them is deleted or a row without a place in the chain is added.

ALTER TABLE audit_events ADD COLUMN unit_code VARCHAR(64);
ALTER TABLE audit_events ADD COLUMN target VARCHAR(400);
ALTER TABLE audit_events ADD COLUMN client_address VARCHAR(64);
-- ok, denied or failed
ALTER TABLE audit_events ADD COLUMN outcome VARCHAR(16);
ALTER TABLE audit_events ADD COLUMN seq BIGINT;
-- lower-case hex SHA-256
ALTER TABLE audit_events ADD COLUMN hash VARCHAR(64);
-- two writers that somehow took the same place would fail here instead of forking the chain
ALTER TABLE audit_events ADD CONSTRAINT audit_events_seq_unique UNIQUE (seq);

-- The end of the chain, one row. A writer locks it (SELECT ... FOR UPDATE), appends after it and moves
-- it in the same short transaction: that serialises appends across threads and across the nodes of a
-- deployment group on both databases.
CREATE TABLE audit_chain_head (
    id             INTEGER      PRIMARY KEY,
    seq            BIGINT       NOT NULL,
    hash           VARCHAR(64)  NOT NULL,
    -- rows from before the chain (seq NULL); the verifier expects exactly this many
    unchained_rows BIGINT       NOT NULL
);

INSERT INTO audit_chain_head (id, seq, hash, unchained_rows)
SELECT 1, 0, '0000000000000000000000000000000000000000000000000000000000000000', COUNT(*) FROM audit_events;
