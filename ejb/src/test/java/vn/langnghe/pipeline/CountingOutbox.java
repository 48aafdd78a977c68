package vn.langnghe.pipeline;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import javax.sql.DataSource;

/**
 * The outbox of a {@link DrainNode}: says on standard output what it claims and finishes, and records
 * every row it finishes in the table {@code drained} (primary key {@code item_id}) in the transaction
 * that deletes it, so that the analyses that counted add up to the items exactly, and a second one of
 * the same item could not commit.
 */
final class CountingOutbox extends JdbcOutbox {
    private final String node;
    long claimedRows;
    long finishedRows;

    CountingOutbox(DataSource dataSource, OutboxClaims claims, String node) {
        super(dataSource, claims);
        this.node = node;
    }

    @Override
    public ClaimedBatch claim(String token, int limit) {
        ClaimedBatch batch = super.claim(token, limit);
        if (!batch.isEmpty()) {
            claimedRows += batch.rows().size();
            System.out.println("CLAIMED " + batch.token() + " " + batch.rows().size());
        }
        return batch;
    }

    @Override
    public int finish(ClaimedBatch batch) {
        int finished = inTransaction(c -> {
            // hold the rows still under this claim, so that nobody takes them over between the record and the delete
            int held = 0;
            try (PreparedStatement s = c.prepareStatement("SELECT item_id FROM outbox WHERE claimed_by = ? FOR UPDATE")) {
                s.setString(1, batch.token());
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        held++;
                    }
                }
            }
            try (PreparedStatement s = c.prepareStatement(
                    "INSERT INTO drained (item_id, node) SELECT item_id, ? FROM outbox WHERE claimed_by = ?")) {
                s.setString(1, node);
                s.setString(2, batch.token());
                s.executeUpdate();
            }
            int deleted = claims.finish(c, batch);
            if (deleted != held) {
                throw new IllegalStateException("held " + held + " rows but deleted " + deleted);
            }
            return deleted;
        });
        finishedRows += finished;
        System.out.println("FINISHED " + batch.token() + " " + finished);
        return finished;
    }
}
