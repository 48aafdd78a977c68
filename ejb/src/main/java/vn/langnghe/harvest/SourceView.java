package vn.langnghe.harvest;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A source as the admin page and {@code /api/v1/sources} show it: config and run record, and the
 * names (never the values) of the credentials that are set. {@code waiting} is how many of its items
 * are fetched but not yet indexed. {@code runNotes} are what the last (or current) run noticed without
 * failing: rows or pages skipped, a quota nearly used up.
 */
public record SourceView(long id, String name, String type, String typeName, Map<String, String> config,
                         List<String> credentialsSet, int intervalSeconds, boolean paused, String runState,
                         Instant runStartedAt, Instant runFinishedAt, int runPages, int runItems,
                         List<String> runNotes, String lastErrorKind, String lastError, Instant lastErrorAt, int consecutiveFailures,
                         Instant nextRunAt, long totalItems) {
}
