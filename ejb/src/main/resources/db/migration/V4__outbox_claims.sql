-- Outbox claims (issue 13): a drain worker marks the rows it takes with its claim token and a lease
-- before it analyses them, so that no row is drained by two workers or two nodes of a deployment
-- group, and a claim whose lease has passed (its node died) is taken over by another worker. See
-- vn.langnghe.pipeline.OutboxClaims. Same SQL for H2 2.x and PostgreSQL 13+.

-- the token of the claim holding the row (<node>/<worker>#<batch>); NULL: free
ALTER TABLE outbox ADD COLUMN claimed_by VARCHAR(200);
-- the claim's lease ends here, by the database's clock; an earlier time means the row is free again
ALTER TABLE outbox ADD COLUMN claimed_until TIMESTAMP WITH TIME ZONE;

-- a worker reads back, deletes or releases its batch by token
CREATE INDEX outbox_claimed_by ON outbox (claimed_by);
