-- Personal-data clearance of a unit (issue 14, Decree 13/2023/ND-CP; docs/security.md, "Personal data").
-- Without it, the accounts of a unit see authors' names, handles and profile links masked. Only admins
-- grant or withdraw it, and every change is audited. Same SQL for H2 2.x and PostgreSQL 13+.
-- No unit starts with clearance, not even the standing unit: it is a decision someone must take.
ALTER TABLE units ADD COLUMN personal_data_clearance BOOLEAN DEFAULT FALSE NOT NULL;
