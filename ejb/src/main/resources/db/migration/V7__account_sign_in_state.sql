-- Sign-in state of an account (docs/security.md, "Sign-in"). Same SQL for H2 2.x and PostgreSQL 13+.

-- wrong passwords since the last successful sign-in; from langnghe.signin.lockout-after on, each one
-- locks the account (vn.langnghe.account.LockoutRule)
ALTER TABLE accounts ADD COLUMN failed_sign_ins INTEGER DEFAULT 0 NOT NULL;
-- no sign-in, not even with the right password, before this instant; NULL = not locked
ALTER TABLE accounts ADD COLUMN locked_until TIMESTAMP WITH TIME ZONE;
-- the password was generated (first start, created or reset by an admin): the account must choose its
-- own before it may use any page or the API. Existing accounts keep the password they have.
ALTER TABLE accounts ADD COLUMN must_change_password BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE accounts ADD COLUMN password_changed_at TIMESTAMP WITH TIME ZONE;
