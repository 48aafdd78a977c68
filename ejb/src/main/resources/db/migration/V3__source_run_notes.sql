-- What the last (or current) run noticed although its pages were accepted: rows or pages skipped and
-- why, a platform quota nearly used up. One note per line. Same SQL for H2 2.x and PostgreSQL 13+.
ALTER TABLE sources ADD COLUMN run_notes VARCHAR(4000);
