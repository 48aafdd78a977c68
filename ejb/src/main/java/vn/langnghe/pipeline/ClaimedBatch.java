package vn.langnghe.pipeline;

import java.time.Instant;
import java.util.List;

/**
 * The outbox rows one worker holds under one claim token, oldest first, until it finishes or releases
 * them (or its lease runs out and another worker takes them over).
 */
public record ClaimedBatch(String token, List<Row> rows) {
    public ClaimedBatch {
        rows = List.copyOf(rows);
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }

    /** A claimed row: what the drain needs to turn its item into a post. */
    public record Row(long id, String itemId, String sourceName, String payload, Instant fetchedAt) {
    }
}
