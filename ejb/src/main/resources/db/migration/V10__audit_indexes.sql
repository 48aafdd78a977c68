-- Indexes for the audit page (vn.langnghe.audit.AuditSearch, AuditUsage, UnusualActivity). Same SQL for
-- H2 2.x and PostgreSQL 13+. The page always reads a time range newest first, usually narrowed by one
-- of account, unit or action; each such filter gets an index that starts with it and ends with the
-- time, so a page of 25 rows out of millions is an index range scan, not a sort. V1 already has
-- (occurred_at) and (actor, occurred_at).
CREATE INDEX audit_events_unit_at ON audit_events (unit_code, occurred_at);
CREATE INDEX audit_events_action_at ON audit_events (action, occurred_at);
-- failed sign-ins per client address
CREATE INDEX audit_events_address_at ON audit_events (client_address, occurred_at);
