-- PostgreSQL only (DatabaseMigrator adds db/postgresql for it): audit rows can be added, never changed
-- or removed, by the application's user or anyone else who does not first drop this trigger. The
-- owner of the table can drop it: docs/security.md says how to run the application as a user that
-- owns nothing and has only SELECT and INSERT on audit_events.

CREATE FUNCTION audit_events_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_events is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END
$$;

CREATE TRIGGER audit_events_append_only BEFORE UPDATE OR DELETE ON audit_events
    FOR EACH ROW EXECUTE FUNCTION audit_events_refuse_change();

CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON audit_events
    FOR EACH STATEMENT EXECUTE FUNCTION audit_events_refuse_change();
