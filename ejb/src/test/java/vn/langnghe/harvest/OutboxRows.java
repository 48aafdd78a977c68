package vn.langnghe.harvest;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import vn.langnghe.harvest.connector.HarvestedItem;

/**
 * Fills the outbox outside the container, for tests of the pipeline: one {@link OutboxEntry} per item
 * with its {@link ItemJson} payload, as {@code SourceRuns.acceptPage} persists them, inserted with JDBC.
 */
public final class OutboxRows {
    private OutboxRows() {
    }

    /** Inserts the items as rows {@code firstId}, {@code firstId + 1}, … and commits when the connection does. */
    public static void insert(Connection c, long firstId, long sourceId, String sourceName, List<HarvestedItem> items,
                              Instant fetchedAt) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO outbox (id, item_id, source_id, source_name, payload, "
                + "fetched_at, attempts) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            long id = firstId;
            for (HarvestedItem item : items) {
                OutboxEntry e = new OutboxEntry(item.id(), sourceId, sourceName, ItemJson.write(item), fetchedAt);
                s.setLong(1, id++);
                s.setString(2, e.getItemId());
                s.setLong(3, e.getSourceId());
                s.setString(4, e.getSourceName());
                s.setString(5, e.getPayload());
                s.setObject(6, e.getFetchedAt().atOffset(ZoneOffset.UTC));
                s.setInt(7, e.getAttempts());
                s.addBatch();
                if ((id - firstId) % 1000 == 0) {
                    s.executeBatch();
                }
            }
            s.executeBatch();
        }
    }
}
