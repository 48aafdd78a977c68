package vn.langnghe.pipeline;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * The outbox for workers outside the container: {@link OutboxClaims} on a data source, each call one
 * transaction committed here, as {@link OutboxStore}'s calls are by the container.
 */
class JdbcOutbox implements Outbox {
    final DataSource dataSource;
    final OutboxClaims claims;

    JdbcOutbox(DataSource dataSource, OutboxClaims claims) {
        this.dataSource = dataSource;
        this.claims = claims;
    }

    @Override
    public ClaimedBatch claim(String token, int limit) {
        return inTransaction(c -> claims.claim(c, token, limit));
    }

    @Override
    public int finish(ClaimedBatch batch) {
        return inTransaction(c -> claims.finish(c, batch));
    }

    @Override
    public void failed(ClaimedBatch batch, long rowId, String error) {
        inTransaction(c -> claims.failed(c, batch, rowId, error));
    }

    @Override
    public void release(ClaimedBatch batch) {
        inTransaction(c -> claims.release(c, batch));
    }

    long waiting() {
        return inTransaction(claims::waiting);
    }

    <T> T inTransaction(Work<T> work) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new OutboxException(e.getMessage(), e);
        }
    }

    @FunctionalInterface
    interface Work<T> {
        T run(Connection c) throws SQLException;
    }
}
