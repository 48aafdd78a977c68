package vn.langnghe.pipeline;

import jakarta.annotation.Resource;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The outbox for the container's drain workers: {@link OutboxClaims} on the application's data source,
 * each call in its own transaction; and how many items wait, for the status page. JDBC rather than JPA
 * native queries: the claim SQL is then the very code the multi-node test runs outside the container.
 */
@Stateless
// implementing Outbox alone would make Outbox its only view; StatusService and OutboxDrain inject the class
@LocalBean
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class OutboxStore implements Outbox {
    @Resource(lookup = "jdbc/langnghe")
    DataSource dataSource;

    /** How long a claim holds its rows before another worker may take them over. */
    @Inject
    @ConfigProperty(name = "langnghe.pipeline.claim-lease-seconds")
    int claimLeaseSeconds;

    @Override
    public ClaimedBatch claim(String token, int limit) {
        return run("claim a batch", (claims, c) -> claims.claim(c, token, limit));
    }

    @Override
    public int finish(ClaimedBatch batch) {
        return run("delete a drained batch", (claims, c) -> claims.finish(c, batch));
    }

    @Override
    public void failed(ClaimedBatch batch, long rowId, String error) {
        run("record a failed item", (claims, c) -> claims.failed(c, batch, rowId, error));
    }

    @Override
    public void release(ClaimedBatch batch) {
        run("release a batch", (claims, c) -> claims.release(c, batch));
    }

    /** Items not yet in the index, claimed or not; not those kept aside after repeated failures. */
    public long waiting() {
        return run("count the waiting items", (claims, c) -> claims.waiting(c));
    }

    private <T> T run(String what, OutboxCall<T> call) {
        // the container's connection takes part in this method's transaction: no commit here
        try (Connection c = dataSource.getConnection()) {
            return call.run(new OutboxClaims(claimLeaseSeconds), c);
        } catch (SQLException e) {
            throw new OutboxException("Outbox: could not " + what + ": " + e.getMessage(), e);
        }
    }

    @FunctionalInterface
    private interface OutboxCall<T> {
        T run(OutboxClaims claims, Connection c) throws SQLException;
    }
}
